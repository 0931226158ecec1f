// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "charts/tradeoffchart.h"
#include "docks/recommendationpage.h"
#include "docks/tradeoffpage.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "models/aggregatesmodel.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "replayedproject.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ShadowOptic;

/** The Trade-off and Recommendation panels on a small simulated project: 80 generated logs, a replay of three
 *  simulator models on 15 of them, then the panels' own evaluate and recommend runs. Set SO_SCREENSHOT_DIR to
 *  also save 1200×800 renders of both panels. */
class TestTradeoffPage : public QObject
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

    static void screenshot(QWidget *page, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        page->resize(1200, 800);
        page->show();
        QTest::qWait(200); // let the charts and layouts settle
        QVERIFY(page->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        m_sim = m_simThread.gateway();
        m_sim->setRandomErrorsEnabled(false);
        m_sim->setLatencyOverrideMs(3);
        QVERIFY(m_sim->listen(0));

        ReplayedProject::Options o;
        o.rows = 80;
        o.seed = 7;
        o.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-3.5-turbo") };
        o.sample = 15;
        o.sampleModel = QStringLiteral("gpt-4o");
        QString error;
        QVERIFY2(ReplayedProject::create(m_dir.path(), QStringLiteral("tradeoff"), o, &m_project, &error),
                 qPrintable(error));
        ReplayProgress replayed;
        QVERIFY2(ReplayedProject::replay(m_project, target(), o, &replayed, &error), qPrintable(error));
    }

    void evaluate()
    {
        Session session_page;
        session_page.setTarget(target());
        TradeoffPage page(&session_page, nullptr);
        QAbstractItemModelTester tester(page.aggregatesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy messages(&page, &TradeoffPage::message);
        page.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        // Nothing judged yet: the replays show, without quality points.
        QCOMPARE(page.tradeoffChart()->pointCount(), 0);

        page.evaluate();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        for (const QList<QVariant> &m : std::as_const(messages))
            QVERIFY2(!m.at(1).toBool(), qPrintable(m.at(0).toString()));

        const EvaluatorReport &report = page.report();
        QVERIFY(report.current());
        QCOMPARE(report.current()->model, QStringLiteral("gpt-4o"));
        int plottable = 0;
        for (const ModelAggregate &a : report.models)
            plottable += a.quality.isValid() && a.successes > 0 && a.costPerRequest > 0 ? 1 : 0;
        QVERIFY(plottable >= 3); // three replayed models (plus the logged baseline)
        QCOMPARE(page.tradeoffChart()->pointCount(), plottable);
        QCOMPARE(page.tradeoffChart()->models().size(), plottable);
        QVERIFY(page.tradeoffChart()->paretoPointCount() >= 1);
        QCOMPARE(page.aggregatesModel()->rowCount(), int(report.models.size()));

        // A click on a point selects that model's row.
        emit page.tradeoffChart()->modelClicked(QStringLiteral("gpt-4o-mini"));
        const QModelIndex current = page.aggregatesView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(AggregatesModel::ModelRole).toString(), QStringLiteral("gpt-4o-mini"));

        screenshot(&page, QStringLiteral("tradeoff.png"));

        // A second page on the same project shows the stored evaluation without judging again.
        Session session_reloaded;
        session_reloaded.setTarget(target());
        TradeoffPage reloaded(&session_reloaded, nullptr);
        reloaded.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isRunning(), 20000);
        QCOMPARE(reloaded.tradeoffChart()->pointCount(), plottable);
    }

    void recommend()
    {
        Session session_page;
        session_page.setTarget(target());
        RecommendationPage page(&session_page, nullptr);
        QSignalSpy changed(&page, &RecommendationPage::recommendationChanged);
        page.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QCOMPARE(page.profile().currentModel, QStringLiteral("gpt-4o"));
        page.setSampleSize(10);
        page.recommend();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 45000);
        QVERIFY(!changed.isEmpty());
        const QString sentence = page.sentenceLabel()->text();
        QVERIFY2(sentence.contains(QLatin1String("Switching from"))
                     || sentence.startsWith(QLatin1String("No recommendation: "))
                     || sentence.startsWith(QLatin1String("No decisive answer yet: ")),
                 qPrintable(sentence));
        QVERIFY(page.hasRecommendation());
        QVERIFY(page.whyNotTree()->topLevelItemCount() > 0);

        screenshot(&page, QStringLiteral("recommendation.png"));

        // The stored recommendation comes back with the project.
        Session session_reloaded;
        session_reloaded.setTarget(target());
        RecommendationPage reloaded(&session_reloaded, nullptr);
        reloaded.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isRunning(), 20000);
        QTRY_COMPARE(reloaded.sentenceLabel()->text(), sentence);
        // The panel shows the typed value read back from the store: everything it showed comes back the same.
        QCOMPARE(reloaded.segmentsTable()->rowCount(), page.segmentsTable()->rowCount());
        for (int row = 0; row < page.segmentsTable()->rowCount(); ++row)
            for (int column = 0; column < page.segmentsTable()->columnCount(); ++column)
                QCOMPARE(reloaded.segmentsTable()->item(row, column)->text(),
                         page.segmentsTable()->item(row, column)->text());
        QCOMPARE(reloaded.whyNotTree()->topLevelItemCount(), page.whyNotTree()->topLevelItemCount());
        QCOMPARE(reloaded.configView()->toPlainText(), page.configView()->toPlainText());
        QCOMPARE(reloaded.recommendation().toJson(), page.recommendation().toJson());
    }

    void evaluateReplaysTheCurrentModel()
    {
        // The newest run replays candidates only: "Evaluate" replays gpt-4o on the same prompts for the baseline,
        // and the logged answers appear as a separate, labelled "as logged" row.
        QString error;
        {
            ProjectStore store;
            PriceCatalog catalog;
            QList<ReplayJob> jobs;
            ReplaySampleSpec spec;
            spec.size = 6;
            spec.seed = 5;
            spec.model = QStringLiteral("gpt-4o");
            QVERIFY(store.open(m_project, &error) && CatalogStore(store).load(&catalog, &error));
            QVERIFY(ReplayPlanner::plan(store, catalog, { QStringLiteral("gpt-4.1-nano") }, spec, &jobs, &error));
            ReplayEngine engine;
            QSignalSpy finished(&engine, &ReplayEngine::finished);
            QVERIFY2(engine.start(m_project, target(), ReplayOptions(), jobs, &error), qPrintable(error));
            QVERIFY(finished.wait(30000));
        }
        Session session_page;
        session_page.setTarget(target());
        TradeoffPage page(&session_page, nullptr);
        page.setProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        page.evaluate();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30000);
        const EvaluatorReport &report = page.report();
        QVERIFY(report.current());
        QCOMPARE(report.current()->label(), QStringLiteral("gpt-4o"));
        QVERIFY2(report.current()->samples == 6, qPrintable(report.toText()));
        const ModelAggregateComparison *nano = report.comparison(QStringLiteral("gpt-4.1-nano"));
        QVERIFY(nano);
        QCOMPARE(nano->baseline, QStringLiteral("gpt-4o"));
        QCOMPARE(nano->pairs, 6);
        QVERIFY(page.aggregatesModel()->rowOf(QStringLiteral("gpt-4o (as logged)")) >= 0);
        screenshot(&page, QStringLiteral("tradeoff-baseline.png"));
    }
};

QTEST_MAIN(TestTradeoffPage)
#include "tst_tradeoffpage.moc"
