// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** The file format of an export: "csv" or "json" (`export --format`). */
class ExportFormat
{
    Q_GADGET
public:
    enum class Value { Csv, Json };
    Q_ENUM(Value)

    static QString name(Value format);
    static Value fromName(const QString &name, bool *ok = nullptr);
    /** From the file name's extension (.csv, .json); false when it names neither. */
    static bool fromFileName(const QString &fileName, Value *format);
    static QString extension(Value format) { return name(format); }
};

} // namespace ShadowOptic
