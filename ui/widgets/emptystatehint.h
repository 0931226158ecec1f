// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ShadowOptic {

/**
 * What a panel says before it has anything to show: over the whole panel, a sentence and the one or two actions
 * that lead on ("Import Logs…", "New Project…"). It covers its parent (the panel) and follows its size; the panel
 * itself stays as it is underneath, so its state and tests are untouched.
 */
class EmptyStateHint : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoProject, NoLogs, HasLogs };

    explicit EmptyStateHint(QWidget *panel);

    void setState(State state);
    State state() const { return m_state; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *primaryButton() const { return m_primary; }
    QPushButton *secondaryButton() const { return m_secondary; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void importRequested();
    void pullRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    State m_state = State::HasLogs;
    QLabel *m_text;
    QPushButton *m_primary;
    QPushButton *m_secondary;
};

} // namespace ShadowOptic
