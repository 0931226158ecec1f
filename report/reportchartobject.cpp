// SPDX-License-Identifier: MIT
#include "reportchartobject.h"

#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace ShadowOptic {

ReportChartObject::ReportChartObject(QObject *parent)
    : QObject(parent)
{
}

void ReportChartObject::insert(QTextCursor *cursor, Paint paint, double heightRatio)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(ChartIndex, int(m_charts.size()));
    format.setProperty(HeightRatio, heightRatio);
    m_charts.append(std::move(paint));
    cursor->insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    // A little narrower than the text, so the layout never wraps it onto a line of its own.
    const double width = doc->textWidth() * 0.98;
    return QSizeF(width, width * format.doubleProperty(HeightRatio));
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= m_charts.size())
        return;
    painter->save();
    m_charts.at(index)(painter, rect);
    painter->restore();
}

} // namespace ShadowOptic
