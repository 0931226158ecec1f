// SPDX-License-Identifier: MIT
#include "charts/tradeoffchart.h"
#include "docks/runspage.h"
#include "docks/tradeoffpage.h"
#include "models/runcomparisonmodel.h"
#include "models/runsmodel.h"
#include "runhistoryfixture.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

/** The Runs panel and the Trade-off run picker on the run-history fixture (tests/support/runhistoryfixture.h):
 *  the table, a rename through the model, the delete confirmation, a comparison, the empty state, and the picker
 *  switching the plotted run. */
class TestRunsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString freshProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("page%1.sqlite").arg(++m_projects));
        QString error;
        if (!RunHistoryFixture::create(path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static int rowOf(const QAbstractItemModel *model, qint64 runId)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(RunsModel::RunIdRole).toLongLong() == runId)
                return row;
        return -1;
    }

private slots:
    void showsTheRunsAsATable()
    {
        Session session;
        RunsPage page(&session);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &RunsPage::runsLoaded);
        session.setProjectPath(freshProject());
        QVERIFY(loaded.wait(20000));
        const QAbstractItemModel *view = page.view()->model();
        QCOMPARE(view->rowCount(), 4);
        QCOMPARE(view->index(0, RunsModel::IdColumn).data().toString(), QStringLiteral("4")); // newest first
        const int one = rowOf(view, 1);
        QCOMPARE(view->index(one, RunsModel::NameColumn).data().toString(), QStringLiteral("Run 1"));
        QCOMPARE(view->index(one, RunsModel::StatusColumn).data().toString(), QStringLiteral("Completed"));
        QCOMPARE(view->index(0, RunsModel::StatusColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(view->index(rowOf(view, 3), RunsModel::KindColumn).data().toString(), QStringLiteral("Judge pass"));
        QCOMPARE(view->index(one, RunsModel::RequestsColumn).data().toString(), QStringLiteral("6 of 6"));
        QCOMPARE(view->index(one, RunsModel::JudgedColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(view->index(0, RunsModel::JudgedColumn).data().toString(), QStringLiteral("not judged"));
        QCOMPARE(view->index(one, RunsModel::SpentColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!page.emptyState()->isVisibleTo(&page));

        // Sorted by the raw count, not the text: the judge pass (no count), not judged (0), 3, then 5 answers.
        page.view()->sortByColumn(RunsModel::JudgedColumn, Qt::AscendingOrder);
        QStringList ids;
        for (int row = 0; row < view->rowCount(); ++row)
            ids.append(view->index(row, RunsModel::IdColumn).data().toString());
        QCOMPARE(ids,
                 QStringList({ QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("1") }));
    }

    void renamesThroughTheModel()
    {
        Session session;
        RunsPage page(&session);
        QSignalSpy loaded(&page, &RunsPage::runsLoaded);
        QSignalSpy changed(&page, &RunsPage::runsChanged);
        session.setProjectPath(freshProject());
        QVERIFY(loaded.wait(20000));
        QAbstractItemModel *view = page.view()->model();
        const QModelIndex name = view->index(rowOf(view, 2), RunsModel::NameColumn);
        QVERIFY(name.flags() & Qt::ItemIsEditable);
        QVERIFY(!view->index(0, RunsModel::SpentColumn).flags().testFlag(Qt::ItemIsEditable));
        QVERIFY(view->setData(name, QStringLiteral("cheap candidates")));
        QVERIFY(changed.wait(20000));
        QCOMPARE(view->index(rowOf(view, 2), RunsModel::NameColumn).data().toString(),
                 QStringLiteral("cheap candidates"));

        // A name that is too long is refused with a reason and the cell shows the stored name again.
        QSignalSpy messages(&page, &RunsPage::message);
        QVERIFY(view->setData(view->index(rowOf(view, 2), RunsModel::NameColumn), QString(500, u'x')));
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty() && messages.last().at(1).toBool(), 20000);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(view->index(rowOf(view, 2), RunsModel::NameColumn).data().toString(),
                 QStringLiteral("cheap candidates"));
    }

    void deletesOnlyAfterConfirmation()
    {
        Session session;
        RunsPage page(&session);
        QSignalSpy loaded(&page, &RunsPage::runsLoaded);
        QSignalSpy changed(&page, &RunsPage::runsChanged);
        const QString project = freshProject();
        session.setProjectPath(project);
        QVERIFY(loaded.wait(20000));

        page.selectRuns({ 4 });
        QVERIFY(!page.deleteButton()->isEnabled()); // still running
        page.selectRuns({ 1 });
        QVERIFY(page.deleteButton()->isEnabled());
        page.deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.confirmation() && page.confirmation()->isVisible(), 20000);
        QMessageBox *box = page.confirmation();
        QVERIFY2(box->text().contains(QStringLiteral("Run 1")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("6 answer(s)")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("recommendation")), qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.confirmation());
        QTest::qWait(200);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 1), 1);

        // The Delete key on the table asks the same question; this time the answer is Delete.
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        QTRY_VERIFY(page.view()->hasFocus());
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(page.confirmation() && page.confirmation()->isVisible(), 20000);
        box = page.confirmation();
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        QVERIFY(remove);
        remove->click();
        QVERIFY(changed.wait(20000));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->rowOf(1), -1);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("replay_runs"), 1), 0);
        QCOMPARE(RunHistoryFixture::count(project, QStringLiteral("evaluations"), 1), 0);
    }

    void comparesTwoSelectedRuns()
    {
        Session session;
        RunsPage page(&session);
        QAbstractItemModelTester tester(page.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &RunsPage::runsLoaded);
        session.setProjectPath(freshProject());
        QVERIFY(loaded.wait(20000));
        page.selectRuns({ 1, 3 });
        QVERIFY(!page.compareButton()->isEnabled()); // a judge pass is no replay
        page.selectRuns({ 2, 1 });
        QVERIFY(page.compareButton()->isEnabled());
        QSignalSpy shown(&page, &RunsPage::comparisonShown);
        page.compareButton()->click();
        QVERIFY(shown.wait(20000));
        const RunComparisonModel *m = page.comparisonModel();
        QCOMPARE(m->rowCount(), 3);
        int mini = -1;
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, RunComparisonModel::ModelColumn).data(RunComparisonModel::SortRole).toString()
                == QLatin1String("gpt-4o-mini"))
                mini = row;
        QVERIFY(mini >= 0);
        // Run 2 (B) is cheaper, better judged, refuses less and answers faster than run 1 (A): all green.
        for (int column : { RunComparisonModel::CostDeltaColumn, RunComparisonModel::QualityDeltaColumn,
                            RunComparisonModel::RefusalDeltaColumn, RunComparisonModel::LatencyDeltaColumn }) {
            QCOMPARE(m->index(mini, column).data(RunComparisonModel::DirectionRole).toInt(), 1);
            QCOMPARE(m->index(mini, column).data(Qt::ForegroundRole).value<QColor>(), QColor(0x2e, 0x7d, 0x32));
        }
        QCOMPARE(m->index(mini, RunComparisonModel::QualityDeltaColumn).data().toString(), QStringLiteral("+3.0"));
        QCOMPARE(m->index(mini, RunComparisonModel::LatencyDeltaColumn).data().toString(),
                 QStringLiteral("\u221250 ms"));
        QVERIFY(page.comparisonView()->isVisibleTo(&page));
        QVERIFY2(page.comparisonSummary()->text().startsWith(QStringLiteral("Run 2 is ")),
                 qPrintable(page.comparisonSummary()->text()));
        QVERIFY2(page.comparisonSummary()->text().contains(QStringLiteral("cheaper per request than Run 1 on "
                                                                          "gpt-4o-mini, quality +3.0 points")),
                 qPrintable(page.comparisonSummary()->text()));
        if (const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.resize(1300, 700);
            page.show();
            QTest::qWait(200);
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("runs-compare.png"))));
        }
        bool onlyInA = false;
        for (int row = 0; row < m->rowCount(); ++row)
            onlyInA |= m->index(row, 0).data().toString() == QLatin1String("gpt-4o (only in Run 1)");
        QVERIFY(onlyInA);
    }

    void emptyProjectPointsToTheReplayPanel()
    {
        Session session;
        RunsPage page(&session);
        page.resize(800, 500);
        page.show();
        QSignalSpy loaded(&page, &RunsPage::runsLoaded);
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
        }
        session.setProjectPath(path);
        QVERIFY(loaded.wait(20000));
        QVERIFY(page.emptyState()->isVisible());
        const QList<QLabel *> labels = page.emptyState()->findChildren<QLabel *>();
        bool said = false;
        for (QLabel *l : labels)
            said |= l->text() == QStringLiteral("No replay runs yet — start one in the Replay panel.");
        QVERIFY(said);
        QSignalSpy requested(&page, &RunsPage::replayPanelRequested);
        const QList<QPushButton *> buttons = page.emptyState()->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QCOMPARE(requested.size(), 1);
    }

    void tradeoffPickerSwitchesThePlottedRun()
    {
        Session session;
        TradeoffPage page(&session);
        QSignalSpy runs(&page, &TradeoffPage::runsLoaded);
        page.setProject(freshProject());
        QVERIFY(runs.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
        QComboBox *picker = page.runPicker();
        QStringList items;
        for (int i = 0; i < picker->count(); ++i)
            items.append(picker->itemText(i));
        // Newest first, "Latest run" by default; the judge pass is no run to show.
        QCOMPARE(items,
                 QStringList({ QStringLiteral("Latest run"), QStringLiteral("Run 4"), QStringLiteral("Run 2"),
                               QStringLiteral("Run 1") }));
        QCOMPARE(picker->currentIndex(), 0);

        QSignalSpy report(&page, &TradeoffPage::reportChanged);
        picker->setCurrentIndex(picker->findData(qint64(1)));
        emit picker->activated(picker->currentIndex());
        QVERIFY(report.wait(20000));
        QCOMPARE(page.runId(), 1);
        QVERIFY(page.report().runIds.contains(1) && !page.report().runIds.contains(2));
        QVERIFY2(page.tradeoffChart()->models().contains(QStringLiteral("gpt-4o-mini")),
                 qPrintable(page.tradeoffChart()->models().join(u',')));
        QVERIFY(!page.tradeoffChart()->models().contains(QStringLiteral("gpt-3.5-turbo")));

        picker->setCurrentIndex(picker->findData(qint64(2)));
        emit picker->activated(picker->currentIndex());
        QVERIFY(report.wait(20000));
        QVERIFY(page.report().runIds.contains(2)); // with run 1's gpt-4o as its baseline
        QVERIFY2(page.tradeoffChart()->models().contains(QStringLiteral("gpt-3.5-turbo")),
                 qPrintable(page.tradeoffChart()->models().join(u',')));

        // The Runs panel's "Show in Trade-off" goes through setRunId.
        page.setRunId(1);
        QVERIFY(report.wait(20000));
        QCOMPARE(picker->currentData().toLongLong(), 1);
        QVERIFY(!page.report().runIds.contains(2));
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
