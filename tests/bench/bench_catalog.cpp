// SPDX-License-Identifier: MIT
// What Portkey's full catalog costs: building the bundled catalog (first call, on the pool at project open), copying
// it, resolving logged provider/model pairs, and the stored JSON round trip a project open pays.
// Usage: bench_catalog [rounds]
#include "catalog/pricecatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace ShadowOptic;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 5;
    QElapsedTimer t;
    t.start();
    const PriceCatalog bundled = PriceCatalog::defaultCatalog();
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    qsizetype priced = 0;
    for (const ModelInfo &m : bundled.models())
        priced += m.isPriced() ? 1 : 0;
    std::printf("bundled catalog: %lld entries, %lld with a token price\n", qlonglong(bundled.models().size()),
                qlonglong(priced));
    std::printf("first defaultCatalog() (decompress + parse 101 Portkey files + merge): %.1f ms\n", firstMs);

    // The ids a real export carries: exact, slugs, dated snapshots, unknown providers, unpriced deployments.
    const QList<QPair<QString, QString>> logged {
        { QStringLiteral("openai"), QStringLiteral("gpt-4o") },
        { QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-20250514") },
        { QString(), QStringLiteral("@anthropic/claude-sonnet-4-20250514") },
        { QStringLiteral("openai"), QStringLiteral("gpt-4o-mini-2099-01-01") },
        { QStringLiteral("my-proxy"), QStringLiteral("claude-3-5-haiku-20241022") },
        { QStringLiteral("azure-openai"), QStringLiteral("my-azure-deployment") },
        { QString(), QStringLiteral("claude-3-5-sonnet-20240620") },
        { QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4o") },
    };
    for (int r = 0; r < rounds; ++r) {
        t.restart();
        PriceCatalog copy = bundled;
        ModelInfo m = *copy.find(QStringLiteral("gpt-4o"));
        m.inputPer1k *= 0.9;
        copy.upsert(m); // detaches: a real copy
        const double copyMs = double(t.nsecsElapsed()) / 1e6;

        t.restart();
        const int n = 1000000;
        int found = 0;
        for (int i = 0; i < n; ++i) {
            const auto &[provider, model] = logged.at(i % logged.size());
            found += bundled.resolve(provider, model).isPriced() ? 1 : 0;
        }
        const double resolveNs = double(t.nsecsElapsed()) / n;

        t.restart();
        const QByteArray json = bundled.toJson(false);
        const double toJsonMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        PriceCatalog back;
        QString error;
        PriceCatalog::fromJson(json, &back, &error);
        const double fromJsonMs = double(t.nsecsElapsed()) / 1e6;
        std::printf("round %d: copy+edit %.1f ms | resolve %.0f ns each (%d of %d priced) | stored JSON %.1f MB: "
                    "write %.1f ms, read %.1f ms\n",
                    r + 1, copyMs, resolveNs, found, n, json.size() / 1e6, toJsonMs, fromJsonMs);
    }
    return 0;
}
