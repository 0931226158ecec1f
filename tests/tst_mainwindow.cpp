// SPDX-License-Identifier: MIT
#include "docks/activitylogpage.h"
#include "docks/logspage.h"
#include "docks/recommendationpage.h"
#include "docks/replaypage.h"
#include "domain/importreport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/logsmodel.h"
#include "settings.h"
#include "store/projectstore.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ShadowOptic;

class TestMainWindow : public QObject
{
    Q_OBJECT

    // One statement on a database file, behind the application's back (a crash's leftovers, a foreign database).
    static bool execOn(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("raw");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ShadowOpticTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void importShowsRecordsInLogsDock()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(w.dock(QStringLiteral("LogsDock")));
        QVERIFY(w.dock(QStringLiteral("ActivityLogDock")));
        QVERIFY(w.openProject(dir.filePath(QStringLiteral("gui.sqlite"))));
        QSignalSpy done(&w, &MainWindow::importFinished);
        w.importFiles({ QStringLiteral(SO_TEST_DATA_DIR "/import/truncated.jsonl") }, true);
        QVERIFY(w.isBusy());
        QVERIFY(done.wait(10000));
        const auto report = done.first().first().value<ImportReport>();
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped, 2);
        QTRY_COMPARE(w.logsPage()->model()->rowCount(), 2);
        // Selecting a row fills the detail view.
        w.logsPage()->view()->selectRow(0);
        QTRY_VERIFY(w.findChild<QTextBrowser *>() && !w.findChild<QTextBrowser *>()->toPlainText().isEmpty());
        // The messages are read back from the raw record (schema 3 stores a prompt once).
        QVERIFY2(w.findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("system: You are helpful.")),
                 qPrintable(w.findChild<QTextBrowser *>()->toPlainText().left(300)));
    }

    // An import killed after it committed rows leaves a report without finished_at; opening the project says what
    // that import stored and how to add the rest.
    void openingAProjectNamesAnUnfinishedImport()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("killed.sqlite"));
        {
            MainWindow w;
            QVERIFY(w.openProject(project));
            QSignalSpy done(&w, &MainWindow::importFinished);
            w.importFiles({ QStringLiteral(SO_TEST_DATA_DIR "/import/truncated.jsonl") }, true);
            QVERIFY(done.wait(10000));
        }
        QVERIFY(execOn(project, QStringLiteral("UPDATE import_reports SET finished_at = NULL")));
        MainWindow w;
        QVERIFY(w.openProject(project, ProjectStore::OpenMode::OpenExisting));
        auto *activity = w.findChild<ActivityLogPage *>();
        QVERIFY(activity);
        QVERIFY2(activity->text().contains(QLatin1String("did not finish: 2 rows stored")),
                 qPrintable(activity->text().right(400)));
    }

    void badProjectShowsInlineError()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.openProject(QStringLiteral(SO_TEST_DATA_DIR "/import/notes.txt")));
        QVERIFY(w.currentMessage().contains(QLatin1String("not a Shadow Optic project")));
    }

    // File ▸ Open shows the same refusal as the command line, and neither a foreign database nor a missing file
    // is touched.
    void openRefusesOtherDatabasesAndMissingFiles()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(execOn(other, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        QFile f(other);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        MainWindow w;
        w.show();
        QVERIFY(!w.openProject(other, ProjectStore::OpenMode::OpenExisting));
        QVERIFY2(w.currentMessage().contains(QStringLiteral("'%1' is not a Shadow Optic project").arg(other)),
                 qPrintable(w.currentMessage()));
        QVERIFY(w.projectPath().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        const QString gone = dir.filePath(QStringLiteral("gone.sqlite"));
        QVERIFY(!w.openProject(gone, ProjectStore::OpenMode::OpenExisting));
        QVERIFY2(w.currentMessage().contains(QStringLiteral("Project '%1' does not exist.").arg(gone)),
                 qPrintable(w.currentMessage()));
        QVERIFY(!QFileInfo::exists(gone));
    }

    void languageSwitchesAtRuntime()
    {
        MainWindow w;
        w.show();
        LanguageManager languages(&w);
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QTRY_COMPARE(w.dock(QStringLiteral("ActivityLogDock"))->windowTitle(), QStringLiteral("Aktivitätsprotokoll"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(w.logsPage()->model()->headerData(LogsModel::ModelColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Modell"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(w.dock(QStringLiteral("ActivityLogDock"))->windowTitle(), QStringLiteral("Activity log"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void resetLayoutRestoresClosedDocks()
    {
        MainWindow w;
        w.show();
        QDockWidget *logs = w.dock(QStringLiteral("LogsDock"));
        logs->close();
        QVERIFY(!logs->isVisible());
        w.resetLayout();
        QVERIFY(logs->isVisible());
    }

    // Before any project: nothing to start, SPEC §6's profile defaults, and a complaint made then is gone once a
    // project is open.
    void noProjectYet()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.replayPage()->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        const UserProfile p = w.recommendationPage()->profile();
        QCOMPARE(p.maxCostPerRequestUsd, 0.10);
        QCOMPARE(p.maxLatencyMs, 5000);
        QCOMPARE(p.minQuality, 70.0);
        QVERIFY(!p.volumeSet);
        w.showMessage(QStringLiteral("Open or create a project before replaying."), true);
        QVERIFY(!w.currentMessage().isEmpty());
        QTemporaryDir dir;
        QVERIFY(w.openProject(dir.filePath(QStringLiteral("p.sqlite"))));
        QVERIFY(w.currentMessage().isEmpty());
        QTRY_VERIFY(w.replayPage()->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000); // the panels' reads of the new project end before the window
    }

    // A relaunch reopens the newest project that still exists; a file named on the command line wins.
    void relaunchReopensTheLastProject()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.sqlite"));
        const QString kept = dir.filePath(QStringLiteral("kept.sqlite"));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(kept, &error), qPrintable(error));
        }
        Settings::instance()->addRecentProject(kept);
        Settings::instance()->addRecentProject(gone); // newest, but deleted since
        QCOMPARE(MainWindow::startupProject(QString()), kept);
        QCOMPARE(MainWindow::startupProject(QStringLiteral("/x/named.sqlite")), QStringLiteral("/x/named.sqlite"));
    }

    // Alt+N shows a panel and brings its tab to the front, however often it is pressed (it used to toggle: Alt+3
    // on a Trade-off panel behind another tab hid it, and pressing again restored it still behind). The Window menu
    // lists the panels in shortcut order.
    void shortcutsShowPanelsInOrder()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *tradeoff = w.dock(QStringLiteral("TradeoffDock"));
        w.dock(QStringLiteral("RolloutDock"))->raise();
        QTest::qWait(50);
        QVERIFY(tradeoff->visibleRegion().isEmpty()); // behind the Rollout tab
        for (int press = 0; press < 2; ++press) {
            QTest::keyClick(&w, Qt::Key_3, Qt::AltModifier);
            QTRY_VERIFY(!tradeoff->visibleRegion().isEmpty());
            QVERIFY(tradeoff->isVisible());
        }
        tradeoff->close();
        QTest::keyClick(&w, Qt::Key_3, Qt::AltModifier);
        QTRY_VERIFY(tradeoff->isVisible() && !tradeoff->visibleRegion().isEmpty());

        QMenu *window = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->text() == QLatin1String("&Window"))
                window = a->menu();
        QVERIFY(window);
        QStringList shortcuts;
        for (QAction *a : window->actions())
            if (!a->shortcut().isEmpty())
                shortcuts.append(a->shortcut().toString());
        QCOMPARE(shortcuts.join(u' '), QStringLiteral("Alt+1 Alt+2 Alt+3 Alt+4 Alt+5 Alt+6 Alt+7 Alt+8 Alt+9 Alt+0"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
