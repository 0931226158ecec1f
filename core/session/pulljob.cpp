// SPDX-License-Identifier: MIT
#include "pulljob.h"

#include "import/logimporter.h"
#include "pull/logexportclient.h"
#include "session.h"
#include "store/projectstore.h"
#include "store/pullstatestore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent>

#include <limits>
#include <vector>

namespace ShadowOptic {

namespace {

struct PullState
{
    qint64 lastPulledMs = 0;
    QString error;
};

} // namespace

struct PullJob::Chunk
{
    ImportReport report;
    QString error; // the project could not be opened, or the pull state not saved
    qint64 lastPulledMs = 0;
};

PullJob::PullJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
}

PullJob::~PullJob()
{
    if (m_cancel)
        *m_cancel = true;
}

bool PullJob::run(QString *error)
{
    m_project = session()->projectPath();
    if (m_project.isEmpty()) {
        *error = tr("Open or create a project before pulling logs from Portkey.");
        return false;
    }
    if (m_options.apiKey.isEmpty()) {
        *error = tr("No Portkey API key: set PORTKEY_API_KEY or enter a key with the logs.export scope.");
        return false;
    }
    const QString scheme = m_options.baseUrl.scheme();
    if (!m_options.baseUrl.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = tr("The Portkey API URL '%1' is not a valid http(s) URL.").arg(m_options.baseUrl.toString());
        return false;
    }
    if (m_options.sinceMs >= 0 && m_options.untilMs >= 0 && m_options.sinceMs > m_options.untilMs) {
        *error = tr("The range to pull is empty: %1 is after %2.")
                     .arg(PullOptions::timeText(m_options.sinceMs), PullOptions::timeText(m_options.untilMs));
        return false;
    }
    if (m_options.maxLogsPerJob <= 0)
        m_options.maxLogsPerJob = 50000;
    m_report = PullReport();
    m_cap = m_options.maxLogsPerJob;
    m_jobTotal = -1;
    m_ranges.clear();
    m_chunkFile.reset();
    m_importing = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_clock.start();
    if (m_client) {
        m_client->abort();
        m_client->deleteLater();
    }
    m_client = new LogExportClient(m_options, this);
    connect(m_client, &LogExportClient::retrying, this, &Job::warning);
    disconnect(m_pollTimer, nullptr, this, nullptr);
    const quint64 run = ++m_run;
    progress(tr("Reading where the last pull ended…"));
    const QString project = m_project;
    const QString workspace = m_options.workspaceId;
    auto read = QtConcurrent::run([project, workspace] {
        PullState state;
        ProjectStore store;
        if (store.open(project, &state.error, ProjectStore::OpenMode::CreateOrOpen))
            state.lastPulledMs = PullStateStore(store).lastPulledMs(workspace);
        return state;
    });
    thenQueued(read, this, [this, run](const PullState &state) {
        if (run == m_run && isRunning() && !isCancelRequested())
            begin(state.lastPulledMs, state.error);
    });
    return true;
}

void PullJob::begin(qint64 lastPulledMs, const QString &error)
{
    if (!error.isEmpty()) {
        finish(State::Failed, error);
        return;
    }
    // The API filters to the second, so the range is widened to whole seconds; both ends are inclusive, and the
    // second a range shares with the next (or with the last pull) comes twice, which dedupe by log id absorbs.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 until = m_options.untilMs >= 0 ? m_options.untilMs : now;
    until = (until + 999) / 1000 * 1000;
    qint64 since = m_options.sinceMs;
    if (since < 0)
        since = lastPulledMs > 0 ? lastPulledMs - m_options.overlapMs
                                 : until - qint64(PullOptions::DefaultHistoryDays) * 86400000;
    since = since / 1000 * 1000;
    m_report.sinceMs = since;
    m_report.untilMs = until;
    m_report.sinceFromLastPull = m_options.sinceMs < 0 && lastPulledMs > 0;
    m_report.lastPulledMs = lastPulledMs;
    if (since > until) {
        finish(State::Failed,
               tr("The range to pull is empty: %1 is after %2.")
                   .arg(PullOptions::timeText(since), PullOptions::timeText(until)));
        return;
    }
    m_ranges.push_back(Range { since, until });
    next();
}

QString PullJob::rangeText(const Range &range) const
{
    return tr("%1 … %2").arg(PullOptions::timeText(range.fromMs), PullOptions::timeText(range.toMs));
}

void PullJob::progress(const QString &text)
{
    const qint64 span = m_report.untilMs - m_report.sinceMs;
    const qint64 done = m_ranges.empty() ? span : m_ranges.front().fromMs - m_report.sinceMs;
    reportProgress(span > 0 ? int(done * 1000 / span) : 0, text);
}

void PullJob::next()
{
    if (m_ranges.empty()) {
        finish(State::Succeeded);
        return;
    }
    const Range range = m_ranges.front();
    progress(tr("Asking Portkey for the logs of %1…").arg(rangeText(range)));
    m_client->create(range.fromMs, range.toMs, [this, range](const LogExportClient::Reply &reply) {
        const QString id = reply.json.value(QLatin1String("id")).toString();
        if (!reply.error.isEmpty() || id.isEmpty()) {
            fail(tr("Portkey did not create an export of %1: %2")
                     .arg(rangeText(range), reply.error.isEmpty() ? tr("its answer has no id") : reply.error));
            return;
        }
        const QJsonValue total = reply.json.value(QLatin1String("total"));
        onCreated(id, total.isDouble() ? total.toInteger() : -1);
    });
}

void PullJob::onCreated(const QString &exportId, qint64 total)
{
    ++m_report.jobsCreated;
    m_jobTotal = total;
    // A job that would hold the cap is not started: its range is split first. Only a count that says "too many" is
    // trusted; a small or missing one is checked again by the rows that arrive (fetch()).
    if (total >= m_cap) {
        if (split(total))
            next();
        return;
    }
    const Range range = m_ranges.front();
    progress(tr("Starting Portkey export job %1 (%2)…").arg(exportId, rangeText(range)));
    m_client->start(exportId, [this, exportId, range](const LogExportClient::Reply &reply) {
        if (!reply.error.isEmpty()) {
            fail(tr("Portkey did not start export job %1 (%2): %3").arg(exportId, rangeText(range), reply.error));
            return;
        }
        m_jobClock.start();
        poll(exportId, m_options.pollInitialMs);
    });
}

void PullJob::poll(const QString &exportId, int delayMs)
{
    disconnect(m_pollTimer, nullptr, this, nullptr);
    connect(m_pollTimer, &QTimer::timeout, this, [this, exportId, delayMs] {
        const Range range = m_ranges.front();
        m_client->status(exportId, [this, exportId, delayMs, range](const LogExportClient::Reply &reply) {
            if (!reply.error.isEmpty()) {
                fail(tr("Portkey did not say how export job %1 (%2) is doing: %3")
                         .arg(exportId, rangeText(range), reply.error));
                return;
            }
            const QString status = reply.json.value(QLatin1String("status")).toString().toLower();
            if (status == QLatin1String("success")) {
                fetch(exportId);
                return;
            }
            if (status == QLatin1String("failed") || status == QLatin1String("failure")
                || status == QLatin1String("error") || status == QLatin1String("cancelled")
                || status == QLatin1String("canceled")) {
                fail(
                    tr("Portkey export job %1 (%2) %3; nothing of it was imported. Pull again to retry it.")
                        .arg(exportId, rangeText(range), status.startsWith(u'c') ? tr("was cancelled") : tr("failed")));
                return;
            }
            if (m_jobClock.elapsed() > m_options.jobTimeoutMs) {
                fail(tr("Portkey export job %1 (%2) did not finish within %3 s (status '%4').")
                         .arg(exportId, rangeText(range))
                         .arg(m_options.jobTimeoutMs / 1000)
                         .arg(status));
                return;
            }
            progress(tr("Portkey prepares export job %1 (%2): %3…").arg(exportId, rangeText(range), status));
            poll(exportId, std::min(delayMs * 2, m_options.pollMaxMs));
        });
    });
    m_pollTimer->start(delayMs);
}

void PullJob::fetch(const QString &exportId)
{
    const Range range = m_ranges.front();
    m_client->downloadUrl(exportId, [this, exportId, range](const LogExportClient::Reply &reply) {
        const QUrl url(reply.json.value(QLatin1String("signed_url")).toString());
        // Only http(s): QNetworkAccessManager would read a file: or qrc: URL from this machine too.
        const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!reply.error.isEmpty() || !url.isValid() || !web) {
            fail(tr("Portkey gave no download link for export job %1 (%2): %3")
                     .arg(exportId, rangeText(range),
                          reply.error.isEmpty() ? tr("its answer has no http(s) signed_url") : reply.error));
            return;
        }
        // Next to the project: the same disk, and a stray file from a crash is where the user looks.
        const QFileInfo project(m_project);
        m_chunkFile = std::make_unique<QTemporaryFile>(project.absolutePath() + QStringLiteral("/.")
                                                       + project.fileName() + QStringLiteral(".pull-XXXXXX.jsonl"));
        if (!m_chunkFile->open()) {
            fail(tr("Cannot create a temporary file next to the project: %1").arg(m_chunkFile->errorString()));
            return;
        }
        m_chunkFile->close(); // the client writes it, the importer reads it by name; removed with m_chunkFile
        progress(tr("Downloading export job %1 (%2)…").arg(exportId, rangeText(range)));
        m_client->download(url, m_chunkFile->fileName(), [this, exportId, range](const LogExportClient::Download &d) {
            if (!d.error.isEmpty()) {
                m_chunkFile.reset();
                fail(tr("%1 Nothing of Portkey export job %2 (%3) was imported; pull again to fetch it.")
                         .arg(d.error, exportId, rangeText(range)));
                return;
            }
            const bool full = d.rows >= m_cap;
            const bool shortOfCount = m_jobTotal > 0 && d.rows < m_jobTotal;
            if (full || (shortOfCount && (range.toMs - range.fromMs) >= 2000)) {
                // Portkey may have left rows out: the range is pulled again in parts. Fewer rows than counted mean
                // a lower cap than we knew, which the rest of the pull then keeps to.
                if (shortOfCount && d.rows > 0)
                    m_cap = std::min(m_cap, d.rows);
                m_chunkFile.reset();
                if (split(full ? 0 : m_jobTotal))
                    next();
                return;
            }
            if (shortOfCount) {
                emit warning(tr("Portkey counted %1 logs in %2 but export job %3 held %4; the pull goes on with those.")
                                 .arg(m_jobTotal)
                                 .arg(rangeText(range), exportId)
                                 .arg(d.rows));
            }
            ++m_report.jobs;
            m_report.rowsDownloaded += d.rows;
            m_report.bytesDownloaded += d.bytes;
            m_report.exportIds.append(exportId);
            importChunk(exportId, d.rows);
        });
    });
}

/* A Portkey export job holds at most maxLogsPerJob (50,000) logs and silently leaves out the rest, so no range may
 * reach the cap. Three signals say a range is too big: the count in the create answer (`total`, not started then,
 * which costs only a draft job); when Portkey gives no count or an inexact one, a download with exactly the cap of
 * rows; and a download with fewer rows than counted, which means the cap is lower than we knew (the downloads are
 * thrown away, nothing of them imported). Either way the range is cut in parts that are pulled, oldest
 * first, before the rest of the queue: with a count into enough equal parts for each to stay a fifth below the
 * cap on even traffic, without one in halves; parts that are still too big are cut again. The time filter works
 * to the second, so a second with more logs than the cap cannot be pulled and ends the pull with that message. */
bool PullJob::split(qint64 total)
{
    const Range range = m_ranges.front();
    const qint64 cap = m_cap;
    const qint64 seconds = (range.toMs - range.fromMs) / 1000;
    if (seconds < 2) {
        fail(tr("More than %1 logs were created within %2; a Portkey export job holds no more, and its time filter "
                "cannot be narrower than a second.")
                 .arg(cap)
                 .arg(rangeText(range)));
        return false;
    }
    const qint64 wanted = total > 0 ? std::max<qint64>(2, (total * 5 / 4 + cap - 1) / cap) : 2;
    const qint64 parts = std::min<qint64>({ wanted, 64, seconds });
    std::vector<Range> pieces;
    qint64 from = range.fromMs;
    for (qint64 i = 1; i <= parts; ++i) {
        const qint64 to
            = i == parts ? range.toMs : (range.fromMs + (range.toMs - range.fromMs) * i / parts) / 1000 * 1000;
        if (to <= from)
            continue;
        pieces.push_back(Range { from, to });
        from = to;
    }
    m_ranges.pop_front();
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        m_ranges.push_front(*it);
    ++m_report.splits;
    return true;
}

void PullJob::importChunk(const QString &exportId, qint64 rows)
{
    const Range range = m_ranges.front();
    progress(tr("Importing %n row(s) of export job %1 (%2)…", nullptr,
                int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                 .arg(exportId, rangeText(range)));
    m_importing = true;
    const quint64 run = m_run;
    const QString project = m_project;
    const QString file = m_chunkFile->fileName();
    const QString workspace = m_options.workspaceId;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    auto task = QtConcurrent::run([project, file, rows, workspace, cancel, to = range.toMs] {
        Chunk chunk;
        if (rows > 0 && !LogImporter::run(project, { file }, &chunk.report, &chunk.error, {}, [cancel] {
                return cancel->load();
            }))
            return chunk;
        if (chunk.report.cancelled || !chunk.report.fileErrors.isEmpty())
            return chunk;
        ProjectStore store;
        // Only forward: a backfill of an older range leaves the end of the newest pull where it was.
        if (store.open(project, &chunk.error, ProjectStore::OpenMode::OpenExisting)) {
            PullStateStore state(store);
            chunk.lastPulledMs = std::max(state.lastPulledMs(workspace), to);
            if (chunk.lastPulledMs == to)
                state.setLastPulledMs(workspace, to, &chunk.error);
        }
        return chunk;
    });
    thenQueued(task, this, [this, run, exportId, range](const Chunk &chunk) {
        if (run != m_run)
            return;
        m_importing = false;
        m_chunkFile.reset();
        ImportReport &sum = m_report.import;
        const ImportReport &r = chunk.report;
        sum.files.append(exportId);
        sum.read += r.read;
        sum.imported += r.imported;
        sum.duplicates += r.duplicates;
        sum.bytes += r.bytes;
        sum.estimatedCosts += r.estimatedCosts;
        sum.seconds += r.seconds;
        sum.skipped += r.skipped;
        for (auto it = r.skippedByReason.constBegin(); it != r.skippedByReason.constEnd(); ++it)
            sum.skippedByReason[it.key()] += it.value();
        for (ImportIssue issue : r.errors) {
            if (sum.errors.size() >= ImportReport::MaxStoredIssues)
                break;
            issue.file = exportId; // the temporary file is gone; the job names where the row came from
            sum.errors.append(issue);
        }
        sum.fileErrors += r.fileErrors;
        if (chunk.lastPulledMs > 0)
            m_report.lastPulledMs = chunk.lastPulledMs;
        if (!chunk.error.isEmpty()) {
            finish(State::Failed, chunk.error);
            return;
        }
        if (r.cancelled || isCancelRequested()) {
            sum.cancelled = true;
            finish(State::Cancelled);
            return;
        }
        if (!r.fileErrors.isEmpty()) {
            fail(tr("Portkey export job %1 (%2) could not be imported: %3")
                     .arg(exportId, rangeText(range), r.fileErrors.join(QLatin1String("; "))));
            return;
        }
        m_ranges.pop_front();
        next();
    });
}

void PullJob::fail(const QString &error)
{
    finish(State::Failed, error);
}

void PullJob::finish(State state, const QString &error)
{
    m_pollTimer->stop();
    if (m_client) {
        m_report.retries = m_client->retries();
        m_client->abort();
    }
    m_chunkFile.reset();
    m_report.seconds = m_clock.elapsed() / 1000.0;
    m_report.error = error;
    complete(state, error);
}

void PullJob::abort()
{
    if (m_cancel)
        *m_cancel = true;
    // An import on the pool stops at its next batch and reports what it committed; the job ends then.
    if (!m_importing)
        finish(State::Cancelled);
}

} // namespace ShadowOptic
