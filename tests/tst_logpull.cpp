// SPDX-License-Identifier: MIT
#include "dialogs/pulldialog.h"
#include "pull/pullreport.h"
#include "session/pulljob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatedlogexport.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"
#include "store/pullstatestore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ShadowOptic;

// Pulls from the built-in simulator's Log Export API over real HTTP into real SQLite projects: range splitting at
// the per-job cap, incremental pulls, faults (failed job, truncated download, 429 bursts), the key, and the CLI.
class TestLogPull : public QObject
{
    Q_OBJECT

    static constexpr const char *Key = "pk-test-SECRET-4f9a1c7e";

    SimulatorThread m_sim { QStringLiteral("PullSimulator") };
    std::unique_ptr<QTemporaryDir> m_dir;

    SimulatedLogExport *exporter() { return m_sim.gateway()->logExport(); }

    static QByteArray logLine(int i, qint64 createdMs)
    {
        const QString created = QDateTime::fromMSecsSinceEpoch(createdMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
        return QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("id"), QStringLiteral("log-%1").arg(i, 7, 10, QLatin1Char('0')) },
                       { QStringLiteral("trace_id"), QStringLiteral("trace-%1").arg(i) },
                       { QStringLiteral("created_at"), created },
                       { QStringLiteral("request"),
                         QJsonObject {
                             { QStringLiteral("model"), QStringLiteral("gpt-4o-mini") },
                             { QStringLiteral("messages"),
                               QJsonArray { QJsonObject {
                                   { QStringLiteral("role"), QStringLiteral("user") },
                                   { QStringLiteral("content"), QStringLiteral("Question %1").arg(i % 997) } } } } } },
                       { QStringLiteral("response"),
                         QJsonObject {
                             { QStringLiteral("choices"),
                               QJsonArray { QJsonObject {
                                   { QStringLiteral("message"),
                                     QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                                   { QStringLiteral("content"), QStringLiteral("Answer") } } },
                                   { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } } },
                       { QStringLiteral("is_success"), true },
                       { QStringLiteral("ai_org"), QStringLiteral("openai") },
                       { QStringLiteral("ai_model"), QStringLiteral("gpt-4o-mini") },
                       { QStringLiteral("req_units"), 12 },
                       { QStringLiteral("res_units"), 3 },
                       { QStringLiteral("total_units"), 15 },
                       { QStringLiteral("cost"), 0.002 },
                       { QStringLiteral("cost_currency"), QStringLiteral("USD") },
                       { QStringLiteral("response_status_code"), 200 },
                   })
            .toJson(QJsonDocument::Compact);
    }
    // count logs evenly over [fromMs, toMs), ids from firstId
    static QList<QByteArray> logs(int firstId, int count, qint64 fromMs, qint64 toMs)
    {
        QList<QByteArray> lines;
        lines.reserve(count);
        for (int i = 0; i < count; ++i)
            lines.append(logLine(firstId + i, fromMs + (toMs - fromMs) * i / count));
        return lines;
    }

    PullOptions options()
    {
        PullOptions o;
        o.baseUrl = m_sim.gateway()->baseUrl();
        o.apiKey = QString::fromLatin1(Key);
        o.pollInitialMs = 20;
        o.pollMaxMs = 200;
        return o;
    }
    QString project(const char *name = "p.sqlite") const { return m_dir->filePath(QLatin1String(name)); }

    struct Outcome
    {
        Job::State state = Job::State::Idle;
        QString error;
        PullReport report;
        QStringList warnings;
    };
    Outcome pull(const PullOptions &o, const QString &path)
    {
        Session session;
        session.setProjectPath(path);
        PullJob job(&session);
        job.setOptions(o);
        Outcome out;
        connect(&job, &Job::warning, this, [&out](const QString &w) { out.warnings.append(w); });
        QEventLoop loop;
        connect(&job, &Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        if (!job.start(&out.error)) {
            out.state = Job::State::Failed;
            return out;
        }
        loop.exec();
        out.state = job.state();
        out.error = job.errorText();
        out.report = job.result();
        return out;
    }
    static qint64 logCount(const QString &path)
    {
        ProjectStore store;
        QString error;
        return store.open(path, &error, ProjectStore::OpenMode::OpenExisting) ? store.logCount() : -1;
    }
    static qint64 lastPulled(const QString &path)
    {
        ProjectStore store;
        QString error;
        return store.open(path, &error, ProjectStore::OpenMode::OpenExisting) ? PullStateStore(store).lastPulledMs({})
                                                                              : -1;
    }
    QJsonObject simState() { return exporter()->configure({}); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.ensureListening(&error), qPrintable(error));
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        exporter()->setLogs({});
        exporter()->configure(QJsonObject { { QStringLiteral("max_logs_per_job"), 0 },
                                            { QStringLiteral("report_total"), true },
                                            { QStringLiteral("processing_ms"), 30 },
                                            { QStringLiteral("fail_next_job"), false },
                                            { QStringLiteral("truncate_next_download"), false },
                                            { QStringLiteral("rate_limit_next"), 0 },
                                            { QStringLiteral("server_error_next"), 0 },
                                            { QStringLiteral("reset_counters"), true } });
    }

    // 120,000 logs over four weeks at Portkey's real cap of 50,000 per job: every log lands once, no job is full,
    // and pulling again asks only for the time since, then finds only what was planted after.
    void pullSplitsRangeAndIsIncremental()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 until = (now - 3600000) / 1000 * 1000;
        exporter()->setLogs(logs(0, 120000, now - 28LL * 86400000, until - 60000));
        PullOptions o = options();
        o.untilMs = until;
        QElapsedTimer clock;
        clock.start();
        const Outcome first = pull(o, project());
        QVERIFY2(first.state == Job::State::Succeeded, qPrintable(first.error));
        qInfo("120,000 logs: %d jobs (%d created, %d splits), %lld rows, %.1f s", first.report.jobs,
              first.report.jobsCreated, first.report.splits, first.report.rowsDownloaded, clock.elapsed() / 1000.0);
        QCOMPARE(first.report.import.imported, qint64(120000));
        QCOMPARE(logCount(project()), qint64(120000));
        QCOMPARE(first.report.rowsDownloaded, first.report.import.imported + first.report.import.duplicates);
        QVERIFY(first.report.jobs >= 3);
        QVERIFY(first.report.splits >= 1);
        QVERIFY(simState().value(QLatin1String("max_rows_served")).toInteger() < 50000);
        QCOMPARE(first.report.untilMs, until);
        QCOMPARE(first.report.lastPulledMs, until);
        QCOMPARE(lastPulled(project()), until);
        const QJsonArray asked = simState().value(QLatin1String("last_requested_data")).toArray();
        for (const char *field : { "id", "created_at", "request", "response", "ai_model", "cost", "metadata" })
            QVERIFY2(asked.contains(QJsonValue(QLatin1String(field))), field);

        // Again: from where the last pull ended, nothing new.
        exporter()->configure(QJsonObject { { QStringLiteral("reset_counters"), true } });
        o.untilMs = -1;
        const Outcome again = pull(o, project());
        QVERIFY2(again.state == Job::State::Succeeded, qPrintable(again.error));
        QVERIFY(again.report.sinceFromLastPull);
        QCOMPARE(again.report.sinceMs, until - o.overlapMs);
        QCOMPARE(again.report.import.imported, qint64(0));
        QCOMPARE(again.report.jobs, 1);
        const QJsonArray ranges = simState().value(QLatin1String("ranges")).toArray();
        QCOMPARE(ranges.size(), qsizetype(1));
        QCOMPARE(ranges.at(0).toArray().at(0).toString(), PullOptions::timeText(until - o.overlapMs));

        // Newer logs: only those.
        const qint64 last = again.report.lastPulledMs;
        QVERIFY(last >= now);
        exporter()->addLogs(logs(500000, 700, last + 1, last + 700));
        QTest::qWait(int(last + 1500 - QDateTime::currentMSecsSinceEpoch()));
        const Outcome newer = pull(o, project());
        QVERIFY2(newer.state == Job::State::Succeeded, qPrintable(newer.error));
        QCOMPARE(newer.report.sinceMs, last - o.overlapMs);
        QCOMPARE(newer.report.import.imported, qint64(700));
        QCOMPARE(newer.report.rowsDownloaded, qint64(700));
        QCOMPARE(logCount(project()), qint64(120700));

        // A backfill of an older range adds nothing new and leaves the next pull's start where it was.
        PullOptions backfill = options();
        backfill.sinceMs = until - 86400000;
        backfill.untilMs = until - 43200000;
        const Outcome older = pull(backfill, project());
        QVERIFY2(older.state == Job::State::Succeeded, qPrintable(older.error));
        QCOMPARE(older.report.import.imported, qint64(0));
        QVERIFY(older.report.import.duplicates > 0);
        QCOMPARE(lastPulled(project()), newer.report.lastPulledMs);
        QCOMPARE(older.report.lastPulledMs, newer.report.lastPulledMs);
    }

    // Without a count from Portkey, a download of exactly the cap is thrown away and its range halved.
    void pullHalvesFullJobsWithoutTotal()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 9000, now - 86400000, now - 60000));
        exporter()->configure(
            QJsonObject { { QStringLiteral("max_logs_per_job"), 2000 }, { QStringLiteral("report_total"), false } });
        PullOptions o = options();
        o.maxLogsPerJob = 2000;
        o.sinceMs = now - 2 * 86400000;
        const Outcome out = pull(o, project());
        QVERIFY2(out.state == Job::State::Succeeded, qPrintable(out.error));
        QCOMPARE(out.report.import.imported, qint64(9000));
        QCOMPARE(logCount(project()), qint64(9000));
        QVERIFY(out.report.splits >= 3);
        QVERIFY(out.report.jobs >= 5);
        qInfo("9,000 logs, cap 2,000, no total: %d jobs, %d splits", out.report.jobs, out.report.splits);
    }

    // A Portkey whose jobs hold fewer rows than its count: the short download is thrown away and the range split
    // by the lower cap it showed.
    void pullFindsALowerCapFromTheCount()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 3000, now - 86400000, now - 60000));
        exporter()->configure(QJsonObject { { QStringLiteral("max_logs_per_job"), 1000 } });
        const Outcome out = pull(options(), project());
        QVERIFY2(out.state == Job::State::Succeeded, qPrintable(out.error));
        QCOMPARE(out.report.import.imported, qint64(3000));
        QCOMPARE(logCount(project()), qint64(3000));
        QVERIFY(out.report.splits >= 1);
        QVERIFY(simState().value(QLatin1String("max_rows_served")).toInteger() <= 1000);
    }

    // File ▸ Pull from Portkey…: the key and URL typed in, Pull, and the session's project set again afterwards.
    void pullDialog()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 300, now - 86400000, now - 60000));
        Session session;
        session.setProjectPath(project());
        QSignalSpy changed(&session, &Session::projectChanged);
        PullDialog dialog(&session);
        dialog.findChild<QLineEdit *>(QStringLiteral("apiKey"))->setText(QString::fromLatin1(Key));
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrl"))->setText(m_sim.gateway()->baseUrl().toString());
        dialog.findChild<QPushButton *>(QStringLiteral("pull"))->click();
        QVERIFY(dialog.isPulling());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPulling(), 60000);
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(result.contains(QLatin1String("300 new")), qPrintable(result));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(logCount(project()), qint64(300));
        // A failed job: the error is shown, the project is not reloaded.
        exporter()->configure(QJsonObject { { QStringLiteral("fail_next_job"), true } });
        dialog.findChild<QPushButton *>(QStringLiteral("pull"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPulling(), 60000);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("result"))->text().contains(QLatin1String("failed")));
        QCOMPARE(changed.count(), 1);
    }

    void failedJobIsAnError()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 300, now - 86400000, now - 60000));
        exporter()->configure(QJsonObject { { QStringLiteral("fail_next_job"), true } });
        const Outcome out = pull(options(), project());
        QCOMPARE(out.state, Job::State::Failed);
        QVERIFY2(out.error.contains(QLatin1String("exp-sim-")) && out.error.contains(QLatin1String("failed")),
                 qPrintable(out.error));
        QCOMPARE(logCount(project()), qint64(0));
        QCOMPARE(lastPulled(project()), qint64(0));
    }

    void truncatedDownloadImportsNothingOfIt()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 1000, now - 86400000, now - 60000));
        exporter()->configure(QJsonObject { { QStringLiteral("truncate_next_download"), true } });
        const Outcome out = pull(options(), project());
        QCOMPARE(out.state, Job::State::Failed);
        QVERIFY2(out.error.contains(QLatin1String("Nothing of Portkey export job")), qPrintable(out.error));
        QVERIFY2(out.error.contains(QLatin1String("truncated")) || out.error.contains(QLatin1String("broke off")),
                 qPrintable(out.error));
        QCOMPARE(logCount(project()), qint64(0));
        QCOMPARE(lastPulled(project()), qint64(0));
        // No temporary file is left next to the project.
        QCOMPARE(QDir(m_dir->path()).entryList(QStringList { QStringLiteral("*.pull-*") }, QDir::Hidden | QDir::Files),
                 QStringList());
        // The next pull gets it whole.
        const Outcome retry = pull(options(), project());
        QVERIFY2(retry.state == Job::State::Succeeded, qPrintable(retry.error));
        QCOMPARE(logCount(project()), qint64(1000));
    }

    void rateLimitBurstIsRetried()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 200, now - 86400000, now - 60000));
        exporter()->configure(
            QJsonObject { { QStringLiteral("rate_limit_next"), 3 }, { QStringLiteral("retry_after"), 1 } });
        QElapsedTimer clock;
        clock.start();
        const Outcome out = pull(options(), project());
        QVERIFY2(out.state == Job::State::Succeeded, qPrintable(out.error));
        QCOMPARE(out.report.retries, 3);
        QCOMPARE(simState().value(QLatin1String("rate_limited")).toInt(), 3);
        QVERIFY2(clock.elapsed() >= 2900, "retry-after: 1 was not honoured");
        QCOMPARE(out.warnings.size(), qsizetype(3));
        QVERIFY(out.warnings.first().contains(QLatin1String("429")));
        QCOMPARE(logCount(project()), qint64(200));
    }

    void serverErrorsAreRetried()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 100, now - 86400000, now - 60000));
        exporter()->configure(QJsonObject { { QStringLiteral("server_error_next"), 2 } });
        const Outcome out = pull(options(), project());
        QVERIFY2(out.state == Job::State::Succeeded, qPrintable(out.error));
        QCOMPARE(out.report.retries, 2);
        QCOMPARE(logCount(project()), qint64(100));
        // More than a few: the pull gives up with the answer.
        exporter()->configure(QJsonObject { { QStringLiteral("server_error_next"), 20 } });
        PullOptions o = options();
        o.maxAttempts = 2;
        const Outcome gaveUp = pull(o, project());
        QCOMPARE(gaveUp.state, Job::State::Failed);
        QVERIFY2(gaveUp.error.contains(QLatin1String("503")), qPrintable(gaveUp.error));
    }

    // A job that never finishes, and a cancel while Portkey prepares one: nothing imported, nothing left behind.
    void slowJobTimesOutAndCancelStops()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 100, now - 86400000, now - 60000));
        exporter()->configure(QJsonObject { { QStringLiteral("processing_ms"), 60000 } });
        PullOptions o = options();
        o.jobTimeoutMs = 300;
        const Outcome timedOut = pull(o, project());
        QCOMPARE(timedOut.state, Job::State::Failed);
        QVERIFY2(timedOut.error.contains(QLatin1String("did not finish")), qPrintable(timedOut.error));

        Session session;
        session.setProjectPath(project());
        PullJob job(&session);
        job.setOptions(options());
        QSignalSpy finished(&job, &Job::finished);
        QString error;
        QVERIFY(job.start(&error));
        QTRY_VERIFY_WITH_TIMEOUT(job.progressText().contains(QLatin1String("prepares")), 10000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(logCount(project()), qint64(0));
        QCOMPARE(lastPulled(project()), qint64(0));
        QCOMPARE(QDir(m_dir->path()).entryList(QStringList { QStringLiteral("*.pull-*") }, QDir::Hidden | QDir::Files),
                 QStringList());
    }

    void missingKeyIsAnError()
    {
        PullOptions o = options();
        o.apiKey.clear();
        const Outcome out = pull(o, project());
        QCOMPARE(out.state, Job::State::Failed);
        QVERIFY2(out.error.contains(QLatin1String("PORTKEY_API_KEY")), qPrintable(out.error));
        // The API itself refuses requests without one.
        o.apiKey = QStringLiteral(" ");
        const Outcome refused = pull(o, project());
        QCOMPARE(refused.state, Job::State::Failed);
        QVERIFY2(refused.error.contains(QLatin1String("401")), qPrintable(refused.error));
    }

    void reportRoundTrip()
    {
        PullReport r;
        r.sinceMs = 1767225600000;
        r.untilMs = 1767312000000;
        r.sinceFromLastPull = true;
        r.lastPulledMs = r.untilMs;
        r.jobs = 3;
        r.jobsCreated = 4;
        r.splits = 1;
        r.retries = 2;
        r.rowsDownloaded = 120002;
        r.bytesDownloaded = 123456789;
        r.exportIds = QStringList { QStringLiteral("a"), QStringLiteral("b") };
        r.import.imported = 120000;
        r.import.duplicates = 2;
        r.error = QStringLiteral("stopped");
        r.seconds = 1.5;
        QCOMPARE(PullReport::fromJson(r.toJson()).toJson(), r.toJson());
    }

    // The command as a user runs it: --json keys, exit codes, messages on stderr, and the key nowhere on disk.
    void pullCommand()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exporter()->setLogs(logs(0, 2500, now - 86400000, now - 60000));
        const QString base = m_sim.gateway()->baseUrl().toString();
        struct Result
        {
            int code = -1;
            QByteArray out;
            QString err;
        };
        const auto run = [this](const QStringList &args, bool withKey) {
            QProcess p;
            p.setWorkingDirectory(m_dir->path());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("PORTKEY_API_KEY"));
            if (withKey)
                env.insert(QStringLiteral("PORTKEY_API_KEY"), QString::fromLatin1(Key));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SO_APP_BINARY), QStringList { QStringLiteral("pull") } + args);
            Result r;
            if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
                return r;
            r.code = p.exitCode();
            r.out = p.readAllStandardOutput();
            r.err = QString::fromUtf8(p.readAllStandardError());
            return r;
        };
        const QStringList target { QStringLiteral("--project"), QStringLiteral("p.sqlite"),
                                   QStringLiteral("--base-url"), base };

        const Result ok = run(target + QStringList { QStringLiteral("--json") }, true);
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        const QJsonObject json = QJsonDocument::fromJson(ok.out).object();
        for (const char *key : { "jobs", "rows_downloaded", "imported", "duplicates", "since", "until", "last_pulled" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QLatin1String("imported")).toInt(), 2500);
        QCOMPARE(json.value(QLatin1String("rows_downloaded")).toInt(), 2500);
        QCOMPARE(json.value(QLatin1String("jobs")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("last_pulled")).toString(), json.value(QLatin1String("until")).toString());

        const Result again = run(target, true);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("0 new"), again.out.constData());

        // A failed job: 1, with the job named on stderr.
        exporter()->configure(QJsonObject { { QStringLiteral("fail_next_job"), true } });
        const Result failed = run(target + QStringList { QStringLiteral("--since"), QStringLiteral("2d") }, true);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(QLatin1String("exp-sim-")), qPrintable(failed.err));

        const Result noKey = run(target, false);
        QCOMPARE(noKey.code, 1);
        QVERIFY2(noKey.err.contains(QLatin1String("PORTKEY_API_KEY")), qPrintable(noKey.err));

        QFile foreign(m_dir->filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("these are notes, not a database\n");
        foreign.close();
        const Result notProject = run(
            { QStringLiteral("--project"), QStringLiteral("notes.sqlite"), QStringLiteral("--base-url"), base }, true);
        QCOMPARE(notProject.code, 1);
        QVERIFY(!notProject.err.isEmpty());

        QCOMPARE(run({ QStringLiteral("--base-url"), base }, true).code, 2);
        const Result badTime
            = run(target + QStringList { QStringLiteral("--since"), QStringLiteral("yesterday-ish") }, true);
        QCOMPARE(badTime.code, 2);
        QVERIFY2(badTime.err.contains(QLatin1String("--since")), qPrintable(badTime.err));
        QCOMPARE(run(target + QStringList { QStringLiteral("--base-url"), QStringLiteral("ftp://x") }, true).code, 2);

        // The key was sent on every call, never to the signed URL, and is nowhere in the project.
        QVERIFY(!simState().value(QLatin1String("signed_download_with_api_key")).toBool());
        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile f(m_dir->filePath(QStringLiteral("p.sqlite") + suffix));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 10000);
        QVERIFY(!bytes.contains(Key));
        QVERIFY(!ok.out.contains(Key) && !ok.err.contains(QLatin1String(Key)));
    }
};

QTEST_MAIN(TestLogPull)
#include "tst_logpull.moc"
