// SPDX-License-Identifier: MIT
#include "docks/logspage.h"
#include "domain/importreport.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/logsmodel.h"

#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
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
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
