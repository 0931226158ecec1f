// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ShadowOptic {

/** One record as cut from a file, before field mapping. Either json (JSONL/array) or object (CSV) is set,
 *  or error when the record could not even be cut out (oversized, bad quoting, bad encoding). */
struct RawRow
{
    qint64 line = 0; // 1-based line where the record starts
    QByteArray json;
    QJsonObject object;
    bool fromCsv = false;
    QString errorCategory;
    QString errorDetail;
};

} // namespace ShadowOptic
