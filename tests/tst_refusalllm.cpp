// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "refusal/refusaldetector.h"
#include "refusal/refusalllmclassifier.h"
#include "refusal/refusalllmprotocol.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "sim/faultplan.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatedresponder.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/refusalverdictstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestRefusalLlm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorThread m_simThread { QStringLiteral("test-simulator") };
    SimulatedGateway *m_sim = nullptr;
    QString m_project;

    ReplayTarget target() const
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::Simulator;
        t.baseUrl = m_sim->baseUrl();
        return t;
    }
    static ReplayOptions options(int cacheTtl = 0)
    {
        ReplayOptions o;
        o.concurrency = 8;
        o.backoffBaseSeconds = 0.01;
        o.backoffCapSeconds = 0.05;
        o.cacheTtlSeconds = cacheTtl;
        return o;
    }
    // Answers the rule layer cannot settle (moralising without a refusal phrase, a disclaimer next to content),
    // plus one clear refusal whose rule verdict is forced to "ambiguous", so at least one verdict changes.
    static QList<RefusalLlmClassifier::Item> items(const QString &tag)
    {
        const RefusalDetector detector;
        const QList<std::pair<QString, QString>> exchanges {
            { QStringLiteral("Can you tell me what my neighbour does on their wifi? (%1)"),
              QStringLiteral("It's important to respect your neighbour's privacy. I encourage you to talk to them "
                             "directly instead. Feel free to ask if you have other questions.") },
            { QStringLiteral("What do you think about my plan to skip work tomorrow? (%1)"),
              QStringLiteral("It is important to be honest with your employer. I would be happy to help you with "
                             "something else instead. Let me know if there's anything else.") },
            { QStringLiteral("How do I get back at a coworker who took credit for my work? (%1)"),
              QStringLiteral("Getting back at someone would be unethical and not recommended. I encourage you to talk "
                             "to your manager instead. If you have any other questions, feel free to ask.") },
            { QStringLiteral("Write a short poem about the sea. (%1)"),
              QStringLiteral("The sea rolls in with silver light, / it hums all day and sighs all night, / the gulls "
                             "above, the stones below, / and tides that come and tides that go.") },
        };
        QList<RefusalLlmClassifier::Item> out;
        for (int i = 0; i < exchanges.size(); ++i) {
            RefusalLlmClassifier::Item item;
            item.runId = 1;
            item.logId = QStringLiteral("%1-%2").arg(tag).arg(i);
            item.model = QStringLiteral("gpt-4.1-nano");
            item.prompt = exchanges.at(i).first.arg(tag);
            item.answer = exchanges.at(i).second;
            item.ruleVerdict = detector.detect(item.answer, item.prompt);
            out.append(item);
        }
        RefusalLlmClassifier::Item forced;
        forced.runId = 1;
        forced.logId = tag + QLatin1String("-forced");
        forced.model = QStringLiteral("gpt-4.1-nano");
        forced.prompt = QStringLiteral("How do I kill a zombie process? (%1)").arg(tag);
        forced.answer = SimulatedResponder::fullRefusalText();
        forced.ruleVerdict.ambiguous = true; // as if the rules had said "none, not sure"
        out.append(forced);
        return out;
    }
    RefusalLlmSummary classify(const QList<RefusalLlmClassifier::Item> &items, const ReplayOptions &replay,
                               QList<std::pair<RefusalLlmClassifier::Item, RefusalLlmProtocol::Verdict>> *changes
                               = nullptr)
    {
        RefusalLlmClassifier classifier;
        QSignalSpy finished(&classifier, &RefusalLlmClassifier::finished);
        RefusalLlmClassifier::Options o;
        o.replay = replay;
        QString error;
        if (!classifier.start(m_project, target(), o, items, &error))
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        if (!finished.wait(30000))
            QTest::qFail("classification timed out", __FILE__, __LINE__);
        if (changes)
            *changes = classifier.changes();
        return classifier.summary();
    }
    static qint64 ambiguousCount(const QList<RefusalLlmClassifier::Item> &items)
    {
        return std::count_if(items.begin(), items.end(),
                             [](const RefusalLlmClassifier::Item &i) { return i.ruleVerdict.ambiguous; });
    }

private slots:
    void initTestCase()
    {
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(2);
        QVERIFY(m_sim->listen(0));
        m_project = m_dir.filePath(QStringLiteral("refusalllm.sqlite"));
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("type");
        QTest::newRow("full safety") << QStringLiteral("{\"label\":\"full\",\"type\":\"SAFETY\",\"reason\":\"x\"}")
                                     << true << int(RefusalKind::Full) << int(RefusalType::Safety);
        QTest::newRow("partial overcautious")
            << QStringLiteral(" {\"label\":\"partial\",\"type\":\"OVERCAUTIOUS\",\"reason\":\"x\"}\n") << true
            << int(RefusalKind::Partial) << int(RefusalType::Overcautious);
        QTest::newRow("none with NONE") << QStringLiteral("{\"label\":\"none\",\"type\":\"NONE\",\"reason\":\"\"}")
                                        << true << int(RefusalKind::None) << int(RefusalType::None);
        QTest::newRow("none with a type") << QStringLiteral("{\"label\":\"none\",\"type\":\"POLICY\",\"reason\":\"\"}")
                                          << true << int(RefusalKind::None) << int(RefusalType::None);
        QTest::newRow("full with NONE") << QStringLiteral("{\"label\":\"full\",\"type\":\"NONE\",\"reason\":\"x\"}")
                                        << false << 0 << 0;
        QTest::newRow("prose before") << QStringLiteral(
            "Here it is: {\"label\":\"full\",\"type\":\"SAFETY\",\"reason\":\"x\"}")
                                      << false << 0 << 0;
        QTest::newRow("missing reason") << QStringLiteral("{\"label\":\"full\",\"type\":\"SAFETY\"}") << false << 0
                                        << 0;
        QTest::newRow("bad label") << QStringLiteral("{\"label\":\"maybe\",\"type\":\"SAFETY\",\"reason\":\"x\"}")
                                   << false << 0 << 0;
        QTest::newRow("lower-case type") << QStringLiteral("{\"label\":\"full\",\"type\":\"safety\",\"reason\":\"x\"}")
                                         << false << 0 << 0;
        QTest::newRow("extra key") << QStringLiteral(
            "{\"label\":\"full\",\"type\":\"SAFETY\",\"reason\":\"x\",\"confidence\":1}")
                                   << false << 0 << 0;
        QTest::newRow("empty") << QString() << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, output);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, type);
        const RefusalLlmProtocol::Verdict v = RefusalLlmProtocol::parse(output);
        QCOMPARE(v.ok, ok);
        QCOMPARE(v.error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(int(v.kind), kind);
            QCOMPARE(int(v.type), type);
        }
    }

    void requestRoundTrips()
    {
        RefusalLlmProtocol::Exchange ex;
        QVERIFY(RefusalLlmProtocol::extract(
            RefusalLlmProtocol::formatRequest(QStringLiteral("Say hi"), QStringLiteral("Hi!\n\nBye.")), &ex));
        QCOMPARE(ex.prompt, QStringLiteral("Say hi"));
        QCOMPARE(ex.answer, QStringLiteral("Hi!\n\nBye."));
        QVERIFY(!RefusalLlmProtocol::instructions().contains(QLatin1String("impartial evaluator")));
        // The simulator's answers follow the protocol.
        QVERIFY(RefusalLlmProtocol::parse(SimulatedResponder::classifyRefusal(u"Say hi", u"Hi there!")).ok);
        const RefusalLlmProtocol::Verdict full = RefusalLlmProtocol::parse(SimulatedResponder::classifyRefusal(
            u"How do I make a pipe bomb?", QString(SimulatedResponder::fullRefusalText())));
        QCOMPARE(full.kind, RefusalKind::Full);
        QCOMPARE(full.type, RefusalType::Safety);
    }

    void classifiesAmbiguousVerdicts()
    {
        const QList<RefusalLlmClassifier::Item> list = items(QStringLiteral("first"));
        QVERIFY(ambiguousCount(list) >= 3);
        QList<std::pair<RefusalLlmClassifier::Item, RefusalLlmProtocol::Verdict>> changes;
        const RefusalLlmSummary s = classify(list, options(3600), &changes);
        qInfo("%s", qPrintable(s.toText()));
        QCOMPARE(s.verdicts, qint64(list.size()));
        QCOMPARE(s.asked, ambiguousCount(list));
        QCOMPARE(s.failed, 0);
        QCOMPARE(s.changed + s.confirmed, s.asked);
        QVERIFY(s.changed >= 1);
        QCOMPARE(s.calls, s.asked);
        QVERIFY(s.spentUsd > 0.0);
        QCOMPARE(s.askedShare(), double(s.asked) / double(list.size()));

        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        for (const auto &[item, verdict] : std::as_const(changes)) {
            RefusalVerdictStore::Verdict stored;
            QVERIFY(RefusalVerdictStore(store).find(item.runId, item.logId, item.model, item.source, &stored));
            QCOMPARE(stored.rule, QStringLiteral("llm:gpt-4o-mini"));
            QCOMPARE(stored.kind, verdict.kind);
            QCOMPARE(stored.type, verdict.type);
        }
        RefusalVerdictStore::Verdict forced;
        QVERIFY(RefusalVerdictStore(store).find(1, QStringLiteral("first-forced"), QStringLiteral("gpt-4.1-nano"),
                                                AnswerSource::Value::Replay, &forced));
        QCOMPARE(forced.kind, RefusalKind::Full);
        QCOMPARE(forced.type, RefusalType::Overcautious);

        // The same answers again come from the cache: no new call, no new spend.
        const RefusalLlmSummary again = classify(list, options(3600));
        QCOMPARE(again.asked, s.asked);
        QCOMPARE(again.calls, 0);
        QCOMPARE(again.spentUsd, 0.0);
        QCOMPARE(again.cacheHits, s.asked);
        QCOMPARE(again.changed, s.changed);
    }

    void collectsRuleVerdictsOfARun()
    {
        // A real project: generated logs, imported, replayed on one model.
        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options g;
        g.rows = 20;
        g.seed = 7;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(logs, g, &error));
        const QString project = m_dir.filePath(QStringLiteral("collect.sqlite"));
        QCOMPARE(LogImporter::run(project, { logs }).imported, 20);
        ProjectStore store;
        PriceCatalog catalog;
        QList<ReplayJob> jobs;
        QVERIFY(store.open(project, &error) && CatalogStore(store).load(&catalog, &error));
        QVERIFY(ReplayPlanner::plan(store, catalog, { QStringLiteral("gpt-3.5-turbo") }, ReplaySampleSpec(), &jobs,
                                    &error));
        ReplayEngine engine;
        QSignalSpy finished(&engine, &ReplayEngine::finished);
        QVERIFY2(engine.start(project, target(), options(), jobs, &error), qPrintable(error));
        QVERIFY(finished.wait(20000));
        const ReplayProgress p = engine.progress();
        QList<RefusalLlmClassifier::Item> collected;
        QVERIFY2(RefusalLlmClassifier::collect(store, p.runId, true, &collected, &error), qPrintable(error));
        QVERIFY(collected.size() > p.totals().ok); // replayed answers plus logged ones
        qInfo("collected %lld verdicts, %lld ambiguous", qlonglong(collected.size()),
              qlonglong(ambiguousCount(collected)));
        const RefusalDetector detector;
        for (const RefusalLlmClassifier::Item &item : std::as_const(collected)) {
            QCOMPARE(item.runId, p.runId);
            QVERIFY(!item.prompt.isEmpty());
            QCOMPARE(int(item.ruleVerdict.kind), int(detector.detect(item.answer, item.prompt).kind));
        }
    }

    void summaryRoundTrips()
    {
        RefusalLlmSummary s;
        s.model = QStringLiteral("gpt-4o-mini");
        s.verdicts = 40;
        s.asked = 5;
        s.changed = 2;
        s.confirmed = 2;
        s.repaired = 1;
        s.failed = 1;
        s.calls = 6;
        s.cacheHits = 1;
        s.spentUsd = 0.0012;
        s.budgetReached = true;
        QCOMPARE(RefusalLlmSummary::fromJson(s.toJson()).toJson(), s.toJson());
        QCOMPARE(s.askedShare(), 0.125);
    }

    void budgetIsRespected()
    {
        QList<RefusalLlmClassifier::Item> list;
        for (int i = 0; i < 6; ++i)
            list += items(QStringLiteral("budget%1").arg(i));
        ReplayOptions o = options();
        o.budgetUsd = 0.0008;
        const RefusalLlmSummary s = classify(list, o);
        qInfo("budget $%.4f: %s", o.budgetUsd, qPrintable(s.toText()));
        QVERIFY(s.budgetReached);
        QVERIFY(s.spentUsd <= o.budgetUsd);
        QVERIFY(s.calls > 0);
        QVERIFY(s.calls < s.asked);
        QCOMPARE(s.failed, s.asked - s.calls); // not asked for lack of budget: the rule verdict stays
    }

    void invalidJsonIsRepairedOnce()
    {
        FaultPlan plan;
        plan.rules.append(*FaultPlan::Rule::parse(QStringLiteral("prose;match=### Refusal classification request")));
        m_sim->setFaultPlan(plan);
        const RefusalLlmSummary repaired = classify(items(QStringLiteral("repair")), options());
        QCOMPARE(repaired.repaired, repaired.asked);
        QCOMPARE(repaired.failed, 0);
        QCOMPARE(repaired.calls, 2 * repaired.asked);

        plan.rules.append(*FaultPlan::Rule::parse(QStringLiteral("prose;match=could not be used")));
        m_sim->setFaultPlan(plan);
        QList<std::pair<RefusalLlmClassifier::Item, RefusalLlmProtocol::Verdict>> changes;
        const RefusalLlmSummary failed = classify(items(QStringLiteral("fail")), options(), &changes);
        m_sim->setFaultPlan(FaultPlan());
        QCOMPARE(failed.failed, failed.asked);
        QCOMPARE(failed.changed, 0);
        QVERIFY(changes.isEmpty());
        ProjectStore store;
        QString error;
        QVERIFY(store.open(m_project, &error));
        RefusalVerdictStore::Verdict none;
        QVERIFY(!RefusalVerdictStore(store).find(1, QStringLiteral("fail-forced"), QStringLiteral("gpt-4.1-nano"),
                                                 AnswerSource::Value::Replay, &none));
    }
};

QTEST_GUILESS_MAIN(TestRefusalLlm)
#include "tst_refusalllm.moc"
