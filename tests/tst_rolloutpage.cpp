// SPDX-License-Identifier: MIT
// The Rollout panel on a project mid-canary: the stepper, gate lights with values and thresholds, the progress
// bars, the audit log, the moves through the panel (confirmations skipped), the main window's dock, and no text cut
// off at 1280×800 and 1600×1000 (screenshots with SO_SCREENSHOT_DIR).
#include "dialogs/stagetabledialog.h"
#include "docks/rolloutpage.h"
#include "gen/rollouttrafficgenerator.h"
#include "import/logimporter.h"
#include "mainwindow.h"
#include "session/rolloutjob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "store/projectstore.h"
#include "textfit.h"
#include "widgets/rolloutstepper.h"

#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {

constexpr qint64 hour = 3'600'000;

bool waitIdle(RolloutPage *page)
{
    QSignalSpy changed(page, &RolloutPage::statusChanged);
    return changed.wait(60000) || !page->isBusy();
}

} // namespace

class TestRolloutPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_now = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("canary.sqlite"));
        QString error;
        {
            ProjectStore store;
            QVERIFY2(store.open(m_project, &error), qPrintable(error));
        }
        // Shadow from three days ago (its gates relaxed: no replays here), canary since five hours ago.
        m_now = QDateTime::currentMSecsSinceEpoch();
        const qint64 canaryStart = m_now - 5 * hour;
        QList<RolloutStage> stages = RolloutPlan::defaults().stages();
        stages[0].gates.clear();
        stages[0].minSamples = 0;
        RolloutJob::Request create;
        create.action = RolloutJob::Action::Create;
        create.newExperiment.productionModel = QStringLiteral("gpt-4o");
        create.newExperiment.challengerModel = QStringLiteral("gpt-4o-mini");
        create.newExperiment.name = QStringLiteral("mini-canary");
        create.newExperiment.plan = RolloutPlan(stages);
        create.nowMs = m_now - 72 * hour;
        RolloutStatus status;
        QVERIFY2(RolloutJob::execute(m_project, create, &status, &error), qPrintable(error));
        RolloutJob::Request promote;
        promote.action = RolloutJob::Action::Promote;
        promote.nowMs = canaryStart;
        QVERIFY2(RolloutJob::execute(m_project, promote, &status, &error), qPrintable(error));

        RolloutTrafficGenerator::Options o;
        o.production.model = QStringLiteral("gpt-4o");
        o.challenger.model = QStringLiteral("gpt-4o-mini");
        o.challenger.latencyMs = 700;
        o.challengerShare = 0.01;
        o.rows = 60000; // 600 of the 1,000 canary samples: the stage is under way
        o.startMs = canaryStart;
        o.endMs = m_now - 60'000;
        o.experimentId = QStringLiteral("mini-canary");
        const QString logs = m_dir.filePath(QStringLiteral("live.jsonl"));
        QVERIFY2(RolloutTrafficGenerator::write(logs, o, &error), qPrintable(error));
        ImportReport report;
        QVERIFY2(LogImporter::run(m_project, { logs }, &report, &error), qPrintable(error));
        QCOMPARE(report.imported, o.rows);
    }

    void showsTheCanary()
    {
        Session session;
        RolloutPage page(&session);
        page.resize(1000, 760);
        page.show();
        session.setProjectPath(m_project);
        QVERIFY(waitIdle(&page));
        const RolloutStatus &s = page.status();
        QVERIFY(s.hasExperiment);
        QCOMPARE(page.stepper()->current(), 1);
        QCOMPARE(page.stepper()->labels().value(1), QStringLiteral("Canary\n1 %"));
        QVERIFY(page.summaryLabel()->text().startsWith(QLatin1String("Not ready to leave Canary")));
        // Duration met (5 of 4 h), samples not (about 600 of 1,000): a green and an amber light.
        QTableWidget *gates = page.gateTable();
        QVERIFY(gates->rowCount() >= 6);
        QCOMPARE(gates->item(0, RolloutPage::ConditionColumn)->text(), QStringLiteral("Time in stage"));
        QCOMPARE(gates->item(0, RolloutPage::LightColumn)->text(), QStringLiteral("Pass"));
        QCOMPARE(gates->item(1, RolloutPage::LightColumn)->text(), QStringLiteral("Waiting"));
        QVERIFY(!gates->item(1, RolloutPage::LightColumn)->icon().isNull());
        QVERIFY(page.samplesBar()->value() > 300 && page.samplesBar()->value() < 1000);
        QCOMPARE(page.durationBar()->value(), 1000);
        QVERIFY(!page.promoteButton()->isEnabled());
        QVERIFY(page.killButton()->isEnabled());
        QVERIFY(page.statisticsLabel()->text().contains(QLatin1String("Unit: users")));
        QCOMPARE(page.auditTable()->rowCount(), 2);
        QCOMPARE(page.auditTable()->item(0, RolloutPage::ActionColumn)->text(), QStringLiteral("Promoted"));

        // Check now appends to the audit log; the kill switch through the panel sets the share to 0.
        page.checkNow();
        QVERIFY(waitIdle(&page));
        QCOMPARE(page.auditTable()->rowCount(), 3);
        page.kill(QStringLiteral("support ticket spike"));
        QVERIFY(waitIdle(&page));
        QVERIFY(page.status().experiment.killed);
        QCOMPARE(page.stepper()->labels().size(), 6);
        QVERIFY(!page.killButton()->isEnabled());
        QCOMPARE(page.auditTable()->item(0, RolloutPage::ReasonColumn)->text(), QStringLiteral("support ticket spike"));
        // The stage table edited through its dialog: canary at 2 % for 800 samples; a falling share is refused.
        {
            const RolloutPlan original = page.status().experiment.plan;
            StageTableDialog dialog(original);
            if (qEnvironmentVariableIsSet("SO_SCREENSHOT_DIR")) {
                dialog.show();
                QTest::qWait(50);
                dialog.grab().save(qEnvironmentVariable("SO_SCREENSHOT_DIR") + QStringLiteral("/rollout-stages.png"));
            }
            QTableWidget *t = dialog.table();
            t->item(1, StageTableDialog::ShareColumn)->setText(QStringLiteral("2"));
            t->item(1, StageTableDialog::SamplesColumn)->setText(QStringLiteral("800"));
            QCOMPARE(dialog.plan().at(1).challengerShare, 0.02);
            t->item(2, StageTableDialog::ShareColumn)->setText(QStringLiteral("1"));
            QCOMPARE(dialog.plan().size(), 0);
            t->item(2, StageTableDialog::ShareColumn)->setText(QStringLiteral("10"));
            t->item(1, StageTableDialog::ErrorRateColumn)->setText(QStringLiteral("0.4"));
            const RolloutPlan edited = dialog.plan();
            QCOMPARE(edited.size(), 6);
            page.editPlan(edited);
            QVERIFY(waitIdle(&page));
            QCOMPARE(page.status().experiment.plan.at(1).minSamples, 800);
            QCOMPARE(page.status().experiment.configuredShare(), 0.0); // still killed
            bool found = false;
            for (const RolloutGate &g : page.status().experiment.plan.at(1).gates)
                found = found || (g.metric == RolloutGate::Metric::ErrorRate && qFuzzyCompare(g.threshold, 0.004));
            QVERIFY(found);
            page.editPlan(original);
            QVERIFY(waitIdle(&page));
        }
        page.setNow(m_now - 30 * hour); // as of a day and more ago, so the next case can promote to canary again
        page.rollback(QStringLiteral("resume after the fix"));
        QVERIFY(waitIdle(&page));
        QCOMPARE(page.stepper()->current(), 0);
        QVERIFY(!page.status().experiment.killed);
    }

    // Refresh live metrics pulls the newest logs through the Log Export API (the built-in simulator's here), imports
    // them and checks: the challenger's samples grow by what was pulled.
    void refreshLiveMetricsPullsAndChecks()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("pull.sqlite"));
        {
            ProjectStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        RolloutJob::Request create;
        create.action = RolloutJob::Action::Create;
        create.newExperiment.productionModel = QStringLiteral("gpt-4o");
        create.newExperiment.challengerModel = QStringLiteral("gpt-4o-mini");
        create.nowMs = now - 2 * hour;
        RolloutStatus status;
        QVERIFY2(RolloutJob::execute(path, create, &status, &error), qPrintable(error));

        RolloutTrafficGenerator::Options o;
        o.production.model = QStringLiteral("gpt-4o");
        o.challenger.model = QStringLiteral("gpt-4o-mini");
        o.challengerShare = 0.2; // live traffic to the challenger while in shadow: the split check must object
        o.rows = 2000;
        o.startMs = now - 90 * 60'000;
        o.endMs = now - 60'000;
        o.seed = 7;
        const QString file = m_dir.filePath(QStringLiteral("export.jsonl"));
        QVERIFY2(RolloutTrafficGenerator::write(file, o, &error), qPrintable(error));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        lines.removeAll(QByteArray());

        Session session;
        ReplayTarget target;
        QVERIFY2(session.resolveTarget(&target, &error), qPrintable(error)); // starts the built-in simulator
        session.simulator()->setExportLogs(lines);
        qputenv("PORTKEY_API_KEY", "pk-test-rollout");
        RolloutPage page(&session);
        page.setPullBaseUrl(session.simulatorUrl());
        session.setProjectPath(path);
        QVERIFY(waitIdle(&page));
        QCOMPARE(page.status().check.metrics.challenger.requests(), 0);
        QSignalSpy asked(&page, &RolloutPage::pullRequested);
        page.refreshLiveMetrics();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.status().check.metrics.production.requests() > 0, 60000);
        qunsetenv("PORTKEY_API_KEY");
        QCOMPARE(asked.count(), 0);
        const RolloutCheck &c = page.status().check;
        QCOMPARE(c.metrics.production.requests() + c.metrics.challenger.requests(), o.rows);
        QVERIFY(c.sampleRatioMismatch); // 20 % to a challenger configured for 0 %
        QCOMPARE(page.status().events.last().action, RolloutEvent::Action::Check);

        // Without a key the panel asks for one through File ▸ Pull from Portkey….
        page.refreshLiveMetrics();
        QCOMPARE(asked.count(), 1);
    }

    void nothingCutOffInTheWindow()
    {
        // A fresh canary for the window: the previous case rolled back.
        QString error;
        RolloutJob::Request promote;
        promote.action = RolloutJob::Action::Promote;
        promote.nowMs = m_now - 5 * hour;
        RolloutStatus status;
        QVERIFY2(RolloutJob::execute(m_project, promote, &status, &error), qPrintable(error));

        for (const QSize size : { QSize(1280, 800), QSize(1600, 1000) }) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(window.openProject(m_project));
            QDockWidget *dock = window.dock(QStringLiteral("RolloutDock"));
            QVERIFY(dock);
            dock->show();
            dock->raise();
            RolloutPage *page = window.rolloutPage();
            QTRY_VERIFY_WITH_TIMEOUT(page->status().hasExperiment && !page->isBusy(), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
            for (int tab = 0; tab < page->tabs()->count(); ++tab) {
                page->tabs()->setCurrentIndex(tab);
                QTest::qWait(100);
                if (qEnvironmentVariableIsSet("SO_SCREENSHOT_DIR"))
                    window.grab().save(
                        qEnvironmentVariable("SO_SCREENSHOT_DIR")
                        + QStringLiteral("/rollout-%1x%2-tab%3.png").arg(size.width()).arg(size.height()).arg(tab));
                const QStringList cut = TextFit::cutOff(page);
                QVERIFY2(cut.isEmpty(),
                         qPrintable(page->tabs()->tabText(tab) + QStringLiteral(": ") + cut.join(u'\n')));
            }
        }
    }
};

QTEST_MAIN(TestRolloutPage)
#include "tst_rolloutpage.moc"
