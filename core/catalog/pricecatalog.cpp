// SPDX-License-Identifier: MIT
#include "pricecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <span>

namespace ShadowOptic {

namespace {

const QLatin1String PortkeyData(":/portkey-models");

double blendedPer1k(const ModelInfo &m)
{
    return (m.inputPer1k * 500 + m.outputPer1k * 200) / 700.0; // SPEC §6 default token mix
}

// New models get the rank of the ranked model closest in blended price, so "cheaper" stays comparable.
int rankFor(std::span<const ModelInfo> ranked, const ModelInfo &m)
{
    const double price = blendedPer1k(m);
    int best = 50;
    double bestDist = INFINITY;
    for (const auto &o : ranked) {
        if (!o.isPriced() || price <= 0)
            continue;
        const double d = std::abs(std::log(blendedPer1k(o)) - std::log(price));
        if (d < bestDist) {
            bestDist = d;
            best = o.rank;
        }
    }
    return best;
}

bool parseObject(const QByteArray &json, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = PriceCatalog::tr("not valid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = PriceCatalog::tr("the top level is not a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

// Portkey prices are USD cents per token; the catalog keeps USD per 1K tokens (× 1000 / 100).
double portkeyPrice(const QJsonObject &rates, const char *name)
{
    const QJsonValue v = rates.value(QLatin1String(name)).toObject().value(QLatin1String("price"));
    return v.isDouble() && v.toDouble() >= 0 ? v.toDouble() * 10.0 : -1.0;
}

bool samePrices(const ModelInfo &a, const ModelInfo &b)
{
    return a.inputPer1k == b.inputPer1k && a.outputPer1k == b.outputPer1k && a.cacheReadPer1k == b.cacheReadPer1k
        && a.cacheWritePer1k == b.cacheWritePer1k;
}

QString withoutDate(const QString &id)
{
    static const QRegularExpression dateSuffix(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$"));
    return QString(id).remove(dateSuffix);
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PriceCatalog buildDefault()
{
    PriceCatalog portkey;
    QString error;
    const QDir pricing(PortkeyData + QLatin1String("/pricing"));
    const QStringList files = pricing.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    // Some providers price only images or requests: no token price, which importPortkeyPricing reports; the
    // bundled files themselves are checked by tst_costtruth.
    for (const QString &file : files)
        portkey.importPortkeyPricing(readResource(pricing.filePath(file)), QFileInfo(file).baseName(), &error);
    const QDir general(PortkeyData + QLatin1String("/general"));
    for (const QString &file : general.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        portkey.importPortkeyGeneral(readResource(general.filePath(file)), QFileInfo(file).baseName(), &error);

    // The design notes' curated models lead, with their ranks, strengths and tiers; Portkey adds cache and batch
    // prices, type and limits to the same provider and id.
    PriceCatalog curated;
    if (!PriceCatalog::fromJson(readResource(QStringLiteral(":/catalog/default-catalog.json")), &curated, &error))
        qWarning("default catalog resource is missing or broken: %s", qPrintable(error));
    PriceCatalog out;
    for (ModelInfo m : curated.models()) {
        if (const ModelInfo *p = portkey.exact(m.provider, m.modelId)) {
            m.cacheReadPer1k = p->cacheReadPer1k;
            m.cacheWritePer1k = p->cacheWritePer1k;
            m.batchInputPer1k = p->batchInputPer1k;
            m.batchOutputPer1k = p->batchOutputPer1k;
            m.maxOutputTokens = p->maxOutputTokens;
            m.type = p->type;
            m.supports = p->supports;
        }
        m.candidate = true;
        out.upsert(m);
    }
    for (ModelInfo m : portkey.models()) {
        if (out.exact(m.provider, m.modelId))
            continue;
        m.rank = rankFor(std::span(curated.models().constData(), size_t(curated.models().size())), m);
        m.candidate = false;
        out.upsert(m);
    }
    out.setVersion(1);
    return out;
}

} // namespace

PriceCatalog PriceCatalog::defaultCatalog()
{
    static const PriceCatalog bundled = buildDefault();
    return bundled;
}

QString PriceCatalog::bundledSource()
{
    return tr("Portkey-AI/models at commit f654307e (2026-08-21), MIT licence, copyright Portkey.ai");
}

QString PriceCatalog::key(const QString &provider, const QString &modelId)
{
    return provider.toLower() + QLatin1Char('\n') + modelId.toLower();
}

void PriceCatalog::index(qsizetype i)
{
    const ModelInfo &m = m_models.at(i);
    m_byKey.insert(key(m.provider, m.modelId), i);
    m_byId[m.modelId.toLower()].append(i);
    m_providers.insert(m.provider.toLower());
}

void PriceCatalog::rebuildIndex()
{
    m_byKey.clear();
    m_byId.clear();
    m_providers.clear();
    for (qsizetype i = 0; i < m_models.size(); ++i)
        index(i);
}

const ModelInfo *PriceCatalog::exact(const QString &provider, const QString &modelId) const
{
    const auto it = m_byKey.constFind(key(provider, modelId));
    return it == m_byKey.constEnd() ? nullptr : &m_models.at(*it);
}

ModelResolution PriceCatalog::byIdAcrossProviders(const QString &provider, const QString &logged, const QString &id,
                                                  ModelResolution::Rule rule) const
{
    ModelResolution r;
    r.provider = provider;
    r.modelId = logged;
    const auto it = m_byId.constFind(id.toLower());
    if (it == m_byId.constEnd()) {
        r.rule = ModelResolution::Rule::Unknown;
        return r;
    }
    const QList<qsizetype> &all = *it;
    // The catalog's own candidate list names the entry the user works with; otherwise only one price will do.
    QList<qsizetype> chosen;
    for (qsizetype i : all)
        if (m_models.at(i).candidate)
            chosen.append(i);
    if (chosen.size() != 1) {
        chosen.clear();
        for (qsizetype i : all) {
            bool seen = false;
            for (qsizetype j : std::as_const(chosen))
                seen = seen || samePrices(m_models.at(i), m_models.at(j));
            if (!seen)
                chosen.append(i);
        }
    }
    if (chosen.size() == 1) {
        r.model = &m_models.at(chosen.first());
        r.rule = rule;
    } else {
        r.rule = ModelResolution::Rule::Ambiguous;
        r.alternatives = int(chosen.size());
    }
    return r;
}

ModelResolution PriceCatalog::resolve(const QString &provider, const QString &modelId) const
{
    using Rule = ModelResolution::Rule;
    ModelResolution r;
    r.provider = provider;
    r.modelId = modelId;
    if (modelId.isEmpty())
        return r;
    for (const Mapping &m : m_mappings) {
        if (m.model.compare(modelId, Qt::CaseInsensitive) == 0
            && (m.provider.isEmpty() || m.provider.compare(provider, Qt::CaseInsensitive) == 0)) {
            if ((r.model = exact(m.toProvider, m.toModel))) {
                r.rule = Rule::Mapped;
                return r;
            }
        }
    }
    if (!provider.isEmpty()) {
        if ((r.model = exact(provider, modelId))) {
            r.rule = Rule::Exact;
            return r;
        }
    }
    // "@provider/model" (Portkey's model slug) and "provider/model" (OpenRouter and LiteLLM style).
    const qsizetype slash = modelId.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString prefix = modelId.left(slash).remove(0, modelId.startsWith(QLatin1Char('@')) ? 1 : 0);
        if ((r.model = exact(prefix, modelId.mid(slash + 1)))) {
            r.rule = Rule::Slug;
            return r;
        }
    }
    const QString id = slash > 0 ? modelId.mid(slash + 1) : modelId;
    const QString alias = withoutDate(id);
    if (!provider.isEmpty() && hasProvider(provider)) {
        // A provider the catalog knows prices its own models; another provider's price would be a guess.
        if (alias != id && (r.model = exact(provider, alias))) {
            r.rule = Rule::Snapshot;
            return r;
        }
        r.rule = Rule::Unknown;
        return r;
    }
    ModelResolution found = byIdAcrossProviders(provider, modelId, id, Rule::OtherProvider);
    if (found.rule == Rule::Unknown && alias != id)
        found = byIdAcrossProviders(provider, modelId, alias, Rule::Snapshot);
    return found;
}

void PriceCatalog::upsert(const ModelInfo &model)
{
    const auto it = m_byKey.constFind(key(model.provider, model.modelId));
    if (it != m_byKey.constEnd()) {
        ModelInfo &m = m_models[*it];
        if (!(m == model)) {
            const bool renamed = m.modelId != model.modelId || m.provider != model.provider;
            m = model;
            if (renamed)
                rebuildIndex();
            ++m_version;
        }
        return;
    }
    m_models.append(model);
    index(m_models.size() - 1);
    ++m_version;
}

bool PriceCatalog::remove(const QString &provider, const QString &modelId)
{
    const auto it = m_byKey.constFind(key(provider, modelId));
    if (it == m_byKey.constEnd())
        return false;
    m_models.removeAt(*it);
    rebuildIndex();
    ++m_version;
    return true;
}

bool PriceCatalog::setMapping(const Mapping &mapping)
{
    if (mapping.model.isEmpty() || !exact(mapping.toProvider, mapping.toModel))
        return false;
    for (Mapping &m : m_mappings) {
        if (m.model.compare(mapping.model, Qt::CaseInsensitive) == 0
            && m.provider.compare(mapping.provider, Qt::CaseInsensitive) == 0) {
            if (!(m == mapping)) {
                m = mapping;
                ++m_version;
            }
            return true;
        }
    }
    m_mappings.append(mapping);
    ++m_version;
    return true;
}

bool PriceCatalog::removeMapping(const QString &provider, const QString &model)
{
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        const Mapping &m = m_mappings.at(i);
        if (m.model.compare(model, Qt::CaseInsensitive) == 0
            && m.provider.compare(provider, Qt::CaseInsensitive) == 0) {
            m_mappings.removeAt(i);
            ++m_version;
            return true;
        }
    }
    return false;
}

int PriceCatalog::importPortkeyPricing(const QByteArray &json, const QString &provider, QString *error)
{
    QJsonObject root;
    if (!parseObject(json, &root, error))
        return -1;
    const int before = m_version;
    int count = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() == QLatin1String("default") || !it->isObject())
            continue;
        const QJsonObject config = it->toObject().value(QLatin1String("pricing_config")).toObject();
        const QJsonObject payg = config.value(QLatin1String("pay_as_you_go")).toObject();
        const double in = portkeyPrice(payg, "request_token");
        const double out = portkeyPrice(payg, "response_token");
        const ModelInfo *existing = exact(provider, it.key());
        if (in <= 0 && out <= 0) {
            // Portkey writes 0 for "not priced" as often as for "free", and prices images or requests in other
            // units: known, but without a token price, which never overwrites one.
            if (!existing) {
                ModelInfo m;
                m.modelId = it.key();
                m.displayName = it.key();
                m.provider = provider;
                m.portkeySlug = QLatin1Char('@') + provider + QLatin1Char('/') + it.key();
                m.version = QStringLiteral("portkey");
                m.candidate = false;
                upsert(m);
            }
            continue;
        }
        ModelInfo m = existing ? *existing : ModelInfo();
        m.modelId = existing ? existing->modelId : it.key();
        if (m.displayName.isEmpty())
            m.displayName = it.key();
        if (m.provider.isEmpty())
            m.provider = provider;
        if (m.portkeySlug.isEmpty())
            m.portkeySlug = QLatin1Char('@') + provider + QLatin1Char('/') + it.key();
        m.inputPer1k = qMax(0.0, in);
        m.outputPer1k = qMax(0.0, out);
        m.cacheReadPer1k = portkeyPrice(payg, "cache_read_input_token");
        m.cacheWritePer1k = portkeyPrice(payg, "cache_write_input_token");
        const QJsonObject batch = config.value(QLatin1String("batch_config")).toObject();
        m.batchInputPer1k = portkeyPrice(batch, "request_token");
        m.batchOutputPer1k = portkeyPrice(batch, "response_token");
        if (m.version.isEmpty())
            m.version = QStringLiteral("portkey");
        if (!existing) {
            m.rank = rankFor(std::span(m_models.constData(), size_t(qMin<qsizetype>(m_models.size(), 64))), m);
            m.candidate = false;
        }
        upsert(m);
        ++count;
    }
    if (count == 0) {
        *error = tr("no priced models found (expected Portkey's pricing_config.pay_as_you_go layout)");
        return -1;
    }
    m_version = before + 1;
    return count;
}

int PriceCatalog::importPortkeyGeneral(const QByteArray &json, const QString &provider, QString *error)
{
    QJsonObject root;
    if (!parseObject(json, &root, error))
        return -1;
    auto maxTokens = [](const QJsonObject &o) -> qint64 {
        for (const QJsonValue &p : o.value(QLatin1String("params")).toArray()) {
            const QJsonObject po = p.toObject();
            if (po.value(QLatin1String("key")).toString() == QLatin1String("max_tokens"))
                return po.value(QLatin1String("maxValue")).toInteger(); // 0 unless a whole number in range
        }
        return 0;
    };
    auto hasParam = [](const QJsonObject &o, QLatin1String key) {
        for (const QJsonValue &p : o.value(QLatin1String("params")).toArray())
            if (p.toObject().value(QLatin1String("key")).toString() == key)
                return true;
        return false;
    };
    const QJsonObject defaults = root.value(QLatin1String("default")).toObject();
    const qint64 defaultMax = maxTokens(defaults);
    const QJsonObject defaultType = defaults.value(QLatin1String("type")).toObject();
    int count = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const ModelInfo *existing = exact(provider, it.key());
        if (!existing || !it->isObject())
            continue;
        const QJsonObject o = it->toObject();
        ModelInfo m = *existing;
        const qint64 max = maxTokens(o);
        m.maxOutputTokens = max > 0 ? max : defaultMax;
        QJsonObject type = o.value(QLatin1String("type")).toObject();
        if (type.isEmpty())
            type = defaultType;
        m.type = type.value(QLatin1String("primary")).toString(m.type);
        m.supports.clear();
        for (const QJsonValue &s : type.value(QLatin1String("supported")).toArray())
            m.supports.append(s.toString());
        m.functionCalling = m.functionCalling || m.supports.contains(QLatin1String("tools"));
        m.vision = m.vision || m.supports.contains(QLatin1String("image"));
        m.jsonMode = m.jsonMode || hasParam(o, QLatin1String("response_format"));
        upsert(m);
        ++count;
    }
    return count;
}

int PriceCatalog::importLiteLlm(const QByteArray &json, QString *error)
{
    QJsonObject root;
    if (!parseObject(json, &root, error))
        return -1;
    const int before = m_version;
    int count = 0;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() == QLatin1String("sample_spec") || !it->isObject())
            continue;
        const QJsonObject o = it->toObject();
        const QString mode = o.value(QLatin1String("mode")).toString(QStringLiteral("chat"));
        if (mode != QLatin1String("chat") && mode != QLatin1String("completion"))
            continue;
        const QJsonValue in = o.value(QLatin1String("input_cost_per_token"));
        const QJsonValue out = o.value(QLatin1String("output_cost_per_token"));
        if (!in.isDouble() || !out.isDouble())
            continue;
        const QString id = it.key();
        const QString provider = o.value(QLatin1String("litellm_provider")).toString();
        const ModelInfo *existing = exact(provider, id);
        ModelInfo m = existing ? *existing : ModelInfo();
        m.modelId = existing ? existing->modelId : id;
        if (m.displayName.isEmpty())
            m.displayName = id;
        m.provider = provider;
        if (m.portkeySlug.isEmpty())
            m.portkeySlug = QLatin1Char('@') + m.provider + QLatin1Char('/') + id;
        // USD per token → USD per 1K tokens
        auto per1k = [&o](const char *key) {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() && v.toDouble() >= 0 ? v.toDouble() * 1000.0 : -1.0;
        };
        m.inputPer1k = in.toDouble() * 1000.0;
        m.outputPer1k = out.toDouble() * 1000.0;
        m.cacheReadPer1k = per1k("cache_read_input_token_cost");
        m.cacheWritePer1k = per1k("cache_creation_input_token_cost");
        m.batchInputPer1k = per1k("input_cost_per_token_batches");
        m.batchOutputPer1k = per1k("output_cost_per_token_batches");
        // toInteger: a limit that is not a whole number in qint64's range is unknown (a cast would be undefined).
        const QJsonValue ctx = o.value(QLatin1String("max_input_tokens"));
        if (ctx.isDouble())
            m.contextWindow = ctx.toInteger();
        const QJsonValue maxOut = o.value(QLatin1String("max_output_tokens"));
        if (maxOut.isDouble())
            m.maxOutputTokens = maxOut.toInteger();
        m.jsonMode = m.jsonMode || o.value(QLatin1String("supports_response_schema")).toBool();
        m.functionCalling = m.functionCalling || o.value(QLatin1String("supports_function_calling")).toBool();
        m.vision = m.vision || o.value(QLatin1String("supports_vision")).toBool();
        if (m.version.isEmpty())
            m.version = QStringLiteral("litellm");
        if (!existing) {
            m.rank = rankFor(std::span(m_models.constData(), size_t(qMin<qsizetype>(m_models.size(), 64))), m);
            m.candidate = false;
        }
        upsert(m);
        ++count;
    }
    if (count == 0) {
        *error = tr("no priced chat models found (expected LiteLLM's input_cost_per_token/output_cost_per_token)");
        return -1;
    }
    m_version = before + 1;
    return count;
}

int PriceCatalog::importFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("File '%1' is not readable: %2.").arg(path, f.errorString());
        return -1;
    }
    if (f.size() > 64 * 1024 * 1024) {
        *error = tr("File '%1' is larger than 64 MB; it is not a price catalog.").arg(path);
        return -1;
    }
    const QByteArray json = f.readAll();
    QString inner;
    int n;
    if (json.contains("pricing_config"))
        n = importPortkeyPricing(json, QFileInfo(path).baseName(), &inner);
    else if (json.contains("input_cost_per_token"))
        n = importLiteLlm(json, &inner);
    else if (json.contains("\"models\"")) {
        PriceCatalog other;
        if (!fromJson(json, &other, &inner)) {
            n = -1;
        } else {
            for (const auto &m : other.models())
                upsert(m);
            for (const auto &m : other.mappings())
                setMapping(m);
            n = int(other.models().size());
        }
    } else {
        n = -1;
        inner = tr("neither a Portkey pricing file, a LiteLLM price map nor a Shadow Optic catalog");
    }
    if (n < 0)
        *error = tr("File '%1': %2.").arg(path, inner);
    return n;
}

QByteArray PriceCatalog::toJson(bool indented) const
{
    QJsonArray arr;
    for (const auto &m : m_models)
        arr.append(m.toJson());
    QJsonArray maps;
    for (const auto &m : m_mappings)
        maps.append(QJsonObject { { QStringLiteral("provider"), m.provider },
                                  { QStringLiteral("model"), m.model },
                                  { QStringLiteral("to_provider"), m.toProvider },
                                  { QStringLiteral("to_model"), m.toModel } });
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), m_version },
                                       { QStringLiteral("unit"), QStringLiteral("USD per 1K tokens") },
                                       { QStringLiteral("models"), arr },
                                       { QStringLiteral("mappings"), maps } })
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

bool PriceCatalog::fromJson(const QByteArray &json, PriceCatalog *out, QString *error)
{
    QJsonObject root;
    if (!parseObject(json, &root, error))
        return false;
    const QJsonValue models = root.value(QLatin1String("models"));
    if (!models.isArray()) {
        *error = tr("'models' is missing or not an array");
        return false;
    }
    PriceCatalog c;
    for (const auto &v : models.toArray()) {
        const ModelInfo m = ModelInfo::fromJson(v.toObject());
        if (m.modelId.isEmpty()) {
            *error = tr("a model entry has no model_id");
            return false;
        }
        if (c.exact(m.provider, m.modelId)) {
            *error = tr("the model '%1' of provider '%2' is listed twice").arg(m.modelId, m.provider);
            return false;
        }
        c.m_models.append(m);
        c.index(c.m_models.size() - 1);
    }
    for (const auto &v : root.value(QLatin1String("mappings")).toArray()) {
        const QJsonObject o = v.toObject();
        const Mapping m { o.value(QLatin1String("provider")).toString(), o.value(QLatin1String("model")).toString(),
                          o.value(QLatin1String("to_provider")).toString(),
                          o.value(QLatin1String("to_model")).toString() };
        if (!c.exact(m.toProvider, m.toModel)) {
            *error = tr("the mapping of '%1' names '%2/%3', which is not in the catalog")
                         .arg(m.model, m.toProvider, m.toModel);
            return false;
        }
        c.m_mappings.append(m);
    }
    c.m_version = root.value(QLatin1String("version")).toInt(1);
    *out = c;
    return true;
}

} // namespace ShadowOptic
