// SPDX-License-Identifier: MIT
#include "costscommand.h"

#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "costs/costreport.h"
#include "exitcode.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace ShadowOptic {

int CostsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("The imported traffic's cost: Portkey's logged cost against the catalog's, with "
                                   "the difference broken down (cache, batch, reasoning, missing prices, price "
                                   "changes), unpriced requests counted beside the totals, and the traffic re-priced "
                                   "under a discount or another price file."));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    CliIo::addOption(p,
                     { QStringLiteral("by"), tr("Group by model, month or use_case (default model)."),
                       QStringLiteral("grouping"), QStringLiteral("model") });
    CliIo::addOption(p,
                     { QStringLiteral("discount"),
                       tr("Re-price with PERCENT off a provider's list price, e.g. anthropic=20 (repeatable)."),
                       QStringLiteral("PROVIDER=PERCENT") });
    CliIo::addOption(p,
                     { QStringLiteral("prices"),
                       tr("Re-price with a Portkey or LiteLLM price file (or a catalog) applied on top of the "
                          "project's catalog."),
                       QStringLiteral("FILE") });
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic costs --project P.sqlite [--by model|month|use_case] "
                      "[--discount PROVIDER=PERCENT]... [--prices FILE] [--json]"));
        return ExitUsage;
    }
    CostReport::Grouping grouping;
    if (!CostReport::groupingFromName(p.value(QStringLiteral("by")), &grouping)) {
        CliIo::err(tr("--by must be model, month or use_case, not '%1'.").arg(p.value(QStringLiteral("by"))));
        return ExitUsage;
    }
    PriceAdjustment adjustment;
    QString error;
    for (const QString &d : p.values(QStringLiteral("discount"))) {
        if (!adjustment.addDiscount(d, &error)) {
            CliIo::err(error);
            return ExitUsage;
        }
    }
    ProjectStore store;
    PriceCatalog catalog;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)
        || !CatalogStore(store).load(&catalog, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    if (p.isSet(QStringLiteral("prices"))) {
        PriceCatalog other = catalog;
        if (other.importFile(p.value(QStringLiteral("prices")), &error) < 0) {
            CliIo::err(error);
            return ExitError;
        }
        adjustment.prices = other;
        adjustment.pricesSource = p.value(QStringLiteral("prices"));
    }
    CostReport report;
    if (!CostReport::compute(store, catalog, grouping, adjustment, &report, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        CliIo::out(report.toText());
    return ExitSuccess;
}

} // namespace ShadowOptic
