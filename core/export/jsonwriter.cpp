// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QVariant>

#include <algorithm>

namespace ShadowOptic {

JsonWriter::JsonWriter(QIODevice *device)
    : ExportWriter(device)
{
}

QByteArray JsonWriter::quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    out += '"';
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == '"' || c == '\\';
    });
    if (plain)
        return out + utf8 + '"';
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

bool JsonWriter::begin(const QStringList &columns)
{
    m_keys.clear();
    for (const QString &c : columns)
        m_keys.append(quoted(c) + ':');
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
            line += quoted(cell.toString());
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
