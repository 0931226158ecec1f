// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

#include <functional>

QT_BEGIN_NAMESPACE
class QTextCursor;
QT_END_NAMESPACE

namespace ShadowOptic {

/**
 * Charts as objects in the report's text: the layout flows and paginates them with the text, and drawObject()
 * paints them with the PDF's own painter, so they stay vectors (crisp at any zoom, small files).
 */
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using Paint = std::function<void(QPainter *, const QRectF &)>;
    static constexpr int Type = QTextFormat::UserObject + 1;

    explicit ReportChartObject(QObject *parent = nullptr);

    /** Inserts a chart of the full text width and width × heightRatio tall at the cursor. */
    void insert(QTextCursor *cursor, Paint paint, double heightRatio);
    int count() const { return int(m_charts.size()); }

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    enum Property { ChartIndex = QTextFormat::UserProperty + 1, HeightRatio };
    QList<Paint> m_charts;
};

} // namespace ShadowOptic
