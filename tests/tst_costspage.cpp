// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "charts/costbarchart.h"
#include "costs/costreport.h"
#include "docks/costspage.h"
#include "logrowbuilder.h"
#include "models/costrowsmodel.h"
#include "models/costrowsproxymodel.h"
#include "session/session.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

/** The Costs panel on a project with known rows: gpt-4o (openai) logged at exactly the catalog's price, Claude 3.5
 *  Sonnet (anthropic) logged about 19 % above it, and a deployment the catalog cannot price. Set SO_SCREENSHOT_DIR
 *  to also save a 1200×800 render of the panel. */
class TestCostsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static constexpr double GptEach = 0.0075; // 1,000 × $2.50 + 500 × $10 per 1M tokens
    static constexpr double ClaudeComputedEach = 0.021; // 2,000 × $3 + 1,000 × $15 per 1M tokens
    static constexpr double ClaudeLoggedEach = 0.025;

    static qint64 ms(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    }

    static CostReport expected(const QString &project, CostReport::Grouping grouping, const PriceAdjustment &a = {})
    {
        ProjectStore store;
        PriceCatalog catalog;
        QString error;
        CostReport report;
        if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)
            || !CatalogStore(store).load(&catalog, &error)
            || !CostReport::compute(store, catalog, grouping, a, &report, &error))
            qWarning("%s", qPrintable(error));
        return report;
    }

    /** Opens the project in the session and waits for the panel's first report. */
    static bool load(Session &session, CostsPage &page, const QString &project)
    {
        QSignalSpy shown(&page, &CostsPage::reportChanged);
        session.setProjectPath(project);
        return shown.wait(20000) || shown.count() > 0;
    }

    static bool waitForReport(CostsPage &page)
    {
        QSignalSpy shown(&page, &CostsPage::reportChanged);
        return shown.wait(20000) || shown.count() > 0;
    }

    static QVariant raw(const CostRowsModel *model, int row, int column)
    {
        return model->index(row, column).data(CostRowsModel::RawValueRole);
    }

    static int rowOf(const CostRowsModel *model, const QString &key)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (raw(model, r, CostRowsModel::KeyColumn).toString() == key && r != model->totalRow())
                return r;
        return -1;
    }

    static QStringList keys(const CostRowsModel *model)
    {
        QStringList out;
        for (int r = 0; r < model->rowCount(); ++r)
            out.append(model->index(r, CostRowsModel::KeyColumn).data().toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the money and percent texts below
        m_project = m_dir.filePath(QStringLiteral("costs.sqlite"));
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        const auto gpt = [](const QString &id, const char *when) {
            return LogRowBuilder(id)
                .model(QStringLiteral("gpt-4o"))
                .provider(QStringLiteral("openai"))
                .tokens(1000, 500)
                .costUsd(GptEach)
                .createdAtMs(ms(when))
                .useCase(QStringLiteral("support"));
        };
        const auto claude = [](const QString &id) {
            return LogRowBuilder(id)
                .model(QStringLiteral("claude-3-5-sonnet-20241022"))
                .provider(QStringLiteral("anthropic"))
                .tokens(2000, 1000)
                .costUsd(ClaudeLoggedEach)
                .createdAtMs(ms("2026-11-03T10:00:00Z"))
                .useCase(QStringLiteral("search"));
        };
        const auto azure = [](const QString &id) {
            return LogRowBuilder(id)
                .model(QStringLiteral("my-azure-deployment"))
                .provider(QStringLiteral("azure-openai"))
                .tokens(800, 200)
                .createdAtMs(ms("2026-11-04T10:00:00Z"))
                .useCase(QStringLiteral("support"));
        };
        QVERIFY2(LogRowBuilder::insert(store,
                                       { gpt(QStringLiteral("g1"), "2026-10-01T10:00:00Z"),
                                         gpt(QStringLiteral("g2"), "2026-10-02T10:00:00Z"),
                                         gpt(QStringLiteral("g3"), "2026-11-01T10:00:00Z"),
                                         claude(QStringLiteral("c1")), claude(QStringLiteral("c2")),
                                         azure(QStringLiteral("a1")), azure(QStringLiteral("a2")) },
                                       &error),
                 qPrintable(error));
    }

    void showsTheReportByModel()
    {
        Session session;
        CostsPage page(&session);
        QAbstractItemModelTester modelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(session, page, m_project));
        const CostReport want = expected(m_project, CostReport::Grouping::Model);
        const CostRowsModel *model = page.model();

        QCOMPARE(model->rowCount(), int(want.rows.size()) + 1);
        QCOMPARE(model->rowCount(), 4); // gpt-4o, Claude, the deployment, total
        const int total = model->totalRow();
        QCOMPARE(model->index(total, CostRowsModel::KeyColumn).data().toString(), QStringLiteral("Total"));
        QCOMPARE(raw(model, total, CostRowsModel::TotalColumn).toDouble(), want.total.totalUsd());
        QCOMPARE(raw(model, total, CostRowsModel::LoggedColumn).toDouble(), want.total.loggedUsd);
        QCOMPARE(raw(model, total, CostRowsModel::ComputedColumn).toDouble(), want.total.computedUsd);
        QCOMPARE(raw(model, total, CostRowsModel::RequestsColumn).toLongLong(), want.total.requests);
        QCOMPARE(raw(model, total, CostRowsModel::UnpricedColumn).toLongLong(), want.total.unpricedRequests);
        // The same figures by hand: logged gpt-4o and Claude; the deployment counted, never summed as $0.
        QVERIFY(std::abs(want.total.totalUsd() - (3 * GptEach + 2 * ClaudeLoggedEach)) < 1e-12);
        QVERIFY(std::abs(raw(model, total, CostRowsModel::ComputedColumn).toDouble()
                         - (3 * GptEach + 2 * ClaudeComputedEach))
                < 1e-12);
        QCOMPARE(raw(model, total, CostRowsModel::UnpricedColumn).toLongLong(), 2);
        QCOMPARE(raw(model, total, CostRowsModel::RequestsColumn).toLongLong(), 7);

        // The headline says what is left out.
        QCOMPARE(page.headlineLabel()->text(), want.headline());
        QVERIFY2(page.headlineLabel()->text().contains(QStringLiteral("2 request(s) on 1 unpriced model")),
                 qPrintable(page.headlineLabel()->text()));
        QVERIFY(!page.statusLabel()->isVisibleTo(&page));

        // Claude's bill is ~19 % over the catalog: flagged, highlighted, explained.
        const int claude = rowOf(model, QStringLiteral("claude-3-5-sonnet-20241022"));
        QVERIFY(claude >= 0);
        QVERIFY(model->index(claude, 0).data(CostRowsModel::FlaggedRole).toBool());
        QVERIFY(!model->index(rowOf(model, QStringLiteral("gpt-4o")), 0).data(CostRowsModel::FlaggedRole).toBool());
        const QModelIndex claudeProxy = page.proxy()->mapFromSource(model->index(claude, 0));
        QVERIFY(claudeProxy.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(claude, CostRowsModel::DifferenceColumn).data().toString(), QStringLiteral("+19.0%"));
        const QString tip = model->index(claude, CostRowsModel::DifferenceColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("price changes")) && tip.contains(QStringLiteral("more than 5%")),
                 qPrintable(tip));

        // The re-priced column only appears with an adjustment; the provider column only by model.
        QVERIFY(page.view()->isColumnHidden(CostRowsModel::RepricedColumn));
        QVERIFY(!page.view()->isColumnHidden(CostRowsModel::ProviderColumn));

        // The unpriced deployment is listed with the catalog's explanation.
        const QTableWidget *unpriced = page.unpricedView();
        QCOMPARE(unpriced->rowCount(), 1);
        QCOMPARE(unpriced->item(0, 0)->text(), QStringLiteral("my-azure-deployment"));
        QCOMPARE(unpriced->item(0, 2)->text(), QStringLiteral("2"));
        QVERIFY2(unpriced->item(0, 3)->text().startsWith(QStringLiteral("No price")),
                 qPrintable(unpriced->item(0, 3)->text()));
        QVERIFY2(
            unpriced->item(0, 0)->toolTip().startsWith(QStringLiteral("2 log(s) of 'my-azure-deployment': No price")),
            qPrintable(unpriced->item(0, 0)->toolTip()));

        // The chart draws one row per model, most expensive on top.
        QCOMPARE(page.chart()->keys(),
                 QStringList({ QStringLiteral("claude-3-5-sonnet-20241022"), QStringLiteral("gpt-4o"),
                               QStringLiteral("my-azure-deployment") }));
    }

    void sortingKeepsTheTotalLast()
    {
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, m_project));
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            page.view()->sortByColumn(CostRowsModel::TotalColumn, order);
            const QAbstractItemModel *proxy = page.proxy();
            const int last = proxy->rowCount() - 1;
            QVERIFY(proxy->index(last, 0).data(CostRowsModel::IsTotalRole).toBool());
            const double first = proxy->index(0, CostRowsModel::TotalColumn).data(CostRowsModel::SortRole).toDouble();
            const double second = proxy->index(1, CostRowsModel::TotalColumn).data(CostRowsModel::SortRole).toDouble();
            QVERIFY(order == Qt::AscendingOrder ? first <= second : first >= second);
        }
    }

    void groupingChangesTheRows()
    {
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, m_project));
        const double total = raw(page.model(), page.model()->totalRow(), CostRowsModel::TotalColumn).toDouble();

        page.setGrouping(CostReport::Grouping::Month);
        QVERIFY(waitForReport(page));
        QCOMPARE(keys(page.model()),
                 QStringList({ QStringLiteral("2026-10"), QStringLiteral("2026-11"), QStringLiteral("Total") }));
        QCOMPARE(page.model()->headerData(CostRowsModel::KeyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Month"));
        QVERIFY(page.view()->isColumnHidden(CostRowsModel::ProviderColumn));
        const int october = rowOf(page.model(), QStringLiteral("2026-10"));
        QVERIFY(std::abs(raw(page.model(), october, CostRowsModel::TotalColumn).toDouble() - 2 * GptEach) < 1e-12);
        QCOMPARE(raw(page.model(), page.model()->totalRow(), CostRowsModel::TotalColumn).toDouble(), total);

        page.setGrouping(CostReport::Grouping::UseCase);
        QVERIFY(waitForReport(page));
        QStringList useCases = keys(page.model());
        QCOMPARE(useCases.size(), 3);
        useCases.removeLast();
        useCases.sort();
        QCOMPARE(useCases, QStringList({ QStringLiteral("search"), QStringLiteral("support") }));
        const CostReport want = expected(m_project, CostReport::Grouping::UseCase);
        QCOMPARE(page.report().rows.size(), want.rows.size());
        QCOMPARE(raw(page.model(), page.model()->totalRow(), CostRowsModel::TotalColumn).toDouble(),
                 want.total.totalUsd());
    }

    void discountRepricesTheProvider()
    {
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, m_project));
        page.setDiscount(QStringLiteral("anthropic"), 20);
        QVERIFY(waitForReport(page));
        const CostRowsModel *model = page.model();
        QVERIFY(model->hasRepricing());
        QVERIFY(!page.view()->isColumnHidden(CostRowsModel::RepricedColumn));

        const int claude = rowOf(model, QStringLiteral("claude-3-5-sonnet-20241022"));
        const int gpt = rowOf(model, QStringLiteral("gpt-4o"));
        const double claudeList = 2 * ClaudeComputedEach;
        // Exactly 20 % off Anthropic's list price, OpenAI unchanged.
        QVERIFY(std::abs(raw(model, claude, CostRowsModel::RepricedColumn).toDouble() - 0.8 * claudeList) < 1e-12);
        QVERIFY(std::abs(raw(model, gpt, CostRowsModel::RepricedColumn).toDouble() - 3 * GptEach) < 1e-12);
        const CostRow &total = model->costRow(model->totalRow());
        QVERIFY(std::abs(total.repricedUsd - (total.listUsd - 0.2 * claudeList)) < 1e-12);
        PriceAdjustment adjustment;
        adjustment.discountPercent.insert(QStringLiteral("anthropic"), 20);
        QCOMPARE(raw(model, model->totalRow(), CostRowsModel::RepricedColumn).toDouble(),
                 expected(m_project, CostReport::Grouping::Model, adjustment).total.repricedUsd);

        const QString sentence = page.repricingLabel()->text();
        QVERIFY2(sentence.startsWith(QStringLiteral("Under anthropic 20.0% off, this period would have cost $0.0561 "
                                                    "instead of $0.0645 at list price (−$0.0084).")),
                 qPrintable(sentence));
        QCOMPARE(page.chart()->keys().size(), 3);

        page.clearAdjustment();
        QVERIFY(waitForReport(page));
        QVERIFY(!page.model()->hasRepricing());
        QVERIFY(page.view()->isColumnHidden(CostRowsModel::RepricedColumn));
    }

    void priceFileReprices()
    {
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, m_project));
        // A Portkey pricing file names its provider by file name: Anthropic at half the list price (cents/token).
        const QString prices = m_dir.filePath(QStringLiteral("anthropic.json"));
        {
            QFile f(prices);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"claude-3-5-sonnet-20241022": {"pricing_config": {"pay_as_you_go": {)"
                    R"("request_token": {"price": 0.00015}, "response_token": {"price": 0.00075}}}}})");
        }
        page.setPriceFile(prices);
        QVERIFY(waitForReport(page));
        const CostRowsModel *model = page.model();
        QVERIFY(model->hasRepricing());
        const int claude = rowOf(model, QStringLiteral("claude-3-5-sonnet-20241022"));
        QVERIFY(std::abs(raw(model, claude, CostRowsModel::RepricedColumn).toDouble() - ClaudeComputedEach) < 1e-12);
        QVERIFY(std::abs(raw(model, rowOf(model, QStringLiteral("gpt-4o")), CostRowsModel::RepricedColumn).toDouble()
                         - 3 * GptEach)
                < 1e-12);
        QVERIFY2(page.repricingLabel()->text().startsWith(QStringLiteral("Under prices from anthropic.json,")),
                 qPrintable(page.repricingLabel()->text()));

        // A file that is no price list is reported, and the panel goes back to the catalog alone.
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.json"));
        {
            QFile f(bogus);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"hello": "world"})");
        }
        QSignalSpy messages(&page, &CostsPage::message);
        page.setPriceFile(bogus);
        QVERIFY(waitForReport(page));
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.constFirst().at(1).toBool());
        QVERIFY2(messages.constFirst().at(0).toString().contains(QStringLiteral("bogus.json")),
                 qPrintable(messages.constFirst().at(0).toString()));
        QVERIFY(!page.model()->hasRepricing());
    }

    void followsRefreshAndCatalog()
    {
        const QString project = m_dir.filePath(QStringLiteral("costs-copy.sqlite"));
        QVERIFY(QFile::copy(m_project, project));
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, project));
        QCOMPARE(page.report().total.unpricedRequests, 2);

        // New logs reach the panel on refresh() (after an import or a replay run).
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, &error), qPrintable(error));
            QVERIFY2(LogRowBuilder::insert(store,
                                           { LogRowBuilder(QStringLiteral("g9"))
                                                 .model(QStringLiteral("gpt-4o"))
                                                 .provider(QStringLiteral("openai"))
                                                 .tokens(1000, 500)
                                                 .costUsd(GptEach) },
                                           &error),
                     qPrintable(error));
        }
        page.refresh();
        QVERIFY(waitForReport(page));
        QCOMPARE(page.report().total.requests, 8);

        // A price for the deployment (File ▸ Model Catalog) prices its requests without reopening the project.
        {
            ProjectStore store;
            PriceCatalog catalog;
            QString error;
            QVERIFY2(store.open(project, &error) && CatalogStore(store).load(&catalog, &error), qPrintable(error));
            ModelInfo added;
            added.modelId = QStringLiteral("my-azure-deployment");
            added.provider = QStringLiteral("azure-openai");
            added.inputPer1k = 0.001;
            added.outputPer1k = 0.002;
            catalog.upsert(added);
            QVERIFY2(CatalogStore(store).save(catalog, &error), qPrintable(error));
        }
        session.reloadCatalog();
        QVERIFY(waitForReport(page));
        QCOMPARE(page.report().total.unpricedRequests, 0);
        QVERIFY2(!page.headlineLabel()->text().contains(QStringLiteral("unpriced")),
                 qPrintable(page.headlineLabel()->text()));
    }

    void emptyProjectAndErrors()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(empty, &error), qPrintable(error));
        }
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, empty));
        QVERIFY(page.headlineLabel()->text().isEmpty()); // never "$0"
        QVERIFY2(page.statusLabel()->text().startsWith(QStringLiteral("No logs in this project yet")),
                 qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.model()->rowCount(), 0);

        // Another application's file is not read; the panel says so and is not left busy.
        const QString other = m_dir.filePath(QStringLiteral("not-a-project.sqlite"));
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database");
        }
        QSignalSpy messages(&page, &CostsPage::message);
        session.setProjectPath(other);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20000);
        QVERIFY(messages.constFirst().at(1).toBool());
        QVERIFY2(messages.constFirst().at(0).toString().contains(other),
                 qPrintable(messages.constFirst().at(0).toString()));
        QVERIFY(!page.isBusy());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SO_SCREENSHOT_DIR is not set");
        Session session;
        CostsPage page(&session);
        QVERIFY(load(session, page, m_project));
        page.setDiscount(QStringLiteral("anthropic"), 20);
        QVERIFY(waitForReport(page));
        page.resize(1200, 800);
        page.show();
        QTest::qWait(300);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("costs.png"))));
    }
};

QTEST_MAIN(TestCostsPage)
#include "tst_costspage.moc"
