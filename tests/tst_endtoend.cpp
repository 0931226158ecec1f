// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "eval/evaluator.h"
#include "eval/judgeclient.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "recommend/recommender.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

/** generate-logs → import → replay on the built-in simulator → evaluate → recommend. The simulator's model
 *  profiles fix the answer: gpt-4o (quality 88) can move to gpt-4o-mini (83) or gpt-4.1-mini (84) at a
 *  fraction of the price, while gpt-3.5-turbo (70) is clearly worse. */
class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorThread m_simThread { QStringLiteral("test-simulator") }; // the gateway lives on its own thread
    SimulatedGateway *m_sim = nullptr;
    QString m_project;

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
        return o;
    }
    Recommendation recommend(const UserProfile &profile, double budgetUsd = 1.0)
    {
        Recommender r;
        QSignalSpy finished(&r, &Recommender::finished);
        Recommender::Options o;
        o.profile = profile;
        o.thresholds.verificationBudgetUsd = budgetUsd;
        o.sampleSize = 20;
        o.seed = 1;
        o.replay = fastOptions();
        o.availableModels = SimulatedGateway::modelIds();
        QString error;
        if (!r.start(m_project, target(), o, &error))
            QTest::qFail(qPrintable(QString::asprintf("recommend did not start: %s", qPrintable(error))), __FILE__,
                         __LINE__);
        if (!finished.wait(50000))
            return {};
        return finished.first().first().value<Recommendation>();
    }

private slots:
    void initTestCase()
    {
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(3);
        QVERIFY(m_sim->listen(0));

        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options g;
        g.rows = 500; // about 200 prompts of gpt-4o: room for the rounds a decisive verdict needs
        g.seed = 1;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(logs, g, &error));
        m_project = m_dir.filePath(QStringLiteral("e2e.sqlite"));
        QCOMPARE(LogImporter::run(m_project, { logs }).imported, 500);
    }
    void replayAndEvaluate()
    {
        QString error;
        qint64 runId = 0;
        {
            ProjectStore store;
            PriceCatalog catalog;
            QList<ReplayJob> jobs;
            ReplaySampleSpec spec;
            spec.size = 20;
            spec.model = QStringLiteral("gpt-4o");
            QVERIFY(store.open(m_project, &error) && CatalogStore(store).load(&catalog, &error));
            QVERIFY(ReplayPlanner::plan(
                store, catalog,
                { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-3.5-turbo") }, spec,
                &jobs, &error));
            ReplayEngine engine;
            QSignalSpy finished(&engine, &ReplayEngine::finished);
            QVERIFY(engine.start(m_project, target(), fastOptions(), jobs, &error));
            QVERIFY(finished.wait(30000));
            runId = engine.progress().runId;
        }
        ProjectStore store;
        QVERIFY(store.open(m_project, &error));
        QList<JudgeItem> items;
        QVERIFY(JudgeClient::collectItems(store, runId, true, &items, &error));
        JudgeClient judge;
        QSignalSpy judged(&judge, &JudgeClient::finished);
        JudgeClient::Options jo;
        jo.replay = fastOptions();
        QVERIFY(judge.start(m_project, target(), jo, items, &error));
        QVERIFY(judged.wait(30000));
        QCOMPARE(judge.summary().judgeFailed, 0);

        Evaluator::Options eo;
        eo.currentModel = QStringLiteral("gpt-4o");
        eo.rubricVersion = judge.rubric().version();
        EvaluatorReport report;
        QVERIFY(Evaluator::evaluate(store, { runId }, eo, &report, &error));
        QCOMPARE(report.current()->model, QStringLiteral("gpt-4o"));
        const ModelAggregate *gpt4o = report.find(QStringLiteral("gpt-4o"));
        const ModelAggregate *weak = report.find(QStringLiteral("gpt-3.5-turbo"));
        QCOMPARE(gpt4o->samples, 20);
        QCOMPARE(gpt4o->judged, 20);
        QVERIFY(report.find(QStringLiteral("gpt-4o"), AnswerSource::Value::Baseline)); // the logged answers
        QVERIFY(gpt4o->quality.lower > weak->quality.upper);
        const ModelAggregateComparison *mini = report.comparison(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mini->pairs, 20);
        QVERIFY(mini->costSavingPercent > 80 && mini->costSavingPercent < 99);
        QVERIFY(report.comparison(QStringLiteral("gpt-3.5-turbo"))->qualityDelta.upper < 0);
        QVERIFY(report.find(QStringLiteral("gpt-4o-mini"))->onParetoFrontier);
        QVERIFY(gpt4o->latencyP95Ms > 0);
        QVERIFY(!report.toText().isEmpty());
    }

    void loggedAnswersAreTheSimulatorsOwn()
    {
        // generate-logs writes what the simulator answers for that model and prompt, so "as logged" and
        // "replayed" agree on generated data.
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN c.response_text = l.response_text THEN 1 ELSE 0 "
                                  "END) FROM completions c JOIN logs l ON l.log_id = c.log_id AND l.model = c.model "
                                  "WHERE c.role = 'replay' AND c.ok = 1 AND c.status_code = 200 AND "
                                  "COALESCE(l.is_success, 1) = 1 AND l.response_text <> ''")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 15);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
    }

    void recommendReusesEvaluatedReplays()
    {
        // replayAndEvaluate judged gpt-4o, gpt-4o-mini and gpt-3.5-turbo on this sample: nothing is left to pay for.
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        const auto count = [&store](const char *sql) {
            QSqlQuery q(StoreAccess::database(store));
            return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const char *completionsSql = "SELECT COUNT(*) FROM completions WHERE role = 'replay'";
        const char *judgeSql = "SELECT COUNT(*) FROM completions WHERE role LIKE 'judge%'";
        const qint64 completions = count(completionsSql);
        const qint64 judgeCalls = count(judgeSql);
        Recommender r;
        QSignalSpy finished(&r, &Recommender::finished);
        Recommender::Options o;
        o.profile.name = QStringLiteral("reuse");
        o.profile.currentModel = QStringLiteral("gpt-4o");
        o.sampleSize = 20;
        o.thresholds.maxPrompts = 20; // one round, on the evaluated prompts only
        o.seed = 1;
        o.replay = fastOptions();
        o.availableModels
            = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-3.5-turbo") };
        QVERIFY2(r.start(m_project, target(), o, &error), qPrintable(error));
        QVERIFY(finished.wait(50000));
        const Recommendation rec = finished.first().first().value<Recommendation>();
        QCOMPARE(rec.verificationCostUsd, 0.0);
        QCOMPARE(count(completionsSql), completions);
        QCOMPARE(count(judgeSql), judgeCalls);
        QVERIFY(rec.evaluation.find(QStringLiteral("gpt-4o")));
        QCOMPARE(rec.evaluation.find(QStringLiteral("gpt-4o"))->samples, 20);
    }

    void volumeIsMeasuredFromAnHourOfLogs()
    {
        // 150 generated rows span about 1.5 h: enough to measure the rate (a day used to be required).
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        UserProfile p;
        p.currentModel = QStringLiteral("gpt-4o");
        QVERIFY(ProfileStore(store).measure(&p, &error));
        QVERIFY(p.volumeMeasured);
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM logs WHERE model = "
                                      "'gpt-4o' AND COALESCE(is_success, 1) = 1 AND prompt_tokens IS NOT NULL")));
        QVERIFY(q.next());
        const double hours = (q.value(2).toDouble() - q.value(1).toDouble()) / 3600000.0;
        QVERIFY(hours >= 1.0);
        QVERIFY(qAbs(p.monthlyVolume - q.value(0).toDouble() / hours * 24.0 * 30.0) < 1.0);
    }

    void notDecisiveOnATinyBudget()
    {
        // One round of 20 reused prompts cannot show that refusals and quality hold; one cent buys no second round.
        UserProfile p;
        p.name = QStringLiteral("tiny budget");
        p.currentModel = QStringLiteral("gpt-4o");
        const Recommendation r = recommend(p, 0.01);
        QVERIFY2(r.status == Recommendation::Status::NotDecisive, qPrintable(r.toText()));
        QVERIFY(!r.recommended);
        QVERIFY(r.sentence.isEmpty()); // the business sentence only for a decisive pass
        QVERIFY2(r.reason.startsWith(QStringLiteral("No decisive answer yet: ")), qPrintable(r.reason));
        QVERIFY(r.reason.contains(QStringLiteral("more prompts")));
        const RecommendationCandidate *open = r.openCandidate();
        QVERIFY(open);
        QVERIFY(open->morePrompts > 0);
        QVERIFY(open->moreCostUsd > 0);
        QVERIFY(open->evidence.quality.interval.isValid());
        QVERIFY(r.verificationCostUsd <= 0.01 + 0.005); // at most the requests in flight when the budget ran out
        QCOMPARE(Recommendation::fromJson(r.toJson()).status, Recommendation::Status::NotDecisive);
    }

    void recommendsACheaperModel()
    {
        UserProfile p;
        p.currentModel = QStringLiteral("gpt-4o");
        const Recommendation r = recommend(p);
        QVERIFY2(r.status == Recommendation::Status::Recommended,
                 qPrintable(r.reason + QLatin1Char('\n') + r.toText()));
        const QString model = r.recommended->model;
        QVERIFY2(model == QLatin1String("gpt-4o-mini") || model == QLatin1String("gpt-4.1-mini"), qPrintable(model));
        // catalog: gpt-4o-mini is ~94 % and gpt-4.1-mini ~84 % cheaper than gpt-4o per token
        QVERIFY2(r.recommended->savingPercent() > 75 && r.recommended->savingPercent() < 99,
                 qPrintable(QString::number(r.recommended->savingPercent())));
        QVERIFY(r.recommended->qualityDeltaPercent > -5.0 && r.recommended->qualityDeltaPercent < 3.0);
        // Decisive: the whole interval of the quality change lies above the −5 % margin.
        QCOMPARE(r.recommended->verdict, NonInferiorityVerdict::Pass);
        QVERIFY(r.recommended->evidence.quality.interval.lower > -5.0);
        QVERIFY(r.recommended->history.size() >= 2);
        QCOMPARE(r.recommended->evidence.unit, QStringLiteral("user"));
        QVERIFY(r.sentence.startsWith(QStringLiteral("Switching from gpt-4o to ") + model
                                      + QStringLiteral(" reduces cost by ")));
        QVERIFY(r.businessImpact.costMeasured);
        QVERIFY(r.businessImpact.monthlySavings > 0);
        QVERIFY(r.verificationCostUsd <= 1.0);
        QCOMPARE(r.iterations, 1);
        QVERIFY(!r.segments.isEmpty());

        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("SELECT data_json, created_at FROM recommendations ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(stored.value(QLatin1String("summary")).toString(), r.sentence);
        QVERIFY(q.value(1).toLongLong() > 0);
    }

    void cachedRecommendationFromTheCommandLine()
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("recommend"), QStringLiteral("--project"), m_project, QStringLiteral("--cached"),
                  QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("recommended"));
        QVERIFY(o.value(QLatin1String("summary")).toString().startsWith(QStringLiteral("Switching from gpt-4o to ")));
        QVERIFY(o.contains(QLatin1String("thresholdsUsed")));
    }

    void noRecommendationWhenConstraintsExcludeAll()
    {
        UserProfile p;
        p.name = QStringLiteral("strict");
        p.currentModel = QStringLiteral("gpt-4o");
        p.blockedProviders = { QStringLiteral("openai"), QStringLiteral("anthropic") };
        const Recommendation r = recommend(p);
        QCOMPARE(r.status, Recommendation::Status::NoRecommendation);
        QVERIFY(r.reason.contains(QStringLiteral("constraints")));
        QVERIFY(r.runIds.isEmpty()); // nothing was worth replaying
        QVERIFY(!r.candidates.isEmpty());
        for (const RecommendationCandidate &c : r.candidates)
            QVERIFY(!c.whyNot.isEmpty());
    }

    void refusalsClassifyCommand()
    {
        const QString in = m_dir.filePath(QStringLiteral("answers.csv"));
        const QString out = m_dir.filePath(QStringLiteral("classified.csv"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,answer\n1,\"I'm sorry, but I can't help with that.\"\n2,Paris is the capital of France.\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("refusals"), QStringLiteral("classify"), QStringLiteral("--in"), in,
                  QStringLiteral("--response-col"), QStringLiteral("answer"), QStringLiteral("--out"), out });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray text = result.readAll();
        QVERIFY(text.contains("refusal"));
        QVERIFY(text.contains(",full,"));
        QVERIFY(text.contains(",none,"));
    }

    // These two write to the project from a second process, so they run last.
    void evaluatePairsAgainstTheReplayedCurrentModel()
    {
        // A run of candidates only: evaluate replays gpt-4o on the same prompts for the baseline, and the logged
        // answers stay a separate "as logged" row.
        // Both steps run in their own process, as an analyst would run them.
        QProcess replay;
        replay.start(QStringLiteral(SO_APP_BINARY),
                     { QStringLiteral("replay"), QStringLiteral("--project"), m_project, QStringLiteral("--models"),
                       QStringLiteral("gpt-4.1-mini"), QStringLiteral("--sample"), QStringLiteral("8"),
                       QStringLiteral("--seed"), QStringLiteral("99") });
        QVERIFY(replay.waitForFinished(60000));
        QVERIFY2(replay.exitCode() == 0, replay.readAllStandardError().constData());
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("evaluate"), QStringLiteral("--project"), m_project, QStringLiteral("--current"),
                  QStringLiteral("gpt-4o"), QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray comparisons = o.value(QLatin1String("comparisons")).toArray();
        QCOMPARE(comparisons.size(), 1);
        QCOMPARE(comparisons.at(0)[QLatin1String("model")].toString(), QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(comparisons.at(0)[QLatin1String("baseline")].toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(comparisons.at(0)[QLatin1String("pairs")].toInt(), 8);
        QStringList labels;
        for (const QJsonValue &m : o.value(QLatin1String("models")).toArray())
            labels.append(m[QLatin1String("label")].toString());
        QVERIFY2(labels.contains(QStringLiteral("gpt-4o (as logged)")), qPrintable(labels.join(u',')));
    }

    void evaluateUnknownRunFails()
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY),
                { QStringLiteral("evaluate"), QStringLiteral("--project"), m_project, QStringLiteral("--run"),
                  QStringLiteral("999") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("Replay run 999 does not exist in this project.")));
        QVERIFY(p.readAllStandardOutput().trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
