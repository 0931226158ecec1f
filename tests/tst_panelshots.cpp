// SPDX-License-Identifier: MIT
// Every panel on the demo project, as a new user first sees it: rendered offscreen at 1280×800 and 1600×1000, each
// image must not be blank and no label, button, tab or table column in it may cut its text off. With
// SO_SCREENSHOT_DIR set, the images are saved there to be looked at.
#include "demoproject.h"
#include "docks/rolloutpage.h"
#include "mainwindow.h"
#include "models/replayresultsmodel.h"
#include "textfit.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace ShadowOptic;

class TestPanelShots : public QObject
{
    Q_OBJECT

    MainWindow *m_window = nullptr;

    // A blank panel is one colour (or nearly): count distinct colours on a coarse grid.
    static int colours(const QImage &image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(DemoProject::defaultDirectory()).removeRecursively();
        m_window = new MainWindow;
        m_window->resize(1600, 1000);
        m_window->show();
        DemoProject::start(m_window);
        // The demo imports, replays, evaluates, recommends and starts a rollout; it is done when it has gone idle
        // with an experiment in place.
        int idle = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 240000) {
            QTest::qWait(250);
            idle = m_window->isBusy() ? 0 : idle + 1;
            if (idle >= 12 && m_window->rolloutPage()->status().hasExperiment)
                break;
        }
        QVERIFY2(m_window->rolloutPage()->status().hasExperiment, "the demo did not finish");
    }

    void cleanupTestCase() { delete m_window; }

    void everyPanelShowsAndFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void everyPanelShowsAndFits()
    {
        QFETCH(QSize, size);
        m_window->resetLayout();
        m_window->resize(size);
        QTest::qWait(100);
        const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR");
        QStringList problems;
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 9);
        for (QDockWidget *dock : docks) {
            m_window->showDock(dock);
            QTest::qWait(150);
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
            const QImage image = dock->widget()->grab().toImage();
            if (!dir.isEmpty())
                image.save(QStringLiteral("%1/%2-%3x%4.png")
                               .arg(dir, dock->objectName())
                               .arg(size.width())
                               .arg(size.height()));
            if (colours(image) < 8)
                problems << QStringLiteral("%1 looks blank").arg(dock->objectName());
            // Labels, buttons, combo boxes and tabs must show their whole text. Tables of data (logs, replies,
            // clusters) elide long cells by design: the detail view under them shows the whole text.
            for (const QString &cut : TextFit::cutOff(dock->widget()))
                if (!cut.startsWith(QLatin1String("QTableView")) && !cut.startsWith(QLatin1String("QTableWidget"))
                    && !cut.startsWith(QLatin1String("QTreeView")) && !cut.startsWith(QLatin1String("QListView"))
                    && !cut.startsWith(QLatin1String("QPlainTextEdit")) && !cut.startsWith(QLatin1String("QTextEdit")))
                    problems << QStringLiteral("%1: %2").arg(dock->objectName(), cut);
        }
        // At 1600×1000 the Replay results show what came back without scrolling sideways (the panel once got half
        // the window and the log id column pushed status, cost and refusal out of sight).
        if (size.width() >= 1600) {
            m_window->showDock(m_window->findChild<QDockWidget *>(QStringLiteral("ReplayDock")));
            QTest::qWait(150);
            auto *results = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
            QVERIFY(results);
            QHeaderView *header = results->horizontalHeader();
            for (int column : { ReplayResultsModel::ModelColumn, ReplayResultsModel::StatusColumn,
                                ReplayResultsModel::LatencyColumn, ReplayResultsModel::CostColumn,
                                ReplayResultsModel::TokensColumn, ReplayResultsModel::RefusalColumn })
                if (header->sectionViewportPosition(column) < 0
                    || header->sectionViewportPosition(column) + header->sectionSize(column)
                        > results->viewport()->width())
                    problems << QStringLiteral("Replay results: column %1 (%2) is out of sight")
                                    .arg(column)
                                    .arg(results->model()->headerData(column, Qt::Horizontal).toString());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestPanelShots)
#include "tst_panelshots.moc"
