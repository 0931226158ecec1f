// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QVariant>

namespace ShadowOptic {

CsvWriter::CsvWriter(QIODevice *device, bool bom)
    : ExportWriter(device)
    , m_bom(bom)
{
}

QString CsvWriter::textCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QString(u'"' + cell + u'"');
    }
    return cell;
}

bool CsvWriter::begin(const QStringList &columns)
{
    m_columns = int(columns.size());
    QByteArray line(m_bom ? "\xEF\xBB\xBF" : "");
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            line += ',';
        line += textCell(columns.at(i)).toUtf8();
    }
    line += "\r\n";
    return append(line);
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QByteArray line;
    for (int i = 0; i < m_columns; ++i) {
        if (i > 0)
            line += ',';
        const QVariant cell = cells.value(i);
        switch (kindOf(cell)) {
        case CellKind::Null:
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
            line += textCell(cell.toString()).toUtf8();
            break;
        }
    }
    line += "\r\n";
    return append(line);
}

bool CsvWriter::finish()
{
    return flush();
}

} // namespace ShadowOptic
