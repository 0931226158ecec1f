// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "eval/judgeclient.h"
#include "eval/judgeprotocol.h"
#include "eval/judgerubric.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestJudge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorThread m_simThread { QStringLiteral("test-simulator") }; // the gateway lives on its own thread
    SimulatedGateway *m_sim = nullptr;
    QString m_project;
    qint64 m_runId = 0;

    ReplayTarget target() const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::Simulator;
        t.baseUrl = m_sim->baseUrl();
        return t;
    }
    static ReplayOptions fastOptions()
    {
        ReplayOptions o;
        o.concurrency = 16;
        o.backoffBaseSeconds = 0.01;
        o.backoffCapSeconds = 0.05;
        o.cacheTtlSeconds = 0;
        return o;
    }
    JudgeSummary judge(const QString &model, bool rescore)
    {
        ProjectStore store;
        QString error;
        QList<JudgeItem> items;
        if (!store.open(m_project, &error) || !JudgeClient::collectItems(store, m_runId, true, &items, &error))
            QTest::qFail(qPrintable(QString::asprintf("collect failed: %s", qPrintable(error))), __FILE__, __LINE__);
        JudgeClient client;
        QSignalSpy finished(&client, &JudgeClient::finished);
        JudgeClient::Options o;
        o.judgeModel = model;
        o.rescore = rescore;
        o.replay = fastOptions();
        if (!client.start(m_project, target(), o, items, &error))
            QTest::qFail(qPrintable(QString::asprintf("judge failed to start: %s", qPrintable(error))), __FILE__,
                         __LINE__);
        if (!finished.wait(50000))
            QTest::qFail("judge timed out", __FILE__, __LINE__);
        return client.summary();
    }

private slots:
    void initTestCase()
    {
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(2);
        QVERIFY(m_sim->listen(0));

        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options g;
        g.rows = 80;
        g.seed = 5;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(logs, g, &error));
        m_project = m_dir.filePath(QStringLiteral("judge.sqlite"));
        QCOMPARE(LogImporter::run(m_project, { logs }).imported, 80);

        ProjectStore store;
        PriceCatalog catalog;
        QList<ReplayJob> jobs;
        ReplaySampleSpec spec;
        spec.size = 50;
        QVERIFY(store.open(m_project, &error) && CatalogStore(store).load(&catalog, &error));
        QVERIFY(ReplayPlanner::plan(store, catalog, { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") },
                                    spec, &jobs, &error));
        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QVERIFY2(engine.start(m_project, target(), fastOptions(), jobs, &error), qPrintable(error));
        QVERIFY(finished.wait(30000));
        m_runId = engine.progress().runId;
    }
    void validate_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("quality");
        const QString good = QStringLiteral("{\"accuracy\":80,\"helpfulness\":70,\"clarity\":90,\"completeness\":60,"
                                            "\"overall\":75,\"reasoning\":\"Fine.\"}");
        QTest::newRow("good") << good << true << 75.0;
        QTest::newRow("whitespace around") << (QStringLiteral("\n  ") + good + QStringLiteral("\n")) << true << 75.0;
        QTest::newRow("decimals") << QStringLiteral("{\"accuracy\":80.5,\"helpfulness\":70,\"clarity\":90,"
                                                    "\"completeness\":60,\"overall\":75,\"reasoning\":\"\"}")
                                  << true << 75.125;
        QTest::newRow("prose before") << (QStringLiteral("Here is my evaluation:\n") + good) << false << 0.0;
        QTest::newRow("prose after") << (good + QStringLiteral(" Hope this helps.")) << false << 0.0;
        QTest::newRow("code fence") << (QStringLiteral("```json\n") + good + QStringLiteral("\n```")) << false << 0.0;
        QTest::newRow("missing key") << QStringLiteral("{\"accuracy\":80,\"helpfulness\":70,\"clarity\":90,"
                                                       "\"overall\":75,\"reasoning\":\"x\"}")
                                     << false << 0.0;
        QTest::newRow("missing reasoning") << QStringLiteral("{\"accuracy\":80,\"helpfulness\":70,\"clarity\":90,"
                                                             "\"completeness\":60,\"overall\":75}")
                                           << false << 0.0;
        QTest::newRow("above range") << QStringLiteral("{\"accuracy\":101,\"helpfulness\":70,\"clarity\":90,"
                                                       "\"completeness\":60,\"overall\":75,\"reasoning\":\"x\"}")
                                     << false << 0.0;
        QTest::newRow("negative") << QStringLiteral("{\"accuracy\":80,\"helpfulness\":-1,\"clarity\":90,"
                                                    "\"completeness\":60,\"overall\":75,\"reasoning\":\"x\"}")
                                  << false << 0.0;
        QTest::newRow("string number") << QStringLiteral("{\"accuracy\":\"80\",\"helpfulness\":70,\"clarity\":90,"
                                                         "\"completeness\":60,\"overall\":75,\"reasoning\":\"x\"}")
                                       << false << 0.0;
        QTest::newRow("reasoning not string") << QStringLiteral("{\"accuracy\":80,\"helpfulness\":70,\"clarity\":90,"
                                                                "\"completeness\":60,\"overall\":75,\"reasoning\":3}")
                                              << false << 0.0;
        QTest::newRow("extra key") << QStringLiteral("{\"accuracy\":80,\"helpfulness\":70,\"clarity\":90,"
                                                     "\"completeness\":60,\"overall\":75,\"reasoning\":\"x\","
                                                     "\"confidence\":0.9}")
                                   << false << 0.0;
        QTest::newRow("broken json") << QStringLiteral("{\"accuracy\":80,") << false << 0.0;
        QTest::newRow("array") << QStringLiteral("[1,2,3]") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
    }
    void validate()
    {
        QFETCH(QString, output);
        QFETCH(bool, ok);
        QFETCH(double, quality);
        const JudgeVerdict v = JudgeRubric::validate(output);
        QCOMPARE(v.ok, ok);
        QCOMPARE(v.error.isEmpty(), ok);
        if (ok)
            QCOMPARE(v.quality(), quality);
    }

    void rubricAndRequestFollowTheProtocol()
    {
        const JudgeRubric rubric;
        QVERIFY(rubric.text().contains(JudgeProtocol::rubricMarker()));
        QCOMPARE(rubric.version().size(), 16);
        QVERIFY(JudgeRubric(QStringLiteral("other")).version() != rubric.version());
        const QJsonArray messages { QJsonObject {
            { QStringLiteral("role"), QStringLiteral("user") },
            { QStringLiteral("content"), QStringLiteral("Explain WAL mode.") } } };
        const QJsonObject body = QJsonDocument::fromJson(rubric.requestBody(QStringLiteral("gpt-4o-mini"), messages,
                                                                            QStringLiteral("WAL keeps a log.")))
                                     .object();
        const QJsonArray sent = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0)[QLatin1String("role")].toString(), QStringLiteral("system"));
        JudgeProtocol::Exchange ex;
        QVERIFY(JudgeProtocol::extract(sent.at(1)[QLatin1String("content")].toString(), &ex));
        QCOMPARE(ex.lastUserTurn, QStringLiteral("Explain WAL mode."));
        QCOMPARE(ex.candidate, QStringLiteral("WAL keeps a log."));
        const QJsonObject repair
            = QJsonDocument::fromJson(rubric.repairBody(QStringLiteral("gpt-4o-mini"), messages, QStringLiteral("x"),
                                                        QStringLiteral("Sure! {...}"), QStringLiteral("prose")))
                  .object();
        const QJsonArray repaired = repair.value(QLatin1String("messages")).toArray();
        QCOMPARE(repaired.size(), 4);
        QCOMPARE(repaired.at(2)[QLatin1String("content")].toString(), QStringLiteral("Sure! {...}"));
    }

    void weakJudgeIsRepairedOrCountedAsFailed()
    {
        // gpt-4.1-nano is a weak simulated judge: it sometimes puts prose before the JSON.
        const JudgeSummary s = judge(QStringLiteral("gpt-4.1-nano"), false);
        QCOMPARE(s.status, JudgeStatus::Value::Completed);
        QVERIFY(s.items >= 100);
        QCOMPARE(s.valid + s.repaired + s.judgeFailed + s.requestErrors, s.items);
        QVERIFY2(s.repaired + s.judgeFailed >= 1, "the weak judge never needed a repair");
        QVERIFY(s.repaired >= 1);
        QVERIFY(s.repairRunId > 0);

        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(judge_ok), SUM(CASE WHEN judge_ok = 0 AND overall IS NULL "
                                      "THEN 1 ELSE 0 END), COUNT(DISTINCT rubric_version) FROM evaluations WHERE "
                                      "judge_model = 'gpt-4.1-nano'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), s.items - s.requestErrors);
        QCOMPARE(q.value(1).toLongLong(), s.valid + s.repaired);
        QCOMPARE(q.value(2).toLongLong(), s.judgeFailed); // failures are never scored
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE source = 'baseline' AND judge_model = "
                                      "'gpt-4.1-nano' AND refusal_kind IS NOT NULL")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
    }

    void scoresAreReusedUntilRescore()
    {
        const JudgeSummary first = judge(QStringLiteral("gpt-4o-mini"), false);
        QVERIFY(first.items > 0);
        QCOMPARE(first.judgeFailed, 0); // a strong judge answers JSON only
        const JudgeSummary again = judge(QStringLiteral("gpt-4o-mini"), false);
        QCOMPARE(again.items, 0);
        QCOMPARE(again.alreadyScored, first.items);
        const JudgeSummary rescored = judge(QStringLiteral("gpt-4o-mini"), true);
        QCOMPARE(rescored.items, first.items);
    }
};

QTEST_GUILESS_MAIN(TestJudge)
#include "tst_judge.moc"
