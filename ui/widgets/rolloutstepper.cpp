// SPDX-License-Identifier: MIT
#include "rolloutstepper.h"

#include <QEvent>
#include <QPainter>

namespace ShadowOptic {

namespace {

constexpr int dot = 18;
constexpr int gap = 6;

} // namespace

RolloutStepper::RolloutStepper(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Rollout stages"));
}

void RolloutStepper::setPlan(const RolloutPlan &plan, int current, bool killed)
{
    m_plan = plan;
    m_current = current;
    m_killed = killed;
    setToolTip(current >= 0 && current < plan.size()
                   ? tr("Stage %1 of %2: %3").arg(current + 1).arg(plan.size()).arg(plan.at(current).displayName())
                   : QString());
    updateGeometry();
    update();
}

void RolloutStepper::clear()
{
    setPlan(RolloutPlan(), -1, false);
}

QStringList RolloutStepper::labels() const
{
    QStringList out;
    for (const RolloutStage &s : m_plan.stages())
        out.append(s.displayName() + u'\n' + s.shareText());
    return out;
}

int RolloutStepper::columnWidth() const
{
    const QFontMetrics fm(font());
    int widest = std::max(dot, fm.horizontalAdvance(tr("0 % (killed)")));
    for (const RolloutStage &s : m_plan.stages())
        widest = std::max({ widest, fm.horizontalAdvance(s.displayName()), fm.horizontalAdvance(s.shareText()) });
    return widest + 2 * gap;
}

QSize RolloutStepper::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(columnWidth() * std::max(1, m_plan.size()), dot + gap + 2 * fm.height() + gap);
}

QSize RolloutStepper::sizeHint() const
{
    return minimumSizeHint();
}

void RolloutStepper::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void RolloutStepper::paintEvent(QPaintEvent *)
{
    if (m_plan.size() == 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const int n = m_plan.size();
    const double column = double(width()) / n;
    const int cy = gap / 2 + dot / 2;
    const QColor done = pal.color(QPalette::Highlight);
    const QColor todo = pal.color(QPalette::Mid);
    const QColor killed(200, 40, 40);

    for (int i = 0; i + 1 < n; ++i) {
        const double x1 = column * (i + 0.5) + dot / 2.0;
        const double x2 = column * (i + 1.5) - dot / 2.0;
        p.setPen(QPen(i < m_current ? done : todo, 2));
        p.drawLine(QPointF(x1, cy), QPointF(x2, cy));
    }
    for (int i = 0; i < n; ++i) {
        const RolloutStage &s = m_plan.at(i);
        const QPointF centre(column * (i + 0.5), cy);
        const QRectF circle(centre.x() - dot / 2.0, centre.y() - dot / 2.0, dot, dot);
        if (i < m_current) {
            p.setPen(Qt::NoPen);
            p.setBrush(done);
            p.drawEllipse(circle);
        } else if (i == m_current) {
            p.setPen(QPen(m_killed ? killed : done, 3));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(circle.adjusted(1.5, 1.5, -1.5, -1.5));
            p.setPen(Qt::NoPen);
            p.setBrush(m_killed ? killed : done);
            p.drawEllipse(circle.adjusted(6, 6, -6, -6));
        } else {
            p.setPen(QPen(todo, 2));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(circle.adjusted(1, 1, -1, -1));
        }
        QFont f = font();
        f.setBold(i == m_current);
        p.setFont(f);
        p.setPen(pal.color(i <= m_current ? QPalette::WindowText : QPalette::PlaceholderText));
        const QRectF nameRect(column * i, dot + gap, column, fm.height());
        p.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop, s.displayName());
        p.setFont(font());
        p.drawText(nameRect.translated(0, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   i == m_current && m_killed ? tr("0 % (killed)") : s.shareText());
    }
}

} // namespace ShadowOptic
