// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "catalog/catalogconflicts.h"
#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "store/logsummary.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace ShadowOptic {

namespace {

QCommandLineOption projectOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("p"), QStringLiteral("project") },
                              ImportCommand::tr("Project database (.sqlite)."), ImportCommand::tr("file"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), ImportCommand::tr("Print machine-readable JSON."));
}

volatile std::sig_atomic_t s_interrupted = 0;

bool parse(QCommandLineParser &p, const QStringList &args, const QString &description)
{
    p.setApplicationDescription(description);
    p.addHelpOption();
    if (!p.parse(args)) {
        CliIo::err(p.errorText());
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, args.value(0).section(QLatin1Char(' '), 1)));
        return false;
    }
    return true;
}

} // namespace

int ImportCommand::runImport(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, projectOption());
    CliIo::addOption(p, jsonOption());
    p.addPositionalArgument(QStringLiteral("files"), tr("Portkey exports: JSONL, JSON array or CSV."));
    if (!parse(p, arguments, tr("Import Portkey log exports into a project.")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString project = p.value(QStringLiteral("project"));
    const QStringList files = p.positionalArguments();
    if (project.isEmpty() || files.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic import --project P.sqlite [--json] FILE..."));
        return 2;
    }
    std::signal(SIGINT, [](int) { s_interrupted = 1; });
    ImportReport report;
    QString error;
    const bool ok = LogImporter::run(
        project, files, &report, &error,
        [](qint64 done, qint64 total, const QString &text) {
            CliIo::progress(QStringLiteral("%1% %2").arg(total ? done * 100 / total : 100).arg(text));
        },
        [] { return s_interrupted != 0; });
    CliIo::endProgress();
    if (!ok) {
        CliIo::err(error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(report.toJson());
    } else {
        CliIo::out(report.summaryText());
        for (const auto &e : report.errors.mid(0, 20))
            CliIo::err(QStringLiteral("%1:%2: %3: %4").arg(e.file).arg(e.line).arg(e.category, e.reason));
        if (report.errors.size() > 20)
            CliIo::err(tr("... %1 more problems are listed in the project's import report.").arg(report.skipped - 20));
    }
    for (const QString &f : report.fileErrors)
        CliIo::err(f);
    // 1 when a named file gave nothing (unreadable, empty, no valid record) or the project could not take the rows;
    // skipped rows in an otherwise good file are listed above and do not fail the import.
    return report.fileErrors.isEmpty() ? 0 : 1;
}

int ImportCommand::runSummary(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, projectOption());
    CliIo::addOption(p, jsonOption());
    if (!parse(p, arguments, tr("Per-model requests, tokens, cost, error rate and latency of the imported logs.")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic summary --project P.sqlite [--json]"));
        return 2;
    }
    ProjectStore store;
    QString error;
    LogSummary summary;
    PriceCatalog catalog;
    CatalogConflicts conflicts;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)
        || !LogSummary::compute(store, &summary, &error)
        || !store.loadCatalog(&catalog, &error) || !CatalogConflicts::compute(store, catalog, &conflicts, &error)) {
        CliIo::err(error);
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = summary.toJson();
        o.insert(QStringLiteral("catalog_conflicts"), conflicts.toJson());
        CliIo::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        CliIo::out(summary.toText() + conflicts.toText());
    }
    return 0;
}

int ImportCommand::runGenerate(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, { QStringLiteral("rows"), tr("Number of rows."), tr("N"), QStringLiteral("1000") });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Random seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("Output file; .csv writes CSV, anything else JSONL."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("token-scale"), tr("Scale prompt/answer sizes (1 = real trace sizes)."), tr("x"),
                  QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("no-quirks"), tr("Write only the plainest form of every field.") });
    if (!parse(p, arguments, tr("Write a realistic synthetic Portkey export.")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    LogGenerator::Options o;
    bool okRows = false, okSeed = false, okScale = false;
    o.rows = p.value(QStringLiteral("rows")).toLongLong(&okRows);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    o.tokenScale = p.value(QStringLiteral("token-scale")).toDouble(&okScale);
    o.quirks = !p.isSet(QStringLiteral("no-quirks"));
    const QString out = p.value(QStringLiteral("out"));
    if (!okRows || o.rows < 0 || !okSeed || !okScale || o.tokenScale <= 0 || out.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic generate-logs --rows N --seed S --out F.jsonl|F.csv"));
        return 2;
    }
    o.csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QString error;
    if (!LogGenerator::write(out, o, &error, [](qint64 done, qint64 total) {
            CliIo::progress(tr("generated %1 of %2 rows").arg(done).arg(total));
        })) {
        CliIo::err(error);
        return 1;
    }
    CliIo::endProgress();
    CliIo::err(tr("Wrote %1 rows to %2").arg(o.rows).arg(out));
    return 0;
}

int ImportCommand::runCatalog(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, projectOption());
    CliIo::addOption(p, jsonOption());
    CliIo::addOption(p, { QStringLiteral("import"), tr("Import a Portkey pricing or LiteLLM price file."), tr("file") });
    if (!parse(p, arguments, tr("Show the project's model and price catalog, or import prices into it.")))
        return p.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic catalog --project P.sqlite [--import FILE] [--json]"));
        return 2;
    }
    // Showing the catalog only reads; importing prices into a new project creates it.
    const auto mode = p.isSet(QStringLiteral("import")) ? ProjectStore::OpenMode::CreateOrOpen
                                                        : ProjectStore::OpenMode::OpenExisting;
    ProjectStore store;
    QString error;
    PriceCatalog catalog;
    if (!store.open(project, &error, mode) || !store.loadCatalog(&catalog, &error)) {
        CliIo::err(error);
        return 1;
    }
    if (p.isSet(QStringLiteral("import"))) {
        const int n = catalog.importFile(p.value(QStringLiteral("import")), &error);
        if (n < 0 || !store.saveCatalog(catalog, &error)) {
            CliIo::err(error);
            return 1;
        }
        CliIo::err(tr("Imported prices for %1 models; catalog version %2.").arg(n).arg(catalog.version()));
    }
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(catalog.toJson());
        return 0;
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
    return 0;
}

} // namespace ShadowOptic
