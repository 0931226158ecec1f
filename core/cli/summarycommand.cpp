// SPDX-License-Identifier: MIT
#include "summarycommand.h"

#include "catalog/catalogconflicts.h"
#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "exitcode.h"
#include "store/catalogstore.h"
#include "store/logsummary.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

int SummaryCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    p.setApplicationDescription(tr("Per-model requests, tokens, cost, error rate and latency of the imported logs."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic summary --project P.sqlite [--json]"));
        return ExitUsage;
    }
    ProjectStore store;
    QString error;
    LogSummary summary;
    PriceCatalog catalog;
    CatalogConflicts conflicts;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)
        || !CatalogStore(store).load(&catalog, &error) || !LogSummary::compute(store, catalog, &summary, &error)
        || !CatalogConflicts::compute(store, catalog, &conflicts, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = summary.toJson();
        o.insert(QStringLiteral("catalog_conflicts"), conflicts.toJson());
        CliIo::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        CliIo::out(summary.toText() + conflicts.toText());
    }
    return ExitSuccess;
}

} // namespace ShadowOptic
