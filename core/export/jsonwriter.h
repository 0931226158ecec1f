// SPDX-License-Identifier: MIT
#pragma once

#include "exportwriter.h"

namespace ShadowOptic {

/** A JSON array of objects, one object per row and per line, keys in column order; written as the rows come, so
 *  the whole document never sits in memory. Unknown cells are null; numbers and booleans are JSON's own. */
class JsonWriter : public ExportWriter
{
public:
    explicit JsonWriter(QIODevice *device);

    bool begin(const QStringList &columns) override;
    bool writeRow(const QVariantList &cells) override;
    bool finish() override;

private:
    QList<QByteArray> m_keys; // quoted, with the colon
    qint64 m_rows = 0;
};

} // namespace ShadowOptic
