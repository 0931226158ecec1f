// SPDX-License-Identifier: MIT
#include "replayengine.h"

#include "replayplanner.h"
#include "replaystore.h"
#include "replayworker.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
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

} // namespace

ReplayEngine::ReplayEngine(QObject *parent)
    : QObject(parent)
    , m_writerPool(std::make_unique<QThreadPool>())
    , m_rateTimer(new QTimer(this))
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
    if (!store || !store->loadCatalog(&m_catalog, error))
        return false;
    QStringList models;
    for (const ReplayJob &j : plan)
        if (!models.contains(j.model))
            models.append(j.model);
    ReplayRunInfo run;
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
    if (!store || !store->loadCatalog(&m_catalog, error))
        return false;
    ReplayStore rs(*store);
    ReplayRunInfo run;
    QList<ReplayJob> pending;
    if (!rs.loadRun(runId, &run, error) || !rs.pendingItems(runId, &pending, error)
        || !ReplayPlanner::rebuild(*store, m_catalog, &pending, error))
        return false;
    rs.setRunStatus(runId, QStringLiteral("running"), run.spentUsd);
    ReplayOptions o = options;
    if (o.budgetUsd > 0)
        o.budgetUsd = qMax(0.0, o.budgetUsd - run.spentUsd); // the budget covers the whole run
    if (!begin(projectPath, runId, run.uuid, target, o, pending, error))
        return false;
    m_progress.budgetUsd = options.budgetUsd;
    m_progress.total = run.planned;
    m_progress.done = run.completed;
    m_progress.spentUsd = run.spentUsd;
    return true;
}

bool ReplayEngine::begin(const QString &projectPath, qint64 runId, const QString &runUuid, const ReplayTarget &target,
                         const ReplayOptions &options, QList<ReplayJob> jobs, QString *error)
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
    m_progress.status = QStringLiteral("running");
    m_progress.total = jobs.size();
    m_progress.budgetUsd = options.budgetUsd;
    m_queue.clear();
    m_inFlight.clear();
    m_inFlightEstimate = 0;
    m_parsing = 0;
    m_cancelled = false;
    m_writeError.clear();
    m_cacheKeys.clear();
    m_sendTimes.clear();
    m_rpm.clear();
    m_calibration.clear();

    // Cache hits are answered without the network (and cost nothing).
    ProjectStore *store = ThreadStore::get(projectPath, error);
    if (!store)
        return false;
    QStringList keys;
    for (const ReplayJob &j : std::as_const(jobs))
        keys.append(j.cacheKey);
    const QHash<QString, QByteArray> cached = ReplayStore(*store).cachedResponses(keys, options.cacheTtlSeconds);

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
        QMetaObject::invokeMethod(w, [w, target, o = m_options, runUuid, perWorker] {
            w->configure(target, o, runUuid, perWorker);
        });

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
        accept(r, 0.0);
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
        // Estimates come from the logged token counts; calibrate them per model with what replies really cost.
        const Calibration &cal = m_calibration[job.model];
        const double ratio = cal.samples >= 1 && cal.estimated > 0 ? qBound(0.2, cal.actual / cal.estimated, 5.0) : 1.0;
        const double estimate = job.estimatedCostUsd * ratio;
        if (m_options.budgetUsd > 0 && m_progress.spentUsd + m_inFlightEstimate + estimate > m_options.budgetUsd) {
            m_progress.budgetReached = true;
            deferred.push_back(std::move(job));
            break;
        }
        const quint64 ticket = m_nextTicket++;
        m_inFlight.insert(ticket, estimate);
        m_inFlightEstimate += estimate;
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
    const double estimate = it.value();
    m_inFlight.erase(it);
    ++m_parsing;
    // The slot is free as soon as the reply is in; its cost estimate stays reserved until parsing finishes.
    schedule();
    // Parsing, costing and refusal detection run on the pool; the estimate stays reserved until then.
    thenQueued(QtConcurrent::run(QThreadPool::globalInstance(), &ResponseParser::parse, job, http, m_catalog), this,
               [this, estimate, rawEstimate = job.estimatedCostUsd](const ReplayResult &r) {
            --m_parsing;
            m_inFlightEstimate -= estimate;
            if (r.ok && rawEstimate > 0) {
                Calibration &cal = m_calibration[r.model];
                cal.actual += r.costUsd;
                cal.estimated += rawEstimate;
                ++cal.samples;
            }
            accept(r, estimate);
            schedule();
            maybeFinish();
               });
}

void ReplayEngine::accept(const ReplayResult &r, double)
{
    ModelReplayCounts &m = m_progress.models[r.model];
    m.completed++;
    m_progress.done++;
    if (r.cacheHit)
        m.cacheHits++;
    if (r.ok) {
        m.ok++;
        m.latencySumMs += r.latencyMs;
    } else {
        m.failed++;
    }
    if (r.refusalKind == QLatin1String("full") || r.refusalKind == QLatin1String("partial"))
        m.refused++;
    m.spentUsd += r.costUsd;
    m_progress.spentUsd += r.costUsd;
    m_pendingWrites.append(r);
    emit resultReady(r);
    flushWrites();
    emitProgress();
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
    QHash<QString, QString> keys;
    for (const ReplayResult &r : batch)
        keys.insert(itemKey(r.logId, r.model, r.role), m_cacheKeys.value(itemKey(r.logId, r.model, r.role)));
    auto write = QtConcurrent::run(m_writerPool.get(), [project, runId, batch, keys, spent]() -> QString {
        QString error;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (!store)
            return error;
        ReplayStore rs(*store);
        if (!rs.storeResults(runId, batch, &error))
            return error;
        rs.storeCache(batch, keys);
        QSqlQuery q(store->database());
        q.prepare(QStringLiteral("UPDATE replay_runs SET spent_usd = ? WHERE id = ?"));
        q.addBindValue(spent);
        q.addBindValue(runId);
        q.exec();
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
    m_progress.status = m_cancelled ? QStringLiteral("cancelled")
        : !m_writeError.isEmpty()   ? QStringLiteral("failed")
        : m_progress.budgetReached  ? QStringLiteral("budget")
                                    : QStringLiteral("completed");
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
    m_inFlightEstimate = 0;
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
