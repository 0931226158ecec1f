// SPDX-License-Identifier: MIT
#include "reportstore.h"

#include "projectstore.h"
#include "storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ShadowOptic {

namespace {

const QString IdKey = QStringLiteral("project_id");
const QString LastReportKey = QStringLiteral("last_report");

} // namespace

ReportStore::ReportStore(ProjectStore &store)
    : m_store(store)
{
}

// A project keeps one random id for life, so a report can tell its project from a copy of another.
QString ReportStore::projectId()
{
    QString id = m_store.meta(IdKey);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!m_store.setMeta(IdKey, id))
            return {};
    }
    return id;
}

bool ReportStore::evidence(const QString &rubricVersion, const QString &profileFingerprint, ReportEvidence *out,
                           QString *error)
{
    QSqlQuery q(StoreAccess::database(m_store));
    QJsonObject e;
    e.insert(QStringLiteral("project"), projectId());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM logs")) || !q.next()) {
        *error = tr("Cannot read the evidence: %1").arg(q.lastError().text());
        return false;
    }
    e.insert(QStringLiteral("logs"),
             QJsonObject { { QStringLiteral("count"), q.value(0).toLongLong() },
                           { QStringLiteral("last"), q.value(1).toLongLong() } });
    if (!q.exec(QStringLiteral(
            "SELECT r.id, r.status, (SELECT COUNT(*) FROM completions c WHERE c.run_id = r.id), "
            "(SELECT COALESCE(MAX(c.id), 0) FROM completions c WHERE c.run_id = r.id), "
            "(SELECT COUNT(*) FROM evaluations e WHERE e.run_id = r.id), "
            "(SELECT COALESCE(MAX(e.id), 0) FROM evaluations e WHERE e.run_id = r.id) FROM replay_runs r ORDER BY "
            "r.id"))) {
        *error = tr("Cannot read the evidence: %1").arg(q.lastError().text());
        return false;
    }
    QJsonArray runs;
    while (q.next())
        runs.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
                                  { QStringLiteral("status"), q.value(1).toString() },
                                  { QStringLiteral("replays"), q.value(2).toLongLong() },
                                  { QStringLiteral("lastReplay"), q.value(3).toLongLong() },
                                  { QStringLiteral("grades"), q.value(4).toLongLong() },
                                  { QStringLiteral("lastGrade"), q.value(5).toLongLong() } });
    e.insert(QStringLiteral("runs"), runs);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM catalog_versions")) || !q.next()) {
        *error = tr("Cannot read the evidence: %1").arg(q.lastError().text());
        return false;
    }
    e.insert(QStringLiteral("catalogVersion"), q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM recommendations")) || !q.next()) {
        *error = tr("Cannot read the evidence: %1").arg(q.lastError().text());
        return false;
    }
    e.insert(QStringLiteral("recommendation"), q.value(0).toLongLong());
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM rollout_experiments), (SELECT COUNT(*) FROM "
                               "rollout_events)"))
        || !q.next()) {
        *error = tr("Cannot read the evidence: %1").arg(q.lastError().text());
        return false;
    }
    e.insert(QStringLiteral("rollout"),
             QJsonObject { { QStringLiteral("experiments"), q.value(0).toLongLong() },
                           { QStringLiteral("events"), q.value(1).toLongLong() } });
    e.insert(QStringLiteral("rubric"), rubricVersion);
    e.insert(QStringLiteral("profile"), profileFingerprint);
    out->values = e;
    return true;
}

bool ReportStore::logPeriod(qint64 *from, qint64 *to, qint64 *count, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (!q.exec(QStringLiteral("SELECT MIN(created_at), MAX(created_at), COUNT(*) FROM logs")) || !q.next()) {
        *error = tr("Cannot read the logs: %1").arg(q.lastError().text());
        return false;
    }
    *from = q.value(0).toLongLong();
    *to = q.value(1).toLongLong();
    *count = q.value(2).toLongLong();
    return true;
}

bool ReportStore::saveLastReport(const QString &path, const ReportStamp &stamp, QString *error)
{
    const QJsonObject o { { QStringLiteral("path"), path },
                          { QStringLiteral("created"), stamp.createdAtMs },
                          { QStringLiteral("evidence"), stamp.evidence.values } };
    if (!m_store.setMeta(LastReportKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))) {
        *error = tr("Cannot remember the report in the project.");
        return false;
    }
    return true;
}

bool ReportStore::lastReport(QString *path, ReportStamp *stamp) const
{
    const QJsonObject o = QJsonDocument::fromJson(m_store.meta(LastReportKey).toUtf8()).object();
    if (o.isEmpty())
        return false;
    *path = o.value(QLatin1String("path")).toString();
    stamp->createdAtMs = o.value(QLatin1String("created")).toInteger();
    stamp->evidence.values = o.value(QLatin1String("evidence")).toObject();
    return !stamp->evidence.isEmpty();
}

} // namespace ShadowOptic
