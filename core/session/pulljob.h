// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "pull/pulloptions.h"
#include "pull/pullreport.h"

#include <QElapsedTimer>
#include <QPointer>

#include <atomic>
#include <deque>
#include <memory>

class QTemporaryFile;
class QTimer;

namespace ShadowOptic {

class LogExportClient;

/**
 * Pulls logs from Portkey's Log Export API into the session's project (created when missing): one export job per
 * time range — create, start, poll until done, download the signed URL into a temporary file next to the project —
 * each imported through LogImporter as soon as it is down, so dedupe by log id keeps pulls idempotent. Ranges are
 * done oldest first and, after each, the project remembers where the pull got to (PullStateStore); the next pull
 * starts there unless PullOptions::sinceMs says otherwise.
 *
 * The result is the PullReport, also after a failure or a cancel (the jobs imported until then stay imported).
 * A failed job, a broken download or an error answer ends the pull as Failed with a message that names the job and
 * the range; nothing of a broken download is imported.
 */
class PullJob : public Job
{
    Q_OBJECT
public:
    explicit PullJob(Session *session, QObject *parent = nullptr);
    ~PullJob() override;

    void setOptions(const PullOptions &options) { m_options = options; }
    const PullOptions &options() const { return m_options; }
    const PullReport &result() const { return m_report; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Range
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
    };
    struct Chunk;

    void begin(qint64 lastPulledMs, const QString &error);
    void next();
    void onCreated(const QString &exportId, qint64 total);
    void poll(const QString &exportId, int delayMs);
    void fetch(const QString &exportId);
    void importChunk(const QString &exportId, qint64 rows);
    bool split(qint64 total);
    void fail(const QString &error);
    void finish(State state, const QString &error = QString());
    void progress(const QString &text);
    QString rangeText(const Range &range) const;

    PullOptions m_options;
    PullReport m_report;
    QString m_project;
    std::deque<Range> m_ranges; // still to pull, oldest first
    qint64 m_cap = 0; // logs per export job: the options' unless Portkey showed a lower one
    qint64 m_jobTotal = -1; // the current job's count from Portkey, -1 when it gave none
    QPointer<LogExportClient> m_client;
    QTimer *m_pollTimer;
    QElapsedTimer m_jobClock; // since the current export job was started
    QElapsedTimer m_clock;
    std::unique_ptr<QTemporaryFile> m_chunkFile;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_importing = false;
    quint64 m_run = 0; // a cancelled run's import still reports, so results are matched to their run here
};

} // namespace ShadowOptic
