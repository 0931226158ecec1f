// SPDX-License-Identifier: MIT
#include "replayengine.h"

#include "replayplanner.h"
#include "replayworker.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/replaystore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

QString itemKey(const QString &logId, const QString &model, const QString &role)
{
    return logId + QLatin1Char('\x1f') + model + QLatin1Char('\x1f') + role;
}

// Jobs built elsewhere (the judge) may carry no bounds: read max_tokens from the body, or set one, since a request
// without an output bound has no worst case to reserve.
constexpr qint64 FallbackMaxTokens = 4096;

void ensureBounds(ReplayJob &job)
{
    if (job.maxCompletionTokens <= 0) {
        QJsonObject body = QJsonDocument::fromJson(job.body).object();
        qint64 max = body.value(QLatin1String("max_tokens")).toInteger(0);
        if (max <= 0)
            max = body.value(QLatin1String("max_completion_tokens")).toInteger(0);
        if (max <= 0 && !body.isEmpty()) {
            max = FallbackMaxTokens;
            body.insert(QStringLiteral("max_tokens"), max);
            job.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            job.maxTokensAdded = true;
        }
        job.maxCompletionTokens = qMax<qint64>(max, 0);
    }
    job.promptTokenBound = qMax<qint64>(job.promptTokenBound, job.body.size());
}

} // namespace

ReplayEngine::ReplayEngine(QObject *parent)
    : QObject(parent)
    , m_writerPool(std::make_unique<QThreadPool>())
    , m_rateTimer(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    qRegisterMetaType<ReplayJob>();
    qRegisterMetaType<ReplayTarget>();
    qRegisterMetaType<ReplayOptions>();
    qRegisterMetaType<ReplayResult>();
    qRegisterMetaType<ReplayProgress>();
    qRegisterMetaType<ResponseParser::Http>();
    m_writerPool->setMaxThreadCount(1); // one writer keeps SQLite writes serial and batched
    m_writerPool->setExpiryTimeout(-1);
    m_rateTimer->setSingleShot(true);
    connect(m_rateTimer, &QTimer::timeout, this, &ReplayEngine::schedule);
    m_heartbeat->setInterval(1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] { emitProgress(true); });
}

ReplayEngine::~ReplayEngine()
{
    if (m_running)
        cancel();
    stopWorkers();
    m_writerPool->waitForDone();
}

ReplayProgress ReplayEngine::progress() const
{
    ReplayProgress p = m_progress;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    p.inFlight = m_inFlight.size();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const InFlight &f : m_inFlight) {
        const qint64 waited = now - f.sentAtMs;
        p.longestWaitMs = qMax(p.longestWaitMs, waited);
        p.shortestWaitMs = p.shortestWaitMs < 0 ? waited : qMin(p.shortestWaitMs, waited);
    }
    return p;
}

bool ReplayEngine::start(const QString &projectPath, const ReplayTarget &target, const ReplayOptions &options,
                         const QList<ReplayJob> &plan, QString *error)
{
    if (m_running) {
        *error = tr("A replay is already running.");
        return false;
    }
    if (plan.isEmpty()) {
        *error = tr("Nothing to replay: the sample is empty.");
        return false;
    }
    ProjectStore *store = ThreadStore::get(projectPath, error);
    if (!store || !CatalogStore(*store).load(&m_catalog, error))
        return false;
    QStringList models;
    for (const ReplayJob &j : plan)
        if (!models.contains(j.model))
            models.append(j.model);
    if (options.budgetUsd > 0) {
        // Without a price nothing can be reserved against the budget, and the run could spend without limit.
        for (const QString &m : std::as_const(models)) {
            const ModelInfo *info = m_catalog.find(m);
            if (!info || !info->isPriced()) {
                *error = tr("The catalog has no price for %1, so a budget cannot be kept for it: price or map it in "
                            "the model catalog, or replay without a budget.")
                             .arg(m);
                return false;
            }
        }
    }
    qint64 added = 0;
    for (const ReplayJob &j : plan)
        added += j.maxTokensAdded ? 1 : 0;
    ReplayRunInfo run;
    run.settings = options.toJson();
    run.settings.insert(QStringLiteral("target_fingerprint"), target.fingerprint());
    run.settings.insert(QStringLiteral("max_tokens_added"), added);
    if (!ReplayStore(*store).createRun(target, models, options.budgetUsd, m_catalog.version(), plan, &run, error))
        return false;
    return begin(projectPath, run.id, run.uuid, target, options, plan, error);
}

bool ReplayEngine::resume(const QString &projectPath, qint64 runId, const ReplayTarget &target,
                          const ReplayOptions &options, QString *error)
{
    if (m_running) {
        *error = tr("A replay is already running.");
        return false;
    }
    ProjectStore *store = ThreadStore::get(projectPath, error);
    if (!store || !CatalogStore(*store).load(&m_catalog, error))
        return false;
    ReplayStore rs(*store);
    ReplayRunInfo run;
    QList<ReplayJob> pending;
    if (!rs.loadRun(runId, &run, error) || !rs.pendingItems(runId, &pending, error)
        || !ReplayPlanner::rebuild(*store, m_catalog, &pending, error))
        return false;
    rs.setRunStatus(runId, RunStatus::Value::Running, run.spentUsd);
    // The budget covers the whole run: what the interrupted part spent counts before anything is scheduled.
    return begin(projectPath, runId, run.uuid, target, options, pending, error, &run);
}

bool ReplayEngine::begin(const QString &projectPath, qint64 runId, const QString &runUuid, const ReplayTarget &target,
                         const ReplayOptions &options, QList<ReplayJob> jobs, QString *error,
                         const ReplayRunInfo *resumed)
{
    if (!target.baseUrl.isValid() || target.baseUrl.scheme().isEmpty()) {
        *error = tr("The gateway URL '%1' is not valid (expected e.g. http://localhost:8787/v1).")
                     .arg(target.baseUrl.toString());
        return false;
    }
    m_project = projectPath;
    m_options = options;
    m_options.concurrency = qBound(1, options.concurrency, ReplayOptions::MaxConcurrency);
    m_progress = ReplayProgress();
    m_progress.runId = runId;
    m_progress.runUuid = runUuid;
    m_progress.status = RunStatus::Value::Running;
    m_progress.total = resumed ? resumed->planned : jobs.size();
    m_progress.done = resumed ? resumed->completed : 0;
    m_progress.spentUsd = resumed ? resumed->spentUsd : 0.0;
    m_progress.budgetUsd = options.budgetUsd;
    m_queue.clear();
    m_inFlight.clear();
    m_reservedUsd = 0;
    m_targetFingerprint = target.fingerprint();
    m_parsing = 0;
    m_cancelled = false;
    m_writeError.clear();
    m_cacheKeys.clear();
    m_sendTimes.clear();
    m_rpm.clear();
    for (ReplayJob &j : jobs) {
        ensureBounds(j);
        j.cacheKey = ReplayPlanner::cacheKey(m_targetFingerprint, j.model, j.body, m_catalog.version());
    }

    // Cache hits are answered without the network (and cost nothing).
    ProjectStore *store = ThreadStore::get(projectPath, error);
    if (!store)
        return false;
    QStringList keys;
    for (const ReplayJob &j : std::as_const(jobs))
        keys.append(j.cacheKey);
    const QHash<QString, QByteArray> cached = ReplayStore(*store).cachedResponses(keys, options.cacheTtlSeconds);

    // A resumed run shows the whole run, not only its rest: what the earlier part stored counts as planned and done
    // per model (the totals above already do).
    if (resumed) {
        const QList<ReplayResult> earlier = ReplayStore(*store).completions(
            runId, resumed->role.isEmpty() ? QStringLiteral("replay") : resumed->role);
        for (const ReplayResult &r : earlier) {
            m_progress.models[r.model].planned++;
            count(r);
        }
    }
    for (const ReplayJob &j : std::as_const(jobs)) {
        m_progress.models[j.model].planned++;
        m_cacheKeys.insert(itemKey(j.logId, j.model, j.role), j.cacheKey);
        if (!m_rpm.contains(j.model)) {
            int rpm = options.requestsPerMinute;
            if (rpm <= 0)
                if (const ModelInfo *m = m_catalog.find(j.model))
                    rpm = m->rateLimitRpm;
            m_rpm.insert(j.model, rpm);
        }
    }
    m_running = true;
    m_clock.start();
    m_progressClock.start();
    m_heartbeat->start();

    const int threads = qBound(1, options.networkThreads, 8);
    if (m_workers.size() != threads) {
        stopWorkers();
        for (int i = 0; i < threads; ++i) {
            auto *thread = new QThread(this);
            thread->setObjectName(QStringLiteral("replay-net-%1").arg(i));
            auto *worker = new ReplayWorker; // moved to its thread; deleted there on finish
            worker->moveToThread(thread);
            connect(thread, &QThread::finished, worker, &QObject::deleteLater);
            connect(worker, &ReplayWorker::completed, this, &ReplayEngine::onCompleted);
            connect(worker, &ReplayWorker::retrying, this, &ReplayEngine::onRetrying);
            thread->start();
            m_threads.append(thread);
            m_workers.append(worker);
        }
    }
    const int perWorker = (m_options.concurrency + threads - 1) / threads;
    for (ReplayWorker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(
            w, [w, target, o = m_options, runUuid, perWorker] { w->configure(target, o, runUuid, perWorker); });

    // Queue what goes to the network before accepting cache hits: accepting starts writes, and the run must
    // not look finished while its queue is still being filled.
    QList<ReplayJob> hits;
    for (ReplayJob &j : jobs) {
        if (cached.contains(j.cacheKey))
            hits.append(std::move(j));
        else
            m_queue.push_back(std::move(j));
    }
    for (const ReplayJob &j : std::as_const(hits)) {
        const auto hit = cached.constFind(j.cacheKey);
        ResponseParser::Http http;
        http.status = 200;
        http.body = *hit;
        http.attempts = 0;
        ReplayResult r = ResponseParser::parse(j, http, m_catalog);
        r.cacheHit = true;
        r.costUsd = 0.0;
        accept(r);
    }
    emitProgress(true);
    schedule();
    maybeFinish();
    return true;
}

bool ReplayEngine::rateLimited(const QString &model, qint64 now)
{
    const int rpm = m_rpm.value(model);
    if (rpm <= 0)
        return false;
    auto &times = m_sendTimes[model];
    while (!times.empty() && now - times.front() >= 60000)
        times.pop_front();
    return int(times.size()) >= rpm;
}

void ReplayEngine::schedule()
{
    if (!m_running || m_cancelled)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<ReplayJob> deferred;
    qint64 nextFree = -1;
    while (!m_queue.empty() && m_inFlight.size() < m_options.concurrency && !m_progress.budgetReached) {
        ReplayJob job = std::move(m_queue.front());
        m_queue.pop_front();
        if (rateLimited(job.model, now)) {
            const qint64 freeAt = m_sendTimes[job.model].front() + 60000;
            nextFree = nextFree < 0 ? freeAt : qMin(nextFree, freeAt);
            deferred.push_back(std::move(job));
            continue;
        }
        // The worst case is reserved, not the expected cost: a mean lets concurrent requests overshoot the budget.
        const ModelInfo *info = m_catalog.find(job.model);
        const double worstCase = info ? info->costUsd(job.promptTokenBound, job.maxCompletionTokens) : 0.0;
        if (m_options.budgetUsd > 0 && m_progress.spentUsd + m_reservedUsd + worstCase > m_options.budgetUsd) {
            // While replies are outstanding their reservations may still be released; with none, it cannot fit.
            if (m_reservedUsd <= 0.0 && m_inFlight.isEmpty() && m_parsing == 0) {
                m_progress.budgetReached = true;
                m_progress.blockedWorstCaseUsd = worstCase;
            }
            deferred.push_back(std::move(job));
            break;
        }
        const quint64 ticket = m_nextTicket++;
        m_inFlight.insert(ticket, InFlight { worstCase, now });
        m_reservedUsd += worstCase;
        m_sendTimes[job.model].push_back(now);
        m_progress.models[job.model].sent++;
        ReplayWorker *w = m_workers.at(m_nextWorker++ % m_workers.size());
        QMetaObject::invokeMethod(w, [w, job, ticket] { w->send(job, ticket); });
    }
    for (auto it = deferred.rbegin(); it != deferred.rend(); ++it)
        m_queue.push_front(std::move(*it));
    if (nextFree > 0 && !m_queue.empty() && !m_progress.budgetReached)
        m_rateTimer->start(int(qMax<qint64>(10, nextFree - now)));
    emitProgress();
}

void ReplayEngine::onRetrying(quint64 ticket, const QString &model, int, int, const QString &)
{
    if (m_inFlight.contains(ticket))
        m_progress.models[model].retries++;
    emitProgress();
}

void ReplayEngine::onCompleted(quint64 ticket, const ReplayJob &job, const ResponseParser::Http &http)
{
    const auto it = m_inFlight.constFind(ticket);
    if (it == m_inFlight.constEnd())
        return; // dropped by cancel
    const double reserved = it->reservedUsd;
    m_inFlight.erase(it);
    ++m_parsing;
    // The slot is free as soon as the reply is in; its worst case stays reserved until parsing has priced it.
    schedule();
    thenQueued(QtConcurrent::run(QThreadPool::globalInstance(), &ResponseParser::parse, job, http, m_catalog), this,
               [this, reserved](const ReplayResult &r) {
                   --m_parsing;
                   m_reservedUsd = m_inFlight.isEmpty() && m_parsing == 0 ? 0.0 : qMax(0.0, m_reservedUsd - reserved);
                   accept(r);
                   schedule();
                   maybeFinish();
               });
}

void ReplayEngine::accept(const ReplayResult &r)
{
    count(r);
    m_progress.done++;
    m_progress.spentUsd += r.costUsd;
    m_pendingWrites.append(r);
    emit resultReady(r);
    flushWrites();
    emitProgress();
}

void ReplayEngine::count(const ReplayResult &r)
{
    ModelReplayCounts &m = m_progress.models[r.model];
    m.completed++;
    if (r.cacheHit)
        m.cacheHits++;
    if (r.ok) {
        m.ok++;
        m.latencySumMs += r.latencyMs;
    } else {
        m.failed++;
        m_progress.failureReasons[r.error.isEmpty() ? tr("unknown error") : r.error]++;
    }
    if (r.refusalKind == QLatin1String("full") || r.refusalKind == QLatin1String("partial"))
        m.refused++;
    m.spentUsd += r.costUsd;
    m.unpriced += r.ok && !r.priced && !r.cacheHit ? 1 : 0;
}

void ReplayEngine::flushWrites()
{
    if (m_writing || m_pendingWrites.isEmpty())
        return;
    m_writing = true;
    const QList<ReplayResult> batch = std::exchange(m_pendingWrites, {});
    const QString project = m_project;
    const qint64 runId = m_progress.runId;
    const double spent = m_progress.spentUsd;
    const QString fingerprint = m_targetFingerprint;
    QHash<QString, QString> keys;
    for (const ReplayResult &r : batch)
        keys.insert(itemKey(r.logId, r.model, r.role), m_cacheKeys.value(itemKey(r.logId, r.model, r.role)));
    auto write = QtConcurrent::run(m_writerPool.get(), [project, runId, batch, keys, spent, fingerprint]() -> QString {
        QString error;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (!store)
            return error;
        ReplayStore rs(*store);
        if (!rs.storeResults(runId, batch, fingerprint, spent, &error))
            return error;
        rs.storeCache(batch, keys, fingerprint);
        return QString();
    });
    thenQueued(write, this, [this](const QString &error) {
        m_writing = false;
        if (!error.isEmpty() && m_writeError.isEmpty()) {
            m_writeError = error;
            emit failed(tr("Replay results could not be saved: %1").arg(error));
            cancel();
        }
        flushWrites();
        maybeFinish();
    });
}

void ReplayEngine::maybeFinish()
{
    if (!m_running)
        return;
    const bool nothingToSend = m_queue.empty() || m_cancelled || m_progress.budgetReached;
    if (!nothingToSend || !m_inFlight.isEmpty() || m_parsing > 0 || m_writing || !m_pendingWrites.isEmpty())
        return;
    m_running = false;
    m_rateTimer->stop();
    m_heartbeat->stop();
    const ModelReplayCounts totals = m_progress.totals();
    const bool nothingUsable = totals.completed > 0 && totals.ok == 0;
    m_progress.status = m_cancelled                ? RunStatus::Value::Cancelled
        : !m_writeError.isEmpty() || nothingUsable ? RunStatus::Value::Failed
        : m_progress.budgetReached                 ? RunStatus::Value::Budget
                                                   : RunStatus::Value::Completed;
    QString error;
    if (ProjectStore *store = ThreadStore::get(m_project, &error))
        ReplayStore(*store).setRunStatus(m_progress.runId, m_progress.status, m_progress.spentUsd);
    m_progress.elapsedMs = m_clock.elapsed();
    emit progressChanged(progress());
    emit finished(progress());
}

void ReplayEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_inFlight.clear();
    m_reservedUsd = 0;
    for (ReplayWorker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &ReplayWorker::abortAll);
    maybeFinish();
}

void ReplayEngine::emitProgress(bool force)
{
    if (!force && m_progressClock.elapsed() < 100)
        return;
    m_progressClock.restart();
    emit progressChanged(progress());
}

void ReplayEngine::stopWorkers()
{
    for (QThread *t : std::as_const(m_threads)) {
        t->quit();
        t->wait();
    }
    qDeleteAll(m_threads);
    m_threads.clear();
    m_workers.clear();
}

} // namespace ShadowOptic
