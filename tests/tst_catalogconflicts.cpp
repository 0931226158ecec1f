// SPDX-License-Identifier: MIT
#include "catalog/catalogconflicts.h"
#include "catalog/pricecatalog.h"
#include "logrowbuilder.h"
#include "store/importstore.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestCatalogConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;
    PriceCatalog m_catalog;

    static ModelInfo model(const QString &id, double in, double out)
    {
        ModelInfo m;
        m.modelId = id;
        m.provider = QStringLiteral("openai");
        m.inputPer1k = in;
        m.outputPer1k = out;
        return m;
    }
    // 1000 prompt + 500 completion tokens: 2.00 USD for "alpha" at the catalog price.
    static LogRowBuilder row(const QString &id, const QString &model, double costUsd)
    {
        return LogRowBuilder(id).model(model).tokens(1000, 500).costUsd(costUsd);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        m_catalog.upsert(model(QStringLiteral("alpha"), 1.0, 2.0));
        m_catalog.upsert(model(QStringLiteral("beta"), 0.1, 0.2));
        m_catalog.upsert(model(QStringLiteral("free"), 0.0, 0.0));
        QVERIFY2(LogRowBuilder::insert(m_store,
                                       {
                                           row(QStringLiteral("a1"), QStringLiteral("alpha"), 2.0), // exact
                                           row(QStringLiteral("a2"), QStringLiteral("alpha"), 2.08), // 4 %: tolerated
                                           row(QStringLiteral("a3"), QStringLiteral("alpha"), 2.2), // 10 % off
                                           row(QStringLiteral("a4"), QStringLiteral("alpha"), 3.0), // 50 % off
                                           LogRowBuilder(QStringLiteral("a5")) // no tokens: cannot be checked
                                               .model(QStringLiteral("alpha"))
                                               .costUsd(9.0),
                                           LogRowBuilder(QStringLiteral("a6")) // no cost: nothing to compare
                                               .model(QStringLiteral("alpha"))
                                               .tokens(1000, 500),
                                           row(QStringLiteral("d1"), QStringLiteral("alpha-2024-08-06"), 2.0),
                                           row(QStringLiteral("b1"), QStringLiteral("beta"), 0.2),
                                           row(QStringLiteral("b2"), QStringLiteral("beta"), 0.198),
                                           row(QStringLiteral("f1"), QStringLiteral("free"), 5.0), // unpriced
                                           row(QStringLiteral("x1"), QStringLiteral("mystery"), 1.0),
                                           row(QStringLiteral("x2"), QStringLiteral("mystery"), 1.0),
                                           row(QStringLiteral("x3"), QStringLiteral("mystery"), 1.0),
                                           row(QStringLiteral("y1"), QStringLiteral("ghost"), 1.0),
                                           LogRowBuilder(QStringLiteral("n1")).tokens(1, 1).costUsd(1.0), // no model
                                       },
                                       &error),
                 qPrintable(error));
        // A cost the importer estimated from the catalog says nothing about the catalog.
        LogRecord estimated;
        QVERIFY2(row(QStringLiteral("a7"), QStringLiteral("alpha"), 7.0).toRecord(&estimated, &error),
                 qPrintable(error));
        estimated.costEstimated = true;
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(m_store).insertLogs({ estimated }, 0, &counts, &error), qPrintable(error));
    }

    void missingModelsByRequests()
    {
        CatalogConflicts c;
        QString error;
        QVERIFY2(CatalogConflicts::compute(m_store, m_catalog, &c, &error), qPrintable(error));
        // A dated id of a known model is not missing, nor is a row without model; a listed model without a
        // price is (it would otherwise be summed as $0).
        QCOMPARE(c.missing.size(), 3);
        QCOMPARE(c.missing.at(0).model, QStringLiteral("mystery"));
        QCOMPARE(c.missing.at(0).requests, 3);
        QVERIFY2(c.missing.at(0).explanation.contains(QLatin1String("map it to a catalog model")),
                 qPrintable(c.missing.at(0).explanation));
        QCOMPARE(c.missing.at(1).model, QStringLiteral("free"));
        QVERIFY2(c.missing.at(1).explanation.contains(QLatin1String("without a token price")),
                 qPrintable(c.missing.at(1).explanation));
        QCOMPARE(c.missing.at(2).model, QStringLiteral("ghost"));
        QCOMPARE(c.missing.at(2).requests, 1);
    }

    void priceMismatchesBeyondFivePercent()
    {
        CatalogConflicts c;
        QString error;
        QVERIFY2(CatalogConflicts::compute(m_store, m_catalog, &c, &error), qPrintable(error));
        QCOMPARE(c.mismatches.size(), 1); // beta is within 1 %, free is unpriced, the dated alpha is exact
        const CatalogConflicts::PriceMismatch &m = c.mismatches.first();
        QCOMPARE(m.model, QStringLiteral("alpha"));
        QCOMPARE(m.logs, 2);
        // Ratios 1.0, 1.04, 1.1, 1.5 (the unchecked and estimated rows left out): the upper median.
        QCOMPARE(m.medianRatio, 1.1);
        QVERIFY(!c.isEmpty());
    }

    void emptyCatalogMissesEveryModel()
    {
        CatalogConflicts c;
        QString error;
        QVERIFY2(CatalogConflicts::compute(m_store, PriceCatalog(), &c, &error), qPrintable(error));
        QCOMPARE(c.missing.size(), 6);
        QVERIFY(c.mismatches.isEmpty());
        QCOMPARE(c.missing.first().model, QStringLiteral("alpha")); // 7 logs
        QCOMPARE(c.missing.first().requests, 7);
    }

    void computeReplacesThePreviousResult()
    {
        CatalogConflicts c;
        c.missing.append({ QStringLiteral("stale"), 1 });
        c.mismatches.append({ QStringLiteral("stale"), 1, 2.0 });
        QTemporaryDir dir;
        ProjectStore empty;
        QString error;
        QVERIFY2(empty.open(dir.filePath(QStringLiteral("e.sqlite")), &error), qPrintable(error));
        QVERIFY2(CatalogConflicts::compute(empty, m_catalog, &c, &error), qPrintable(error));
        QVERIFY(c.isEmpty());
        QCOMPARE(c.toText(), QStringLiteral("Catalog: no conflicts with the logs.\n"));
    }

    void json()
    {
        CatalogConflicts c;
        QString error;
        QVERIFY(CatalogConflicts::compute(m_store, m_catalog, &c, &error));
        const QJsonObject o = c.toJson();
        const QJsonArray missing = o.value(QLatin1String("missing_models")).toArray();
        QCOMPARE(missing.size(), 3);
        QCOMPARE(missing.at(0)[QLatin1String("model")].toString(), QStringLiteral("mystery"));
        QCOMPARE(missing.at(0)[QLatin1String("requests")].toInteger(), 3);
        const QJsonArray mism = o.value(QLatin1String("price_mismatches")).toArray();
        QCOMPARE(mism.size(), 1);
        QCOMPARE(mism.at(0)[QLatin1String("model")].toString(), QStringLiteral("alpha"));
        QCOMPARE(mism.at(0)[QLatin1String("logs")].toInteger(), 2);
        QCOMPARE(mism.at(0)[QLatin1String("median_ratio")].toDouble(), 1.1);
    }

    void text()
    {
        CatalogConflicts c;
        QString error;
        QVERIFY(CatalogConflicts::compute(m_store, m_catalog, &c, &error));
        const QStringList lines = c.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("3 log(s) of 'mystery': No price")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(2).startsWith(QLatin1String("1 log(s) of 'ghost'")));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("Catalog conflict: 2 logs of 'alpha'")), qPrintable(lines.at(3)));
        QVERIFY(lines.at(3).contains(QLatin1String("= 1.100")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogConflicts)
#include "tst_catalogconflicts.moc"
