// SPDX-License-Identifier: MIT
#include "replayplanner.h"

#include "import/logrecordparser.h"

#include "catalog/pricecatalog.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ShadowOptic {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplayPlanner", text);
}

struct LogPrompt
{
    QString logId;
    QByteArray messagesJson;
    QByteArray paramsJson;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
};

ReplayJob buildJob(const LogPrompt &log, const QString &model, const PriceCatalog &catalog)
{
    ReplayJob job;
    job.logId = log.logId;
    job.model = model;
    QJsonObject body = QJsonDocument::fromJson(log.paramsJson).object();
    const QJsonArray messages = QJsonDocument::fromJson(log.messagesJson).array();
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), messages);
    body.remove(QStringLiteral("stream")); // replays read whole responses
    job.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    job.cacheKey = ReplayPlanner::cacheKey(model, job.body, catalog.version());
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value(QLatin1String("role")).toString() == QLatin1String("user")) {
            job.promptText = m.value(QLatin1String("content")).toString();
            break;
        }
    }
    // Estimate for the budget: the logged usage when present, else ~4 characters per token.
    const qint64 in = log.promptTokens > 0 ? log.promptTokens : qint64(log.messagesJson.size() / 4);
    const qint64 maxTokens = body.value(QLatin1String("max_tokens")).toInteger(0);
    qint64 out = log.completionTokens > 0 ? log.completionTokens : (maxTokens > 0 ? maxTokens / 2 : 256);
    if (maxTokens > 0)
        out = qMin(out, maxTokens);
    if (const ModelInfo *m = catalog.find(model))
        job.estimatedCostUsd = m->costUsd(in, out);
    return job;
}

// Columns of a LogPrompt, in fromQuery()'s order.
constexpr QLatin1String promptColumns("log_id, messages_json, raw_json, params_json, prompt_tokens, completion_tokens");

LogPrompt fromQuery(const QSqlQuery &q)
{
    LogPrompt p;
    p.logId = q.value(0).toString();
    p.messagesJson = LogRecordParser::storedMessagesJson(q.value(1), q.value(2));
    p.paramsJson = q.value(3).toString().toUtf8();
    p.promptTokens = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    p.completionTokens = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    return p;
}

} // namespace

QString ReplayPlanner::cacheKey(const QString &model, const QByteArray &body, int catalogVersion)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(model.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(body);
    h.addData(QByteArrayView("\x1f", 1));
    h.addData(QByteArray::number(catalogVersion));
    return QString::fromLatin1(h.result().toHex());
}

bool ReplayPlanner::plan(const ProjectStore &store, const PriceCatalog &catalog, const QStringList &models,
                         const ReplaySampleSpec &sample, QList<ReplayJob> *jobs, QString *error)
{
    if (models.isEmpty()) {
        *error = tr("Choose at least one candidate model.");
        return false;
    }
    // Ids first, then only the sampled rows: a project of a million logs holds gigabytes of prompts.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id FROM logs WHERE prompt_preview IS NOT NULL"); // NULL: no messages
    if (!sample.model.isEmpty())
        sql += QStringLiteral(" AND model = ?");
    if (!sample.search.isEmpty())
        sql += QStringLiteral(" AND (messages_json LIKE ? OR raw_json LIKE ?)");
    sql += QStringLiteral(" ORDER BY id");
    q.prepare(sql);
    if (!sample.model.isEmpty())
        q.addBindValue(sample.model);
    if (!sample.search.isEmpty()) {
        const QString needle = QLatin1Char('%') + sample.search + QLatin1Char('%');
        q.addBindValue(needle);
        q.addBindValue(needle);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty()) {
        *error = tr("No replayable logs: import Portkey logs with request messages first.");
        return false;
    }
    if (sample.size > 0 && sample.size < ids.size()) {
        QRandomGenerator64 rng(sample.seed);
        std::shuffle(ids.begin(), ids.end(), rng);
        ids.resize(sample.size);
    }
    QSqlQuery row(store.database());
    row.prepare(QStringLiteral("SELECT %1 FROM logs WHERE id = ?").arg(promptColumns));
    QList<LogPrompt> logs;
    logs.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        row.addBindValue(id);
        if (!row.exec() || !row.next()) {
            *error = row.lastError().text();
            return false;
        }
        logs.append(fromQuery(row));
        row.finish();
    }
    jobs->reserve(logs.size() * models.size());
    for (const LogPrompt &log : std::as_const(logs))
        for (const QString &model : models)
            jobs->append(buildJob(log, model, catalog));
    return true;
}

bool ReplayPlanner::rebuild(const ProjectStore &store, const PriceCatalog &catalog, QList<ReplayJob> *jobs,
                            QString *error)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM logs WHERE log_id = ?").arg(promptColumns));
    QHash<QString, LogPrompt> cache;
    for (ReplayJob &job : *jobs) {
        auto it = cache.find(job.logId);
        if (it == cache.end()) {
            q.addBindValue(job.logId);
            if (!q.exec() || !q.next()) {
                *error = tr("Log %1 of the run is no longer in the project.").arg(job.logId);
                return false;
            }
            it = cache.insert(job.logId, fromQuery(q));
        }
        const QString role = job.role;
        job = buildJob(*it, job.model, catalog);
        job.role = role;
    }
    return true;
}

} // namespace ShadowOptic
