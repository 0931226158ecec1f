// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"
#include "replayjob.h"
#include "replayoptions.h"
#include "replayprogress.h"
#include "replayresult.h"
#include "replaytarget.h"
#include "responseparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <memory>

class QThread;
class QThreadPool;
class QTimer;

namespace ShadowOptic {

class ReplayWorker;
struct ReplayRunInfo;

/**
 * Runs a replay: schedules jobs onto network threads (bounded in-flight queue, per-model requests-per-minute,
 * budget cap, cache), parses responses on the thread pool and writes every result to the project as it arrives.
 *
 * Lives in the caller's thread (GUI or CLI main thread) and needs its event loop. Signals carry snapshots.
 * cancel() aborts every live reply at once; a cancelled or killed run can be resumed without replaying what
 * is already stored.
 */
class ReplayEngine : public QObject
{
    Q_OBJECT
public:
    explicit ReplayEngine(QObject *parent = nullptr);
    ~ReplayEngine() override;

    /** Creates a run for the plan in the project and starts it. With a budget, each request's worst case (its
     *  prompt bound and max_tokens at catalog prices) is reserved until its reply is priced, so the run never
     *  spends more than the budget. */
    bool start(const QString &projectPath, const ReplayTarget &target, const ReplayOptions &options,
               const QList<ReplayJob> &plan, QString *error);
    /** Continues a run with what it has not stored yet. The target's keys come from the caller (never stored). */
    bool resume(const QString &projectPath, qint64 runId, const ReplayTarget &target, const ReplayOptions &options,
                QString *error);
    void cancel();
    bool isRunning() const { return m_running; }
    ReplayProgress progress() const;

signals:
    void progressChanged(const ShadowOptic::ReplayProgress &progress);
    void resultReady(const ShadowOptic::ReplayResult &result);
    void finished(const ShadowOptic::ReplayProgress &progress);
    void failed(const QString &message);

private:
    bool begin(const QString &projectPath, qint64 runId, const QString &runUuid, const ReplayTarget &target,
               const ReplayOptions &options, QList<ReplayJob> jobs, QString *error,
               const ReplayRunInfo *resumed = nullptr);
    void schedule();
    bool rateLimited(const QString &model, qint64 now);
    void onCompleted(quint64 ticket, const ReplayJob &job, const ResponseParser::Http &http);
    void onRetrying(quint64 ticket, const QString &model, int attempt, int delayMs, const QString &reason);
    void accept(const ReplayResult &result);
    /** Adds a result to its model's counts (no write, no signal). */
    void count(const ReplayResult &result);
    void flushWrites();
    void maybeFinish();
    void emitProgress(bool force = false);
    void stopWorkers();

    QString m_project;
    PriceCatalog m_catalog;
    ReplayOptions m_options;
    ReplayProgress m_progress;
    std::deque<ReplayJob> m_queue;
    struct InFlight
    {
        double reservedUsd = 0.0; // the request's worst case, held until its reply is priced
        qint64 sentAtMs = 0;
    };
    QHash<quint64, InFlight> m_inFlight;
    double m_reservedUsd = 0.0; // worst cases of requests in flight or being parsed
    QString m_targetFingerprint;
    quint64 m_nextTicket = 1;
    int m_parsing = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_writing = false;
    QList<ReplayResult> m_pendingWrites;
    QHash<QString, QString> m_cacheKeys; // logId\x1fmodel\x1frole → cache key
    QHash<QString, std::deque<qint64>> m_sendTimes;
    QHash<QString, int> m_rpm;
    QList<QThread *> m_threads;
    QList<ReplayWorker *> m_workers;
    int m_nextWorker = 0;
    std::unique_ptr<QThreadPool> m_writerPool;
    QTimer *m_rateTimer;
    QTimer *m_heartbeat; // progress while requests wait on a silent server
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
    QString m_writeError;
};

} // namespace ShadowOptic
