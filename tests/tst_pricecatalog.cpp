// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"

#include <QTest>

using namespace ShadowOptic;

class TestPriceCatalog : public QObject
{
    Q_OBJECT
private slots:
    void defaultCatalogHasDesignNotePrices_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("inPer1M");
        QTest::addColumn<double>("outPer1M");
        QTest::newRow("gpt-4-turbo") << "gpt-4-turbo" << 10.0 << 30.0;
        QTest::newRow("gpt-4o") << "gpt-4o" << 2.5 << 10.0;
        QTest::newRow("gpt-4o-mini") << "gpt-4o-mini" << 0.15 << 0.6;
        QTest::newRow("gpt-3.5-turbo") << "gpt-3.5-turbo" << 0.5 << 1.5;
    }
    void defaultCatalogHasDesignNotePrices()
    {
        QFETCH(QString, model);
        QFETCH(double, inPer1M);
        QFETCH(double, outPer1M);
        const PriceCatalog c = PriceCatalog::defaultCatalog();
        const ModelInfo *m = c.find(model);
        QVERIFY(m);
        QVERIFY(qAbs(m->inputPer1k * 1000 - inPer1M) < 1e-9);
        QVERIFY(qAbs(m->outputPer1k * 1000 - outPer1M) < 1e-9);
        // 1M in + 1M out costs exactly the sum of the per-1M prices.
        QVERIFY(qAbs(m->costUsd(1000000, 1000000) - (inPer1M + outPer1M)) < 1e-9);
    }

    void findsByAliases()
    {
        const PriceCatalog c = PriceCatalog::defaultCatalog();
        QVERIFY(c.find(QStringLiteral("openai/gpt-4o")));
        // A snapshot Portkey prices itself is priced as itself, not as its alias.
        const ModelInfo *snapshot = c.find(QStringLiteral("openai"), QStringLiteral("gpt-4o-2024-05-13"));
        QVERIFY(snapshot);
        QCOMPARE(snapshot->modelId, QStringLiteral("gpt-4o-2024-05-13"));
        QVERIFY(qAbs(snapshot->inputPer1k * 1000 - 5.0) < 1e-9);
        // One the catalog does not list falls back to its alias under the same provider.
        const ModelResolution alias = c.resolve(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini-2099-01-01"));
        QCOMPARE(alias.rule, ModelResolution::Rule::Snapshot);
        QCOMPARE(alias.model->modelId, QStringLiteral("gpt-4o-mini"));
        QVERIFY(!c.find(QStringLiteral("no-such-model")));
        QVERIFY(c.find(QStringLiteral("claude-3-5-haiku-20241022")));
    }

    void portkeyCentsPerToken()
    {
        PriceCatalog c = PriceCatalog::defaultCatalog();
        const int v = c.version();
        QString error;
        // 0.00025 cents per token = $2.50 per 1M tokens.
        const QByteArray json
            = R"({"default":{"pricing_config":{"pay_as_you_go":{"request_token":{"price":0},"response_token":{"price":0}}}},
            "gpt-4o":{"pricing_config":{"pay_as_you_go":{"request_token":{"price":0.00025},"response_token":{"price":0.001}}}},
            "brand-new":{"pricing_config":{"pay_as_you_go":{"request_token":{"price":0.00002},"response_token":{"price":0.00008}}}}})";
        QCOMPARE(c.importPortkeyPricing(json, QStringLiteral("openai"), &error), 2);
        QVERIFY(qAbs(c.find(QStringLiteral("gpt-4o"))->inputPer1k - 0.0025) < 1e-12);
        QVERIFY(qAbs(c.find(QStringLiteral("gpt-4o"))->outputPer1k - 0.01) < 1e-12);
        QVERIFY(qAbs(c.find(QStringLiteral("brand-new"))->inputPer1k - 0.0002) < 1e-12);
        QVERIFY(!c.find(QStringLiteral("default")));
        QCOMPARE(c.version(), v + 1);
    }

    void liteLlmUsdPerToken()
    {
        PriceCatalog c;
        QString error;
        const QByteArray json = R"({"sample_spec":{"input_cost_per_token":0,"output_cost_per_token":0},
            "gpt-4o-mini":{"input_cost_per_token":1.5e-7,"output_cost_per_token":6e-7,"max_input_tokens":128000,"mode":"chat","litellm_provider":"openai"},
            "text-embedding-3-small":{"input_cost_per_token":2e-8,"output_cost_per_token":0,"mode":"embedding"}})";
        QCOMPARE(c.importLiteLlm(json, &error), 1);
        const ModelInfo *m = c.find(QStringLiteral("gpt-4o-mini"));
        QVERIFY(m);
        QVERIFY(qAbs(m->inputPer1k * 1000 - 0.15) < 1e-9); // $0.15 per 1M
        QCOMPARE(m->contextWindow, 128000);
        QVERIFY(!c.find(QStringLiteral("sample_spec")));
    }

    void realPortkeyFiles()
    {
        for (const char *provider : { "openai", "anthropic" }) {
            const QString path
                = QStringLiteral(SO_SHARED_DIR "/portkey-models/pricing/%1.json").arg(QLatin1String(provider));
            if (!QFile::exists(path))
                QSKIP("shared pricing files not present");
            PriceCatalog c = PriceCatalog::defaultCatalog();
            QString error;
            QVERIFY2(c.importFile(path, &error) > 5, qPrintable(error));
        }
        PriceCatalog c;
        QString error;
        c.importFile(QStringLiteral(SO_SHARED_DIR "/portkey-models/pricing/openai.json"), &error);
        QVERIFY(qAbs(c.find(QStringLiteral("gpt-4o"))->inputPer1k * 1000 - 2.5) < 1e-9);
    }

    void badFilesSayWhy()
    {
        PriceCatalog c;
        QString error;
        QCOMPARE(c.importPortkeyPricing("{not json", QStringLiteral("x"), &error), -1);
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QCOMPARE(c.importLiteLlm("[1,2]", &error), -1);
        QVERIFY(error.contains(QLatin1String("not a JSON object")));
        QCOMPARE(c.importFile(QStringLiteral("/nonexistent/prices.json"), &error), -1);
        QVERIFY(error.contains(QLatin1String("not readable")));
    }

    void jsonRoundTripAndVersionBump()
    {
        PriceCatalog c = PriceCatalog::defaultCatalog();
        PriceCatalog back;
        QString error;
        QVERIFY(PriceCatalog::fromJson(c.toJson(), &back, &error));
        QCOMPARE(back.models().size(), c.models().size());
        QCOMPARE(back.models().first(), c.models().first());
        const int v = back.version();
        ModelInfo m = *back.find(QStringLiteral("gpt-4o"));
        back.upsert(m); // unchanged: no bump
        QCOMPARE(back.version(), v);
        m.inputPer1k = 0.003;
        back.upsert(m);
        QCOMPARE(back.version(), v + 1);
    }
};

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
