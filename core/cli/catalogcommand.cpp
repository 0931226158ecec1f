// SPDX-License-Identifier: MIT
#include "catalogcommand.h"

#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "exitcode.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

int CatalogCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    CliIo::addOption(p,
                     { QStringLiteral("import"), tr("Import a Portkey pricing or LiteLLM price file."), tr("file") });
    p.setApplicationDescription(tr("Show the project's model and price catalog, or import prices into it."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic catalog --project P.sqlite [--import FILE] [--json]"));
        return ExitUsage;
    }
    // Showing the catalog only reads; importing prices into a new project creates it.
    const auto mode = p.isSet(QStringLiteral("import")) ? ProjectStore::OpenMode::CreateOrOpen
                                                        : ProjectStore::OpenMode::OpenExisting;
    ProjectStore store;
    QString error;
    PriceCatalog catalog;
    if (!store.open(project, &error, mode) || !CatalogStore(store).load(&catalog, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    if (p.isSet(QStringLiteral("import"))) {
        const int n = catalog.importFile(p.value(QStringLiteral("import")), &error);
        if (n < 0 || !CatalogStore(store).save(catalog, &error)) {
            CliIo::err(error);
            return ExitError;
        }
        CliIo::err(tr("Imported prices for %1 models; catalog version %2.").arg(n).arg(catalog.version()));
    }
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(catalog.toJson());
        return ExitSuccess;
    }
    QString text;
    for (const auto &m : catalog.models())
        text += QStringLiteral("%1 %2 rank %3  in $%4/1M  out $%5/1M\n")
                    .arg(m.modelId, -34)
                    .arg(m.provider, -10)
                    .arg(m.rank, 2)
                    .arg(m.inputPer1k * 1000, 8, 'f', 3)
                    .arg(m.outputPer1k * 1000, 8, 'f', 3);
    CliIo::out(text);
    return ExitSuccess;
}

} // namespace ShadowOptic
