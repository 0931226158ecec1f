// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "eval/evaluatorreport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ShadowOptic {

class AggregatesModel;
class EvaluationJob;
class LatencyChart;
class RunsJob;
class RefusalChart;
class Session;
class SimulatedGateway;
class TradeoffChart;

/**
 * The Trade-off panel: cost vs quality per model with CI bars and the Pareto frontier, latency and refusal
 * charts, and the per-model aggregates. "Evaluate latest run" evaluates the newest replay run against the current
 * model replayed on the same prompts (RunEvaluator: it replays the baseline where the run lacks it, then judges,
 * through the session's target with the session's judge model); a project change and refresh() show the evaluation
 * of what is already judged without new replays or judge calls. Both are the session's EvaluationJob. Logged
 * answers appear only as "as logged" rows. The run picker (the session's RunsJob lists the replay runs, newest
 * first) shows and evaluates an earlier run instead of the latest.
 */
class TradeoffPage : public QWidget
{
    Q_OBJECT
public:
    explicit TradeoffPage(Session *session, QWidget *parent = nullptr);
    ~TradeoffPage() override;

    /** Opens the project in the session (every panel follows). */
    void setProject(const QString &path);
    QString project() const { return m_project; }
    /** Re-reads the runs and the shown run's evaluation from the project (e.g. after a replay finished). */
    void refresh();
    /** Shows this run (0: the latest run, the default) and reads its evaluation. */
    void setRunId(qint64 runId);
    /** The picked run; 0 while "Latest run" is picked. */
    qint64 runId() const { return m_runId; }
    /** Re-reads the picker's runs (after a run was renamed or deleted). */
    void reloadRuns();
    QComboBox *runPicker() const { return m_runPicker; }
    /** The session's judge model. */
    void setJudgeModel(const QString &model);

    void evaluate();
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }

    const EvaluatorReport &report() const { return m_report; }
    TradeoffChart *tradeoffChart() const { return m_tradeoff; }
    LatencyChart *latencyChart() const { return m_latency; }
    RefusalChart *refusalChart() const { return m_refusals; }
    AggregatesModel *aggregatesModel() const { return m_model; }
    QTableView *aggregatesView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    /** The session's built-in simulator (tests tune its latency and faults). */
    SimulatedGateway *simulator();

    /** Selects the model's row in the table (a label such as "gpt-4o" or "gpt-4o (as logged)"). */
    void selectModel(const QString &label);

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A new report is shown (after refresh() or an evaluation). */
    void reportChanged();
    /** The run picker holds the project's replay runs. */
    void runsLoaded();

private:
    enum class State { Idle, Loading, Judging };

    void onProjectChanged(const QString &path);
    void buildUi();
    void setState(State state);
    void startJob(bool judge);
    void onJobFinished();
    void showReport(const EvaluatorReport &report);
    void showDetails(const QModelIndex &proxyIndex);
    void onRunsLoaded();
    void updateEvaluateText();

    Session *m_session;
    QString m_project;
    State m_state = State::Idle;
    EvaluatorReport m_report;

    EvaluationJob *m_job;
    RunsJob *m_runsJob;
    qint64 m_runId = 0;
    AggregatesModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QComboBox *m_runPicker;
    QPushButton *m_evaluate;
    QPushButton *m_cancel;
    QLineEdit *m_judgeModel;
    QProgressBar *m_progress;
    QLabel *m_status;
    TradeoffChart *m_tradeoff;
    LatencyChart *m_latency;
    RefusalChart *m_refusals;
    QTableView *m_view;
    QLabel *m_details;
};

} // namespace ShadowOptic
