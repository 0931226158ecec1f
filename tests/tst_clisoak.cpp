// SPDX-License-Identifier: MIT
// Many short command-line runs under CPU load: no crash at exit and no Qt Sql connection warning. One run in four
// of `recommend --base-url <external simulator>` segfaulted after writing its JSON: pool threads holding per-thread
// database connections were torn down after Qt Sql's connection registry. SO_SOAK_RUNS sets the number of runs;
// SO_CLI_BINARY runs another build of the binary (to compare before and after a change).
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

namespace {
QString binary()
{
    const QString other = qEnvironmentVariable("SO_CLI_BINARY");
    return other.isEmpty() ? QStringLiteral(SO_APP_BINARY) : other;
}
} // namespace

class TestCliSoak : public QObject
{
    Q_OBJECT

private:
    static QProcess *start(const QStringList &arguments)
    {
        auto *p = new QProcess;
        p->start(binary(), arguments);
        return p;
    }

private slots:
    void manyShortRunsUnderLoadExitCleanly()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("logs.jsonl"));
        const QString project = dir.filePath(QStringLiteral("soak.sqlite"));
        QProcess gen;
        gen.start(binary(),
                  { QStringLiteral("generate-logs"), QStringLiteral("--rows"), QStringLiteral("600"),
                    QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--token-scale"),
                    QStringLiteral("0.05"), QStringLiteral("--out"), logs });
        QVERIFY(gen.waitForFinished(60000) && gen.exitCode() == 0);
        QProcess imp;
        imp.start(binary(), { QStringLiteral("import"), QStringLiteral("--project"), project, logs });
        QVERIFY(imp.waitForFinished(60000) && imp.exitCode() == 0);

        // An external simulator, as in the report.
        std::unique_ptr<QProcess> sim(
            start({ QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--latency-ms"), QStringLiteral("2"), QStringLiteral("--no-random-errors") }));
        sim->setReadChannel(QProcess::StandardOutput);
        QTRY_VERIFY_WITH_TIMEOUT(sim->canReadLine() || (sim->waitForReadyRead(100) && sim->canReadLine()), 10000);
        const QString port = QString::fromUtf8(sim->readLine()).trimmed();
        QVERIFY(port.toInt() > 0);
        const QString baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);

        std::atomic<bool> stop { false };
        std::vector<std::thread> hogs;
        for (int i = 0; i < 2; ++i)
            hogs.emplace_back([&stop] {
                volatile quint64 x = 0;
                while (!stop.load(std::memory_order_relaxed))
                    x = x + 1;
            });

        const QList<QStringList> commands = {
            { QStringLiteral("recommend"), QStringLiteral("--project"), project, QStringLiteral("--base-url"), baseUrl,
              QStringLiteral("--sample"), QStringLiteral("5"), QStringLiteral("--json") },
            { QStringLiteral("replay"), QStringLiteral("--project"), project, QStringLiteral("--base-url"), baseUrl,
              QStringLiteral("--models"), QStringLiteral("gpt-4o-mini,gpt-4.1-nano"), QStringLiteral("--sample"),
              QStringLiteral("4"), QStringLiteral("--json") },
            { QStringLiteral("evaluate"), QStringLiteral("--project"), project, QStringLiteral("--base-url"), baseUrl,
              QStringLiteral("--json") },
            { QStringLiteral("summary"), QStringLiteral("--project"), project, QStringLiteral("--json") },
            { QStringLiteral("runs"), QStringLiteral("--project"), project },
        };
        const int runs
            = qEnvironmentVariableIntValue("SO_SOAK_RUNS") > 0 ? qEnvironmentVariableIntValue("SO_SOAK_RUNS") : 200;
        int crashes = 0, warnings = 0, failures = 0;
        QStringList problems;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < runs; ++i) {
            const QStringList &args = commands.at(i % commands.size());
            QProcess p;
            p.start(binary(), args);
            if (!p.waitForFinished(120000)) {
                p.kill();
                p.waitForFinished();
                problems.append(QStringLiteral("run %1 (%2) hung").arg(i).arg(args.first()));
                ++failures;
                continue;
            }
            const QByteArray err = p.readAllStandardError();
            if (p.exitStatus() != QProcess::NormalExit) {
                ++crashes;
                problems.append(QStringLiteral("run %1 (%2) crashed: %3")
                                    .arg(i)
                                    .arg(args.first(), QString::fromUtf8(err.right(300))));
            } else if (p.exitCode() != 0) {
                ++failures;
                problems.append(QStringLiteral("run %1 (%2) rc %3: %4")
                                    .arg(i)
                                    .arg(args.first())
                                    .arg(p.exitCode())
                                    .arg(QString::fromUtf8(err.right(300))));
            }
            if (err.contains("QSqlDatabasePrivate") || err.contains("still in use") || err.contains("QThreadStorage")) {
                ++warnings;
                problems.append(QStringLiteral("run %1 (%2) warned: %3")
                                    .arg(i)
                                    .arg(args.first(), QString::fromUtf8(err.right(300))));
            }
        }
        stop = true;
        for (auto &t : hogs)
            t.join();
        sim->terminate();
        sim->waitForFinished(5000);
        qInfo("%d runs in %.1f s: %d crashes, %d connection warnings, %d failures", runs, clock.elapsed() / 1000.0,
              crashes, warnings, failures);
        QVERIFY2(crashes == 0 && warnings == 0 && failures == 0,
                 qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliSoak)
#include "tst_clisoak.moc"
