// SPDX-License-Identifier: MIT
// The Cost forecast panel on a synthetic ForecastReport (three models, one unpriced; strata; a what-if with use
// cases and months; a run's predicted vs actual): the headline, the tables, "unpriced" instead of $0, the charts,
// the empty state without a run, "Replay this sample", and no text cut off at 1280×800, alone and as a dock.
#include "charts/forecastaccuracychart.h"
#include "charts/forecastcostchart.h"
#include "charts/forecastwhatifchart.h"
#include "docks/forecastpage.h"
#include "mainwindow.h"
#include "models/forecaststratamodel.h"
#include "models/whatifmodel.h"
#include "replayedproject.h"
#include "session/session.h"
#include "textfit.h"
#include "thememanager.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {

qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

ForecastReport syntheticReport(bool withRun = true)
{
    ForecastReport r;
    r.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("acme-large-2") };
    r.currentModel = QStringLiteral("gpt-4o");
    r.logRows = 20000;
    r.regressor.method = QStringLiteral("gradient-boosted trees (150 × depth 4)");
    r.regressor.rows = 20000;
    r.regressor.folds = 5;
    r.regressor.maeUsd = 0.00012;
    r.regressor.naiveMaeUsd = 0.0019;
    r.regressor.meanCostUsd = 0.0031;

    TokenizerCalibration o200k;
    o200k.model = QStringLiteral("gpt-4o");
    o200k.encoding = QStringLiteral("o200k_base");
    o200k.exact = true;
    o200k.errorPercent = 0.4;
    o200k.rows = 800;
    TokenizerCalibration mini;
    mini.model = QStringLiteral("gpt-4.1-mini");
    mini.encoding = QStringLiteral("o200k_base");
    mini.exact = true;
    TokenizerCalibration acme;
    acme.model = QStringLiteral("acme-large-2");
    acme.encoding = QStringLiteral("cl100k_base");
    acme.ratio = 1.12;
    acme.errorPercent = 4.0;
    acme.rows = 350;
    acme.source = QStringLiteral("acme-small");
    r.calibration = { o200k, mini, acme };
    ForecastModelCost current;
    current.model = QStringLiteral("gpt-4o");
    current.priced = true;
    current.prompts = 180;
    current.expectedUsd = 3.60;
    current.p90Usd = 4.40;
    current.expectedPerPromptUsd = 0.02;
    current.expectedInputTokens = 1450;
    current.expectedOutputTokens = 620;
    current.cachedInputShare = 0.2;
    current.tokenizer = o200k;
    ForecastModelCost cheap = current;
    cheap.model = QStringLiteral("gpt-4.1-mini");
    cheap.expectedUsd = 0.58;
    cheap.p90Usd = 0.75;
    cheap.expectedPerPromptUsd = 0.0032;
    cheap.expectedOutputTokens = 700;
    cheap.tokenizer = mini;
    ForecastModelCost unpriced = current;
    unpriced.model = QStringLiteral("acme-large-2");
    unpriced.priced = false;
    unpriced.expectedUsd = unpriced.p90Usd = unpriced.expectedPerPromptUsd = 0.0;
    unpriced.expectedInputTokens = 1620;
    unpriced.tokenizer = acme;
    r.costs = { current, cheap, unpriced };

    r.sample.budgetUsd = 5.0;
    r.sample.p90 = true;
    r.sample.requested = 200;
    r.sample.available = 2400;
    r.sample.prompts = 180;
    r.sample.predictedUsd = 4.85;
    r.sample.utilization = 0.97;
    r.sample.reason = QStringLiteral("the next prompt would exceed the budget");
    for (int i = 0; i < 180; ++i)
        r.sample.logIds.append(QStringLiteral("log-%1").arg(i));
    const QStringList useCases { QStringLiteral("support"), QStringLiteral("coding") };
    const QStringList bands { QStringLiteral("short (< 500)"), QStringLiteral("long (≥ 2,000)") };
    for (const QString &u : useCases)
        for (const QString &b : bands)
            r.sample.strata.append({ u, b,
                                     u == QStringLiteral("support") ? QStringLiteral("full:overcautious") : QString(),
                                     600, 45, 1.2125 });

    WhatIf base;
    base.model = QStringLiteral("gpt-4o");
    base.priced = true;
    base.requests = 20000;
    base.unpricedRequests = 120;
    base.sampledRows = 2000;
    base.actualUsd = 2950.0;
    base.estimateUsd = 2930.0;
    base.lowUsd = 2860.0;
    base.highUsd = 3000.0;
    base.periodStart = utcMs(2026, 10, 15);
    base.periodEnd = utcMs(2026, 11, 30);
    base.byUseCase = { { QStringLiteral("support"), 12000, 1700.0, 1690.0, 1650.0, 1730.0 },
                       { QStringLiteral("coding"), 8000, 1250.0, 1240.0, 1200.0, 1280.0 } };
    base.byMonth = { { QStringLiteral("2026-10"), 7000, 1000.0, 990.0, 960.0, 1020.0 },
                     { QStringLiteral("2026-11"), 13000, 1950.0, 1940.0, 1890.0, 1990.0 } };
    WhatIf mini4 = base;
    mini4.model = QStringLiteral("gpt-4.1-mini");
    mini4.estimateUsd = 410.0;
    mini4.lowUsd = 375.0;
    mini4.highUsd = 445.0;
    mini4.byUseCase = { { QStringLiteral("support"), 12000, 1700.0, 240.0, 220.0, 260.0 },
                        { QStringLiteral("coding"), 8000, 1250.0, 170.0, 150.0, 190.0 } };
    mini4.byMonth = { { QStringLiteral("2026-10"), 7000, 1000.0, 140.0, 128.0, 152.0 },
                      { QStringLiteral("2026-11"), 13000, 1950.0, 270.0, 247.0, 293.0 } };
    WhatIf acmeWhatIf = base;
    acmeWhatIf.model = QStringLiteral("acme-large-2");
    acmeWhatIf.priced = false;
    acmeWhatIf.estimateUsd = acmeWhatIf.lowUsd = acmeWhatIf.highUsd = 0.0;
    for (WhatIfCell &c : acmeWhatIf.byUseCase)
        c.estimateUsd = c.lowUsd = c.highUsd = 0.0;
    r.whatIf = { base, mini4, acmeWhatIf };

    if (withRun) {
        r.accuracy.runId = 7;
        r.accuracy.answers = 80;
        r.accuracy.predictedUsd = 0.95;
        r.accuracy.actualUsd = 1.01;
        r.accuracy.maeUsd = 0.00041;
        r.accuracy.naiveMaeUsd = 0.0023;
        r.accuracy.medianAbsPercent = 8.5;
        for (int i = 0; i < 40; ++i) {
            const double big = 0.004 + 0.0004 * i;
            const double small = 0.00004 + 0.000005 * i;
            r.accuracy.points.append({ QStringLiteral("log-%1").arg(i), QStringLiteral("gpt-4o"), big, big * 1.07 });
            r.accuracy.points.append(
                { QStringLiteral("log-%1").arg(i), QStringLiteral("gpt-4.1-mini"), small, small * 0.93 });
        }
    }
    return r;
}

// Eight models (two unpriced), twelve months and twelve strata: what a large project brings.
ForecastReport crowdedReport()
{
    ForecastReport r = syntheticReport();
    const ForecastModelCost cheap = r.costs.at(1);
    const WhatIf cheapWhatIf = r.whatIf.at(1);
    const QStringList more { QStringLiteral("gpt-4.1-nano"), QStringLiteral("claude-3-5-haiku-20241022"),
                             QStringLiteral("gemini-2.0-flash-lite"), QStringLiteral("mistral-small-latest"),
                             QStringLiteral("llama-3.3-70b-versatile-unpriced") };
    for (const QString &model : more) {
        ForecastModelCost c = cheap;
        c.model = model;
        c.priced = !model.endsWith(QLatin1String("unpriced"));
        c.expectedUsd *= 0.5;
        c.p90Usd *= 0.5;
        r.costs.append(c);
        WhatIf w = cheapWhatIf;
        w.model = model;
        w.priced = c.priced;
        r.whatIf.append(w);
    }
    for (WhatIf &w : r.whatIf) {
        w.byMonth.clear();
        for (int m = 1; m <= 12; ++m)
            w.byMonth.append(
                { QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0')), 1000, 150.0, 20.0, 18.0, 22.0 });
    }
    const QList<ForecastStratum> strata = r.sample.strata;
    r.sample.strata += strata;
    r.sample.strata += strata;
    return r;
}

// Every tab of the panel in turn: nothing of it is cut off.
void checkNothingCutOff(ForecastPage *page, const QString &name = QString())
{
    for (int tab = 0; tab < page->tabs()->count(); ++tab) {
        page->tabs()->setCurrentIndex(tab);
        QTest::qWait(50); // the tables refit to their rows in a queued call, then the layout follows
        const QStringList cut = TextFit::cutOff(page);
        if (qEnvironmentVariableIsSet("SO_SCREENSHOT_DIR"))
            page->window()->grab().save(qEnvironmentVariable("SO_SCREENSHOT_DIR")
                                        + QStringLiteral("/forecast-%1-%2x%3-tab%4.png")
                                              .arg(!name.isEmpty()              ? name
                                                       : page->window() == page ? QStringLiteral("page")
                                                                                : QStringLiteral("window"))
                                              .arg(page->window()->width())
                                              .arg(page->window()->height())
                                              .arg(tab));
        QVERIFY2(cut.isEmpty(), qPrintable(page->tabs()->tabText(tab) + QStringLiteral(": ") + cut.join(u'\n')));
    }
    page->tabs()->setCurrentIndex(0);
}

} // namespace

class TestForecastPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Month names and separators as the expected strings spell them, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("ShadowOpticTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void showsReport()
    {
        Session session;
        ForecastPage page(&session);
        QAbstractItemModelTester strataTester(page.strataModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester whatIfTester(page.whatIfModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sample(&page, &ForecastPage::useSampleRequested);
        QVERIFY(!page.replayButton()->isEnabled());
        page.showReport(syntheticReport());

        QCOMPARE(page.headlineLabel()->text(),
                 QStringLiteral("On gpt-4.1-mini the imported period (Oct 15 – Nov 30) would have cost $410 ± 35 "
                                "instead of $2,950. acme-large-2: unpriced (no catalog price)."));
        const QString learned = page.learnedLabel()->text();
        QVERIFY2(learned.contains(QLatin1String("20,000 logged requests")), qPrintable(learned));
        QVERIFY2(learned.contains(QLatin1String("cross-validated error $0.00012 per request")), qPrintable(learned));
        QVERIFY2(learned.contains(QStringLiteral("(naive 1.5 × input: $0.0019)")), qPrintable(learned));

        // Predicted cost per model: expected and P90, the tokenizer, and "unpriced" rather than $0.
        QTableWidget *costs = page.costTable();
        QCOMPARE(costs->rowCount(), 3);
        QCOMPARE(costs->item(0, ForecastPage::ModelColumn)->text(), QStringLiteral("gpt-4o (current)"));
        QCOMPARE(costs->item(0, ForecastPage::ExpectedColumn)->text(), QStringLiteral("$3.60"));
        QCOMPARE(costs->item(0, ForecastPage::P90Column)->text(), QStringLiteral("$4.40"));
        QCOMPARE(costs->item(1, ForecastPage::PerPromptColumn)->text(), QStringLiteral("$0.0032"));
        QCOMPARE(costs->item(1, ForecastPage::TokensColumn)->text(), QStringLiteral("1,450 → 700"));
        QCOMPARE(costs->item(0, ForecastPage::TokenizerColumn)->text(),
                 QStringLiteral("exact o200k · 1.00 × o200k · ±0.4 % on 800 logged prompts"));
        QCOMPARE(costs->item(2, ForecastPage::TokenizerColumn)->text(),
                 QStringLiteral("cl100k · 1.12 × cl100k · ±4.0 % on 350 logged prompts · from acme-small"));
        for (int c : { ForecastPage::ExpectedColumn, ForecastPage::P90Column, ForecastPage::PerPromptColumn })
            QCOMPARE(costs->item(2, c)->text(), QStringLiteral("unpriced"));
        for (int c = 0; c < costs->columnCount(); ++c)
            QVERIFY(!costs->item(2, c)->text().contains(QLatin1String("$0")));
        QCOMPARE(page.costChart()->categories(),
                 QStringList({ QStringLiteral("gpt-4o (current)"), QStringLiteral("gpt-4.1-mini"),
                               QStringLiteral("acme-large-2") }));
        QCOMPARE(page.costChart()->whiskerCount(), 2);
        QCOMPARE(page.costChart()->unpricedCount(), 1);

        // The sampler: its choice against the budget, and one row per stratum.
        const QString summary = page.sampleLabel()->text();
        QVERIFY2(summary.contains(QLatin1String("180 of 2,400 replayable prompts")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("$4.85 of the $5.00 budget (97.0% used, priced at P90)")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("the next prompt would exceed the budget")));
        QCOMPARE(page.strataModel()->rowCount(), 4);
        QCOMPARE(page.strataView()->model()->rowCount(), 4);
        QCOMPARE(page.strataModel()->index(0, ForecastStrataModel::Cluster).data().toString(),
                 QStringLiteral("Full · Over-cautious"));
        QCOMPARE(page.strataModel()->index(2, ForecastStrataModel::Cluster).data().toString(), QStringLiteral("–"));
        QCOMPARE(page.strataModel()->index(0, ForecastStrataModel::Cost).data().toString(), QStringLiteral("$1.21"));
        QVERIFY(page.replayButton()->isEnabled());
        page.replayButton()->click();
        QCOMPARE(sample.count(), 1);
        QCOMPARE(sample.first().at(0).toStringList().size(), 180);
        QCOMPARE(sample.first().at(0).toStringList().first(), QStringLiteral("log-0"));
        QCOMPARE(sample.first().at(1).toDouble(), 5.0);

        // The what-if per model, then one model per use case and per month.
        WhatIfModel *whatIf = page.whatIfModel();
        QCOMPARE(whatIf->breakdown(), WhatIfModel::Breakdown::Models);
        QCOMPARE(whatIf->rowCount(), 3);
        QCOMPARE(whatIf->index(1, WhatIfModel::Estimate).data().toString(), QStringLiteral("$410.00"));
        QCOMPARE(whatIf->index(1, WhatIfModel::Interval).data().toString(), QStringLiteral("$375.00 – $445.00"));
        QCOMPARE(whatIf->index(1, WhatIfModel::Change).data().toString(), QStringLiteral("−86%"));
        QCOMPARE(whatIf->index(2, WhatIfModel::Estimate).data().toString(), QStringLiteral("unpriced"));
        QCOMPARE(whatIf->index(2, WhatIfModel::Interval).data().toString(), QStringLiteral("unpriced"));
        QCOMPARE(whatIf->index(2, WhatIfModel::Actual).data().toString(), QStringLiteral("$2,950.00"));
        QCOMPARE(whatIf->index(0, WhatIfModel::Key).data().toString(), QStringLiteral("gpt-4o (current)"));
        QVERIFY2(page.whatIfNote()->text().contains(QLatin1String("120 requests without a logged cost")),
                 qPrintable(page.whatIfNote()->text()));
        QCOMPARE(page.whatIfChart()->categories(),
                 QStringList({ QStringLiteral("gpt-4o (current)"), QStringLiteral("gpt-4.1-mini"),
                               QStringLiteral("acme-large-2") }));
        QCOMPARE(page.whatIfChart()->whiskerCount(), 2);
        QCOMPARE(page.whatIfChart()->unpricedCount(), 1);
        QVERIFY(page.whatIfView()->isColumnHidden(WhatIfModel::Requests));
        page.setWhatIfBreakdown(WhatIfModel::Breakdown::Month, QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(whatIf->model(), QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(whatIf->rowCount(), 2);
        QCOMPARE(whatIf->index(0, WhatIfModel::Key).data().toString(), QStringLiteral("October 2026"));
        QVERIFY(!page.whatIfView()->isColumnHidden(WhatIfModel::Requests));
        QCOMPARE(whatIf->index(1, WhatIfModel::Estimate).data().toString(), QStringLiteral("$270.00"));
        QCOMPARE(page.whatIfChart()->categories(),
                 QStringList({ QStringLiteral("October 2026"), QStringLiteral("November 2026") }));
        page.setWhatIfBreakdown(WhatIfModel::Breakdown::UseCase, QStringLiteral("acme-large-2"));
        QCOMPARE(whatIf->rowCount(), 2);
        QCOMPARE(whatIf->index(0, WhatIfModel::Key).data().toString(), QStringLiteral("support"));
        QCOMPARE(whatIf->index(0, WhatIfModel::Estimate).data().toString(), QStringLiteral("unpriced"));
        page.setWhatIfBreakdown(WhatIfModel::Breakdown::Models);
        QCOMPARE(whatIf->rowCount(), 3);

        // Predicted vs actual: one scatter series per model, log axes for costs a hundredfold apart.
        ForecastAccuracyChart *accuracy = page.accuracyChart();
        QVERIFY(!accuracy->isEmptyState());
        QCOMPARE(accuracy->modelSeriesCount(), 2);
        QCOMPARE(accuracy->pointCount(), 80);
        QVERIFY(accuracy->isLogScale());
        QVERIFY(accuracy->legendLabel()->text().contains(QStringLiteral("gpt-4.1-mini\u00a0(40\u00a0answers)")));
        const QString figures = page.accuracyLabel()->text();
        QVERIFY2(figures.contains(QLatin1String("Run 7: 80 answers compared.")), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1String("Mean absolute error: $0.00041 per answer")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("Naive 1.5 × input: $0.0023 per answer")), qPrintable(figures));
        QVERIFY2(figures.contains(QLatin1String("Median |error|: 8.5%")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("$0.9500 (−5.9%)")), qPrintable(figures));
    }

    void emptyStateWithoutRun()
    {
        Session session;
        ForecastPage page(&session);
        QVERIFY(page.accuracyChart()->isEmptyState());
        page.showReport(syntheticReport(false));
        QVERIFY(page.accuracyChart()->isEmptyState());
        QCOMPARE(page.accuracyChart()->modelSeriesCount(), 0);
        QCOMPARE(page.accuracyChart()->emptyText(),
                 QStringLiteral("Replay a sample to compare predicted with actual costs."));
        // A new report with a run replaces the hint; one without brings it back.
        page.showReport(syntheticReport(true));
        QVERIFY(!page.accuracyChart()->isEmptyState());
        page.showReport(syntheticReport(false));
        QVERIFY(page.accuracyChart()->isEmptyState());
    }

    void noPricedCandidate()
    {
        ForecastReport r = syntheticReport(false);
        r.whatIf.removeAt(1);
        QCOMPARE(ForecastPage::headline(r),
                 QStringLiteral("No candidate has a price in the catalog, so none can be compared with the logged "
                                "spend. acme-large-2: unpriced (no catalog price)."));
        QVERIFY(ForecastPage::headline(ForecastReport()).isEmpty());
    }

    void controlsMakeTheRequest()
    {
        Session session;
        ForecastPage page(&session);
        QCOMPARE(page.request().models, QStringList());
        QCOMPARE(page.request().budgetUsd, 0.0);
        page.setModels({ QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-mini") });
        page.setBudget(12.5);
        page.setSampleSize(300);
        page.setP90(true);
        const CostForecastJob::Request r = page.request();
        QCOMPARE(r.models, QStringList({ QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-mini") }));
        QCOMPARE(r.budgetUsd, 12.5);
        QCOMPARE(r.sampleSize, 300);
        QVERIFY(r.p90);
        // Without a project nothing starts, and the status says what to do.
        page.refresh();
        QVERIFY(!page.isBusy());
        QVERIFY2(page.statusLabel()->text().contains(QLatin1String("Open a project")),
                 qPrintable(page.statusLabel()->text()));
        // Ctrl+Shift+F asks for a forecast; without a project the message bar says why nothing happens.
        QSignalSpy messages(&page, &ForecastPage::message);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().at(1).toBool());
        QVERIFY(messages.first().at(0).toString().contains(QLatin1String("Open or create a project first")));
    }

    void nothingCutOffAlone_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("crowded");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << false;
        QTest::newRow("1280x800 crowded") << QSize(1280, 800) << true;
    }

    void nothingCutOffAlone()
    {
        QFETCH(QSize, size);
        QFETCH(bool, crowded);
        Session session;
        ForecastPage page(&session);
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        if (!crowded)
            checkNothingCutOff(&page, QStringLiteral("empty"));
        page.showReport(crowded ? crowdedReport() : syntheticReport());
        checkNothingCutOff(&page, crowded ? QStringLiteral("crowded-page") : QString());
    }

    // Both charts follow the dark palette instead of QtCharts' white theme.
    void darkPalette()
    {
        ThemeManager::apply(true);
        Session session;
        ForecastPage page(&session);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showReport(syntheticReport());
        const QColor base = page.palette().color(QPalette::Base);
        QVERIFY(base.lightness() < 100);
        // Placeholder text ("Search prompts…") reads on the dark base (it was 30 lightness units from it).
        QVERIFY(page.palette().color(QPalette::PlaceholderText).lightness() - base.lightness() > 80);
        QCOMPARE(page.costChart()->chart()->backgroundBrush().color(), base);
        QCOMPARE(page.accuracyChart()->chart()->backgroundBrush().color(), base);
        QCOMPARE(page.whatIfChart()->chart()->backgroundBrush().color(), base);
        QCOMPARE(page.costChart()->chart()->titleBrush().color(), page.palette().color(QPalette::Text));
        checkNothingCutOff(&page, QStringLiteral("dark"));
        ThemeManager::apply(false);
        QTRY_VERIFY(page.costChart()->chart()->backgroundBrush().color().lightness() > 200);
    }

    void dockInMainWindow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("crowded");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << false;
        QTest::newRow("1280x800 crowded") << QSize(1280, 800) << true;
    }

    void dockInMainWindow()
    {
        QFETCH(QSize, size);
        QFETCH(bool, crowded);
        MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget *dock = w.dock(QStringLiteral("ForecastDock"));
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Cost forecast"));
        QAction *show = dock->findChild<QAction *>(QStringLiteral("ForecastDockAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::ALT | Qt::Key_7));
        QVERIFY(w.dock(QStringLiteral("RefusalsDock")));
        QVERIFY(w.tabifiedDockWidgets(w.dock(QStringLiteral("RefusalsDock"))).contains(dock));
        QCOMPARE(dock->widget(), static_cast<QWidget *>(w.forecastPage()));
        dock->show();
        dock->raise();
        w.forecastPage()->showReport(crowded ? crowdedReport() : syntheticReport());
        QTRY_VERIFY(w.forecastPage()->isVisible());
        checkNothingCutOff(w.forecastPage(), crowded ? QStringLiteral("crowded-window") : QString());
        // The page fits the dock: nothing hangs below its bottom edge.
        QVERIFY2(w.forecastPage()->height() <= dock->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(w.forecastPage()->height()).arg(dock->height())));
    }

    // The panel on the real engine: a generated project replayed on the built-in simulator. The forecast runs on
    // opening, shows every model's cost, the sampler's strata, the what-if, and predicted against actual.
    void forecastsARealProject()
    {
        QTemporaryDir dir;
        ReplayedProject::Options o;
        o.rows = 1500;
        o.sample = 40;
        o.models = { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini") };
        QString project, error;
        QVERIFY2(ReplayedProject::create(dir.path(), QStringLiteral("real"), o, &project, &error), qPrintable(error));
        Session session;
        session.setProjectPath(project);
        ReplayTarget target;
        QVERIFY2(session.resolveTarget(&target, &error), qPrintable(error));
        ReplayProgress progress;
        QVERIFY2(ReplayedProject::replay(project, target, o, &progress, &error), qPrintable(error));

        ForecastPage page(&session);
        page.resize(1280, 800);
        page.show();
        page.setModels(o.models);
        page.setBudget(0.5);
        QSignalSpy changed(&page, &ForecastPage::reportChanged);
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !page.isBusy(), 120000);
        const ForecastReport &r = page.report();
        QCOMPARE(r.costs.size(), 2);
        QVERIFY(r.sample.prompts > 0 && r.sample.utilization <= 1.0);
        QVERIFY(page.headlineLabel()->text().contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(page.strataModel()->rowCount() > 0);
        QCOMPARE(r.accuracy.runId, progress.runId);
        QVERIFY(r.accuracy.answers > 0);
        QVERIFY(!page.accuracyChart()->isEmptyState());
        QCOMPARE(page.accuracyChart()->pointCount(), int(r.accuracy.points.size()));
        checkNothingCutOff(&page, QStringLiteral("real"));

        QSignalSpy use(&page, &ForecastPage::useSampleRequested);
        page.replayButton()->click();
        QCOMPARE(use.size(), 1);
        QCOMPARE(use.first().at(0).toStringList(), r.sample.logIds);
    }
};

QTEST_MAIN(TestForecastPage)
#include "tst_forecastpage.moc"
