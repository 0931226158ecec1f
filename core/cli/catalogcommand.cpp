// SPDX-License-Identifier: MIT
#include "catalogcommand.h"

#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "exitcode.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "util/enumtext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

namespace {

struct Name
{
    QString provider; // empty: any provider (a logged name) or not given
    QString model;
};

// A logged model: "PROVIDER/MODEL", "MODEL" (any provider) or "*/MODEL" (any provider, for ids with a '/').
bool parseLogged(const QString &text, Name *out)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    if (t.startsWith(QLatin1String("*/")))
        *out = { QString(), t.mid(2) };
    else if (slash > 0)
        *out = { t.left(slash), t.mid(slash + 1) };
    else
        *out = { QString(), t };
    return !out->model.isEmpty() && !out->model.startsWith(u'/');
}

// A catalog entry: always "PROVIDER/MODEL"; provider slugs never contain '/', model ids may.
bool parseEntry(const QString &text, Name *out)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(u'/');
    if (slash <= 0 || slash == t.size() - 1)
        return false;
    *out = { t.left(slash), t.mid(slash + 1) };
    return true;
}

QString entryName(const ModelInfo &m)
{
    return m.provider + u'/' + m.modelId;
}

QString loggedName(const QString &provider, const QString &model)
{
    return provider.isEmpty() ? model : provider + u'/' + model;
}

// How --map and --unmap name a logged model: "*/MODEL" when it applies under any provider.
QString anyOrLogged(const QString &provider, const QString &model)
{
    return provider.isEmpty() ? QString(QLatin1String("*/") + model) : loggedName(provider, model);
}

// "2.50", "0.075": up to six decimals (Portkey's cheapest rates need them), at least two.
QString per1M(double per1k)
{
    if (per1k < 0)
        return QStringLiteral("–");
    QString s = QString::number(per1k * 1000.0, 'f', 6);
    while (s.endsWith(u'0') && s.indexOf(u'.') < s.size() - 3)
        s.chop(1);
    return s;
}

QJsonValue jsonPer1M(double per1k)
{
    return per1k < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(per1k * 1000.0);
}

QStringList suggestions(const PriceCatalog &catalog, const QString &model)
{
    QStringList out;
    for (const ModelInfo &m : catalog.models()) {
        if (m.isPriced() && entryName(m).contains(model, Qt::CaseInsensitive))
            out.append(entryName(m));
        if (out.size() == 5)
            break;
    }
    return out;
}

QString table(const QList<const ModelInfo *> &models)
{
    qsizetype width = 14;
    for (const ModelInfo *m : models)
        width = qMax(width, entryName(*m).size());
    auto line = [width](const QStringList &cells) -> QString {
        QString s = cells.at(0).leftJustified(int(width) + 2) + cells.at(1).leftJustified(11);
        for (qsizetype i = 2; i < cells.size(); ++i)
            s += cells.at(i).rightJustified(i == 2 ? 4 : 11);
        return s.trimmed() + u'\n';
    };
    QString text
        = line({ CatalogCommand::tr("PROVIDER/MODEL"), CatalogCommand::tr("TYPE"), CatalogCommand::tr("RANK"),
                 CatalogCommand::tr("IN $/1M"), CatalogCommand::tr("OUT $/1M"), CatalogCommand::tr("CACHE R"),
                 CatalogCommand::tr("CACHE W"), CatalogCommand::tr("BATCH IN"), CatalogCommand::tr("BATCH OUT") });
    for (const ModelInfo *m : models)
        text += line({ entryName(*m), m->type, QString::number(m->rank), per1M(m->inputPer1k), per1M(m->outputPer1k),
                       per1M(m->cacheReadPer1k), per1M(m->cacheWritePer1k), per1M(m->batchInputPer1k),
                       per1M(m->batchOutputPer1k) });
    return text;
}

QJsonObject resolutionJson(const ModelResolution &r)
{
    QJsonObject o { { QStringLiteral("provider"), r.provider },
                    { QStringLiteral("model"), r.modelId },
                    { QStringLiteral("rule"), EnumText::name(r.rule) },
                    { QStringLiteral("priced"), r.isPriced() },
                    { QStringLiteral("explanation"), r.explanation() } };
    if (r.model) {
        const ModelInfo &m = *r.model;
        o.insert(QStringLiteral("entry"),
                 QJsonObject { { QStringLiteral("provider"), m.provider },
                               { QStringLiteral("model_id"), m.modelId },
                               { QStringLiteral("type"), m.type },
                               { QStringLiteral("candidate"), m.candidate } });
        o.insert(QStringLiteral("prices_per_1m"),
                 QJsonObject { { QStringLiteral("input"), jsonPer1M(m.inputPer1k) },
                               { QStringLiteral("output"), jsonPer1M(m.outputPer1k) },
                               { QStringLiteral("cache_read"), jsonPer1M(m.cacheReadPer1k) },
                               { QStringLiteral("cache_write"), jsonPer1M(m.cacheWritePer1k) },
                               { QStringLiteral("batch_input"), jsonPer1M(m.batchInputPer1k) },
                               { QStringLiteral("batch_output"), jsonPer1M(m.batchOutputPer1k) } });
    }
    return o;
}

QString resolutionText(const ModelResolution &r)
{
    QString text = loggedName(r.provider, r.modelId) + QLatin1String(": ") + r.explanation() + u'\n';
    if (!r.model)
        return text;
    const ModelInfo &m = *r.model;
    const QString unit = CatalogCommand::tr("$%1 per 1M tokens");
    auto price
        = [&unit](double per1k, const QString &fallback) { return per1k < 0 ? fallback : unit.arg(per1M(per1k)); };
    const QStringList rows {
        CatalogCommand::tr("  priced as     %1").arg(entryName(m)),
        CatalogCommand::tr("  input         %1").arg(price(m.inputPer1k, QString())),
        CatalogCommand::tr("  output        %1").arg(price(m.outputPer1k, QString())),
        CatalogCommand::tr("  cache read    %1")
            .arg(price(m.cacheReadPer1k, CatalogCommand::tr("not given (input price)"))),
        CatalogCommand::tr("  cache write   %1")
            .arg(price(m.cacheWritePer1k, CatalogCommand::tr("not given (input price)"))),
        CatalogCommand::tr("  batch input   %1")
            .arg(price(m.batchInputPer1k, CatalogCommand::tr("not given (pay-as-you-go price)"))),
        CatalogCommand::tr("  batch output  %1")
            .arg(price(m.batchOutputPer1k, CatalogCommand::tr("not given (pay-as-you-go price)"))),
    };
    return text + rows.join(u'\n') + u'\n';
}

} // namespace

int CatalogCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    CliIo::addOption(p,
                     { QStringLiteral("import"), tr("Import a Portkey pricing or LiteLLM price file."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("all"), tr("List every priced model, not only the candidates.") });
    CliIo::addOption(p,
                     { QStringLiteral("search"),
                       tr("List the models whose provider/model contains this text (case-insensitive)."), tr("text") });
    CliIo::addOption(p,
                     { QStringLiteral("map"),
                       tr("Price a logged model as a catalog entry: PROVIDER/MODEL=TO_PROVIDER/TO_MODEL; without "
                          "PROVIDER/ (or with */) it applies under any provider. Repeatable."),
                       tr("from=to") });
    CliIo::addOption(p,
                     { QStringLiteral("unmap"), tr("Remove the mapping of a logged PROVIDER/MODEL. Repeatable."),
                       tr("provider/model") });
    CliIo::addOption(p,
                     { QStringLiteral("resolve"),
                       tr("Explain how a logged PROVIDER/MODEL (or MODEL) is priced, with the prices used."),
                       tr("provider/model") });
    p.setApplicationDescription(
        tr("Show the project's model and price catalog (the candidates unless --all or --search), import prices, "
           "map logged models to catalog entries, or explain how a logged model is priced. Prices are USD per 1M "
           "tokens; --json prints the whole catalog in USD per 1K tokens."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic catalog --project P.sqlite [--all | --search TEXT] [--import FILE] "
                      "[--map FROM=PROVIDER/MODEL] [--unmap FROM] [--resolve PROVIDER/MODEL] [--json]"));
        return ExitUsage;
    }
    // Arguments are checked before the project is opened, so a typo changes nothing.
    QList<PriceCatalog::Mapping> maps;
    for (const QString &value : p.values(QStringLiteral("map"))) {
        const qsizetype eq = value.indexOf(u'=');
        Name from, to;
        if (eq < 0 || !parseLogged(value.left(eq), &from) || !parseEntry(value.mid(eq + 1), &to)) {
            CliIo::err(tr("--map '%1': expected PROVIDER/MODEL=TO_PROVIDER/TO_MODEL or MODEL=TO_PROVIDER/TO_MODEL, "
                          "e.g. --map my-deployment=openai/gpt-4o.")
                           .arg(value));
            return ExitUsage;
        }
        maps.append({ from.provider, from.model, to.provider, to.model });
    }
    QList<Name> unmaps;
    for (const QString &value : p.values(QStringLiteral("unmap"))) {
        Name from;
        if (!parseLogged(value, &from)) {
            CliIo::err(tr("--unmap '%1': expected PROVIDER/MODEL or MODEL.").arg(value));
            return ExitUsage;
        }
        unmaps.append(from);
    }
    Name resolve;
    const bool resolving = p.isSet(QStringLiteral("resolve"));
    if (resolving && !parseLogged(p.value(QStringLiteral("resolve")), &resolve)) {
        CliIo::err(tr("--resolve '%1': expected PROVIDER/MODEL or MODEL.").arg(p.value(QStringLiteral("resolve"))));
        return ExitUsage;
    }
    if (resolving && resolve.provider.isEmpty() && p.value(QStringLiteral("resolve")).trimmed().startsWith(u'*')) {
        CliIo::err(tr("--resolve names one logged model; '*/' means any provider only for --map and --unmap."));
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
    const int loadedVersion = catalog.version();
    if (p.isSet(QStringLiteral("import"))) {
        const int n = catalog.importFile(p.value(QStringLiteral("import")), &error);
        if (n < 0) {
            CliIo::err(error);
            return ExitError;
        }
        CliIo::err(tr("Imported prices for %1 models.").arg(n));
    }
    for (const PriceCatalog::Mapping &m : std::as_const(maps)) {
        if (!catalog.setMapping(m)) {
            const QStringList near = suggestions(catalog, m.toModel);
            CliIo::err(
                tr("'%1/%2' is not in the catalog; nothing was changed.").arg(m.toProvider, m.toModel)
                + (near.isEmpty()
                       ? QString()
                       : QString(u'\n' + tr("Catalog entries like it: %1").arg(near.join(QLatin1String(", "))))));
            return ExitError;
        }
        CliIo::err(tr("'%1' is priced as %2/%3.").arg(loggedName(m.provider, m.model), m.toProvider, m.toModel));
    }
    for (const Name &n : std::as_const(unmaps)) {
        if (!catalog.removeMapping(n.provider, n.model)) {
            QStringList existing;
            for (const PriceCatalog::Mapping &m : catalog.mappings())
                existing.append(anyOrLogged(m.provider, m.model));
            CliIo::err(tr("There is no mapping of '%1'; nothing was changed. Mappings: %2.")
                           .arg(anyOrLogged(n.provider, n.model),
                                existing.isEmpty() ? tr("none") : existing.join(QLatin1String(", "))));
            return ExitError;
        }
        CliIo::err(tr("The mapping of '%1' was removed.").arg(loggedName(n.provider, n.model)));
    }
    if (catalog.version() != loadedVersion) {
        catalog.setVersion(loadedVersion + 1); // one command is one catalog version, like one dialog session
        if (!CatalogStore(store).save(catalog, &error)) {
            CliIo::err(error);
            return ExitError;
        }
        CliIo::err(tr("Catalog version %1 saved.").arg(catalog.version()));
    }

    const bool json = p.isSet(QStringLiteral("json"));
    if (resolving) {
        const ModelResolution r = catalog.resolve(resolve.provider, resolve.model);
        if (json)
            CliIo::outBytes(QJsonDocument(resolutionJson(r)).toJson(QJsonDocument::Indented));
        else
            CliIo::out(resolutionText(r));
    }
    const bool listAll = p.isSet(QStringLiteral("all"));
    const bool searching = p.isSet(QStringLiteral("search"));
    // Changing mappings or resolving prints only that; a listing has to be asked for then.
    if ((resolving || !maps.isEmpty() || !unmaps.isEmpty()) && !listAll && !searching)
        return ExitSuccess;

    const QString search = p.value(QStringLiteral("search")).trimmed();
    QList<const ModelInfo *> shown;
    int morePriced = 0;
    for (const ModelInfo &m : catalog.models()) {
        if (searching ? entryName(m).contains(search, Qt::CaseInsensitive) : listAll || m.candidate)
            shown.append(&m);
        else if (!searching && m.isPriced())
            ++morePriced;
    }
    if (json) {
        if (!searching) {
            CliIo::outBytes(catalog.toJson());
            return ExitSuccess;
        }
        QJsonArray models;
        for (const ModelInfo *m : std::as_const(shown))
            models.append(m->toJson());
        CliIo::outBytes(QJsonDocument(QJsonObject { { QStringLiteral("unit"), QStringLiteral("USD per 1K tokens") },
                                                    { QStringLiteral("models"), models } })
                            .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (shown.isEmpty()) {
        CliIo::err(tr("No catalog entry matches '%1'.").arg(search));
        return ExitSuccess;
    }
    QString text = table(shown);
    if (!catalog.mappings().isEmpty()) {
        text += u'\n' + tr("Mappings:") + u'\n';
        for (const PriceCatalog::Mapping &m : catalog.mappings())
            text += QLatin1String("  ")
                + (m.provider.isEmpty() ? tr("%1 (any provider)").arg(m.model) : loggedName(m.provider, m.model))
                + QStringLiteral(" → ") + m.toProvider + u'/' + m.toModel + u'\n';
    }
    CliIo::out(text);
    if (morePriced > 0)
        CliIo::err(tr("%n more model(s) priced; --all to list them, --search TEXT to find one.", nullptr, morePriced));
    return ExitSuccess;
}

} // namespace ShadowOptic
