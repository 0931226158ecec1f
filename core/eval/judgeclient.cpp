// SPDX-License-Identifier: MIT
#include "judgeclient.h"

#include "catalog/pricecatalog.h"
#include "import/logrecordparser.h"
#include "refusaldetector.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/simulatedresponder.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
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
    return prefix + (item.source == QLatin1String("baseline") ? QStringLiteral("baseline") : item.model);
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
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("SELECT run_id, log_id, model, source FROM evaluations WHERE judge_ok IS NOT NULL "
                                 "AND judge_model = ? AND rubric_version = ?"));
        q.addBindValue(options.judgeModel);
        q.addBindValue(m_rubric.version());
        if (q.exec())
            while (q.next())
                scored.insert(q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f'
                              + q.value(2).toString() + u'\x1f' + q.value(3).toString());
    }
    for (const JudgeItem &item : items) {
        if (item.answer.trimmed().isEmpty())
            continue;
        const QString k = QString::number(item.runId) + u'\x1f' + item.logId + u'\x1f' + item.model + u'\x1f'
            + item.source;
        if (scored.contains(k)) {
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
        QMetaObject::invokeMethod(this, [this] { storeAndFinish(QStringLiteral("completed")); }, Qt::QueuedConnection);
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
    if (!store || !store->loadCatalog(&catalog, error))
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
        if (progress.status == QLatin1String("cancelled") || m_cancelled) {
            storeAndFinish(QStringLiteral("cancelled"));
            return;
        }
        m_toRepair.clear();
        for (int i = 0; i < m_items.size(); ++i)
            if (m_answered.at(i) && !m_verdicts.at(i).ok)
                m_toRepair.append(i);
        if (m_toRepair.isEmpty()) {
            storeAndFinish(progress.status);
            return;
        }
        m_stage = Stage::Repair;
        QString error;
        if (!runJobs(true, &error)) {
            for (int i : std::as_const(m_toRepair))
                m_verdicts[i].error = tr("No repair request was sent: %1").arg(error);
            storeAndFinish(progress.status);
        }
        return;
    }
    if (m_stage == Stage::Repair) {
        m_summary.repairRunId = progress.runId;
        storeAndFinish(m_cancelled ? QStringLiteral("cancelled") : progress.status);
    }
}

void JudgeClient::storeAndFinish(const QString &status)
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
            m_summary.status = QStringLiteral("failed");
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

bool JudgeClient::collectItems(const ProjectStore &store, qint64 runId, bool includeBaselines, QList<JudgeItem> *items,
                               QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.log_id, c.model, c.response_text, l.messages_json, l.raw_json FROM completions c JOIN logs l "
                             "ON l.log_id = c.log_id WHERE c.run_id = ? AND c.role = 'replay' AND c.ok = 1 "
                             "AND c.status_code <> 446 ORDER BY c.id"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        JudgeItem item;
        item.runId = runId;
        item.logId = q.value(0).toString();
        item.model = q.value(1).toString();
        item.answer = q.value(2).toString();
        item.messages = QJsonDocument::fromJson(LogRecordParser::storedMessagesJson(q.value(3), q.value(4))).array();
        items->append(item);
    }
    if (!includeBaselines)
        return true;
    QSqlQuery b(store.database());
    b.setForwardOnly(true);
    b.prepare(QStringLiteral("SELECT l.log_id, l.model, l.response_text, l.messages_json, l.raw_json FROM logs l WHERE l.log_id IN "
                             "(SELECT DISTINCT log_id FROM replay_items WHERE run_id = ? AND role = 'replay') AND "
                             "l.response_text IS NOT NULL AND l.response_text <> '' AND COALESCE(l.is_success, 1) = 1 "
                             "ORDER BY l.id"));
    b.addBindValue(runId);
    if (!b.exec()) {
        *error = b.lastError().text();
        return false;
    }
    while (b.next()) {
        JudgeItem item;
        item.runId = runId;
        item.source = QStringLiteral("baseline");
        item.logId = b.value(0).toString();
        item.model = b.value(1).toString();
        item.answer = b.value(2).toString();
        item.messages = QJsonDocument::fromJson(LogRecordParser::storedMessagesJson(b.value(3), b.value(4))).array();
        item.promptText = SimulatedResponder::lastUserMessage(item.messages);
        items->append(item);
    }
    return true;
}

bool JudgeClient::collectPicked(const ProjectStore &store, const QHash<QString, qint64> &picks, bool includeBaselines,
                                qint64 baselineRunId, QList<JudgeItem> *items, QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT c.response_text, l.messages_json, l.raw_json FROM completions c JOIN logs l ON "
                             "l.log_id = c.log_id WHERE c.run_id = ? AND c.log_id = ? AND c.model = ? AND c.role = "
                             "'replay' AND c.ok = 1 AND c.status_code <> 446"));
    QStringList logIds;
    QList<QString> keys = picks.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        JudgeItem item;
        item.runId = picks.value(k);
        item.model = k.section(u'\x1f', 0, 0);
        item.logId = k.section(u'\x1f', 1);
        if (!logIds.contains(item.logId))
            logIds.append(item.logId);
        q.addBindValue(item.runId);
        q.addBindValue(item.logId);
        q.addBindValue(item.model);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next()) {
            item.answer = q.value(0).toString();
            item.messages = QJsonDocument::fromJson(LogRecordParser::storedMessagesJson(q.value(1), q.value(2))).array();
            items->append(item);
        }
        q.finish();
    }
    if (!includeBaselines)
        return true;
    QSqlQuery b(store.database());
    b.prepare(QStringLiteral("SELECT l.model, l.response_text, l.messages_json, l.raw_json FROM logs l WHERE l.log_id = ? "
                             "AND l.response_text IS NOT NULL AND l.response_text <> '' AND COALESCE(l.is_success, 1) = 1"));
    for (const QString &logId : std::as_const(logIds)) {
        b.addBindValue(logId);
        if (!b.exec()) {
            *error = b.lastError().text();
            return false;
        }
        if (b.next()) {
            JudgeItem item;
            item.runId = baselineRunId;
            item.source = QStringLiteral("baseline");
            item.logId = logId;
            item.model = b.value(0).toString();
            item.answer = b.value(1).toString();
            item.messages = QJsonDocument::fromJson(LogRecordParser::storedMessagesJson(b.value(2), b.value(3))).array();
            item.promptText = SimulatedResponder::lastUserMessage(item.messages);
            items->append(item);
        }
        b.finish();
    }
    return true;
}

bool JudgeClient::storeVerdicts(ProjectStore &store, const QList<JudgeItem> &items, const QList<JudgeVerdict> &verdicts,
                                const QString &judgeModel, const QString &rubricVersion, QString *error)
{
    QSqlDatabase db = store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO evaluations (run_id, log_id, model, source, refusal_kind, refusal_type, refusal_rule, judge_ok, "
        "accuracy, helpfulness, clarity, completeness, overall, reasoning, judge_model, rubric_version, created_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (run_id, log_id, model, source) DO UPDATE SET "
        "judge_ok = excluded.judge_ok, accuracy = excluded.accuracy, helpfulness = excluded.helpfulness, "
        "clarity = excluded.clarity, completeness = excluded.completeness, overall = excluded.overall, "
        "reasoning = excluded.reasoning, judge_model = excluded.judge_model, rubric_version = "
        "excluded.rubric_version, refusal_kind = COALESCE(evaluations.refusal_kind, excluded.refusal_kind), "
        "refusal_type = COALESCE(evaluations.refusal_type, excluded.refusal_type), refusal_rule = "
        "COALESCE(evaluations.refusal_rule, excluded.refusal_rule)"));
    const RefusalDetector detector;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant null = QVariant(QMetaType(QMetaType::Double));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JudgeItem &item = items.at(i);
        const JudgeVerdict &v = verdicts.at(i);
        q.addBindValue(item.runId);
        q.addBindValue(item.logId);
        q.addBindValue(item.model);
        q.addBindValue(item.source);
        if (item.source == QLatin1String("baseline")) {
            // Logged answers get the same refusal verdicts replays get, so the rates compare.
            const RefusalVerdict r = detector.detect(item.answer, item.promptText);
            q.addBindValue(RefusalVerdict::kindToString(r.kind));
            q.addBindValue(RefusalVerdict::typeToString(r.type));
            q.addBindValue(r.rule);
        } else {
            q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        }
        q.addBindValue(v.ok ? 1 : 0);
        q.addBindValue(v.ok ? QVariant(v.accuracy) : null);
        q.addBindValue(v.ok ? QVariant(v.helpfulness) : null);
        q.addBindValue(v.ok ? QVariant(v.clarity) : null);
        q.addBindValue(v.ok ? QVariant(v.completeness) : null);
        q.addBindValue(v.ok ? QVariant(v.overall) : null);
        q.addBindValue(v.ok ? v.reasoning : v.error);
        q.addBindValue(judgeModel);
        q.addBindValue(rubricVersion);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = tr("Cannot store the judge score of %1 on %2: %3").arg(item.logId, item.model,
                                                                             q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace ShadowOptic
