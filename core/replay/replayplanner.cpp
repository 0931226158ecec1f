// SPDX-License-Identifier: MIT
#include "replayplanner.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "store/logstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator64>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

using LogPrompt = LogStore::Prompt;

// A replay needs an output bound so its worst-case cost can be reserved against the budget. Where the original
// request set none: twice this prompt's logged answer or 1.5 times the 99th percentile of its use case's logged
// answers, whichever is larger, within [MinAddedMaxTokens, MaxAddedMaxTokens].
constexpr qint64 MinAddedMaxTokens = 256;
constexpr qint64 MaxAddedMaxTokens = 8192;
constexpr qint64 NoHistoryMaxTokens = 1024;

qint64 addedMaxTokens(const LogPrompt &log, qint64 useCaseP99)
{
    const qint64 own = log.completionTokens > 0 ? 2 * log.completionTokens : 0;
    const qint64 typical = useCaseP99 > 0 ? (useCaseP99 * 3 + 1) / 2 : 0;
    if (own == 0 && typical == 0)
        return NoHistoryMaxTokens;
    return qBound(MinAddedMaxTokens, qMax(own, typical), MaxAddedMaxTokens);
}

ReplayJob buildJob(const LogPrompt &log, const QString &model, const PriceCatalog &catalog, qint64 useCaseP99)
{
    ReplayJob job;
    job.logId = log.logId;
    job.model = model;
    QJsonObject body = QJsonDocument::fromJson(log.paramsJson).object();
    const QJsonArray messages = QJsonDocument::fromJson(log.messagesJson).array();
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), messages);
    body.remove(QStringLiteral("stream")); // replays read whole responses
    qint64 maxTokens = body.value(QLatin1String("max_tokens")).toInteger(0);
    if (maxTokens <= 0)
        maxTokens = body.value(QLatin1String("max_completion_tokens")).toInteger(0);
    if (maxTokens <= 0) {
        maxTokens = addedMaxTokens(log, useCaseP99);
        body.insert(QStringLiteral("max_tokens"), maxTokens);
        job.maxTokensAdded = true;
    }
    job.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    job.maxCompletionTokens = maxTokens;
    // Every billed prompt token is at least one byte of the request; images are bounded by the logged count.
    job.promptTokenBound = qMax<qint64>(job.body.size(), log.promptTokens);
    job.promptText = ChatMessages::lastUserText(messages);
    // The expected cost: the logged usage when present, else ~4 characters per token.
    const qint64 in = log.promptTokens > 0 ? log.promptTokens : qint64(log.messagesJson.size() / 4);
    qint64 out = log.completionTokens > 0 ? log.completionTokens : maxTokens / 2;
    out = qMin(out, maxTokens);
    if (const ModelInfo *m = catalog.find(model))
        job.estimatedCostUsd = m->costUsd(in, out);
    return job;
}

// The 99th percentile of logged answer lengths per use case of these logs (a bounded look at each use case).
QHash<QString, qint64> useCaseAnswerP99(const LogStore &store, const QList<LogPrompt> &logs)
{
    QHash<QString, qint64> out;
    for (const LogPrompt &log : logs) {
        if (out.contains(log.useCase))
            continue;
        QList<qint64> counts = store.answerLengths(log.useCase);
        qint64 p99 = 0;
        if (!counts.isEmpty()) {
            std::sort(counts.begin(), counts.end());
            p99 = counts.at(qMin(counts.size() - 1, qsizetype(std::ceil(0.99 * double(counts.size()))) - 1));
        }
        out.insert(log.useCase, p99);
    }
    return out;
}

} // namespace

QString ReplayPlanner::cacheKey(const QString &targetFingerprint, const QString &model, const QByteArray &body,
                                int catalogVersion)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(targetFingerprint.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
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
    const LogStore logStore(store);
    QList<LogPrompt> logs;
    if (!sample.logIds.isEmpty()) {
        QHash<QString, LogPrompt> byId;
        QString missing;
        if (!logStore.promptsByLogId(sample.logIds, &byId, &missing)) {
            *error = tr("Log %1 of the chosen sample is not in the project.").arg(missing);
            return false;
        }
        for (const QString &id : sample.logIds)
            logs.append(byId.value(id));
    } else {
        // Ids first, then only the sampled rows: a project of a million logs holds gigabytes of prompts.
        QList<qint64> ids;
        if (!logStore.replayableLogIds(sample.model, sample.search, &ids, error))
            return false;
        if (ids.isEmpty()) {
            *error = tr("No replayable logs: import Portkey logs with request messages first.");
            return false;
        }
        if (sample.size > 0 && sample.size < ids.size()) {
            QRandomGenerator64 rng(sample.seed);
            std::shuffle(ids.begin(), ids.end(), rng);
            ids.resize(sample.size);
        }
        if (!logStore.prompts(ids, &logs, error))
            return false;
    }
    const QHash<QString, qint64> p99 = useCaseAnswerP99(logStore, logs);
    jobs->reserve(logs.size() * models.size());
    for (const LogPrompt &log : std::as_const(logs))
        for (const QString &model : models)
            jobs->append(buildJob(log, model, catalog, p99.value(log.useCase)));
    return true;
}

bool ReplayPlanner::rebuild(const ProjectStore &store, const PriceCatalog &catalog, QList<ReplayJob> *jobs,
                            QString *error)
{
    const LogStore logStore(store);
    QStringList logIds;
    for (const ReplayJob &job : std::as_const(*jobs))
        logIds.append(job.logId);
    QHash<QString, LogPrompt> cache;
    QString missing;
    if (!logStore.promptsByLogId(logIds, &cache, &missing)) {
        *error = tr("Log %1 of the run is no longer in the project.").arg(missing);
        return false;
    }
    const QHash<QString, qint64> p99 = useCaseAnswerP99(logStore, cache.values());
    for (ReplayJob &job : *jobs) {
        const LogPrompt &log = cache[job.logId];
        const QString role = job.role;
        job = buildJob(log, job.model, catalog, p99.value(log.useCase));
        job.role = role;
    }
    return true;
}

} // namespace ShadowOptic
