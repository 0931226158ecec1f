// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace ShadowOptic {

/** The rollout simulator's timeline: one bar from start to full rollout, a segment per stage as long as the stage
 *  takes, and the design notes' 7-day target as a line. Days on the axis from three days on, else hours. */
class RolloutTimelineChart : public QWidget
{
    Q_OBJECT
public:
    struct Segment
    {
        QString stage; // display name
        double hours = 0.0;
        QString why; // "bounded by 24 h minimum duration", shown as a tooltip
    };

    explicit RolloutTimelineChart(QWidget *parent = nullptr);
    ~RolloutTimelineChart() override;

    void setTimeline(const QList<Segment> &segments, double targetHours);
    void clear();
    int segmentCount() const { return int(m_segments.size()); }
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QChart *m_chart;
    QChartView *m_view;
    QList<Segment> m_segments;
};

} // namespace ShadowOptic
