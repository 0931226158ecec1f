// SPDX-License-Identifier: MIT
#include "refusalverdictstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

RefusalVerdictStore::RefusalVerdictStore(const ProjectStore &store)
    : m_store(store)
{
}

bool RefusalVerdictStore::store(const QList<Verdict> &verdicts, QString *error) const
{
    QSqlDatabase db = StoreAccess::database(m_store);
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO evaluations (run_id, log_id, model, source, refusal_kind, refusal_type, "
                             "refusal_rule, created_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (run_id, log_id, model, "
                             "source) DO UPDATE SET refusal_kind = excluded.refusal_kind, refusal_type = "
                             "excluded.refusal_type, refusal_rule = excluded.refusal_rule"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Verdict &v : verdicts) {
        q.addBindValue(v.runId);
        q.addBindValue(v.logId);
        q.addBindValue(v.model);
        q.addBindValue(AnswerSource::name(v.source));
        q.addBindValue(RefusalVerdict::kindToString(v.kind));
        q.addBindValue(RefusalVerdict::typeToString(v.type));
        q.addBindValue(v.rule);
        q.addBindValue(now);
        if (!q.exec()) {
            *error = tr("Cannot store the refusal verdict of %1 on %2: %3").arg(v.logId, v.model, q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = tr("Cannot commit refusal verdicts: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool RefusalVerdictStore::find(qint64 runId, const QString &logId, const QString &model, AnswerSource::Value source,
                               Verdict *verdict) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT refusal_kind, refusal_type, refusal_rule FROM evaluations WHERE run_id = ? AND "
                             "log_id = ? AND model = ? AND source = ? AND refusal_kind IS NOT NULL"));
    q.addBindValue(runId);
    q.addBindValue(logId);
    q.addBindValue(model);
    q.addBindValue(AnswerSource::name(source));
    if (!q.exec() || !q.next())
        return false;
    verdict->runId = runId;
    verdict->logId = logId;
    verdict->model = model;
    verdict->source = source;
    verdict->kind = RefusalVerdict::kindFromString(q.value(0).toString());
    verdict->type = RefusalVerdict::typeFromString(q.value(1).toString());
    verdict->rule = q.value(2).toString();
    return true;
}

} // namespace ShadowOptic
