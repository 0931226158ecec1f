// SPDX-License-Identifier: MIT
#include "runevaluator.h"

#include "catalog/pricecatalog.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "replay/replayprogress.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QtConcurrent>

namespace ShadowOptic {

RunEvaluator::RunEvaluator(QObject *parent)
    : QObject(parent)
    , m_engine(new ReplayEngine(this))
    , m_judge(new JudgeClient(this))
{
    connect(m_engine, &ReplayEngine::finished, this, &RunEvaluator::onBaselineReplayed);
    connect(m_engine, &ReplayEngine::failed, this, &RunEvaluator::failed);
    connect(m_engine, &ReplayEngine::progressChanged, this, [this](const ReplayProgress &p) {
        emit progressChanged(
            int(p.total > 0 ? 300 * p.done / p.total : 0),
            tr("Replaying %1 as the baseline: %2 of %3").arg(m_plan.currentModel).arg(p.done).arg(p.total));
    });
    connect(m_judge, &JudgeClient::progressChanged, this,
            [this](int permille, const QString &text) { emit progressChanged(300 + permille * 7 / 10, text); });
    connect(m_judge, &JudgeClient::failed, this, &RunEvaluator::failed);
    connect(m_judge, &JudgeClient::finished, this, &RunEvaluator::onJudged);
}

RunEvaluator::~RunEvaluator() = default;

bool RunEvaluator::plan(const ProjectStore &store, qint64 runId, const QString &currentModel, const QString &judgeModel,
                        const QString &rubricVersion, Plan *plan, QString *error)
{
    if (!ReplayReuse::run(store, runId, &plan->run, error))
        return false;
    plan->currentModel = currentModel.isEmpty() ? Evaluator::mostLoggedModel(store, { runId }) : currentModel;
    for (const QString &model : std::as_const(plan->run.models))
        for (const QString &logId : std::as_const(plan->run.logIds))
            plan->picks.insert(ReplayReuse::key(model, logId), runId);
    if (plan->currentModel.isEmpty() || plan->run.models.contains(plan->currentModel))
        return true;
    QHash<QString, ReplayReuse::Pick> reusable;
    if (!ReplayReuse::find(store, plan->run.targetIdentity, plan->run.catalogVersion, { plan->currentModel },
                           plan->run.logIds, judgeModel, rubricVersion, &reusable, error))
        return false;
    for (const QString &logId : std::as_const(plan->run.logIds)) {
        const QString key = ReplayReuse::key(plan->currentModel, logId);
        const auto it = reusable.constFind(key);
        if (it != reusable.constEnd()) {
            plan->picks.insert(key, it->runId);
            ++plan->reusedBaseline;
        } else {
            plan->missingBaseline.append(logId);
        }
    }
    return true;
}

qint64 RunEvaluator::latestRun(const ProjectStore &store, const QString &currentModel)
{
    const QList<qint64> runs = Evaluator::replayRuns(store);
    const QString current
        = currentModel.isEmpty() || runs.isEmpty() ? Evaluator::mostLoggedModel(store, runs) : currentModel;
    QString error;
    for (qint64 id : runs) {
        ReplayReuse::Run run;
        if (ReplayReuse::run(store, id, &run, &error) && (run.models.size() > 1 || run.models.value(0) != current))
            return id;
    }
    return runs.value(0, 0);
}

bool RunEvaluator::load(const ProjectStore &store, qint64 runId, const QString &currentModel, const QString &judgeModel,
                        EvaluatorReport *report, QString *error)
{
    Plan p;
    const QString rubric = JudgeRubric().version();
    if (!plan(store, runId, currentModel, judgeModel, rubric, &p, error))
        return false;
    Evaluator::Options o;
    o.currentModel = p.currentModel;
    o.judgeModel = judgeModel;
    o.rubricVersion = rubric;
    o.picks = p.picks;
    QList<qint64> runs { runId };
    for (qint64 id : std::as_const(p.picks))
        if (!runs.contains(id))
            runs.append(id);
    return Evaluator::evaluate(store, runs, o, report, error);
}

bool RunEvaluator::start(const QString &projectPath, qint64 runId, const ReplayTarget &target, const Options &options,
                         QString *error)
{
    if (m_running) {
        *error = tr("An evaluation is already running.");
        return false;
    }
    m_project = projectPath;
    m_runId = runId;
    m_target = target;
    m_options = options;
    m_plan = Plan();
    m_report = EvaluatorReport();
    m_summary = JudgeSummary();
    m_baselineReplayed = 0;
    m_spent = 0.0;
    m_cancelled = false;
    m_running = true;
    const quint64 generation = ++m_generation;
    const QString rubric = m_judge->rubric().version();
    emit progressChanged(0, tr("Planning the evaluation of run %1").arg(runId));
    auto planned = QtConcurrent::run([projectPath, runId, options, rubric] {
        std::pair<Plan, QString> out;
        ProjectStore *store = ThreadStore::get(projectPath, &out.second);
        if (store)
            plan(*store, runId, options.currentModel, options.judgeModel, rubric, &out.first, &out.second);
        return out;
    });
    thenQueued(planned, this, [this, generation](const std::pair<Plan, QString> &out) {
        if (generation == m_generation)
            onPlanned(out.first, out.second);
    });
    return true;
}

void RunEvaluator::onPlanned(const Plan &plan, const QString &error)
{
    m_plan = plan;
    if (!error.isEmpty() || m_cancelled) {
        finish(EvaluatorReport(), error);
        return;
    }
    if (m_plan.missingBaseline.isEmpty()) {
        judge();
        return;
    }
    // The run did not replay the current model on these prompts: replay it now, on the same target.
    QString message;
    ProjectStore *store = ThreadStore::get(m_project, &message);
    PriceCatalog catalog;
    QList<ReplayJob> jobs;
    for (const QString &logId : std::as_const(m_plan.missingBaseline)) {
        ReplayJob job;
        job.logId = logId;
        job.model = m_plan.currentModel;
        jobs.append(job);
    }
    if (!store || !CatalogStore(*store).load(&catalog, &message)
        || !ReplayPlanner::rebuild(*store, catalog, &jobs, &message)
        || !m_engine->start(m_project, m_target, m_options.replay, jobs, &message)) {
        finish(EvaluatorReport(), tr("The baseline %1 could not be replayed: %2").arg(m_plan.currentModel, message));
        return;
    }
}

void RunEvaluator::onBaselineReplayed(const ReplayProgress &progress)
{
    m_spent += progress.spentUsd;
    m_baselineReplayed = progress.done;
    for (const QString &logId : std::as_const(m_plan.missingBaseline))
        m_plan.picks.insert(ReplayReuse::key(m_plan.currentModel, logId), progress.runId);
    if (m_cancelled || progress.status == RunStatus::Value::Cancelled) {
        finish(EvaluatorReport(), QString());
        return;
    }
    judge();
}

void RunEvaluator::judge()
{
    const QString project = m_project;
    const QHash<QString, qint64> picks = m_plan.picks;
    const bool logged = m_options.includeLogged;
    const qint64 runId = m_runId;
    const quint64 generation = m_generation;
    auto collected = QtConcurrent::run([project, picks, logged, runId] {
        std::pair<QList<JudgeItem>, QString> out;
        ProjectStore *store = ThreadStore::get(project, &out.second);
        if (store)
            JudgeClient::collectPicked(*store, picks, logged, runId, &out.first, &out.second);
        return out;
    });
    thenQueued(collected, this, [this, generation](const std::pair<QList<JudgeItem>, QString> &out) {
        if (generation != m_generation)
            return;
        if (!out.second.isEmpty() || m_cancelled) {
            finish(EvaluatorReport(), out.second);
            return;
        }
        JudgeClient::Options o;
        o.judgeModel = m_options.judgeModel;
        o.rescore = m_options.rescore;
        o.replay = m_options.replay;
        if (o.replay.budgetUsd > 0)
            o.replay.budgetUsd = qMax(0.0001, o.replay.budgetUsd - m_spent);
        QString error;
        if (!m_judge->start(m_project, m_target, o, out.first, &error))
            finish(EvaluatorReport(), error);
    });
}

void RunEvaluator::onJudged(const JudgeSummary &summary)
{
    if (!m_running)
        return;
    m_summary = summary;
    m_spent += summary.spentUsd;
    if (m_cancelled) {
        finish(EvaluatorReport(), QString());
        return;
    }
    const QString project = m_project;
    const qint64 runId = m_runId;
    Evaluator::Options o;
    o.currentModel = m_plan.currentModel;
    o.judgeModel = m_options.judgeModel;
    o.rubricVersion = m_judge->rubric().version();
    o.includeBaselines = m_options.includeLogged;
    o.picks = m_plan.picks;
    const quint64 generation = m_generation;
    auto evaluated = QtConcurrent::run([project, runId, o] {
        std::pair<EvaluatorReport, QString> out;
        ProjectStore *store = ThreadStore::get(project, &out.second);
        QList<qint64> runs { runId };
        for (qint64 id : std::as_const(o.picks))
            if (!runs.contains(id))
                runs.append(id);
        if (store)
            Evaluator::evaluate(*store, runs, o, &out.first, &out.second);
        return out;
    });
    thenQueued(evaluated, this, [this, generation](const std::pair<EvaluatorReport, QString> &out) {
        if (generation == m_generation)
            finish(out.first, out.second);
    });
}

void RunEvaluator::finish(const EvaluatorReport &report, const QString &error)
{
    m_running = false;
    m_report = report;
    if (!error.isEmpty())
        emit failed(error);
    emit progressChanged(1000, tr("Evaluation finished"));
    emit finished();
}

void RunEvaluator::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_engine->cancel();
    m_judge->cancel();
}

} // namespace ShadowOptic
