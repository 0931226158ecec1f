// SPDX-License-Identifier: MIT
#pragma once

#include "httprequestparser.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <vector>

namespace ShadowOptic {

/**
 * Portkey's Log Export API as the built-in simulator serves it: `POST /v1/logs/exports` (a time filter, requested
 * fields, optional workspace_id; answers `{id, total, object}`), `POST /v1/logs/exports/{id}/start`,
 * `GET /v1/logs/exports/{id}` (status draft → in_progress → success or failed), `GET /v1/logs/exports/{id}/download`
 * (`{signed_url}`) and the signed URL itself, `GET /_signed/{id}?token=…`, which needs no API key. The API needs
 * an `x-portkey-api-key` header (401 without). A job holds at most maxLogsPerJob rows (50,000, like Portkey), the
 * oldest of its range.
 *
 * Test controls: `POST /_control/logs` (JSONL body, appended), `DELETE /_control/logs`, and
 * `GET|POST /_control/log-export` with `{"max_logs_per_job":N, "report_total":bool, "processing_ms":N,
 * "fail_next_job":true, "truncate_next_download":true, "rate_limit_next":N, "retry_after":S, "server_error_next":N}`;
 * GET also returns what was asked (jobs, ranges, workspace, the largest job served, whether a signed download carried
 * the API key).
 *
 * Thread-safe: the gateway's thread serves, tests plant logs from theirs.
 */
class SimulatedLogExport
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType = QByteArrayLiteral("application/json");
        bool truncate = false; // announce the whole body, send half, close
    };

    static constexpr int PortkeyMaxLogsPerJob = 50000;

    SimulatedLogExport();
    ~SimulatedLogExport();

    /** True for the paths this service answers. */
    static bool handles(const QByteArray &path);
    /** origin is `http://127.0.0.1:PORT`, for the signed URLs. */
    Response handle(const HttpRequestParser::Request &request, const QByteArray &path, const QByteArray &origin);

    /** Replaces the served logs (JSONL lines, each with a created_at); lines without one are served to every range
     *  that starts at the epoch. */
    void setLogs(const QList<QByteArray> &lines);
    void addLogs(const QList<QByteArray> &lines);
    void setMaxLogsPerJob(int rows);
    /** Applies the settings of `POST /_control/log-export` (every key optional) and returns the state as
     *  `GET /_control/log-export` shows it. */
    QJsonObject configure(const QJsonObject &settings);

private:
    struct Log
    {
        qint64 createdMs = 0;
        QByteArray line;
    };
    struct ExportJob
    {
        QString id;
        QString token;
        QString status = QStringLiteral("draft");
        qint64 startedMs = 0;
        bool fail = false;
        QByteArray body; // the JSONL, fixed at creation
        qint64 total = 0;
        qint64 rows = 0; // total, capped
    };

    Response api(const HttpRequestParser::Request &request, const QByteArray &path, const QByteArray &origin);
    Response control(const HttpRequestParser::Request &request);
    void applyLocked(const QJsonObject &settings);
    Response signedDownload(const HttpRequestParser::Request &request, const QByteArray &path);
    void insertLogs(const QList<QByteArray> &lines);
    QJsonObject stateLocked() const;

    mutable QMutex m_mutex;
    std::vector<Log> m_logs; // sorted by createdMs
    QHash<QString, ExportJob> m_jobs;
    quint64 m_nextJob = 1;
    int m_maxLogsPerJob = PortkeyMaxLogsPerJob;
    bool m_reportTotal = true;
    int m_processingMs = 50;
    bool m_failNextJob = false;
    bool m_truncateNextDownload = false;
    int m_rateLimitNext = 0;
    int m_serverErrorNext = 0;
    int m_retryAfterSeconds = 1;
    // What clients asked, for tests.
    int m_jobsCreated = 0;
    int m_jobsStarted = 0;
    int m_downloads = 0;
    qint64 m_maxRowsServed = 0; // the largest download
    int m_rateLimited = 0;
    bool m_signedWithKey = false;
    QString m_lastWorkspace;
    QStringList m_lastRequestedData;
    QList<QPair<QString, QString>> m_ranges;
};

} // namespace ShadowOptic
