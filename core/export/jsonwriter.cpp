// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QVariant>

#include "util/jsonstring.h"

namespace ShadowOptic {

JsonWriter::JsonWriter(QIODevice *device)
    : ExportWriter(device)
{
}

bool JsonWriter::begin(const QStringList &columns)
{
    m_keys.clear();
    for (const QString &c : columns)
        m_keys.append(JsonString::quoted(c.toUtf8()) + ':');
    m_rows = 0;
    return append("[");
}

bool JsonWriter::writeRow(const QVariantList &cells)
{
    QByteArray line(m_rows++ == 0 ? "\n{" : ",\n{");
    for (int i = 0; i < m_keys.size(); ++i) {
        if (i > 0)
            line += ',';
        line += m_keys.at(i);
        const QVariant cell = cells.value(i);
        switch (kindOf(cell)) {
        case CellKind::Null:
            line += "null";
            break;
        case CellKind::Bool:
            line += cell.toBool() ? "true" : "false";
            break;
        case CellKind::Integer:
            line += QByteArray::number(cell.toLongLong());
            break;
        case CellKind::Double:
            line += number(cell.toDouble());
            break;
        case CellKind::Text:
            line += JsonString::quoted(cell.toString().toUtf8());
            break;
        }
    }
    line += '}';
    return append(line);
}

bool JsonWriter::finish()
{
    return append(m_rows > 0 ? "\n]\n" : "]\n") && flush();
}

} // namespace ShadowOptic
