// SPDX-License-Identifier: MIT
// The session and its jobs: one validation of the gateway target for every panel and command, the built-in
// simulator started only when the target is the built-in one, and the job shape (start, progress, cancel, exactly
// one finished, stale pool results dropped).
#include "replayedproject.h"
#include "session/evaluationjob.h"
#include "session/importjob.h"
#include "session/job.h"
#include "session/recommendationjob.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static ReplayTarget gateway()
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::LocalGateway;
        t.baseUrl = QUrl(QStringLiteral("http://localhost:8787/v1"));
        return t;
    }

private slots:
    void initTestCase()
    {
        ReplayedProject::Options o;
        o.rows = 60;
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("session"), o, &m_project, &error),
                 qPrintable(error));
    }

    void validatesTargets_data()
    {
        QTest::addColumn<ReplayTarget>("target");
        QTest::addColumn<QString>("error"); // a fragment of the message; empty = valid
        ReplayTarget t = gateway();
        QTest::newRow("header routing defaults the provider") << t << QString();
        t.baseUrl = QUrl(QStringLiteral("localhost:8787/v1"));
        QTest::newRow("no scheme") << t << QStringLiteral("not a valid http(s) URL");
        t = gateway();
        t.baseUrl = QUrl(QStringLiteral("ftp://example.com/v1"));
        QTest::newRow("ftp") << t << QStringLiteral("not a valid http(s) URL");
        t = gateway();
        t.routing = ReplayTarget::RoutingMode::Config;
        QTest::newRow("config routing without a config")
            << t << QStringLiteral("Config routing needs a Portkey config");
        t.configJson = QStringLiteral("{\"strategy\": ");
        QTest::newRow("broken config JSON") << t << QStringLiteral("not valid JSON");
        t.configJson = QStringLiteral("pc-abc 123");
        QTest::newRow("neither JSON nor an id") << t << QStringLiteral("neither JSON nor a saved config id");
        t.configJson = QStringLiteral("pc-abc-123");
        QTest::newRow("saved config id") << t << QString();
        t = gateway();
        t.upstreamUrl = QUrl(QStringLiteral("not a url"));
        QTest::newRow("bad custom host") << t << QStringLiteral("custom host");
        t = gateway();
        t.kind = ReplayTarget::Kind::PortkeyHosted;
        t.baseUrl = QUrl(QStringLiteral("https://api.portkey.ai/v1"));
        QTest::newRow("hosted without a Portkey key") << t << QStringLiteral("Portkey API key");
        t.portkeyApiKey = QStringLiteral("pk-test");
        QTest::newRow("hosted with a key") << t << QString();
        t = ReplayTarget();
        QTest::newRow("built-in simulator") << t << QString();
        t.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
        QTest::newRow("external simulator") << t << QString();
    }

    void validatesTargets()
    {
        QFETCH(ReplayTarget, target);
        QFETCH(QString, error);
        Session session;
        QSignalSpy changed(&session, &Session::targetChanged);
        QString message;
        QCOMPARE(session.setTarget(target, &message), error.isEmpty());
        QCOMPARE(changed.count(), 1);
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(session.targetError(), message);
        // An invalid target is kept (the status bar shows it) but no job can use it.
        ReplayTarget resolved;
        QString resolveError;
        if (!error.isEmpty()) {
            QVERIFY(!session.resolveTarget(&resolved, &resolveError));
            QCOMPARE(resolveError, message);
            EvaluationJob job(&session);
            session.setProjectPath(m_project);
            QString startError;
            EvaluationJob::Request request;
            request.judge = true;
            job.setRequest(request);
            QVERIFY(job.start(&startError)); // chooses the run on the pool first
            QSignalSpy finished(&job, &Job::finished);
            QVERIFY(finished.wait(10000));
            QCOMPARE(job.state(), Job::State::Failed);
        }
        QVERIFY(!session.isSimulatorStarted());
    }

    void normalisesTargets()
    {
        Session session;
        ReplayTarget t = gateway();
        t.routing = ReplayTarget::RoutingMode::Config;
        t.configJson = QStringLiteral("{\n  \"retry\": { \"attempts\": 2 }\n}");
        QVERIFY(session.setTarget(t));
        QCOMPARE(session.target().configJson, QStringLiteral("{\"retry\":{\"attempts\":2}}"));
        QVERIFY2(session.targetDescription().contains(QLatin1String("config routing")),
                 qPrintable(session.targetDescription()));
        QVERIFY(session.servedModels().isEmpty());

        t = gateway();
        QVERIFY(session.setTarget(t));
        QCOMPARE(session.target().provider, QStringLiteral("openai"));
        QVERIFY2(session.targetDescription().contains(QLatin1String("provider openai")),
                 qPrintable(session.targetDescription()));
    }

    void startsTheBuiltInSimulatorOnlyWhenItIsTheTarget()
    {
        Session session;
        QVERIFY(!session.isSimulatorStarted());
        QVERIFY(session.usesSimulator());
        QCOMPARE(session.servedModels(), Session::simulatorModels());
        QVERIFY(session.setTarget(gateway()));
        ReplayTarget resolved;
        QString error;
        QVERIFY(session.resolveTarget(&resolved, &error));
        QCOMPARE(resolved.baseUrl, gateway().baseUrl);
        QVERIFY(!session.isSimulatorStarted());

        QVERIFY(session.setTarget(ReplayTarget()));
        QSignalSpy changed(&session, &Session::targetChanged);
        QVERIFY2(session.resolveTarget(&resolved, &error), qPrintable(error));
        QVERIFY(session.isSimulatorStarted());
        QCOMPARE(resolved.baseUrl, session.simulatorUrl());
        QCOMPARE(changed.count(), 1); // the description now names the address
        QVERIFY(session.targetDescription().contains(session.simulatorUrl().toString()));
        // The same simulator for every later job.
        ReplayTarget again;
        QVERIFY(session.resolveTarget(&again, &error));
        QCOMPARE(again.baseUrl, resolved.baseUrl);
    }

    void readsAnEmptyEvaluation()
    {
        Session session;
        session.setProjectPath(m_project);
        EvaluationJob job(&session);
        EvaluationJob::Request request;
        request.judge = false;
        job.setRequest(request);
        QSignalSpy finished(&job, &Job::finished);
        QString error;
        QVERIFY2(job.start(&error), qPrintable(error));
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.result().runId, 0); // nothing replayed yet: an empty evaluation, not an error
        QVERIFY(!session.isSimulatorStarted());

        request.judge = true; // judging needs a run
        job.setRequest(request);
        QVERIFY(job.start(&error));
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY2(job.errorText().contains(QLatin1String("no replay runs")), qPrintable(job.errorText()));
    }

    void cancelDropsThePlanAndFinishesOnce()
    {
        Session session;
        session.setProjectPath(m_project);
        ReplayRunJob job(&session);
        ReplayRunJob::Request request;
        request.models = { QStringLiteral("gpt-4o-mini") };
        request.sample.size = 10;
        job.setRequest(request);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy started(&job, &ReplayRunJob::runStarted);
        QString error;
        QVERIFY2(job.start(&error), qPrintable(error));
        QVERIFY(!job.start(&error)); // one run at a time
        QVERIFY(error.contains(QLatin1String("already running")));
        job.cancel(); // while the plan is still on the pool
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QTest::qWait(300); // the plan arrives and must be dropped
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.result().runId, 0);

        // The same job runs again, to the end.
        session.simulator()->setRandomErrorsEnabled(false);
        QVERIFY2(job.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(started.count(), 1);
        QCOMPARE(job.result().done, 10);
        QCOMPARE(job.permille(), 1000);
    }

    void importsIntoTheSessionProject()
    {
        Session session;
        session.setProjectPath(m_dir.filePath(QStringLiteral("imported.sqlite"))); // created by the import
        ImportJob job(&session);
        job.setFiles({ m_dir.filePath(QStringLiteral("session.jsonl")) });
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progressChanged);
        QString error;
        QVERIFY2(job.start(&error), qPrintable(error));
        QVERIFY(finished.wait(20000));
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(job.result().imported, 60);
        QVERIFY(!progress.isEmpty());

        // Cancelled at once: one finished(Cancelled), and the report says what was kept.
        job.setFiles({ m_dir.filePath(QStringLiteral("session.jsonl")) });
        QVERIFY(job.start(&error));
        job.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(job.state(), Job::State::Cancelled);
        QCOMPARE(job.result().imported, 0); // everything was imported before: duplicates only, or nothing read
    }

    void importRefusesAFileThatIsNotAProject()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QFile f(foreign);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database, it is a text file with a .sqlite name\n");
        }
        Session session;
        session.setProjectPath(foreign);
        ImportJob job(&session);
        job.setFiles({ m_dir.filePath(QStringLiteral("session.jsonl")) });
        QSignalSpy finished(&job, &Job::finished);
        QString error;
        QVERIFY(job.start(&error));
        QVERIFY(finished.wait(20000));
        QCOMPARE(job.state(), Job::State::Failed);
        QVERIFY(!job.errorText().isEmpty());
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("this is not a database")); // left unchanged
    }

    void refusesWithoutAProject()
    {
        Session session;
        for (Job *job :
             std::initializer_list<Job *> { new ReplayRunJob(&session, &session), new EvaluationJob(&session, &session),
                                            new RecommendationJob(&session, &session) }) {
            QSignalSpy finished(job, &Job::finished);
            QString error;
            QVERIFY(!job->start(&error));
            QVERIFY2(error.contains(QLatin1String("project")), qPrintable(error));
            QCOMPARE(job->state(), Job::State::Failed);
            QCOMPARE(finished.count(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
