// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "logrowbuilder.h"
#include "store/importstore.h"
#include "store/logsummary.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {
// Space-separated names (QT_NO_CAST_FROM_ASCII rules out QStringList { "a", "b" }).
QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestLogSummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;
    LogSummary m_summary;

    const ModelUsage *usage(const QString &model) const
    {
        for (const ModelUsage &m : m_summary.models)
            if (m.model == model)
                return &m;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
        const auto gpt = [](const QString &id) {
            return LogRowBuilder(id).model(QStringLiteral("gpt-4o")).provider(QStringLiteral("openai"));
        };
        QVERIFY2(LogRowBuilder::insert(
                     m_store,
                     {
                         gpt(QStringLiteral("g1")).tokens(10, 1).costUsd(0.01).latencyMs(400).status(200, true),
                         gpt(QStringLiteral("g2")).tokens(20, 2).costUsd(0.02).latencyMs(100).status(200, true),
                         gpt(QStringLiteral("g3")).tokens(30, 3).costUsd(0.03).latencyMs(300).status(200, true),
                         gpt(QStringLiteral("g4")).latencyMs(200).status(500, false),
                         LogRowBuilder(QStringLiteral("m1"))
                             .model(QStringLiteral("gpt-4o-mini"))
                             .provider(QStringLiteral("openai"))
                             .tokens(7, 3)
                             .costUsd(0.001)
                             .latencyMs(50),
                         LogRowBuilder(QStringLiteral("c1")).model(QStringLiteral("claude-3-5-haiku")).tokens(5, 5),
                         LogRowBuilder(QStringLiteral("c2"))
                             .model(QStringLiteral("claude-3-5-haiku"))
                             .provider(QStringLiteral("anthropic"))
                             .status(400, false),
                         LogRowBuilder(QStringLiteral("u1")).costUsd(0.5), // no model
                     },
                     &error),
                 qPrintable(error));
        // The importer marks costs it priced from the catalog; insertLogs keeps the flag.
        LogRecord estimated;
        QVERIFY2(LogRowBuilder(QStringLiteral("m2"))
                     .model(QStringLiteral("gpt-4o-mini"))
                     .tokens(3, 2)
                     .costUsd(0.0005)
                     .latencyMs(70)
                     .toRecord(&estimated, &error),
                 qPrintable(error));
        estimated.costEstimated = true;
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(m_store).insertLogs({ estimated }, 0, &counts, &error), qPrintable(error));
        QCOMPARE(counts.inserted, 1);

        m_summary.totalRequests = 99; // compute() replaces whatever was there
        m_summary.models.append(ModelUsage());
        QVERIFY2(LogSummary::compute(m_store, PriceCatalog::defaultCatalog(), &m_summary, &error), qPrintable(error));
    }

    void totals()
    {
        QCOMPARE(m_summary.totalRequests, 9);
        // Logged costs (0.06 + 0.001 + 0.5) plus m2 re-priced from today's catalog (3 × $0.15 + 2 × $0.60 per 1M
        // tokens of gpt-4o-mini; its stored estimate is not trusted). The three requests without a cost or a
        // price (g4 and c2 have no tokens, claude-3-5-haiku no price) are counted, not summed as $0.
        QVERIFY(qAbs(m_summary.totalCostUsd - 0.56100165) < 1e-12);
        QCOMPARE(m_summary.unpricedRequests, 3);
        QCOMPARE(m_summary.unpricedModels, QStringList { QStringLiteral("claude-3-5-haiku") });
        QCOMPARE(m_summary.toJson().value(QLatin1String("unpriced_requests")).toInt(), 3);
        QCOMPARE(m_summary.models.size(), 4);
    }

    void modelsAreOrderedByCost()
    {
        QStringList order;
        for (const ModelUsage &m : std::as_const(m_summary.models))
            order.append(m.model);
        QCOMPARE(order, QStringList { QString() } + names("gpt-4o gpt-4o-mini claude-3-5-haiku"));
    }

    void perModelSums()
    {
        const ModelUsage *g = usage(QStringLiteral("gpt-4o"));
        QVERIFY(g);
        QCOMPARE(g->provider, QStringLiteral("openai"));
        QCOMPARE(g->requests, 4);
        QCOMPARE(g->promptTokens, 60); // absent tokens count as 0
        QCOMPARE(g->completionTokens, 6);
        QCOMPARE(g->costUsd, 0.06);
        QCOMPARE(g->errors, 1);
        QCOMPARE(g->errorRate(), 0.25);
        QCOMPARE(g->estimatedCosts, 0);

        const ModelUsage *m = usage(QStringLiteral("gpt-4o-mini"));
        QVERIFY(m);
        QCOMPARE(m->requests, 2);
        QCOMPARE(m->estimatedCosts, 1);
        QCOMPARE(m->promptTokens, 10);
        QCOMPARE(m->completionTokens, 5);
        QCOMPARE(m->errors, 0);

        const ModelUsage *c = usage(QStringLiteral("claude-3-5-haiku"));
        QVERIFY(c);
        QCOMPARE(c->provider, QStringLiteral("anthropic")); // one row had no provider
        QCOMPARE(c->requests, 2);
        QCOMPARE(c->costUsd, 0.0);
        QCOMPARE(c->errors, 1);

        const ModelUsage *u = usage(QString());
        QVERIFY(u);
        QCOMPARE(u->requests, 1);
        QCOMPARE(u->costUsd, 0.5);
    }

    void latencyPercentilesInterpolate()
    {
        const ModelUsage *g = usage(QStringLiteral("gpt-4o"));
        QVERIFY(g);
        // 100, 200, 300, 400 (the failed request's latency counts too): R-7 percentiles.
        QCOMPARE(g->latencyP50, 250.0);
        QCOMPARE(g->latencyP95, 385.0);
        const ModelUsage *m = usage(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(m->latencyP50, 60.0);
        QCOMPARE(m->latencyP95, 69.0);
        // No latency at all: 0, not garbage from another model.
        QCOMPARE(usage(QStringLiteral("claude-3-5-haiku"))->latencyP50, 0.0);
        QCOMPARE(usage(QString())->latencyP95, 0.0);
    }

    void json()
    {
        const QJsonObject o = m_summary.toJson();
        QCOMPARE(o.value(QLatin1String("total_requests")).toInteger(), 9);
        QCOMPARE(o.value(QLatin1String("total_cost_usd")).toDouble(), 0.56100165);
        const QJsonArray models = o.value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), 4);
        const QJsonObject g = models.at(1).toObject();
        QCOMPARE(g.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(g.value(QLatin1String("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(g.value(QLatin1String("requests")).toInteger(), 4);
        QCOMPARE(g.value(QLatin1String("prompt_tokens")).toInteger(), 60);
        QCOMPARE(g.value(QLatin1String("completion_tokens")).toInteger(), 6);
        QCOMPARE(g.value(QLatin1String("total_cost_usd")).toDouble(), 0.06);
        QCOMPARE(g.value(QLatin1String("estimated_costs")).toInteger(), 0);
        QCOMPARE(g.value(QLatin1String("errors")).toInteger(), 1);
        QCOMPARE(g.value(QLatin1String("error_rate")).toDouble(), 0.25);
        QCOMPARE(g.value(QLatin1String("latency_p50_ms")).toDouble(), 250.0);
        QCOMPARE(g.value(QLatin1String("latency_p95_ms")).toDouble(), 385.0);
    }

    void text()
    {
        const QString t = m_summary.toText();
        const QStringList lines = t.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3 + 4);
        QCOMPARE(lines.at(0), QStringLiteral("9 requests, total cost $0.5610"));
        QCOMPARE(lines.at(1), QStringLiteral("3 request(s) on unpriced models not included: claude-3-5-haiku"));
        QVERIFY(lines.at(2).startsWith(QLatin1String("model")));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("(unknown)")), qPrintable(lines.at(3)));
        QVERIFY(lines.at(4).startsWith(QLatin1String("gpt-4o ")));
        QVERIFY2(lines.at(4).contains(QLatin1String(" 25.0%")), qPrintable(lines.at(4)));
        QVERIFY(lines.at(4).contains(QLatin1String("0.0600")));
    }

    void emptyProject()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("e.sqlite")), &error), qPrintable(error));
        LogSummary s;
        QVERIFY2(LogSummary::compute(store, PriceCatalog::defaultCatalog(), &s, &error), qPrintable(error));
        QCOMPARE(s.totalRequests, 0);
        QCOMPARE(s.totalCostUsd, 0.0);
        QVERIFY(s.models.isEmpty());
        QVERIFY(s.toJson().value(QLatin1String("models")).toArray().isEmpty());
        QCOMPARE(s.toText().count(QLatin1Char('\n')), 2);
    }

    void closedStoreReportsAnError()
    {
        ProjectStore closed;
        LogSummary s;
        QString error;
        QVERIFY(!LogSummary::compute(closed, PriceCatalog::defaultCatalog(), &s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogSummary)
#include "tst_logsummary.moc"
