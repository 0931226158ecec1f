// SPDX-License-Identifier: MIT
#include "simulatedlogexport.h"

#include "domain/timestampparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace ShadowOptic {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SimulatedLogExport::Response error(int status, const QString &message)
{
    SimulatedLogExport::Response r;
    r.status = status;
    r.body = compact(QJsonObject { { QStringLiteral("status"), QStringLiteral("failure") },
                                   { QStringLiteral("message"), message } });
    return r;
}

qint64 createdAtOf(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    qint64 ms = 0;
    if (!TimestampParser::parse(o.value(QLatin1String("created_at")).toString(), &ms))
        return 0;
    return ms;
}

QByteArray strippedPath(const QByteArray &path)
{
    return path.startsWith("/v1/") ? path.mid(3) : path;
}

} // namespace

SimulatedLogExport::SimulatedLogExport() = default;

SimulatedLogExport::~SimulatedLogExport() = default;

bool SimulatedLogExport::handles(const QByteArray &path)
{
    const QByteArray p = strippedPath(path);
    return p == "/logs/exports" || p.startsWith("/logs/exports/") || path.startsWith("/_signed/")
        || path == "/_control/logs" || path == "/_control/log-export";
}

SimulatedLogExport::Response SimulatedLogExport::handle(const HttpRequestParser::Request &request,
                                                        const QByteArray &path, const QByteArray &origin)
{
    if (path.startsWith("/_signed/"))
        return signedDownload(request, path);
    if (path == "/_control/logs") {
        if (request.method == "DELETE") {
            setLogs({});
        } else if (request.method == "POST") {
            addLogs(request.body.split('\n'));
        } else {
            return error(405, QStringLiteral("Use POST or DELETE."));
        }
        return control(HttpRequestParser::Request());
    }
    if (path == "/_control/log-export")
        return control(request);
    return api(request, strippedPath(path), origin);
}

void SimulatedLogExport::setLogs(const QList<QByteArray> &lines)
{
    QMutexLocker lock(&m_mutex);
    m_logs.clear();
    insertLogs(lines);
}

void SimulatedLogExport::addLogs(const QList<QByteArray> &lines)
{
    QMutexLocker lock(&m_mutex);
    insertLogs(lines);
}

void SimulatedLogExport::insertLogs(const QList<QByteArray> &lines)
{
    m_logs.reserve(m_logs.size() + size_t(lines.size()));
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            m_logs.push_back(Log { createdAtOf(trimmed), trimmed });
    }
    std::stable_sort(m_logs.begin(), m_logs.end(),
                     [](const Log &a, const Log &b) { return a.createdMs < b.createdMs; });
}

void SimulatedLogExport::setMaxLogsPerJob(int rows)
{
    QMutexLocker lock(&m_mutex);
    m_maxLogsPerJob = rows > 0 ? rows : PortkeyMaxLogsPerJob;
}

QJsonObject SimulatedLogExport::configure(const QJsonObject &settings)
{
    QMutexLocker lock(&m_mutex);
    applyLocked(settings);
    return stateLocked();
}

QJsonObject SimulatedLogExport::stateLocked() const
{
    QJsonArray ranges;
    for (const auto &r : m_ranges)
        ranges.append(QJsonArray { r.first, r.second });
    return QJsonObject {
        { QStringLiteral("logs"), qint64(m_logs.size()) },
        { QStringLiteral("max_logs_per_job"), m_maxLogsPerJob },
        { QStringLiteral("report_total"), m_reportTotal },
        { QStringLiteral("processing_ms"), m_processingMs },
        { QStringLiteral("jobs_created"), m_jobsCreated },
        { QStringLiteral("jobs_started"), m_jobsStarted },
        { QStringLiteral("downloads"), m_downloads },
        { QStringLiteral("rate_limited"), m_rateLimited },
        { QStringLiteral("signed_download_with_api_key"), m_signedWithKey },
        { QStringLiteral("last_workspace_id"), m_lastWorkspace },
        { QStringLiteral("last_requested_data"), QJsonArray::fromStringList(m_lastRequestedData) },
        { QStringLiteral("ranges"), ranges },
        { QStringLiteral("max_rows_served"), m_maxRowsServed },
    };
}

void SimulatedLogExport::applyLocked(const QJsonObject &o)
{
    if (o.contains(QLatin1String("max_logs_per_job"))) {
        const int n = o.value(QLatin1String("max_logs_per_job")).toInt();
        m_maxLogsPerJob = n > 0 ? n : PortkeyMaxLogsPerJob;
    }
    m_reportTotal = o.value(QLatin1String("report_total")).toBool(m_reportTotal);
    m_processingMs = o.value(QLatin1String("processing_ms")).toInt(m_processingMs);
    m_failNextJob = o.value(QLatin1String("fail_next_job")).toBool(m_failNextJob);
    m_truncateNextDownload = o.value(QLatin1String("truncate_next_download")).toBool(m_truncateNextDownload);
    m_rateLimitNext = o.value(QLatin1String("rate_limit_next")).toInt(m_rateLimitNext);
    m_retryAfterSeconds = o.value(QLatin1String("retry_after")).toInt(m_retryAfterSeconds);
    m_serverErrorNext = o.value(QLatin1String("server_error_next")).toInt(m_serverErrorNext);
    if (o.value(QLatin1String("reset_counters")).toBool()) {
        m_jobsCreated = m_jobsStarted = m_downloads = m_rateLimited = 0;
        m_maxRowsServed = 0;
        m_signedWithKey = false;
        m_ranges.clear();
    }
}

SimulatedLogExport::Response SimulatedLogExport::control(const HttpRequestParser::Request &request)
{
    QMutexLocker lock(&m_mutex);
    if (request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return error(400, QStringLiteral("The body must be a JSON object."));
        applyLocked(doc.object());
    } else if (!request.method.isEmpty() && request.method != "GET") {
        return error(405, QStringLiteral("Use GET or POST."));
    }
    Response r;
    r.body = compact(stateLocked());
    return r;
}

SimulatedLogExport::Response SimulatedLogExport::api(const HttpRequestParser::Request &request, const QByteArray &path,
                                                     const QByteArray &origin)
{
    if (request.header("x-portkey-api-key").isEmpty())
        return error(401, QStringLiteral("Invalid API Key. Send it in the x-portkey-api-key header."));
    QMutexLocker lock(&m_mutex);
    if (m_rateLimitNext > 0) {
        --m_rateLimitNext;
        ++m_rateLimited;
        Response r = error(429, QStringLiteral("Too many requests (simulated)."));
        r.headers.append({ QByteArrayLiteral("retry-after"), QByteArray::number(m_retryAfterSeconds) });
        return r;
    }
    if (m_serverErrorNext > 0) {
        --m_serverErrorNext;
        return error(503, QStringLiteral("The export service is unavailable (simulated)."));
    }
    const QList<QByteArray> parts = path.mid(1).split('/'); // logs, exports, [id, [action]]
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    if (parts.size() == 2) {
        if (!post)
            return error(405, QStringLiteral("Use POST to create an export."));
        QJsonParseError parseError;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return error(400, QStringLiteral("The body is not JSON: %1.").arg(parseError.errorString()));
        const QJsonObject filters = body.value(QLatin1String("filters")).toObject();
        const QString minText = filters.value(QLatin1String("time_of_generation_min")).toString();
        const QString maxText = filters.value(QLatin1String("time_of_generation_max")).toString();
        qint64 minMs = 0;
        qint64 maxMs = std::numeric_limits<qint64>::max();
        if ((!minText.isEmpty() && !TimestampParser::parse(minText, &minMs))
            || (!maxText.isEmpty() && !TimestampParser::parse(maxText, &maxMs)))
            return error(400, QStringLiteral("time_of_generation_min/max must be ISO-8601 date-times."));
        m_lastWorkspace = body.value(QLatin1String("workspace_id")).toString();
        m_lastRequestedData.clear();
        for (const QJsonValue &v : body.value(QLatin1String("requested_data")).toArray())
            m_lastRequestedData.append(v.toString());
        m_ranges.append({ minText, maxText });
        ++m_jobsCreated;

        ExportJob job;
        job.id = QStringLiteral("exp-sim-%1").arg(m_nextJob++, 6, 10, QLatin1Char('0'));
        job.token = QString::number(QRandomGenerator::global()->generate64(), 16);
        // Both bounds inclusive, the oldest rows first when more match than a job holds.
        const auto from = std::lower_bound(m_logs.begin(), m_logs.end(), minMs,
                                           [](const Log &l, qint64 v) { return l.createdMs < v; });
        const auto to = std::upper_bound(m_logs.begin(), m_logs.end(), maxMs,
                                         [](qint64 v, const Log &l) { return v < l.createdMs; });
        job.total = qint64(to - from);
        const qint64 served = std::min<qint64>(job.total, m_maxLogsPerJob);
        job.rows = served;
        for (auto it = from; it != from + served; ++it) {
            job.body += it->line;
            job.body += '\n';
        }
        QJsonObject answer { { QStringLiteral("id"), job.id }, { QStringLiteral("object"), QStringLiteral("export") } };
        if (m_reportTotal)
            answer.insert(QStringLiteral("total"), job.total);
        m_jobs.insert(job.id, job);
        Response r;
        r.body = compact(answer);
        return r;
    }

    const QString id = QString::fromUtf8(parts.value(2));
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return error(404, QStringLiteral("Export '%1' not found.").arg(id));
    ExportJob &job = *it;
    const QByteArray action = parts.value(3);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (job.status == QLatin1String("in_progress") && now - job.startedMs >= m_processingMs)
        job.status = job.fail ? QStringLiteral("failed") : QStringLiteral("success");

    if (parts.size() == 3) {
        if (!get)
            return error(405, QStringLiteral("Use GET to read an export."));
        Response r;
        r.body = compact(QJsonObject { { QStringLiteral("id"), job.id },
                                       { QStringLiteral("status"), job.status },
                                       { QStringLiteral("object"), QStringLiteral("export") } });
        return r;
    }
    if (action == "start" && parts.size() == 4) {
        if (!post)
            return error(405, QStringLiteral("Use POST to start an export."));
        if (job.status != QLatin1String("draft"))
            return error(400, QStringLiteral("Export '%1' was already started.").arg(id));
        job.status = QStringLiteral("in_progress");
        job.startedMs = now;
        job.fail = std::exchange(m_failNextJob, false);
        ++m_jobsStarted;
        Response r;
        r.body = compact(QJsonObject { { QStringLiteral("message"), QStringLiteral("Export started") },
                                       { QStringLiteral("object"), QStringLiteral("export") } });
        return r;
    }
    if (action == "download" && parts.size() == 4) {
        if (!get)
            return error(405, QStringLiteral("Use GET to download an export."));
        if (job.status != QLatin1String("success"))
            return error(400, QStringLiteral("Export '%1' is %2, not ready.").arg(id, job.status));
        Response r;
        r.body = compact(
            QJsonObject { { QStringLiteral("signed_url"),
                            QString(QString::fromUtf8(origin)
                                    + QStringLiteral("/_signed/%1.jsonl?token=%2").arg(job.id, job.token)) } });
        return r;
    }
    return error(404, QStringLiteral("Unknown export action."));
}

SimulatedLogExport::Response SimulatedLogExport::signedDownload(const HttpRequestParser::Request &request,
                                                                const QByteArray &path)
{
    QMutexLocker lock(&m_mutex);
    QString id = QString::fromUtf8(path.mid(int(qstrlen("/_signed/"))));
    if (id.endsWith(QLatin1String(".jsonl")))
        id.chop(6);
    const auto it = m_jobs.constFind(id);
    const QString token = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("token"));
    if (it == m_jobs.constEnd() || token.isEmpty() || token != it->token || it->status != QLatin1String("success"))
        return error(403, QStringLiteral("The signature does not match."));
    if (!request.header("x-portkey-api-key").isEmpty())
        m_signedWithKey = true;
    ++m_downloads;
    m_maxRowsServed = std::max(m_maxRowsServed, it->rows);
    Response r;
    r.contentType = QByteArrayLiteral("application/x-ndjson");
    r.body = it->body;
    r.truncate = std::exchange(m_truncateNextDownload, false);
    return r;
}

} // namespace ShadowOptic
