// SPDX-License-Identifier: MIT
#include "exportstore.h"

#include "domain/chatmessages.h"
#include "domain/logrecordparser.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ShadowOptic {

namespace {

// Answers are what a run replayed; judge, refusal-classifier and guardrail-tuner calls are the product's own.
constexpr QLatin1String AnswerRoles("c.role NOT LIKE 'judge%' AND c.role NOT LIKE 'refusal-llm%' "
                                    "AND c.role NOT LIKE 'guardrail-tune%'");

QVariant nullable(const QVariant &v)
{
    return v.isNull() ? QVariant() : v;
}

} // namespace

ExportStore::ExportStore(const ProjectStore &store)
    : m_store(store)
{
}

qint64 ExportStore::replayCount(qint64 runId) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM completions c WHERE %1%2")
                  .arg(AnswerRoles, runId > 0 ? QStringLiteral(" AND c.run_id = ?") : QString()));
    if (runId > 0)
        q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

bool ExportStore::forEachReplay(qint64 runId, const std::function<bool(const ReplayRow &)> &row, QString *error) const
{
    const QSqlDatabase db = StoreAccess::database(m_store);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The order of the (run_id, log_id, model, role) unique index: no sort, and the answers to one prompt come
    // together, so each prompt is read and parsed once.
    q.prepare(QStringLiteral(
                  "SELECT c.run_id, c.log_id, c.model, c.role, c.created_at, c.status_code, c.ok, c.error, c.cost_usd, "
                  "c.prompt_tokens, c.completion_tokens, c.cache_read_tokens, c.reasoning_tokens, c.latency_ms, "
                  "c.attempts, c.cache_hit, e.refusal_kind, e.refusal_type, e.judge_ok, e.accuracy, e.helpfulness, "
                  "e.clarity, e.completeness, e.overall, e.judge_model, c.response_text FROM completions c "
                  "LEFT JOIN evaluations e ON e.run_id = c.run_id AND e.log_id = c.log_id AND e.model = c.model "
                  "AND e.source = 'replay' WHERE %1%2 ORDER BY c.run_id, c.log_id, c.model, c.role")
                  .arg(AnswerRoles, runId > 0 ? QStringLiteral(" AND c.run_id = ?") : QString()));
    if (runId > 0)
        q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery promptQuery(db);
    promptQuery.prepare(QStringLiteral("SELECT messages_json, raw_json FROM logs WHERE log_id = ?"));
    QString promptLog;
    QString prompt;
    while (q.next()) {
        ReplayRow r;
        r.runId = q.value(0).toLongLong();
        r.logId = q.value(1).toString();
        r.model = q.value(2).toString();
        r.role = q.value(3).toString();
        r.createdAtMs = q.value(4).toLongLong();
        r.statusCode = nullable(q.value(5));
        r.ok = q.value(6).toInt() == 1;
        r.error = q.value(7).toString();
        r.costUsd = nullable(q.value(8));
        r.promptTokens = nullable(q.value(9));
        r.completionTokens = nullable(q.value(10));
        r.cacheReadTokens = nullable(q.value(11));
        r.reasoningTokens = nullable(q.value(12));
        r.latencyMs = nullable(q.value(13));
        r.attempts = nullable(q.value(14));
        r.cacheHit = q.value(15).toInt() == 1;
        r.refusalKind = q.value(16).toString();
        r.refusalType = q.value(17).toString();
        r.judgeOk = nullable(q.value(18));
        r.accuracy = nullable(q.value(19));
        r.helpfulness = nullable(q.value(20));
        r.clarity = nullable(q.value(21));
        r.completeness = nullable(q.value(22));
        r.overall = nullable(q.value(23));
        r.judgeModel = q.value(24).toString();
        r.answer = q.value(25).toString();
        if (r.logId != promptLog) {
            promptLog = r.logId;
            prompt.clear();
            promptQuery.addBindValue(r.logId);
            if (promptQuery.exec() && promptQuery.next()) {
                const QByteArray messages
                    = LogRecordParser::storedMessagesJson(promptQuery.value(0), promptQuery.value(1));
                prompt = ChatMessages::lastUserText(QJsonDocument::fromJson(messages).array());
            }
            promptQuery.finish();
        }
        r.prompt = prompt;
        if (!row(r))
            return true;
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ExportStore::runExists(qint64 runId) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT 1 FROM replay_runs WHERE id = ?"));
    q.addBindValue(runId);
    return q.exec() && q.next();
}

QList<QPair<qint64, qint64>> ExportStore::answerRuns() const
{
    QList<QPair<qint64, qint64>> out;
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT r.id, r.created_at FROM replay_runs r WHERE EXISTS (SELECT 1 FROM "
                              "replay_items i WHERE i.run_id = r.id AND i.role = 'replay') ORDER BY r.id DESC")))
        while (q.next())
            out.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return out;
}

bool ExportStore::recommendations(QList<StoredRecommendation> *list, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, created_at, data_json FROM recommendations ORDER BY id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        StoredRecommendation r;
        r.id = q.value(0).toLongLong();
        r.createdAtMs = q.value(1).toLongLong();
        r.data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        list->append(r);
    }
    return true;
}

} // namespace ShadowOptic
