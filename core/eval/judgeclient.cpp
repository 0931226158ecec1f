// SPDX-License-Identifier: MIT
#include "judgeclient.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "refusal/refusaldetector.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "store/catalogstore.h"
#include "store/evaluationstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

QString key(const QString &role, const QString &logId)
{
    return role + QLatin1Char('\x1f') + logId;
}

} // namespace

JudgeClient::JudgeClient(QObject *parent)
    : QObject(parent)
    , m_engine(new ReplayEngine(this))
{
    qRegisterMetaType<JudgeSummary>();
    connect(m_engine, &ReplayEngine::resultReady, this, &JudgeClient::onResult);
    connect(m_engine, &ReplayEngine::finished, this, &JudgeClient::onPassFinished);
    connect(m_engine, &ReplayEngine::failed, this, &JudgeClient::failed);
    connect(m_engine, &ReplayEngine::progressChanged, this, [this](const ReplayProgress &p) {
        const int base = m_stage == Stage::Repair ? 900 : 0;
        const int span = m_stage == Stage::Repair ? 100 : 900;
        emit progressChanged(base + int(p.total > 0 ? span * p.done / p.total : 0),
                             tr("Judging: %1 of %2 answers").arg(p.done).arg(p.total));
    });
}

JudgeClient::~JudgeClient() = default;

QString JudgeClient::roleFor(const JudgeItem &item, bool repair)
{
    const QString prefix = repair ? QStringLiteral("judge-repair:") : QStringLiteral("judge:");
    return prefix + (item.source == AnswerSource::Value::Baseline ? QStringLiteral("baseline") : item.model);
}

bool JudgeClient::start(const QString &projectPath, const ReplayTarget &target, const Options &options,
                        const QList<JudgeItem> &items, QString *error)
{
    if (m_running) {
        *error = tr("Judging is already running.");
        return false;
    }
    if (options.judgeModel.isEmpty()) {
        *error = tr("Choose a judge model.");
        return false;
    }
    m_project = projectPath;
    m_target = target;
    m_options = options;
    m_summary = JudgeSummary();
    m_summary.judgeModel = options.judgeModel;
    m_summary.rubricVersion = m_rubric.version();
    m_spent = 0.0;
    m_cancelled = false;
    m_items.clear();
    m_index.clear();
    m_toRepair.clear();
    m_clock.start();

    ProjectStore *store = ThreadStore::get(projectPath, error);
    if (!store)
        return false;
    QSet<QString> scored;
    if (!options.rescore) {
        // Scores with the same judge and rubric are still valid (SPEC §6 invalidates on a rubric change).
        scored = EvaluationStore(*store).scoredKeys(options.judgeModel, m_rubric.version());
    }
    for (const JudgeItem &item : items) {
        if (item.answer.trimmed().isEmpty())
            continue;
        if (scored.contains(EvaluationStore::scoreKey(item.runId, item.logId, item.model, item.source))) {
            ++m_summary.alreadyScored;
            continue;
        }
        m_index.insert(key(roleFor(item), item.logId), int(m_items.size()));
        m_index.insert(key(roleFor(item, true), item.logId), int(m_items.size()));
        m_items.append(item);
    }
    m_summary.items = m_items.size();
    m_verdicts = QList<JudgeVerdict>(m_items.size());
    m_answered = QList<bool>(m_items.size(), false);
    m_running = true;
    if (m_items.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { storeAndFinish(JudgeStatus::Value::Completed); }, Qt::QueuedConnection);
        return true;
    }
    m_stage = Stage::First;
    if (!runJobs(false, error)) {
        m_running = false;
        m_stage = Stage::Idle;
        return false;
    }
    return true;
}

bool JudgeClient::runJobs(bool repair, QString *error)
{
    ProjectStore *store = ThreadStore::get(m_project, error);
    PriceCatalog catalog;
    if (!store || !CatalogStore(*store).load(&catalog, error))
        return false;
    const ModelInfo *judge = catalog.find(m_options.judgeModel);
    QList<ReplayJob> jobs;
    const QList<int> indices = [&] {
        if (repair)
            return m_toRepair;
        QList<int> all(m_items.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }();
    for (int i : indices) {
        const JudgeItem &item = m_items.at(i);
        ReplayJob job;
        job.logId = item.logId;
        job.model = m_options.judgeModel;
        job.role = roleFor(item, repair);
        job.body = repair ? m_rubric.repairBody(m_options.judgeModel, item.messages, item.answer,
                                                m_verdicts.at(i).rawOutput, m_verdicts.at(i).error)
                          : m_rubric.requestBody(m_options.judgeModel, item.messages, item.answer);
        job.maxCompletionTokens = JudgeRubric::MaxTokens; // so the engine need not parse the body for its bound
        if (judge)
            job.estimatedCostUsd = judge->costUsd(job.body.size() / 4, 120);
        jobs.append(job);
    }
    ReplayOptions o = m_options.replay;
    if (o.budgetUsd > 0) {
        o.budgetUsd -= m_spent;
        if (o.budgetUsd <= 0) {
            *error = tr("The judging budget is used up.");
            return false;
        }
    }
    return m_engine->start(m_project, m_target, o, jobs, error);
}

void JudgeClient::onResult(const ReplayResult &r)
{
    const int i = m_index.value(key(r.role, r.logId), -1);
    if (i < 0)
        return;
    const bool repair = r.role.startsWith(QLatin1String("judge-repair:"));
    if (!r.ok) {
        if (repair) {
            m_verdicts[i].error = tr("The repair request failed: %1").arg(r.error);
        }
        return;
    }
    JudgeVerdict v = JudgeRubric::validate(r.responseText);
    if (repair) {
        if (v.ok) {
            v.repaired = true;
            m_verdicts[i] = v;
        } else {
            m_verdicts[i].error = tr("Invalid again after the repair request: %1").arg(v.error);
        }
    } else {
        m_answered[i] = true;
        m_verdicts[i] = v;
    }
}

void JudgeClient::onPassFinished(const ReplayProgress &progress)
{
    m_spent += progress.spentUsd;
    m_summary.spentUsd = m_spent;
    if (m_stage == Stage::First) {
        m_summary.judgeRunId = progress.runId;
        if (progress.status == RunStatus::Value::Cancelled || m_cancelled) {
            storeAndFinish(JudgeStatus::Value::Cancelled);
            return;
        }
        m_toRepair.clear();
        for (int i = 0; i < m_items.size(); ++i)
            if (m_answered.at(i) && !m_verdicts.at(i).ok)
                m_toRepair.append(i);
        if (m_toRepair.isEmpty()) {
            storeAndFinish(JudgeStatus::fromRunStatus(progress.status));
            return;
        }
        m_stage = Stage::Repair;
        QString error;
        if (!runJobs(true, &error)) {
            for (int i : std::as_const(m_toRepair))
                m_verdicts[i].error = tr("No repair request was sent: %1").arg(error);
            storeAndFinish(JudgeStatus::fromRunStatus(progress.status));
        }
        return;
    }
    if (m_stage == Stage::Repair) {
        m_summary.repairRunId = progress.runId;
        storeAndFinish(m_cancelled ? JudgeStatus::Value::Cancelled : JudgeStatus::fromRunStatus(progress.status));
    }
}

void JudgeClient::storeAndFinish(JudgeStatus::Value status)
{
    m_stage = Stage::Storing;
    QList<JudgeItem> items;
    QList<JudgeVerdict> verdicts;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_answered.at(i)) {
            ++m_summary.requestErrors;
            continue;
        }
        const JudgeVerdict &v = m_verdicts.at(i);
        if (v.ok && v.repaired)
            ++m_summary.repaired;
        else if (v.ok)
            ++m_summary.valid;
        else
            ++m_summary.judgeFailed;
        items.append(m_items.at(i));
        verdicts.append(v);
    }
    m_summary.status = status;
    const QString project = m_project;
    const QString judgeModel = m_options.judgeModel;
    const QString rubricVersion = m_rubric.version();
    auto store = QtConcurrent::run([project, items, verdicts, judgeModel, rubricVersion]() -> QString {
        QString error;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (!store || !storeVerdicts(*store, items, verdicts, judgeModel, rubricVersion, &error))
            return error.isEmpty() ? tr("Cannot open the project.") : error;
        return QString();
    });
    thenQueued(store, this, [this](const QString &error) {
        m_running = false;
        m_stage = Stage::Idle;
        m_summary.elapsedMs = m_clock.elapsed();
        if (!error.isEmpty()) {
            m_summary.status = JudgeStatus::Value::Failed;
            emit failed(tr("Judge scores could not be saved: %1").arg(error));
        }
        emit progressChanged(1000, tr("Judging finished"));
        emit finished(m_summary);
    });
}

void JudgeClient::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_engine->cancel();
}

namespace {

JudgeItem itemOf(const EvaluationStore::Answer &a)
{
    JudgeItem item;
    item.runId = a.runId;
    item.logId = a.logId;
    item.model = a.model;
    item.answer = a.answer;
    item.messages = QJsonDocument::fromJson(a.messagesJson).array();
    return item;
}

JudgeItem baselineOf(const EvaluationStore::Answer &a, qint64 runId)
{
    JudgeItem item = itemOf(a);
    item.runId = runId;
    item.source = AnswerSource::Value::Baseline;
    item.promptText = ChatMessages::lastUserText(item.messages);
    return item;
}

} // namespace

bool JudgeClient::collectItems(const ProjectStore &store, qint64 runId, bool includeBaselines, QList<JudgeItem> *items,
                               QString *error)
{
    const EvaluationStore evaluations(store);
    QList<EvaluationStore::Answer> answers;
    if (!evaluations.replayAnswers(runId, &answers, error))
        return false;
    for (const EvaluationStore::Answer &a : std::as_const(answers))
        items->append(itemOf(a));
    if (!includeBaselines)
        return true;
    answers.clear();
    if (!evaluations.loggedAnswers(runId, &answers, error))
        return false;
    for (const EvaluationStore::Answer &a : std::as_const(answers))
        items->append(baselineOf(a, runId));
    return true;
}

bool JudgeClient::collectPicked(const ProjectStore &store, const QHash<QString, qint64> &picks, bool includeBaselines,
                                qint64 baselineRunId, QList<JudgeItem> *items, QString *error)
{
    QStringList logIds;
    QList<EvaluationStore::AnswerKey> wanted;
    QList<QString> keys = picks.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        const EvaluationStore::AnswerKey key { picks.value(k), k.section(u'\x1f', 1), k.section(u'\x1f', 0, 0) };
        if (!logIds.contains(key.logId))
            logIds.append(key.logId);
        wanted.append(key);
    }
    const EvaluationStore evaluations(store);
    QList<EvaluationStore::Answer> answers;
    if (!evaluations.replayAnswers(wanted, &answers, error))
        return false;
    for (const EvaluationStore::Answer &a : std::as_const(answers))
        items->append(itemOf(a));
    if (!includeBaselines)
        return true;
    answers.clear();
    if (!evaluations.loggedAnswers(logIds, &answers, error))
        return false;
    for (const EvaluationStore::Answer &a : std::as_const(answers))
        items->append(baselineOf(a, baselineRunId));
    return true;
}

bool JudgeClient::storeVerdicts(ProjectStore &store, const QList<JudgeItem> &items, const QList<JudgeVerdict> &verdicts,
                                const QString &judgeModel, const QString &rubricVersion, QString *error)
{
    const RefusalDetector detector;
    QList<EvaluationStore::Score> scores;
    scores.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JudgeItem &item = items.at(i);
        const JudgeVerdict &v = verdicts.at(i);
        EvaluationStore::Score s;
        s.runId = item.runId;
        s.logId = item.logId;
        s.model = item.model;
        s.source = item.source;
        if (item.source == AnswerSource::Value::Baseline) {
            // Logged answers get the same refusal verdicts replays get, so the rates compare.
            const RefusalVerdict r = detector.detect(item.answer, item.promptText);
            s.hasRefusal = true;
            s.refusalKind = RefusalVerdict::kindToString(r.kind);
            s.refusalType = RefusalVerdict::typeToString(r.type);
            s.refusalRule = r.rule;
        }
        s.judgeOk = v.ok;
        s.accuracy = v.accuracy;
        s.helpfulness = v.helpfulness;
        s.clarity = v.clarity;
        s.completeness = v.completeness;
        s.overall = v.overall;
        s.reasoning = v.ok ? v.reasoning : v.error;
        scores.append(s);
    }
    qsizetype failed = -1;
    if (EvaluationStore(store).storeScores(scores, judgeModel, rubricVersion, error, &failed))
        return true;
    if (failed >= 0)
        *error = tr("Cannot store the judge score of %1 on %2: %3")
                     .arg(items.at(failed).logId, items.at(failed).model, *error);
    return false;
}

} // namespace ShadowOptic
