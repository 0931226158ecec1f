// SPDX-License-Identifier: MIT
// The command line as a user meets it: the real binary, its exit codes, what goes to stdout and what to stderr.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    struct Run
    {
        int code = -1;
        bool crashed = false;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SO_APP_BINARY), arguments);
        Run r;
        if (!p.waitForStarted() || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.crashed = true;
            return r;
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString describe(const Run &r)
    {
        return QStringLiteral("rc %1%2\nstdout: %3\nstderr: %4")
            .arg(r.code)
            .arg(r.crashed ? QStringLiteral(" (crashed)") : QString())
            .arg(r.out.left(2000), r.err.left(2000));
    }
    static int closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        m_project = m_dir.filePath(QStringLiteral("cli.sqlite"));
        Run r = cli({ QStringLiteral("generate-logs"), QStringLiteral("--rows"), QStringLiteral("60"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--token-scale"),
                      QStringLiteral("0.05"), QStringLiteral("--out"), logs });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli({ QStringLiteral("import"), QStringLiteral("--project"), m_project, logs });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    // --version and an unknown command started the GUI (headless: abort, rc 134).
    void versionPrintsWithoutAWindow()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = cli({ QStringLiteral("--version") }, env);
        QVERIFY2(r.code == 0 && !r.crashed, qPrintable(describe(r)));
        QVERIFY(r.out.startsWith(QLatin1String("shadow-optic ")));
    }
    void unknownCommandIsAUsageError()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = cli({ QStringLiteral("replya"), QStringLiteral("--project"), m_project }, env);
        QVERIFY2(r.code == 2 && !r.crashed, qPrintable(describe(r)));
        QVERIFY(r.err.contains(QLatin1String("Unknown command 'replya'")));
        QVERIFY(r.out.isEmpty());
    }
    void guiWithoutADisplaySaysSo()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        Run r = cli({ QStringLiteral("--project"), m_project }, env);
        QVERIFY2(r.code == 1 && !r.crashed, qPrintable(describe(r)));
        QVERIFY(r.err.contains(QLatin1String("No display")));
        r = cli({ QStringLiteral("--no-such-option") }, env);
        QVERIFY2(r.code == 2 && !r.crashed, qPrintable(describe(r)));
    }

    // Usage lines printed the binary's absolute path and help showed no defaults.
    void helpNamesTheCommandAndItsDefaults()
    {
        const Run r = cli({ QStringLiteral("replay"), QStringLiteral("--help") });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: shadow-optic replay ")), qPrintable(r.out.left(200)));
        QVERIFY(!r.out.contains(QStringLiteral(SO_APP_BINARY)));
        QVERIFY2(r.out.contains(QLatin1String("(default: 8)")), qPrintable(r.out)); // --concurrency
        QVERIFY(r.out.contains(QLatin1String("(default: 60000)"))); // --timeout-ms
        const Run top = cli({ QStringLiteral("help") });
        QVERIFY(top.out.contains(QLatin1String("Exit codes")));
        QVERIFY(top.out.contains(QLatin1String("runs")));
    }

    // Replay to a closed port said "completed", rc 0, and no reason.
    void replayToAClosedPortFailsWithTheReason()
    {
        const int port = closedPort();
        const Run r
            = cli({ QStringLiteral("replay"), QStringLiteral("--project"), m_project, QStringLiteral("--models"),
                    QStringLiteral("gpt-4o-mini"), QStringLiteral("--sample"), QStringLiteral("10"),
                    QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--retries"), QStringLiteral("0"),
                    QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port) });
        QVERIFY2(r.code == 1 && !r.crashed, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("10 failed: connection refused by 127.0.0.1:%1").arg(port)),
                 qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("Run \\d+ started"))), qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("started"))); // diagnostics stay on stderr
        QVERIFY(!r.err.contains(QLatin1String("QSqlDatabasePrivate")));
    }

    // recommend through a gateway that answers nothing said "No recommendation" with rc 0.
    void recommendThroughAClosedPortFails()
    {
        const int port = closedPort();
        const Run r = cli({ QStringLiteral("recommend"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--current"), QStringLiteral("gpt-4o"), QStringLiteral("--sample"),
                            QStringLiteral("2"), QStringLiteral("--max-prompts"), QStringLiteral("2"),
                            QStringLiteral("--concurrency"), QStringLiteral("32"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1/v1").arg(port) });
        QVERIFY2(r.code == 1 && !r.crashed, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("No verification replay got an answer from the target")),
                 qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("connection refused by 127.0.0.1:%1").arg(port)), qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("No recommendation")));
    }

    // A tiny budget is not decisive: the verdict says so, the planner says what it would take, --continue goes on.
    void recommendNotDecisiveThenContinue()
    {
        Run r = cli({ QStringLiteral("recommend"), QStringLiteral("--project"), m_project, QStringLiteral("--profile"),
                      QStringLiteral("tiny"), QStringLiteral("--current"), QStringLiteral("gpt-4o"),
                      QStringLiteral("--budget"), QStringLiteral("0.002"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), QStringLiteral("not_decisive"));
        QVERIFY(o.value(QLatin1String("reason")).toString().startsWith(QLatin1String("No decisive answer yet: ")));
        QVERIFY(o.value(QLatin1String("summary")).toString().isEmpty());
        bool planned = false;
        for (const QJsonValue &c : o.value(QLatin1String("candidates")).toArray()) {
            if (c[QLatin1String("verdict")].toString() != QLatin1String("not_decisive"))
                continue;
            QVERIFY(c[QLatin1String("quality_delta_ci")].isObject());
            QCOMPARE(c[QLatin1String("margin_percent")].toDouble(), -5.0);
            QVERIFY(c[QLatin1String("rounds")].toInt() >= 1);
            planned = planned || c[QLatin1String("plan")][QLatin1String("more_prompts")].toInteger() != 0;
        }
        QVERIFY(planned);
        r = cli({ QStringLiteral("recommend"), QStringLiteral("--project"), m_project, QStringLiteral("--profile"),
                  QStringLiteral("tiny"), QStringLiteral("--current"), QStringLiteral("gpt-4o"),
                  QStringLiteral("--continue") });
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("Continuing ")) || r.err.contains(QLatin1String("too close")),
                 qPrintable(describe(r)));
        r = cli({ QStringLiteral("recommend"), QStringLiteral("--project"), m_project, QStringLiteral("--sample"),
                  QStringLiteral("20"), QStringLiteral("--max-prompts"), QStringLiteral("10") });
        QCOMPARE(r.code, 2);
    }

    // A non-existent model: 404s, rc 0 before.
    void unknownModelFails()
    {
        const Run r = cli({ QStringLiteral("replay"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--models"), QStringLiteral("no-such-model"), QStringLiteral("--sample"),
                            QStringLiteral("3"), QStringLiteral("--json") });
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("3 failed: HTTP 404")), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object(); // stdout is only the JSON
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(o.value(QLatin1String("failures")).toArray().size(), 1);
    }

    void mixedRunFinishesWithFailures()
    {
        const Run r
            = cli({ QStringLiteral("replay"), QStringLiteral("--project"), m_project, QStringLiteral("--models"),
                    QStringLiteral("gpt-4o-mini,no-such-model"), QStringLiteral("--sample"), QStringLiteral("3") });
        QVERIFY2(r.code == 3, qPrintable(describe(r)));
        QVERIFY(r.err.contains(QLatin1String("finished with 3 failed of 6")));
    }

    void runsListsEveryRun()
    {
        const Run ok = cli({ QStringLiteral("replay"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--models"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--sample"),
                             QStringLiteral("4"), QStringLiteral("--json") });
        QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
        const qint64 runId
            = QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QLatin1String("run_id")).toInteger();
        QVERIFY(runId > 0);
        const Run list
            = cli({ QStringLiteral("runs"), QStringLiteral("--project"), m_project, QStringLiteral("--json") });
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QVERIFY(!runs.isEmpty());
        const QJsonObject newest = runs.first().toObject();
        QCOMPARE(newest.value(QLatin1String("id")).toInteger(), runId);
        QCOMPARE(newest.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(newest.value(QLatin1String("role")).toString(), QStringLiteral("replay"));
        QCOMPARE(newest.value(QLatin1String("done")).toInteger(), 4);
        QCOMPARE(newest.value(QLatin1String("total")).toInteger(), 4);
        QCOMPARE(newest.value(QLatin1String("target")).toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("simulator"));
        const Run text = cli({ QStringLiteral("runs"), QStringLiteral("--project"), m_project });
        QVERIFY(text.out.contains(QLatin1String("done/total")));
        QVERIFY(text.out.contains(QStringLiteral("%1  completed    replay").arg(runId, 4)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
