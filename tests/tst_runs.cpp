// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "eval/judgerubric.h"
#include "runhistoryfixture.h"
#include "session/runsjob.h"
#include "session/session.h"
#include "store/projectstore.h"
#include "store/runstore.h"
#include "store/storeaccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

/** The run history: RunsJob (list, rename, delete, compare) on a fixture whose every row is known, the `runs`
 *  command, and the schema 8 migration that adds run names. */
class TestRuns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString freshProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("runs%1.sqlite").arg(++m_projects));
        QString error;
        if (!RunHistoryFixture::create(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    struct Outcome
    {
        Job::State state = Job::State::Idle;
        QString error;
        RunsJob::Result result;
    };

    static Outcome execute(const QString &project, const RunsJob::Request &request)
    {
        Session session;
        session.setProjectPath(project);
        RunsJob job(&session);
        job.setRequest(request);
        QSignalSpy finished(&job, &Job::finished);
        Outcome out;
        if (!job.start(&out.error)) {
            out.state = Job::State::Failed;
            return out;
        }
        if (!finished.wait(30000))
            return out;
        out.state = job.state();
        out.error = job.errorText();
        out.result = job.result();
        return out;
    }

    struct Cli
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Cli cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY), QStringList { QStringLiteral("runs") } + arguments);
        Cli r;
        if (!p.waitForStarted() || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static double catalogCost(const QString &model, qint64 prompt, qint64 completion)
    {
        const ModelInfo *m = PriceCatalog::defaultCatalog().find(model);
        return m ? (prompt * m->inputPer1k + completion * m->outputPer1k) / 1000.0 : std::nan("");
    }

private slots:
    void listsRunsNewestFirstWithWhatTheyHold()
    {
        const QString project = freshProject();
        const Outcome o = execute(project, {});
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        QList<qint64> ids;
        for (const RunSummary &r : o.result.runs)
            ids.append(r.id());
        QCOMPARE(ids, QList<qint64>({ 4, 3, 2, 1 }));
        const RunSummary &one = o.result.runs.at(3);
        QCOMPARE(one.displayName(), QStringLiteral("Run 1"));
        QCOMPARE(one.info.status, RunStatus::Value::Completed);
        QCOMPARE(one.info.planned, 6);
        QCOMPARE(one.info.completed, 6);
        QCOMPARE(one.info.failed, 1);
        QCOMPARE(one.judgedAnswers, 5);
        QCOMPARE(one.info.models, QStringList({ QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o") }));
        QVERIFY(one.finishedAtMs > one.info.createdAtMs);
        QVERIFY(o.result.runs.at(1).isJudgePass());
        QCOMPARE(o.result.runs.at(0).info.status, RunStatus::Value::Running);
        QCOMPARE(o.result.runs.at(0).finishedAtMs, 0);
        QVERIFY(!o.result.runs.at(0).judged());
    }

    void summaryRoundTripsThroughJson()
    {
        const Outcome o = execute(freshProject(), {});
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        for (RunSummary r : o.result.runs) {
            r.name = QStringLiteral("named %1").arg(r.id());
            const RunSummary back = RunSummary::fromJson(r.toJson());
            QCOMPARE(back.toJson(), r.toJson());
            QCOMPARE(back.name, r.name);
            QCOMPARE(back.isJudgePass(), r.isJudgePass());
        }
    }

    void renamesAndClearsTheName()
    {
        const QString project = freshProject();
        RunsJob::Request rename;
        rename.action = RunsJob::Action::Rename;
        rename.runId = 2;
        rename.name = QStringLiteral("  nightly gpt-4o-mini  ");
        Outcome o = execute(project, rename);
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        QCOMPARE(o.result.run.name, QStringLiteral("nightly gpt-4o-mini"));
        QCOMPARE(o.result.run.label(), QStringLiteral("nightly gpt-4o-mini (run 2)"));
        QCOMPARE(o.result.runs.at(2).displayName(), QStringLiteral("nightly gpt-4o-mini"));
        QCOMPARE(o.result.runs.at(3).displayName(), QStringLiteral("Run 1")); // only that run

        rename.name.clear();
        o = execute(project, rename);
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        QCOMPARE(o.result.run.displayName(), QStringLiteral("Run 2"));
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(project, &error, ProjectStore::OpenMode::OpenExisting));
            QSqlQuery q(StoreAccess::database(store));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM replay_runs WHERE name IS NULL")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
        }

        rename.runId = 99;
        rename.name = QStringLiteral("x");
        o = execute(project, rename);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("Replay run 99 does not exist")), qPrintable(o.error));

        rename.runId = 2;
        rename.name = QString(RunsJob::MaxNameLength + 1, u'x');
        o = execute(project, rename);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QString::number(RunsJob::MaxNameLength)), qPrintable(o.error));
    }

    void deleteRemovesExactlyThatRunsRows()
    {
        const QString project = freshProject();
        const QStringList tables { QStringLiteral("replay_runs"), QStringLiteral("replay_items"),
                                   QStringLiteral("completions"), QStringLiteral("evaluations") };
        QHash<QString, qint64> before;
        for (const QString &t : tables)
            for (qint64 run : { 1, 2, 3, 4 })
                before.insert(t + QString::number(run), RunHistoryFixture::count(project, t, run));
        QCOMPARE(before.value(QStringLiteral("evaluations1")), 6); // five judged replays and one "as logged"

        RunsJob::Request request;
        request.action = RunsJob::Action::Footprint;
        request.runId = 1;
        Outcome o = execute(project, request);
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        QCOMPARE(o.result.footprint.completions, 6);
        QCOMPARE(o.result.footprint.items, 6);
        QCOMPARE(o.result.footprint.evaluations, 6);
        QCOMPARE(o.result.footprint.judgedAnswers, 5);
        QCOMPARE(o.result.footprint.recommendationIds, QList<qint64>({ 1 }));
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 1), 1); // a footprint deletes nothing

        request.action = RunsJob::Action::Delete;
        o = execute(project, request);
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        QVERIFY2(o.result.message.contains(QStringLiteral("Run 1")), qPrintable(o.result.message));
        QVERIFY2(o.result.message.contains(QStringLiteral("recommendation")), qPrintable(o.result.message));
        QCOMPARE(o.result.runs.size(), 3);
        for (const QString &t : tables) {
            QCOMPARE(RunHistoryFixture::count(project, t, 1), 0);
            for (qint64 run : { 2, 3, 4 })
                QCOMPARE(RunHistoryFixture::count(project, t, run), before.value(t + QString::number(run)));
        }
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("logs")), 4);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("recommendations")), 1);

        o = execute(project, request);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("Replay run 1 does not exist")), qPrintable(o.error));
    }

    void refusesToDeleteARunningRun()
    {
        const QString project = freshProject();
        RunsJob::Request request;
        request.action = RunsJob::Action::Delete;
        request.runId = 4;
        const Outcome o = execute(project, request);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("Run 4 is still running")), qPrintable(o.error));
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 4), 1);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_items"), 4), 1);
    }

    void comparesAgainstHandComputedFigures()
    {
        const QString project = freshProject();
        RunsJob::Request request;
        request.action = RunsJob::Action::Compare;
        request.runId = 1;
        request.otherRunId = 2;
        const Outcome o = execute(project, request);
        QVERIFY2(o.state == Job::State::Succeeded, qPrintable(o.error));
        const RunComparison &c = o.result.comparison;
        QStringList models;
        for (const RunComparison::Row &r : c.rows)
            models.append(r.model);
        QCOMPARE(
            models,
            QStringList({ QStringLiteral("gpt-3.5-turbo"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini") }));
        QVERIFY(!c.row(QStringLiteral("gpt-3.5-turbo"))->inA && c.row(QStringLiteral("gpt-3.5-turbo"))->inB);
        QVERIFY(c.row(QStringLiteral("gpt-4o"))->inA && !c.row(QStringLiteral("gpt-4o"))->inB);

        const RunComparison::Row &mini = *c.row(QStringLiteral("gpt-4o-mini"));
        QVERIFY(mini.inBoth());
        QCOMPARE(mini.a.samples, 4);
        QCOMPARE(mini.b.samples, 2);
        // Cost per successful request at catalog prices: A's three successes, B's two.
        const QString m = QStringLiteral("gpt-4o-mini");
        const double costA = (catalogCost(m, 1000, 100) + catalogCost(m, 2000, 200) + catalogCost(m, 500, 50)) / 3;
        const double costB = (catalogCost(m, 1000, 50) + catalogCost(m, 1000, 50)) / 2;
        QVERIFY(costA > 0);
        QCOMPARE(mini.a.costPerRequest, costA);
        QCOMPARE(mini.b.costPerRequest, costB);
        QCOMPARE(mini.costDeltaPercent(), 100.0 * (costB - costA) / costA);
        // Quality: (80 + 70 + 60) / 3 and (75 + 71) / 2.
        QCOMPARE(mini.a.quality.estimate, 70.0);
        QCOMPARE(mini.b.quality.estimate, 73.0);
        QVERIFY(mini.a.quality.lower <= 70.0 && mini.a.quality.upper >= 70.0
                && mini.a.quality.upper > mini.a.quality.lower);
        QCOMPARE(mini.qualityDelta(), 3.0);
        // One full refusal in four answers against none in two.
        QCOMPARE(mini.a.refusalRate(), 0.25);
        QCOMPARE(mini.refusalDeltaPoints(), -25.0);
        // Mean latency of the successes: (400 + 600 + 200) / 3 and (300 + 400) / 2.
        QCOMPARE(mini.a.latencyMeanMs, 400.0);
        QCOMPARE(mini.b.latencyMeanMs, 350.0);
        QCOMPARE(mini.latencyDeltaMs(), -50.0);

        const int percent = int(std::lround(std::abs(100.0 * (costB - costA) / costA)));
        QCOMPARE(c.sentence(mini),
                 QStringLiteral("Run 2 is %1 % cheaper per request than Run 1 on gpt-4o-mini, quality +3.0 points.")
                     .arg(percent));
        QCOMPARE(c.sentences().size(), 1);
        QCOMPARE(c.sentence(*c.row(QStringLiteral("gpt-4o"))), QStringLiteral("Only Run 1 replayed gpt-4o."));

        const QJsonObject json = c.toJson();
        const QJsonArray rows = json.value(QLatin1String("models")).toArray();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).toObject().value(QLatin1String("difference")).isNull());
        const QJsonObject d = rows.at(2).toObject().value(QLatin1String("difference")).toObject();
        QCOMPARE(d.value(QLatin1String("quality")).toDouble(), 3.0);
        QCOMPARE(d.value(QLatin1String("latency_mean_ms")).toDouble(), -50.0);
        QCOMPARE(d.value(QLatin1String("refusal_rate_points")).toDouble(), -25.0);
    }

    void refusesToCompareAJudgePassOrOneRun()
    {
        const QString project = freshProject();
        RunsJob::Request request;
        request.action = RunsJob::Action::Compare;
        request.runId = 1;
        request.otherRunId = 3;
        Outcome o = execute(project, request);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("judge")), qPrintable(o.error));
        request.otherRunId = 1;
        o = execute(project, request);
        QCOMPARE(o.state, Job::State::Failed);
        QVERIFY2(o.error.contains(QStringLiteral("two different runs")), qPrintable(o.error));
    }

    // Schema 8 adds replay_runs.name; runs of a v7 project keep everything and show as "Run N".
    void migratesASchema7Project()
    {
        QCOMPARE(ProjectStore::latestSchemaVersion(), 8);
        const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
        QString error;
        {
            ProjectStore v7;
            QVERIFY2(v7.open(path, &error, 7), qPrintable(error));
            QCOMPARE(v7.schemaVersion(), 7);
            QSqlQuery q(StoreAccess::database(v7));
            QVERIFY(!q.exec(QStringLiteral("SELECT name FROM replay_runs")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO replay_runs (id, run_uuid, created_at, status, models, "
                                          "spent_usd) VALUES (5, 'old', 1, 'completed', 'gpt-4o', 0.5)")));
        }
        ProjectStore latest;
        QVERIFY2(latest.open(path, &error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), 8);
        QList<RunSummary> runs;
        QVERIFY2(RunStore(latest).list(&runs, &error), qPrintable(error));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().name, QString());
        QCOMPARE(runs.first().displayName(), QStringLiteral("Run 5"));
        QCOMPARE(runs.first().info.spentUsd, 0.5);
        QVERIFY2(RunStore(latest).rename(5, QStringLiteral("before the upgrade"), &error), qPrintable(error));
        runs.clear();
        QVERIFY(RunStore(latest).list(&runs, &error));
        QCOMPARE(runs.first().displayName(), QStringLiteral("before the upgrade"));
    }

    void commandLine()
    {
        const QString project = freshProject();
        Cli r = cli({ QStringLiteral("rename"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                      QStringLiteral("2"), QStringLiteral("--name"), QStringLiteral("nightly") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("“nightly”")), qPrintable(r.out));

        r = cli({ QStringLiteral("--project"), project });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("nightly")) && r.out.contains(QStringLiteral("name")),
                 qPrintable(r.out));

        r = cli({ QStringLiteral("list"), QStringLiteral("--project"), project, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray runs = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(2).toObject().value(QLatin1String("name")).toString(), QStringLiteral("nightly"));
        QVERIFY(runs.at(3).toObject().value(QLatin1String("name")).isNull());
        QCOMPARE(runs.at(3).toObject().value(QLatin1String("judged_answers")).toInt(), 5);

        r = cli({ QStringLiteral("compare"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("1"), QStringLiteral("--run"), QStringLiteral("2"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject comparison = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(comparison.value(QLatin1String("b")).toObject().value(QLatin1String("display_name")).toString(),
                 QStringLiteral("nightly"));
        QCOMPARE(comparison.value(QLatin1String("models")).toArray().size(), 3);

        r = cli({ QStringLiteral("compare"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("1"), QStringLiteral("--run"), QStringLiteral("2") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("(only in A, Run 1)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("nightly is ")), qPrintable(r.out));

        r = cli({ QStringLiteral("delete"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("2") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 2), 1);

        r = cli({ QStringLiteral("delete"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("4"), QStringLiteral("--yes") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("still running")), qPrintable(r.err));

        r = cli({ QStringLiteral("delete"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("2"), QStringLiteral("--yes") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Deleted nightly (run 2)")), qPrintable(r.out));
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 2), 0);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("evaluations"), 2), 0);

        r = cli({ QStringLiteral("delete"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("2"), QStringLiteral("--yes") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Replay run 2 does not exist")), qPrintable(r.err));
    }

    void commandLineRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown action") << QStringList { QStringLiteral("frobnicate"), QStringLiteral("--project"),
                                                         QStringLiteral("P") }
                                        << 2 << QStringLiteral("Unknown action 'frobnicate'");
        QTest::newRow("no project") << QStringList { QStringLiteral("list") } << 2 << QStringLiteral("--project");
        QTest::newRow("run not a number")
            << QStringList { QStringLiteral("rename"), QStringLiteral("--project"), QStringLiteral("P"),
                             QStringLiteral("--run"),  QStringLiteral("abc"),       QStringLiteral("--name"),
                             QStringLiteral("x") }
            << 2 << QStringLiteral("'abc' is not a run id");
        QTest::newRow("rename without a name")
            << QStringList { QStringLiteral("rename"), QStringLiteral("--project"), QStringLiteral("P"),
                             QStringLiteral("--run"), QStringLiteral("1") }
            << 2 << QStringLiteral("needs --name");
        QTest::newRow("compare one run") << QStringList { QStringLiteral("compare"), QStringLiteral("--project"),
                                                          QStringLiteral("P"), QStringLiteral("--run"),
                                                          QStringLiteral("1") }
                                         << 2 << QStringLiteral("needs --run twice");
        QTest::newRow("compare a run with itself")
            << QStringList { QStringLiteral("compare"), QStringLiteral("--project"), QStringLiteral("P"),
                             QStringLiteral("--run"),   QStringLiteral("1"),         QStringLiteral("--run"),
                             QStringLiteral("1") }
            << 2 << QStringLiteral("two different runs");
        QTest::newRow("missing project file")
            << QStringList { QStringLiteral("--project"), QStringLiteral("/nonexistent/none.sqlite") } << 1
            << QStringLiteral("none.sqlite");
    }

    void commandLineRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Cli r = cli(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void commandLineRefusesAFileThatIsNoProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        const Cli r = cli({ QStringLiteral("--project"), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(!r.err.isEmpty(), "no reason on stderr");
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"
