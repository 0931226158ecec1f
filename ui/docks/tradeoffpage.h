// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "eval/evaluatorreport.h"
#include "replay/replaytarget.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace ShadowOptic {

class SimulatorThread;

class AggregatesModel;
class RunEvaluator;
class LatencyChart;
class RefusalChart;
class SimulatedGateway;
class TradeoffChart;

/**
 * The Trade-off panel: cost vs quality per model with CI bars and the Pareto frontier, latency and refusal
 * charts, and the per-model aggregates. "Evaluate latest run" evaluates the newest replay run against the current
 * model replayed on the same prompts (RunEvaluator: it replays the baseline where the run lacks it, then judges,
 * through the configured target or the built-in simulator); setProject() and refresh() show the evaluation of
 * what is already judged without new replays or judge calls. Logged answers appear only as "as logged" rows.
 */
class TradeoffPage : public QWidget
{
    Q_OBJECT
public:
    explicit TradeoffPage(QWidget *parent = nullptr);
    ~TradeoffPage() override;

    void setProject(const QString &path);
    QString project() const { return m_project; }
    /** Re-reads the latest run's evaluation from the project (e.g. after a replay finished). */
    void refresh();
    /** Judge calls go to this target; without one, to the built-in simulator. */
    void setTarget(const ReplayTarget &target);
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
    /** The built-in simulator, created on first use on its own thread (tests tune its latency and faults). */
    SimulatedGateway *simulator();

    /** Selects the model's row in the table (a label such as "gpt-4o" or "gpt-4o (as logged)"). */
    void selectModel(const QString &label);

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A new report is shown (after refresh() or an evaluation). */
    void reportChanged();

private:
    enum class State { Idle, Loading, Collecting, Judging, Evaluating };
    struct Collected;
    struct Evaluated;

    /** The newest replay run's evaluation, paired against the profile's current model (else the most logged). */
    static Evaluated evaluateLatest(const QString &path, const QString &judgeModel);
    void buildUi();
    void setState(State state);
    void loadEvaluation(State state);
    void onCollected(const Collected &collected);
    void onRunEvaluated();
    void onEvaluated(const Evaluated &evaluated);
    void showReport(const EvaluatorReport &report);
    void showDetails(const QModelIndex &proxyIndex);
    bool buildTarget(ReplayTarget *target, QString *error);

    QString m_project;
    State m_state = State::Idle;
    quint64 m_generation = 0; // drops pool results of an earlier request
    EvaluatorReport m_report;
    ReplayTarget m_target; // baseUrl empty = the built-in simulator
    QString m_lastJudgeText;

    RunEvaluator *m_evaluator;
    AggregatesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::unique_ptr<SimulatorThread> m_simulator;

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
