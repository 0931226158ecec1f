// SPDX-License-Identifier: MIT
#pragma once

#include "evaluator.h"
#include "judgeclient.h"
#include "replay/replayoptions.h"
#include "replay/replaytarget.h"
#include "replayreuse.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace ShadowOptic {

class ReplayEngine;
struct ReplayProgress;

/**
 * Evaluates one replay run against its baseline: the current model replayed on the same prompts under the same
 * conditions (SPEC §5 paired comparisons). When the run did not replay the current model, stored replays of it
 * with the same target identity and catalog version are reused and only the missing prompts are replayed now;
 * then every answer (and, optionally, the logged answers as an "as logged" reference) is judged and aggregated.
 * The one flow behind `evaluate` and the Trade-off panel's "Evaluate latest run".
 *
 * Lives in the caller's thread and needs its event loop; database work runs on the thread pool. finished() follows
 * every successful start(), also after cancel() (then with an empty report).
 */
class RunEvaluator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString currentModel; // empty = the profile's current model, else the most logged of the run's prompts
        QString judgeModel = QStringLiteral("gpt-4o-mini");
        bool includeLogged = true; // judge the logged answers too, shown "as logged"
        bool rescore = false;
        ReplayOptions replay; // for the baseline replays and the judge calls; budgetUsd covers both
    };

    /** The run's evaluation plan: which stored replay counts for each (model, prompt), and what is missing. */
    struct Plan
    {
        ReplayReuse::Run run;
        QString currentModel;
        QHash<QString, qint64> picks; // ReplayReuse::key(model, logId) → run
        QStringList missingBaseline; // prompts the current model still has to be replayed on
        qint64 reusedBaseline = 0; // current-model replays taken from earlier runs
    };

    explicit RunEvaluator(QObject *parent = nullptr);
    ~RunEvaluator() override;

    /** Plans the evaluation of runId (on any thread, with that thread's store). */
    static bool plan(const ProjectStore &store, qint64 runId, const QString &currentModel, const QString &judgeModel,
                     const QString &rubricVersion, Plan *plan, QString *error);
    /** The newest replay run that replays a model other than currentModel (runs that only replayed the baseline
     *  are part of an earlier run's evaluation); else the newest run; 0 when there is none. */
    static qint64 latestRun(const ProjectStore &store, const QString &currentModel);
    /** The stored evaluation of runId without new replays or judge calls (what is judged so far). */
    static bool load(const ProjectStore &store, qint64 runId, const QString &currentModel, const QString &judgeModel,
                     EvaluatorReport *report, QString *error);

    bool start(const QString &projectPath, qint64 runId, const ReplayTarget &target, const Options &options,
               QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

    const EvaluatorReport &report() const { return m_report; }
    const JudgeSummary &judgeSummary() const { return m_summary; }
    qint64 baselineReplayed() const { return m_baselineReplayed; }
    qint64 baselineReused() const { return m_plan.reusedBaseline; }
    double spentUsd() const { return m_spent; }
    const QString &currentModel() const { return m_plan.currentModel; }

signals:
    void progressChanged(int permille, const QString &text);
    void failed(const QString &message);
    void finished();

private:
    void onPlanned(const Plan &plan, const QString &error);
    void onBaselineReplayed(const ReplayProgress &progress);
    void judge();
    void onJudged(const JudgeSummary &summary);
    void finish(const EvaluatorReport &report, const QString &error);

    ReplayEngine *m_engine;
    JudgeClient *m_judge;
    QString m_project;
    qint64 m_runId = 0;
    ReplayTarget m_target;
    Options m_options;
    Plan m_plan;
    EvaluatorReport m_report;
    JudgeSummary m_summary;
    qint64 m_baselineReplayed = 0;
    double m_spent = 0.0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace ShadowOptic
