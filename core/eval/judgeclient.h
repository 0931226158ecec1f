// SPDX-License-Identifier: MIT
#pragma once

#include "judgeitem.h"
#include "judgerubric.h"
#include "judgesummary.h"
#include "judgeverdict.h"
#include "replay/replayoptions.h"
#include "replay/replayresult.h"
#include "replay/replaytarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

namespace ShadowOptic {

class ProjectStore;
class ReplayEngine;
struct ReplayProgress;

/**
 * LLM-as-judge client (SPEC §5). Judge calls go through a ReplayEngine, so they share the replay budget
 * cap, cache and retries; each pass is its own replay run with roles `judge:<model>` / `judge:baseline`
 * (and `judge-repair:...` for the repair pass), so they never collide with the graded completions.
 *
 * Every answer is validated strictly (JudgeRubric::validate). An invalid answer gets exactly one repair
 * request quoting it; invalid again means "judge failed": stored with judge_ok = 0, counted as a format
 * failure and never scored. Scores are upserted into `evaluations` with the judge model and rubric version.
 *
 * Lives in the caller's thread and needs its event loop; database writes run on the thread pool.
 */
class JudgeClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString judgeModel = QStringLiteral("gpt-4o-mini");
        ReplayOptions replay;
        bool rescore = false; // also re-judge answers already scored with this judge and rubric
    };

    explicit JudgeClient(QObject *parent = nullptr);
    ~JudgeClient() override;

    void setRubric(const JudgeRubric &rubric) { m_rubric = rubric; }
    const JudgeRubric &rubric() const { return m_rubric; }

    /** Starts judging; false (with error) when nothing could start. finished() follows even for zero items. */
    bool start(const QString &projectPath, const ReplayTarget &target, const Options &options,
               const QList<JudgeItem> &items, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    JudgeSummary summary() const { return m_summary; }

    /** Ok replay completions of a run with an answer, plus (includeBaselines) the logged answers of its logs. */
    static bool collectItems(const ProjectStore &store, qint64 runId, bool includeBaselines, QList<JudgeItem> *items,
                             QString *error);
    /** The picked replay completions (ReplayReuse::key(model, logId) → run) with an answer, plus (includeBaselines)
     *  the logged answers of their logs, filed under baselineRunId. */
    static bool collectPicked(const ProjectStore &store, const QHash<QString, qint64> &picks, bool includeBaselines,
                              qint64 baselineRunId, QList<JudgeItem> *items, QString *error);
    /** Upserts verdicts into `evaluations` (judge columns only; refusal verdicts of replays stay). */
    static bool storeVerdicts(ProjectStore &store, const QList<JudgeItem> &items, const QList<JudgeVerdict> &verdicts,
                              const QString &judgeModel, const QString &rubricVersion, QString *error);
    static QString roleFor(const JudgeItem &item, bool repair = false);

signals:
    void progressChanged(int permille, const QString &text);
    void finished(const ShadowOptic::JudgeSummary &summary);
    void failed(const QString &message);

private:
    void onResult(const ReplayResult &result);
    void onPassFinished(const ReplayProgress &progress);
    void startRepairs();
    void storeAndFinish(JudgeStatus::Value status);
    bool runJobs(bool repair, QString *error);

    enum class Stage { Idle, First, Repair, Storing };
    JudgeRubric m_rubric;
    ReplayEngine *m_engine;
    QString m_project;
    ReplayTarget m_target;
    Options m_options;
    QList<JudgeItem> m_items;
    QList<JudgeVerdict> m_verdicts;
    QList<bool> m_answered;
    QHash<QString, int> m_index; // role \x1f logId → item
    QList<int> m_toRepair;
    Stage m_stage = Stage::Idle;
    bool m_running = false;
    bool m_cancelled = false;
    double m_spent = 0.0;
    JudgeSummary m_summary;
    QElapsedTimer m_clock;
};

} // namespace ShadowOptic
