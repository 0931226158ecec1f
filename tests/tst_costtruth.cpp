// SPDX-License-Identifier: MIT
// Cost truth (SPEC §3): every cost component hand-computed from Portkey's own price files, both providers' usage
// shapes, model resolution, unpriced requests, and the totals of a generated export checked against a value the
// test computes itself from the file.
#include "catalog/pricecatalog.h"
#include "costs/costreport.h"
#include "domain/logrecordparser.h"
#include "domain/tokenusage.h"
#include "import/fastlogparser.h"
#include "logrowbuilder.h"
#include "replay/replayjob.h"
#include "replay/responseparser.h"
#include "store/catalogstore.h"
#include "store/importstore.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * qMax(1.0, std::abs(b));
}

// One Portkey export row with the given response usage (and optional top-level fields).
QByteArray exportRow(const char *provider, const char *model, const QByteArray &usage, const QByteArray &extra = {})
{
    return QByteArray("{\"id\":\"r-") + model + "\",\"ai_org\":\"" + provider + "\",\"ai_model\":\"" + model + "\","
        + extra + "\"request\":{\"model\":\"" + model
        + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Grüße 👋 — wie geht’s?\"}]},\"response\":{\"choices\":"
          "[{\"message\":{\"role\":\"assistant\",\"content\":\"ok\"},\"finish_reason\":\"stop\"}],\"usage\":"
        + usage + "}}";
}

// Both import paths must read the same billing parts; cleanup() fails the test that saw them disagree.
int fastPathDisagreements = 0;

LogRecord parsed(const QByteArray &raw)
{
    LogRecord full, fast;
    QString error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!LogRecordParser::parse(doc.object(), raw, &full, &error))
        qWarning("%s", qPrintable(error));
    if (FastLogParser::parse(raw, &fast)
        && (fast.promptTokens != full.promptTokens || fast.completionTokens != full.completionTokens
            || fast.cacheReadTokens != full.cacheReadTokens || fast.cacheWriteTokens != full.cacheWriteTokens
            || fast.reasoningTokens != full.reasoningTokens || fast.batch != full.batch))
        ++fastPathDisagreements;
    return full;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SO_APP_BINARY), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCostTruth : public QObject
{
    Q_OBJECT

    const PriceCatalog m_catalog = PriceCatalog::defaultCatalog();

    double cost(const LogRecord &r) const
    {
        const ModelInfo *m = m_catalog.find(r.provider, r.model);
        return m ? m->costUsd(r.usage()) : std::nan("");
    }

private slots:
    void cleanup() { QCOMPARE(std::exchange(fastPathDisagreements, 0), 0); }

    void bundledCatalogIsPortkeys()
    {
        // 46 providers, 3,184 priced models in Portkey's files; the design notes' four are among them.
        // Portkey's 3,184 entries, less 16 that differ only in case; 2,825 of them with a token price.
        QVERIFY2(m_catalog.models().size() >= 3150, qPrintable(QString::number(m_catalog.models().size())));
        QSet<QString> providers;
        qsizetype priced = 0;
        for (const ModelInfo &m : m_catalog.models()) {
            providers.insert(m.provider);
            priced += m.isPriced() ? 1 : 0;
        }
        QVERIFY2(priced >= 2800, qPrintable(QString::number(priced)));
        QVERIFY(providers.size() >= 40);
        const ModelInfo *sonnet
            = m_catalog.exact(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-20250514"));
        QVERIFY(sonnet);
        QVERIFY(near(sonnet->inputPer1k * 1000, 3.0)); // 0.0003 cents per token
        QVERIFY(near(sonnet->cacheReadPer1k * 1000, 0.30));
        QVERIFY(near(sonnet->cacheWritePer1k * 1000, 3.75));
        QVERIFY(near(sonnet->batchInputPer1k * 1000, 1.5));
        QCOMPARE(sonnet->type, QStringLiteral("chat"));
        QVERIFY(!sonnet->candidate); // prices logs; not offered for replays until the user picks it
        QVERIFY(m_catalog.find(QStringLiteral("gpt-4o"))->candidate);
        QVERIFY(QFile::exists(QStringLiteral(":/portkey-models/LICENSE")));
    }

    void usageShapes()
    {
        TokenUsage u;
        bool in = false, out = false;
        // OpenAI: prompt_tokens includes the cached ones.
        QVERIFY(TokenUsage::fromUsage(QJsonDocument::fromJson(R"({"prompt_tokens":2000,"completion_tokens":500,
                "prompt_tokens_details":{"cached_tokens":1500},"completion_tokens_details":{"reasoning_tokens":100}})")
                                          .object(),
                                      &u, &in, &out));
        QCOMPARE(u.input, 2000);
        QCOMPARE(u.cacheRead, 1500);
        QCOMPARE(u.uncachedInput(), 500);
        QCOMPARE(u.reasoning, 100);
        // Anthropic's own: input_tokens excludes cache reads and writes.
        QVERIFY(TokenUsage::fromUsage(
            QJsonDocument::fromJson(
                R"({"input_tokens":100,"output_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400})")
                .object(),
            &u, &in, &out));
        QCOMPARE(u.input, 1500);
        QCOMPARE(u.uncachedInput(), 100);
        QCOMPARE(u.cacheWrite, 400);
        // Portkey's translation of it: prompt_tokens is the uncached part, the cache counts beside it.
        QVERIFY(TokenUsage::fromUsage(
            QJsonDocument::fromJson(
                R"({"prompt_tokens":100,"completion_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400})")
                .object(),
            &u, &in, &out));
        QCOMPARE(u.input, 1500);
        QCOMPARE(u.cacheRead, 1000);
        QVERIFY(!TokenUsage::fromUsage(QJsonObject(), &u, &in, &out));
    }

    void openAiCachedInput()
    {
        const LogRecord r = parsed(exportRow(
            "openai", "gpt-4o",
            R"({"prompt_tokens":2000,"completion_tokens":500,"prompt_tokens_details":{"cached_tokens":1500}})"));
        QCOMPARE(r.promptTokens, 2000);
        QCOMPARE(r.cacheReadTokens, 1500);
        // 500 uncached × $2.50 + 1,500 cached × $1.25 + 500 out × $10, per 1M.
        QVERIFY2(near(cost(r), 0.00125 + 0.001875 + 0.005), qPrintable(QString::number(cost(r), 'g', 12)));
    }

    void anthropicCacheReadAndWrite()
    {
        // Portkey logs the uncached count at the top level too; the usage block says the rest.
        const LogRecord r = parsed(exportRow(
            "anthropic", "claude-sonnet-4-20250514",
            R"({"prompt_tokens":100,"completion_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400})",
            "\"req_units\":100,\"res_units\":200,"));
        QCOMPARE(r.promptTokens, 1500);
        QCOMPARE(r.cacheReadTokens, 1000);
        QCOMPARE(r.cacheWriteTokens, 400);
        // 100 × $3 + 1,000 × $0.30 + 400 × $3.75 + 200 × $15, per 1M.
        QVERIFY2(near(cost(r), 0.0003 + 0.0003 + 0.0015 + 0.003), qPrintable(QString::number(cost(r), 'g', 12)));
        const LogRecord native = parsed(exportRow(
            "anthropic", "claude-sonnet-4-20250514",
            R"({"input_tokens":100,"output_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400})"));
        QVERIFY(near(cost(native), cost(r)));
    }

    void reasoningTokensAreBilledAsOutput()
    {
        const LogRecord r = parsed(exportRow(
            "openai", "o3",
            R"({"prompt_tokens":100,"completion_tokens":1000,"completion_tokens_details":{"reasoning_tokens":800}})"));
        QCOMPARE(r.completionTokens, 1000);
        QCOMPARE(r.reasoningTokens, 800);
        QVERIFY(near(cost(r), 100 * 2e-6 + 1000 * 8e-6)); // o3: $2 / $8 per 1M
    }

    void batchRequestsCostTheBatchPrice()
    {
        const LogRecord r = parsed(exportRow("openai", "gpt-4o", R"({"prompt_tokens":1000,"completion_tokens":1000})",
                                             "\"custom_id\":\"req-7\","));
        QVERIFY(r.batch);
        QVERIFY(near(cost(r), 1000 * 1.25e-6 + 1000 * 5e-6)); // batch: $1.25 / $5 per 1M
        const LogRecord flagged = parsed(
            exportRow("openai", "gpt-4o", R"({"prompt_tokens":1000,"completion_tokens":1000})", "\"batch\":true,"));
        QVERIFY(flagged.batch);
    }

    void replayRepliesAreCostedTheSameWay()
    {
        ReplayJob job;
        job.model = QStringLiteral("claude-sonnet-4-5");
        job.role = QStringLiteral("replay");
        ResponseParser::Http http;
        http.status = 200;
        http.body = R"({"choices":[{"message":{"role":"assistant","content":"fine"},"finish_reason":"stop"}],
            "usage":{"prompt_tokens":100,"completion_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400}})";
        const ReplayResult r = ResponseParser::parse(job, http, m_catalog);
        QVERIFY(r.priced);
        QCOMPARE(r.promptTokens, 1500);
        QCOMPARE(r.cacheWriteTokens, 400);
        QVERIFY2(near(r.costUsd, 0.0003 + 0.0003 + 0.0015 + 0.003), qPrintable(QString::number(r.costUsd, 'g', 12)));
        job.model = QStringLiteral("my-azure-deployment");
        QVERIFY(!ResponseParser::parse(job, http, m_catalog).priced);
    }

    void resolutionRules()
    {
        using Rule = ModelResolution::Rule;
        const auto rule = [this](const char *provider, const char *model) {
            return m_catalog.resolve(QString::fromLatin1(provider), QString::fromLatin1(model));
        };
        QCOMPARE(rule("anthropic", "claude-sonnet-4-20250514").rule, Rule::Exact);
        QCOMPARE(rule("", "@anthropic/claude-sonnet-4-20250514").rule, Rule::Slug);
        QCOMPARE(rule("openrouter", "anthropic/claude-sonnet-4-20250514").rule, Rule::Slug);
        // Unknown provider: the same id is priced alike by anthropic, bedrock and vertex-ai.
        const ModelResolution proxied = rule("my-proxy", "claude-sonnet-4-20250514");
        QCOMPARE(proxied.rule, Rule::OtherProvider);
        QVERIFY(proxied.explanation().contains(QLatin1String("my-proxy")));
        // ... but never a guess between two prices (anthropic $3/$15, deepbricks $1.50/$7.50).
        const ModelResolution ambiguous = rule("", "claude-3-5-sonnet-20240620");
        QCOMPARE(ambiguous.rule, Rule::Ambiguous);
        QVERIFY(!ambiguous.model);
        QVERIFY(ambiguous.explanation().contains(QLatin1String("map it")));
        // A known provider without that model: no price from another provider.
        const ModelResolution deployment = rule("azure-openai", "my-azure-deployment");
        QCOMPARE(deployment.rule, Rule::Unknown);
        QVERIFY2(deployment.explanation().contains(QLatin1String("map it to a catalog model")),
                 qPrintable(deployment.explanation()));
        QCOMPARE(rule("openai", "gpt-4o-mini-2099-01-01").rule, Rule::Snapshot);

        PriceCatalog mapped = m_catalog;
        const int version = mapped.version();
        QVERIFY(!mapped.setMapping({ QStringLiteral("azure-openai"), QStringLiteral("my-azure-deployment"),
                                     QStringLiteral("openai"), QStringLiteral("no-such-model") }));
        QVERIFY(mapped.setMapping({ QStringLiteral("azure-openai"), QStringLiteral("my-azure-deployment"),
                                    QStringLiteral("openai"), QStringLiteral("gpt-4o") }));
        QCOMPARE(mapped.version(), version + 1);
        const ModelResolution r = mapped.resolve(QStringLiteral("azure-openai"), QStringLiteral("my-azure-deployment"));
        QCOMPARE(r.rule, Rule::Mapped);
        QCOMPARE(r.model->modelId, QStringLiteral("gpt-4o"));
        PriceCatalog back;
        QString error;
        QVERIFY2(PriceCatalog::fromJson(mapped.toJson(false), &back, &error), qPrintable(error));
        QCOMPARE(back.mappings(), mapped.mappings());
        QCOMPARE(back.models().size(), mapped.models().size());
    }

    void reportBreaksTheDifferenceDown()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
        const auto at = [](const char *iso) {
            return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
        };
        QList<LogRecord> rows;
        auto add = [&](const QByteArray &raw, qint64 created) {
            LogRecord r = parsed(raw);
            r.createdAtMs = created;
            r.logId = QStringLiteral("log-%1").arg(rows.size());
            rows.append(r);
        };
        // November: a cached gpt-4o call Portkey billed correctly ($0.008125) and one it billed 6 % high.
        const QByteArray cached
            = R"({"prompt_tokens":2000,"completion_tokens":500,"prompt_tokens_details":{"cached_tokens":1500}})";
        add(exportRow("openai", "gpt-4o", cached, "\"cost\":0.8125,"), at("2026-11-03T10:00:00Z"));
        add(exportRow("openai", "gpt-4o", cached, "\"cost\":0.86125,"), at("2026-11-04T10:00:00Z"));
        // December: an Anthropic call without a logged cost (estimated: $0.0051) and two on a deployment nobody
        // prices (one logged by Portkey at $0.40, one with cost 0 = "not priced").
        add(exportRow(
                "anthropic", "claude-sonnet-4-20250514",
                R"({"prompt_tokens":100,"completion_tokens":200,"cache_read_input_tokens":1000,"cache_creation_input_tokens":400})"),
            at("2026-12-01T10:00:00Z"));
        add(exportRow("azure-openai", "my-azure-deployment", R"({"prompt_tokens":10,"completion_tokens":10})",
                      "\"cost\":40,"),
            at("2026-12-02T10:00:00Z"));
        add(exportRow("azure-openai", "my-azure-deployment", R"({"prompt_tokens":10,"completion_tokens":10})",
                      "\"cost\":0,"),
            at("2026-12-02T11:00:00Z"));
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(store).insertLogs(rows, 0, &counts, &error), qPrintable(error));
        QCOMPARE(counts.inserted, 5);

        CostReport byModel;
        QVERIFY2(CostReport::compute(store, m_catalog, CostReport::Grouping::Model, {}, &byModel, &error),
                 qPrintable(error));
        const CostRow &t = byModel.total;
        QCOMPARE(t.requests, 5);
        QCOMPARE(t.unpricedRequests, 1);
        QCOMPARE(t.unpricedModels, QStringList { QStringLiteral("my-azure-deployment") });
        QVERIFY(near(t.loggedUsd, 0.008125 + 0.0086125 + 0.40));
        QVERIFY(near(t.estimatedUsd, 0.0051));
        QVERIFY(near(t.totalUsd(), 0.008125 + 0.0086125 + 0.40 + 0.0051));
        QVERIFY(near(t.computedUsd, 2 * 0.008125));
        QVERIFY(near(t.naiveUsd, 2 * (2000 * 2.5e-6 + 500 * 10e-6))); // ignoring the cache: $0.01 each
        QVERIFY(near(t.cacheUsd, 2 * (0.008125 - 0.01)));
        QVERIFY(near(t.residualUsd, 0.0004875)); // the 6 % Portkey billed above the catalog on one call
        QVERIFY(near(t.missingPriceUsd, 0.40));
        QVERIFY(byModel.headline().contains(QLatin1String("1 request(s) on 1 unpriced model(s) not included")));
        QStringList flagged;
        for (const CostRow &r : byModel.flaggedRows())
            flagged.append(r.key);
        // gpt-4o is 3 % apart over both calls: within the 5 % tolerance; logged costs without a price are not.
        QCOMPARE(flagged, QStringList { QStringLiteral("my-azure-deployment") });
        CostRow off;
        off.computedUsd = 1.0;
        off.residualUsd = 0.06;
        QVERIFY(off.flagged());
        off.residualUsd = -0.04;
        QVERIFY(!off.flagged());

        CostReport byMonth;
        QVERIFY(CostReport::compute(store, m_catalog, CostReport::Grouping::Month, {}, &byMonth, &error));
        QCOMPARE(byMonth.rows.size(), 2);
        QCOMPARE(byMonth.rows.at(0).key, QStringLiteral("2026-11"));
        QVERIFY(near(byMonth.rows.at(0).differencePercent(), 3.0));
        QVERIFY(!byMonth.rows.at(0).flagged());
        QVERIFY(byMonth.rows.at(1).flagged()); // December: $0.40 logged on a model the catalog cannot price

        // Re-priced with 20 % off Anthropic: only the Anthropic call changes.
        PriceAdjustment discount;
        QVERIFY(discount.addDiscount(QStringLiteral("anthropic=20"), &error));
        QVERIFY(!discount.addDiscount(QStringLiteral("anthropic"), &error));
        QVERIFY(!discount.addDiscount(QStringLiteral("openai=120"), &error));
        CostReport repriced;
        QVERIFY(CostReport::compute(store, m_catalog, CostReport::Grouping::Model, discount, &repriced, &error));
        QVERIFY(near(repriced.total.listUsd, 2 * 0.008125 + 0.0051));
        QVERIFY(near(repriced.total.repricedUsd, 2 * 0.008125 + 0.0051 * 0.8));
    }

    // A mapping (or any catalog edit) prices the logs that had no usable cost again; the Logs table shows it.
    void savingTheCatalogRepricesEstimates()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("m.sqlite")), &error), qPrintable(error));
        LogRecord r = parsed(exportRow("azure-openai", "my-azure-deployment",
                                       R"({"prompt_tokens":1000,"completion_tokens":100,
                                           "prompt_tokens_details":{"cached_tokens":800}})"));
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(store).insertLogs({ r }, 0, &counts, &error), qPrintable(error));
        const auto storedCost = [&store]() {
            QSqlQuery q(StoreAccess::database(store));
            q.exec(QStringLiteral("SELECT cost_usd, cost_estimated FROM logs"));
            q.next();
            return qMakePair(q.value(0), q.value(1).toInt());
        };
        QVERIFY(storedCost().first.isNull());
        PriceCatalog catalog = m_catalog;
        QVERIFY(catalog.setMapping(
            { QString(), QStringLiteral("my-azure-deployment"), QStringLiteral("openai"), QStringLiteral("gpt-4o") }));
        QVERIFY2(CatalogStore(store).save(catalog, &error), qPrintable(error));
        // 200 × $2.50 + 800 × $1.25 + 100 × $10 per 1M.
        QVERIFY2(near(storedCost().first.toDouble(), 0.0005 + 0.001 + 0.001),
                 qPrintable(storedCost().first.toString()));
        QCOMPARE(storedCost().second, 1);
        QVERIFY(catalog.removeMapping(QString(), QStringLiteral("my-azure-deployment")));
        QVERIFY2(CatalogStore(store).save(catalog, &error), qPrintable(error));
        QVERIFY(storedCost().first.isNull());
        QCOMPARE(storedCost().second, 0);
    }

    // The acceptance test of the issue: a generated export with cache hits, reasoning tokens and an unpriced
    // deployment; `summary --json` and `costs --json` must equal what this test computes from the file itself.
    void generatedExportTotalsMatchAnIndependentComputation()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("export.jsonl"));
        const QString project = dir.filePath(QStringLiteral("p.sqlite"));
        CliRun run = cli({ QStringLiteral("generate-logs"), QStringLiteral("--rows"), QStringLiteral("2000"),
                           QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--token-scale"),
                           QStringLiteral("0.2"), QStringLiteral("--out"), logs });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({ QStringLiteral("import"), QStringLiteral("--project"), project, logs });
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // USD per 1M tokens from Portkey's files: input, output, cache read (-1: no cache), cache write.
        struct Price
        {
            double in, out, read, write;
        };
        const QHash<QString, Price> prices {
            { QStringLiteral("gpt-4o"), { 2.5, 10, 1.25, 0 } },
            { QStringLiteral("gpt-4o-mini"), { 0.15, 0.6, 0.075, 0 } },
            { QStringLiteral("gpt-4-turbo"), { 10, 30, -1, -1 } },
            { QStringLiteral("gpt-3.5-turbo"), { 0.5, 1.5, -1, -1 } },
            { QStringLiteral("o4-mini"), { 1.1, 4.4, 0.275, 0 } },
            { QStringLiteral("claude-3-5-sonnet-20241022"), { 3, 15, 0.3, 3.75 } },
            { QStringLiteral("claude-3-5-haiku-20241022"), { 0.8, 4, 0.08, 1.0 } },
        };
        QFile f(logs);
        QVERIFY(f.open(QIODevice::ReadOnly));
        double expected = 0;
        qint64 requests = 0, unpriced = 0, cacheHits = 0, reasoning = 0;
        while (!f.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(f.readLine()).object();
            ++requests;
            const QString model = row.value(QLatin1String("ai_model")).toString();
            const QJsonValue cost = row.value(QLatin1String("cost"));
            const double cents = cost.isString() ? cost.toString().toDouble() : cost.toDouble();
            QJsonObject response = row.value(QLatin1String("response")).toObject();
            if (response.contains(QLatin1String("body")))
                response = response.value(QLatin1String("body")).toObject();
            const QJsonObject usage = response.value(QLatin1String("usage")).toObject();
            qint64 prompt = row.value(QLatin1String("req_units")).toInteger(-1);
            if (prompt < 0)
                prompt = row.value(QLatin1String("request_tokens")).toInteger();
            qint64 completion = row.value(QLatin1String("res_units")).toInteger(-1);
            if (completion < 0)
                completion = row.value(QLatin1String("response_tokens")).toInteger();
            const qint64 read = usage.value(QLatin1String("cache_read_input_tokens")).toInteger()
                + usage.value(QLatin1String("prompt_tokens_details"))[QLatin1String("cached_tokens")].toInteger();
            const qint64 write = usage.value(QLatin1String("cache_creation_input_tokens")).toInteger();
            const bool anthropic = usage.contains(QLatin1String("cache_read_input_tokens"));
            const qint64 uncached = anthropic ? prompt : prompt - read;
            cacheHits += read > 0 ? 1 : 0;
            reasoning += usage.value(QLatin1String("completion_tokens_details"))[QLatin1String("reasoning_tokens")]
                             .toInteger();
            if (cents > 0) { // Portkey's own figure
                expected += cents / 100.0;
                continue;
            }
            if (!prices.contains(model)) {
                ++unpriced;
                continue;
            }
            const Price p = prices.value(model);
            expected += (double(uncached) * p.in + double(read) * (p.read >= 0 ? p.read : p.in)
                         + double(write) * (p.write >= 0 ? p.write : p.in) + double(completion) * p.out)
                / 1e6;
        }
        QCOMPARE(requests, 2000);
        QVERIFY2(cacheHits > 100, qPrintable(QString::number(cacheHits)));
        QVERIFY(reasoning > 0);
        QVERIFY2(unpriced > 30, qPrintable(QString::number(unpriced)));

        run = cli({ QStringLiteral("summary"), QStringLiteral("--project"), project, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QLatin1String("total_requests")).toInteger(), requests);
        QCOMPARE(summary.value(QLatin1String("unpriced_requests")).toInteger(), unpriced);
        const double summaryTotal = summary.value(QLatin1String("total_cost_usd")).toDouble();
        QVERIFY2(std::abs(summaryTotal - expected) < 1e-6 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(summaryTotal, 0, 'f', 9).arg(expected, 0, 'f', 9)));

        run = cli({ QStringLiteral("costs"), QStringLiteral("--project"), project, QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject costs = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(costs.value(QLatin1String("unpriced_requests")).toInteger(), unpriced);
        QCOMPARE(costs.value(QLatin1String("unpriced_models")).toArray(),
                 QJsonArray { QStringLiteral("my-azure-deployment") });
        QVERIFY(std::abs(costs.value(QLatin1String("total_cost_usd")).toDouble() - expected) < 1e-6 * expected);
        run = cli({ QStringLiteral("costs"), QStringLiteral("--project"), project, QStringLiteral("--by"),
                    QStringLiteral("month"), QStringLiteral("--discount"), QStringLiteral("openai=10") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Re-priced with openai 10.0% off"), run.out.constData());
        run = cli({ QStringLiteral("costs"), QStringLiteral("--project"), project, QStringLiteral("--by"),
                    QStringLiteral("week") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("model, month or use_case"));
    }
};

QTEST_GUILESS_MAIN(TestCostTruth)
#include "tst_costtruth.moc"
