// SPDX-License-Identifier: MIT
#include "refusalstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

RefusalStore::RefusalStore(const ProjectStore &store)
    : m_store(store)
{
}

bool RefusalStore::unscannedLogs(qint64 after, int limit, QList<Unscanned> *rows, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, prompt_preview, response_text, finish_reason, status_code FROM logs WHERE "
                             "refusal IS NULL AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rows->append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt() });
    return true;
}

qint64 RefusalStore::unscannedCount() const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM logs WHERE refusal IS NULL")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool RefusalStore::storeLogVerdicts(const QList<std::pair<qint64, QString>> &verdicts, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE logs SET refusal = ? WHERE id = ?"));
    for (const auto &[rowId, verdict] : verdicts) {
        q.addBindValue(verdict);
        q.addBindValue(rowId);
        if (!q.exec()) {
            *error = q.lastError().text();
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

bool RefusalStore::replayedAnswers(QList<Answer> *answers, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.log_id, c.model, c.run_id, l.prompt_preview, c.response_text, c.finish_reason, c.status_code, "
            "e.refusal_kind, e.refusal_type, e.refusal_rule FROM completions c JOIN (SELECT MAX(id) AS id FROM "
            "completions WHERE role = 'replay' AND (ok = 1 OR status_code = 446) GROUP BY log_id, model) newest "
            "ON newest.id = c.id LEFT JOIN evaluations e ON e.run_id = c.run_id AND e.log_id = c.log_id AND "
            "e.model = c.model AND e.source = 'replay' LEFT JOIN logs l ON l.log_id = c.log_id ORDER BY l.id, "
            "c.model"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Answer a;
        a.logId = q.value(0).toString();
        a.model = q.value(1).toString();
        a.runId = q.value(2).toLongLong();
        a.prompt = q.value(3).toString();
        a.answer = q.value(4).toString();
        a.finishReason = q.value(5).toString();
        a.statusCode = q.value(6).toInt();
        a.refusalKind = q.value(7).toString();
        a.refusalType = q.value(8).toString();
        a.refusalRule = q.value(9).toString();
        answers->append(a);
    }
    return true;
}

bool RefusalStore::loggedAnswersOfReplayedPrompts(QList<Answer> *answers, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.setForwardOnly(true);
    // A logged answer graded as a baseline carries its refusal verdict; the newest grade stands.
    if (!q.exec(QStringLiteral(
            "SELECT l.log_id, l.model, l.prompt_preview, l.response_text, l.finish_reason, l.status_code, "
            "e.refusal_kind, e.refusal_type, e.refusal_rule FROM logs l LEFT JOIN evaluations e ON e.id = (SELECT "
            "MAX(e2.id) FROM evaluations e2 WHERE e2.log_id = l.log_id AND e2.source = 'baseline' AND "
            "e2.refusal_kind IS NOT NULL) WHERE l.log_id IN (SELECT log_id FROM replay_items WHERE role = 'replay') "
            "AND l.response_text IS NOT NULL AND (l.is_success IS NULL OR l.is_success <> 0 OR l.status_code = 446) "
            "ORDER BY l.id"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Answer a;
        a.logId = q.value(0).toString();
        a.model = q.value(1).toString();
        a.logged = true;
        a.prompt = q.value(2).toString();
        a.answer = q.value(3).toString();
        a.finishReason = q.value(4).toString();
        a.statusCode = q.value(5).toInt();
        a.refusalKind = q.value(6).toString();
        a.refusalType = q.value(7).toString();
        a.refusalRule = q.value(8).toString();
        answers->append(a);
    }
    return true;
}

} // namespace ShadowOptic
