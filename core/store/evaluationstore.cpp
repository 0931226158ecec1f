// SPDX-License-Identifier: MIT
#include "evaluationstore.h"

#include "domain/logrecordparser.h"
#include "projectstore.h"
#include "sqldialect.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QLatin1Char(','));
}

// Columns 10… of both sample queries: refusal_kind, refusal_type, use_case, judge_ok, accuracy, helpfulness,
// clarity, completeness, overall, rubric_version, judge_model, cluster.
void readGrades(const QSqlQuery &q, EvaluationStore::SampleRow *r)
{
    r->cluster = q.value(21).toString();
    r->refusalKind = q.value(10).toString();
    r->refusalType = q.value(11).toString();
    r->useCase = q.value(12).toString();
    r->hasJudge = !q.value(13).isNull();
    r->judgeOk = q.value(13).toInt() == 1;
    r->accuracy = q.value(14).toDouble();
    r->helpfulness = q.value(15).toDouble();
    r->clarity = q.value(16).toDouble();
    r->completeness = q.value(17).toDouble();
    r->overall = q.value(18).toDouble();
    r->rubricVersion = q.value(19).toString();
    r->judgeModel = q.value(20).toString();
}

} // namespace

EvaluationStore::EvaluationStore(const ProjectStore &store)
    : m_store(store)
{
}

QList<qint64> EvaluationStore::replayRunIds() const
{
    QList<qint64> out;
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT r.id FROM replay_runs r WHERE EXISTS (SELECT 1 FROM replay_items i WHERE "
                              "i.run_id = r.id AND i.role = 'replay') ORDER BY r.id DESC")))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QString EvaluationStore::mostReplayedLoggedModel(const QList<qint64> &runIds) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(
            QStringLiteral("SELECT l.model, COUNT(*) AS n FROM logs l WHERE l.log_id IN (SELECT log_id FROM "
                           "replay_items WHERE role = 'replay' AND run_id IN (%1)) GROUP BY l.model ORDER BY n DESC, "
                           "l.model LIMIT 1")
                .arg(idList(runIds)))
        && q.next())
        return q.value(0).toString();
    return QString();
}

bool EvaluationStore::replaySamples(const QList<qint64> &runIds, QList<SampleRow> *rows, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                    "SELECT c.run_id, c.log_id, c.model, c.ok, c.status_code, c.prompt_tokens, c.completion_tokens, "
                    "c.cost_usd, "
                    "CASE WHEN c.cache_hit = 1 THEN (SELECT c2.latency_ms FROM completions c2 WHERE c2.log_id = "
                    "c.log_id AND "
                    "c2.model = c.model AND c2.role = 'replay' AND c2.ok = 1 AND c2.cache_hit = 0 ORDER BY c2.id DESC "
                    "LIMIT 1) "
                    "ELSE c.latency_ms END, c.cache_hit, e.refusal_kind, e.refusal_type, l.use_case, e.judge_ok, "
                    "e.accuracy, "
                    "e.helpfulness, e.clarity, e.completeness, e.overall, e.rubric_version, e.judge_model, %2 FROM "
                    "completions c "
                    "LEFT JOIN evaluations e ON e.run_id = c.run_id AND e.log_id = c.log_id AND e.model = c.model AND "
                    "e.source = 'replay' LEFT JOIN logs l ON l.log_id = c.log_id WHERE c.role = 'replay' AND c.run_id "
                    "IN (%1) "
                    "ORDER BY c.run_id, c.id")
                    .arg(idList(runIds), SqlDialect::senderExpression(QStringLiteral("l.metadata_json"))))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        SampleRow r;
        r.runId = q.value(0).toLongLong();
        r.logId = q.value(1).toString();
        r.model = q.value(2).toString();
        r.success = q.value(3).toInt() != 0;
        r.statusCode = q.value(4).toInt();
        r.promptTokens = q.value(5).toLongLong();
        r.completionTokens = q.value(6).toLongLong();
        r.costUsd = q.value(7).toDouble();
        r.latencyMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        r.cacheHit = q.value(9).toInt() != 0;
        readGrades(q, &r);
        rows->append(r);
    }
    return true;
}

bool EvaluationStore::baselineSamples(const QList<qint64> &runIds, QList<SampleRow> *rows, QString *error) const
{
    QSqlQuery b(StoreAccess::database(m_store));
    b.setForwardOnly(true);
    if (!b.exec(QStringLiteral(
                    "SELECT e.run_id, e.log_id, e.model, l.is_success, l.status_code, l.prompt_tokens, "
                    "l.completion_tokens, "
                    "l.cost_usd, l.latency_ms, 0, e.refusal_kind, e.refusal_type, l.use_case, e.judge_ok, e.accuracy, "
                    "e.helpfulness, e.clarity, e.completeness, e.overall, e.rubric_version, e.judge_model, %2 FROM "
                    "evaluations e "
                    "JOIN logs l ON l.log_id = e.log_id WHERE e.source = 'baseline' AND e.run_id IN (%1) ORDER BY "
                    "e.run_id, e.id")
                    .arg(idList(runIds), SqlDialect::senderExpression(QStringLiteral("l.metadata_json"))))) {
        *error = b.lastError().text();
        return false;
    }
    while (b.next()) {
        SampleRow r;
        r.runId = b.value(0).toLongLong();
        r.logId = b.value(1).toString();
        r.model = b.value(2).toString();
        r.success = b.value(3).isNull() || b.value(3).toInt() != 0;
        r.statusCode = b.value(4).toInt();
        r.promptTokens = b.value(5).toLongLong();
        r.completionTokens = b.value(6).toLongLong();
        r.costUsd = b.value(7).toDouble();
        r.latencyMs = b.value(8).isNull() ? -1 : b.value(8).toLongLong();
        readGrades(b, &r);
        rows->append(r);
    }
    return true;
}

static QString storedScoreKey(qint64 runId, const QString &logId, const QString &model, const QString &source)
{
    return QString::number(runId) + u'\x1f' + logId + u'\x1f' + model + u'\x1f' + source;
}

QString EvaluationStore::scoreKey(qint64 runId, const QString &logId, const QString &model, AnswerSource::Value source)
{
    return storedScoreKey(runId, logId, model, AnswerSource::name(source));
}

QSet<QString> EvaluationStore::scoredKeys(const QString &judgeModel, const QString &rubricVersion) const
{
    QSet<QString> scored;
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT run_id, log_id, model, source FROM evaluations WHERE judge_ok IS NOT NULL "
                             "AND judge_model = ? AND rubric_version = ?"));
    q.addBindValue(judgeModel);
    q.addBindValue(rubricVersion);
    if (q.exec())
        while (q.next())
            scored.insert(storedScoreKey(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString()));
    return scored;
}

bool EvaluationStore::replayAnswers(qint64 runId, QList<Answer> *answers, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.log_id, c.model, c.response_text, l.messages_json, l.raw_json FROM completions c JOIN logs l "
        "ON l.log_id = c.log_id WHERE c.run_id = ? AND c.role = 'replay' AND c.ok = 1 "
        "AND c.status_code <> 446 ORDER BY c.id"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        answers->append({ runId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          LogRecordParser::storedMessagesJson(q.value(3), q.value(4)) });
    return true;
}

bool EvaluationStore::loggedAnswers(qint64 runId, QList<Answer> *answers, QString *error) const
{
    QSqlQuery b(StoreAccess::database(m_store));
    b.setForwardOnly(true);
    b.prepare(QStringLiteral(
        "SELECT l.log_id, l.model, l.response_text, l.messages_json, l.raw_json FROM logs l WHERE l.log_id IN "
        "(SELECT DISTINCT log_id FROM replay_items WHERE run_id = ? AND role = 'replay') AND "
        "l.response_text IS NOT NULL AND l.response_text <> '' AND COALESCE(l.is_success, 1) = 1 "
        "ORDER BY l.id"));
    b.addBindValue(runId);
    if (!b.exec()) {
        *error = b.lastError().text();
        return false;
    }
    while (b.next())
        answers->append({ 0, b.value(0).toString(), b.value(1).toString(), b.value(2).toString(),
                          LogRecordParser::storedMessagesJson(b.value(3), b.value(4)) });
    return true;
}

bool EvaluationStore::replayAnswers(const QList<AnswerKey> &keys, QList<Answer> *answers, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT c.response_text, l.messages_json, l.raw_json FROM completions c JOIN logs l ON "
                             "l.log_id = c.log_id WHERE c.run_id = ? AND c.log_id = ? AND c.model = ? AND c.role = "
                             "'replay' AND c.ok = 1 AND c.status_code <> 446"));
    for (const AnswerKey &k : keys) {
        q.addBindValue(k.runId);
        q.addBindValue(k.logId);
        q.addBindValue(k.model);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.next())
            answers->append({ k.runId, k.logId, k.model, q.value(0).toString(),
                              LogRecordParser::storedMessagesJson(q.value(1), q.value(2)) });
        q.finish();
    }
    return true;
}

bool EvaluationStore::loggedAnswers(const QStringList &logIds, QList<Answer> *answers, QString *error) const
{
    QSqlQuery b(StoreAccess::database(m_store));
    b.prepare(
        QStringLiteral("SELECT l.model, l.response_text, l.messages_json, l.raw_json FROM logs l WHERE l.log_id = ? "
                       "AND l.response_text IS NOT NULL AND l.response_text <> '' AND COALESCE(l.is_success, 1) = 1"));
    for (const QString &logId : logIds) {
        b.addBindValue(logId);
        if (!b.exec()) {
            *error = b.lastError().text();
            return false;
        }
        if (b.next())
            answers->append({ 0, logId, b.value(0).toString(), b.value(1).toString(),
                              LogRecordParser::storedMessagesJson(b.value(2), b.value(3)) });
        b.finish();
    }
    return true;
}

bool EvaluationStore::storeScores(const QList<Score> &scores, const QString &judgeModel, const QString &rubricVersion,
                                  QString *error, qsizetype *failedIndex) const
{
    *failedIndex = -1;
    QSqlDatabase db = StoreAccess::database(m_store);
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant nullScore = QVariant(QMetaType(QMetaType::Double));
    const QVariant nullText = QVariant(QMetaType(QMetaType::QString));
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const Score &s = scores.at(i);
        q.addBindValue(s.runId);
        q.addBindValue(s.logId);
        q.addBindValue(s.model);
        q.addBindValue(AnswerSource::name(s.source));
        q.addBindValue(s.hasRefusal ? QVariant(s.refusalKind) : nullText);
        q.addBindValue(s.hasRefusal ? QVariant(s.refusalType) : nullText);
        q.addBindValue(s.hasRefusal ? QVariant(s.refusalRule) : nullText);
        q.addBindValue(s.judgeOk ? 1 : 0);
        q.addBindValue(s.judgeOk ? QVariant(s.accuracy) : nullScore);
        q.addBindValue(s.judgeOk ? QVariant(s.helpfulness) : nullScore);
        q.addBindValue(s.judgeOk ? QVariant(s.clarity) : nullScore);
        q.addBindValue(s.judgeOk ? QVariant(s.completeness) : nullScore);
        q.addBindValue(s.judgeOk ? QVariant(s.overall) : nullScore);
        q.addBindValue(s.reasoning);
        q.addBindValue(judgeModel);
        q.addBindValue(rubricVersion);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = q.lastError().text();
            *failedIndex = i;
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
