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

    /** Creates a run for the plan in the project and starts it. */
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
               const ReplayOptions &options, QList<ReplayJob> jobs, QString *error);
    void schedule();
    bool rateLimited(const QString &model, qint64 now);
    void onCompleted(quint64 ticket, const ReplayJob &job, const ResponseParser::Http &http);
    void onRetrying(quint64 ticket, const QString &model, int attempt, int delayMs, const QString &reason);
    void accept(const ReplayResult &result, double estimate);
    void flushWrites();
    void maybeFinish();
    void emitProgress(bool force = false);
    void stopWorkers();

    QString m_project;
    PriceCatalog m_catalog;
    ReplayOptions m_options;
    ReplayProgress m_progress;
    std::deque<ReplayJob> m_queue;
    QHash<quint64, double> m_inFlight; // ticket → estimated cost
    double m_inFlightEstimate = 0.0;
    quint64 m_nextTicket = 1;
    int m_parsing = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_writing = false;
    QList<ReplayResult> m_pendingWrites;
    QHash<QString, QString> m_cacheKeys; // logId\x1fmodel\x1frole → cache key
    QHash<QString, std::deque<qint64>> m_sendTimes;
    QHash<QString, int> m_rpm;
    struct Calibration
    {
        double actual = 0.0;
        double estimated = 0.0;
        int samples = 0;
    };
    QHash<QString, Calibration> m_calibration;
    QList<QThread *> m_threads;
    QList<ReplayWorker *> m_workers;
    int m_nextWorker = 0;
    std::unique_ptr<QThreadPool> m_writerPool;
    QTimer *m_rateTimer;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
    QString m_writeError;
};

} // namespace ShadowOptic
