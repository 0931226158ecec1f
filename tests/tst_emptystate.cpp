// SPDX-License-Identifier: MIT
// Before there is anything to show, every panel says what to do next, with the button that does it: open or create
// a project, then import logs; once logs are in, the hints step aside.
#include "gen/loggenerator.h"
#include "mainwindow.h"
#include "widgets/emptystatehint.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestEmptyState : public QObject
{
    Q_OBJECT

private slots:
    void hintsLeadFromNoProjectToLogs()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        const QList<EmptyStateHint *> hints = window.findChildren<EmptyStateHint *>();
        const int docks = int(window.findChildren<QDockWidget *>().size());
        QCOMPARE(hints.size(), docks - 1); // every panel but the activity log
        for (EmptyStateHint *h : hints) {
            QCOMPARE(h->state(), EmptyStateHint::State::NoProject);
            QVERIFY(h->textLabel()->text().contains(QLatin1String("Open or create a project")));
            QCOMPARE(h->primaryButton()->text(), QStringLiteral("New Project…"));
        }
        EmptyStateHint *replayHint = window.dock(QStringLiteral("ReplayDock"))->widget()->findChild<EmptyStateHint *>();
        QVERIFY(replayHint);
        QVERIFY(replayHint->isVisible());
        QCOMPARE(replayHint->geometry(), replayHint->parentWidget()->rect());

        QVERIFY(window.openProject(dir.filePath(QStringLiteral("empty.sqlite"))));
        QCOMPARE(replayHint->state(), EmptyStateHint::State::NoLogs);
        QVERIFY(replayHint->textLabel()->text().contains(QLatin1String("Import Portkey logs")));
        QCOMPARE(replayHint->primaryButton()->text(), QStringLiteral("Import Logs…"));
        QVERIFY(replayHint->isVisible());

        LogGenerator::Options o;
        o.rows = 30;
        QString error;
        const QString logs = dir.filePath(QStringLiteral("logs.jsonl"));
        QVERIFY2(LogGenerator::write(logs, o, &error), qPrintable(error));
        QSignalSpy imported(&window, &MainWindow::importFinished);
        window.importFiles({ logs }, true);
        QVERIFY(imported.wait(60000));
        for (EmptyStateHint *h : hints) {
            QCOMPARE(h->state(), EmptyStateHint::State::HasLogs);
            QVERIFY(!h->isVisible());
        }
    }
};

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
