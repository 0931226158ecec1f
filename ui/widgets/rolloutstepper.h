// SPDX-License-Identifier: MIT
#pragma once

#include "rollout/rolloutplan.h"

#include <QWidget>

namespace ShadowOptic {

/** The stages of a rollout as a row of steps: the ones passed filled, the current one ringed (red when the kill
 *  switch is pulled), each with its name and challenger share underneath. Sized to its text, never elided. */
class RolloutStepper : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutStepper(QWidget *parent = nullptr);

    void setPlan(const RolloutPlan &plan, int current, bool killed);
    void clear();
    int current() const { return m_current; }
    /** "Shadow\n0 %", … as drawn. */
    QStringList labels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int columnWidth() const;

    RolloutPlan m_plan;
    int m_current = -1;
    bool m_killed = false;
};

} // namespace ShadowOptic
