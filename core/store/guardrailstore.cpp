// SPDX-License-Identifier: MIT
#include "guardrailstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

GuardrailTuning tuningOf(const QSqlQuery &q, int jsonColumn, int idColumn)
{
    GuardrailTuning t
        = GuardrailTuning::fromJson(QJsonDocument::fromJson(q.value(jsonColumn).toString().toUtf8()).object());
    t.id = q.value(idColumn).toLongLong();
    return t;
}

} // namespace

GuardrailStore::GuardrailStore(const ProjectStore &store)
    : m_store(store)
{
}

bool GuardrailStore::save(const GuardrailTuning &tuning, qint64 *id, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("INSERT INTO guardrail_tunings (cluster_key, model, tuner_model, created_at, accepted, "
                             "suite_pass_before, suite_pass_after, cluster_refusal_before, cluster_refusal_after, "
                             "spent_usd, data_json) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(tuning.clusterKey);
    q.addBindValue(tuning.model);
    q.addBindValue(tuning.tunerModel);
    q.addBindValue(tuning.createdAtMs > 0 ? tuning.createdAtMs : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(tuning.accepted ? 1 : 0);
    q.addBindValue(tuning.suitePassRateBefore);
    q.addBindValue(tuning.suitePassRateAfter);
    q.addBindValue(tuning.clusterRefusalRateBefore);
    q.addBindValue(tuning.clusterRefusalRateAfter);
    q.addBindValue(tuning.spentUsd);
    q.addBindValue(QString::fromUtf8(QJsonDocument(tuning.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = tr("Cannot store the guardrail tuning of '%1': %2").arg(tuning.clusterKey, q.lastError().text());
        return false;
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return true;
}

bool GuardrailStore::list(QList<Entry> *entries, QString *error, const QString &clusterKey) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT id, cluster_key, model, tuner_model, created_at, accepted, suite_pass_before, "
                             "suite_pass_after, cluster_refusal_before, cluster_refusal_after, spent_usd FROM "
                             "guardrail_tunings WHERE ? = '' OR cluster_key = ? ORDER BY id DESC"));
    q.addBindValue(clusterKey);
    q.addBindValue(clusterKey);
    if (!q.exec()) {
        *error = tr("Cannot read the guardrail tunings: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.clusterKey = q.value(1).toString();
        e.model = q.value(2).toString();
        e.tunerModel = q.value(3).toString();
        e.createdAtMs = q.value(4).toLongLong();
        e.accepted = q.value(5).toInt() != 0;
        e.suitePassRateBefore = q.value(6).toDouble();
        e.suitePassRateAfter = q.value(7).toDouble();
        e.clusterRefusalRateBefore = q.value(8).toDouble();
        e.clusterRefusalRateAfter = q.value(9).toDouble();
        e.spentUsd = q.value(10).toDouble();
        entries->append(e);
    }
    return true;
}

bool GuardrailStore::load(qint64 id, GuardrailTuning *tuning, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT data_json, id FROM guardrail_tunings WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot read the guardrail tunings: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next()) {
        *error = tr("There is no guardrail tuning %1.").arg(id);
        return false;
    }
    *tuning = tuningOf(q, 0, 1);
    return true;
}

bool GuardrailStore::latest(const QString &clusterKey, GuardrailTuning *tuning, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    q.prepare(QStringLiteral("SELECT data_json, id FROM guardrail_tunings WHERE cluster_key = ? ORDER BY id DESC "
                             "LIMIT 1"));
    q.addBindValue(clusterKey);
    error->clear();
    if (!q.exec()) {
        *error = tr("Cannot read the guardrail tunings: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.next())
        return false;
    *tuning = tuningOf(q, 0, 1);
    return true;
}

bool GuardrailStore::latestPerCluster(QList<GuardrailTuning> *tunings, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (!q.exec(QStringLiteral("SELECT data_json, id FROM guardrail_tunings WHERE id IN (SELECT MAX(id) FROM "
                               "guardrail_tunings GROUP BY cluster_key) ORDER BY id DESC"))) {
        *error = tr("Cannot read the guardrail tunings: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        tunings->append(tuningOf(q, 0, 1));
    return true;
}

} // namespace ShadowOptic
