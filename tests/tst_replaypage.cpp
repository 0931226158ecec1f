// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "docks/replaypage.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "models/replaycountsmodel.h"
#include "models/replayresultsmodel.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ShadowOptic;

class TestReplayPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

    static void load(ReplayPage &page, const QString &project)
    {
        QSignalSpy loaded(&page, &ReplayPage::projectLoaded);
        page.setProject(project);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
    }

    static qint64 storedCompletions(const QString &project, qint64 runId)
    {
        ProjectStore store;
        QString error;
        if (!store.open(project, &error))
            return -1;
        return ReplayStore(store).completions(runId).size();
    }

    static QString lastMessage(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : spy.constLast().at(0).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options o;
        o.rows = 60;
        o.tokenScale = 0.05;
        QString error;
        QVERIFY2(LogGenerator::write(logs, o, &error), qPrintable(error));
        m_project = m_dir.filePath(QStringLiteral("p.sqlite"));
        const ImportReport r = LogImporter::run(m_project, { logs });
        QCOMPARE(r.imported, 60);
    }

    void replaysASampleOnTheSimulator()
    {
        Session session;
        ReplayPage page(&session, nullptr);
        QAbstractItemModelTester results(page.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester counts(page.countsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(page.resultsView()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(page, m_project);
        QVERIFY(page.availableModels().contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(!page.selectedModels().isEmpty()); // a few cheap simulator models by default

        const QStringList models { QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1-nano") };
        page.setSelectedModels(models);
        QCOMPARE(page.selectedModels().size(), 2);
        page.setSample(10, 7);
        page.simulator()->setRandomErrorsEnabled(false);

        QSignalSpy busy(&page, &ReplayPage::busyChanged);
        QSignalSpy finished(&page, &ReplayPage::runFinished);
        QSignalSpy messages(&page, &ReplayPage::message);
        page.start();
        QVERIFY(page.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page.runStatus(), RunStatus::Value::Completed);
        QVERIFY(!page.isRunning());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QVERIFY2(!messages.isEmpty() && !messages.constLast().at(1).toBool(), qPrintable(lastMessage(messages)));

        ReplayCountsModel *c = page.countsModel();
        QCOMPARE(c->rowCount(), 2);
        qint64 completed = 0;
        for (int row = 0; row < c->rowCount(); ++row) {
            QVERIFY(models.contains(c->index(row, ReplayCountsModel::ModelColumn).data().toString()));
            QCOMPARE(c->index(row, ReplayCountsModel::PlannedColumn).data(ReplayCountsModel::SortRole).toLongLong(),
                     10);
            completed
                += c->index(row, ReplayCountsModel::CompletedColumn).data(ReplayCountsModel::SortRole).toLongLong();
        }
        QCOMPARE(completed, 20);
        QCOMPARE(c->totals().completed, 20);
        QCOMPARE(page.resultsModel()->rowCount(), 20);
        QCOMPARE(storedCompletions(m_project, page.runId()), 20);
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("Completed")));
        QVERIFY(!page.canResume());

        QTableView *view = page.resultsView();
        view->setCurrentIndex(view->model()->index(3, ReplayResultsModel::LogIdColumn));
        const QModelIndex source = page.resultsModel()->index(3, 0);
        const ReplayResult &r = page.resultsModel()->result(source.row());
        QVERIFY(!r.responseText.isEmpty());
        QVERIFY(page.replayedView()->toPlainText().contains(r.responseText.left(40)));
        QTRY_VERIFY(page.originalView()->toPlainText().contains(r.logId));
        QVERIFY(page.originalView()->toPlainText().contains(QStringLiteral("Original answer")));
    }

    // The budget sampler chooses the sample within the budget; the forecast's own choice replays exactly.
    void replaysTheSampleForABudget()
    {
        Session session;
        ReplayPage page(&session, nullptr);
        load(page, m_project);
        page.setSelectedModels({ QStringLiteral("gpt-4o") });
        page.simulator()->setRandomErrorsEnabled(false);
        page.setBudget(0.01); // the field's smallest step
        page.setSampleForBudget(true);
        QSignalSpy finished(&page, &ReplayPage::runFinished);
        QSignalSpy messages(&page, &ReplayPage::message);
        page.start();
        QTRY_VERIFY2_WITH_TIMEOUT(finished.count() == 1,
                                  qPrintable(page.statusLabel()->text() + QLatin1Char(' ') + lastMessage(messages)),
                                  60000);
        QVERIFY2(page.runStatus() == RunStatus::Value::Completed || page.runStatus() == RunStatus::Value::Budget,
                 qPrintable(lastMessage(messages)));
        const qint64 stored = storedCompletions(m_project, page.runId());
        QVERIFY2(stored > 2 && stored < 60, qPrintable(QString::number(stored)));
        QVERIFY(page.countsModel()->totals().spentUsd <= 0.01 + 1e-9);

        QStringList chosen;
        for (int i = 0; i < 3; ++i)
            chosen.append(page.resultsModel()->result(i).logId);
        page.setForecastSample(chosen, 0.0);
        finished.clear();
        page.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(storedCompletions(m_project, page.runId()), 3);
        QSet<QString> replayed;
        for (int i = 0; i < page.resultsModel()->rowCount(); ++i)
            replayed.insert(page.resultsModel()->result(i).logId);
        QCOMPARE(replayed, QSet<QString>(chosen.cbegin(), chosen.cend()));

        // Without a budget the sampler has nothing to fill: a clear error, no run.
        page.setBudget(0.0);
        page.setSampleForBudget(true);
        finished.clear();
        page.start();
        QVERIFY(!page.isRunning());
        QVERIFY(lastMessage(messages).contains(QStringLiteral("budget")));
    }

    void cancelsAndResumes()
    {
        const QStringList models { QStringLiteral("gpt-3.5-turbo"), QStringLiteral("claude-3-5-haiku-20241022") };
        qint64 runId = 0;
        {
            Session session;
            ReplayPage page(&session, nullptr);
            QAbstractItemModelTester counts(page.countsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            load(page, m_project);
            page.setSelectedModels(models);
            page.setSample(10, 3);
            page.simulator()->setLatencyOverrideMs(2000);
            page.simulator()->setRandomErrorsEnabled(false);
            QSignalSpy finished(&page, &ReplayPage::runFinished);
            page.start();
            QTRY_COMPARE_WITH_TIMEOUT(page.runStatus(), RunStatus::Value::Running, 10000);
            QVERIFY(page.isRunning());
            page.cancel();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
            QCOMPARE(page.runStatus(), RunStatus::Value::Cancelled);
            QVERIFY(!page.isRunning());
            QVERIFY(page.statusLabel()->text().contains(QStringLiteral("Cancelled")));
            QVERIFY(page.resultsModel()->rowCount() < 20);
            QVERIFY(page.canResume());
            runId = page.runId();
        }
        // As if the app had been killed mid-run: reopening offers to resume.
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(m_project, &error), qPrintable(error));
            QVERIFY(ReplayStore(store).setRunStatus(runId, RunStatus::Value::Running, 0.0));
        }
        Session session;
        ReplayPage page(&session, nullptr);
        QAbstractItemModelTester results(page.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(page, m_project);
        QVERIFY(page.canResume());
        const auto buttons = page.findChildren<QPushButton *>();
        const bool offered = std::any_of(buttons.cbegin(), buttons.cend(), [runId](QPushButton *b) {
            return b->isVisibleTo(b->window())
                && b->text().startsWith(QStringLiteral("Run %1 was interrupted: ").arg(runId))
                && b->text().endsWith(QStringLiteral("of 20 stored — Resume"));
        });
        QVERIFY(offered);
        const qint64 before = storedCompletions(m_project, runId);
        QVERIFY(before < 20);
        page.simulator()->setRandomErrorsEnabled(false);
        QSignalSpy finished(&page, &ReplayPage::runFinished);
        page.resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page.runStatus(), RunStatus::Value::Completed);
        QCOMPARE(page.runId(), runId);
        QCOMPARE(page.resultsModel()->rowCount(), 20 - before);
        QCOMPARE(storedCompletions(m_project, runId), 20);
        QVERIFY(!page.canResume());
    }

    void reportsClearErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("config");
        QTest::addColumn<bool>("noModels");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no models") << int(ReplayTarget::Kind::Simulator) << QString() << QString() << true
                                   << QStringLiteral("at least one candidate model");
        QTest::newRow("bad url") << int(ReplayTarget::Kind::OpenAiCompatible) << QStringLiteral("localhost:8787/v1")
                                 << QString() << false << QStringLiteral("is not a valid http(s) URL");
        QTest::newRow("bad config") << int(ReplayTarget::Kind::LocalGateway)
                                    << QStringLiteral("http://localhost:8787/v1") << QStringLiteral("{\"strategy\": ")
                                    << false << QStringLiteral("config is not valid JSON");
    }

    void followsTheSessionCatalog()
    {
        // A copy of the project, so the catalog edit stays out of the other cases.
        const QString project = m_dir.filePath(QStringLiteral("catalog-copy.sqlite"));
        QVERIFY(QFile::copy(m_project, project));
        Session session;
        ReplayPage page(&session, nullptr);
        load(page, project);
        const int before = int(page.availableModels().size());
        ModelInfo added;
        added.modelId = QStringLiteral("acme-tiny-1");
        added.provider = QStringLiteral("acme");
        added.inputPer1k = 0.0001;
        added.outputPer1k = 0.0002;
        {
            ProjectStore store;
            PriceCatalog catalog;
            QString error;
            QVERIFY2(store.open(project, &error) && CatalogStore(store).load(&catalog, &error), qPrintable(error));
            catalog.upsert(added);
            QVERIFY2(CatalogStore(store).save(catalog, &error), qPrintable(error));
        }
        // What File ▸ Model Catalog does after saving: the candidates follow without reopening the project.
        QSignalSpy loaded(&page, &ReplayPage::projectLoaded);
        session.reloadCatalog();
        QTRY_VERIFY_WITH_TIMEOUT(page.availableModels().contains(QStringLiteral("acme-tiny-1")), 10000);
        QCOMPARE(int(page.availableModels().size()), before + 1);
        QCOMPARE(loaded.count(), 0); // a catalog change is not a project load
    }

    void reportsClearErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QString, config);
        QFETCH(bool, noModels);
        QFETCH(QString, expected);
        Session session;
        ReplayPage page(&session, nullptr);
        load(page, m_project);
        page.setTargetKind(ReplayTarget::Kind(kind));
        if (noModels)
            page.setSelectedModels({});
        if (!url.isEmpty()) {
            for (QLineEdit *edit : page.findChildren<QLineEdit *>())
                if (!edit->isReadOnly() && edit->text().startsWith(QStringLiteral("http")))
                    edit->setText(url);
        }
        if (!config.isEmpty()) {
            auto *routing = page.findChildren<QComboBox *>().at(1);
            routing->setCurrentIndex(1);
            page.findChild<QPlainTextEdit *>()->setPlainText(config);
        }
        QSignalSpy messages(&page, &ReplayPage::message);
        page.start();
        QVERIFY(!page.isRunning());
        QCOMPARE(messages.count(), 1);
        QVERIFY2(lastMessage(messages).contains(expected), qPrintable(lastMessage(messages)));
        QCOMPARE(messages.constLast().at(1).toBool(), true);
    }
};

QTEST_MAIN(TestReplayPage)
#include "tst_replaypage.moc"
