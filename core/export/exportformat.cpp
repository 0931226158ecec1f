// SPDX-License-Identifier: MIT
#include "exportformat.h"

#include "util/enumtext.h"

#include <QFileInfo>

namespace ShadowOptic {

QString ExportFormat::name(Value format)
{
    return EnumText::name(format);
}

ExportFormat::Value ExportFormat::fromName(const QString &name, bool *ok)
{
    return EnumText::fromName(name.trimmed().toLower(), Value::Csv, ok);
}

bool ExportFormat::fromFileName(const QString &fileName, Value *format)
{
    bool ok = false;
    const Value v = fromName(QFileInfo(fileName).suffix(), &ok);
    if (ok)
        *format = v;
    return ok;
}

} // namespace ShadowOptic
