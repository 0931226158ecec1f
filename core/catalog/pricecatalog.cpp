// SPDX-License-Identifier: MIT
#include "pricecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace ShadowOptic {

namespace {

double blendedPer1k(const ModelInfo &m)
{
    return (m.inputPer1k * 500 + m.outputPer1k * 200) / 700.0; // SPEC §6 default token mix
}

// New models get the rank of the existing model closest in blended price, so "cheaper" stays comparable.
int rankFor(const QList<ModelInfo> &models, const ModelInfo &m)
{
    const double price = blendedPer1k(m);
    int best = 50;
    double bestDist = INFINITY;
    for (const auto &o : models) {
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

} // namespace

PriceCatalog PriceCatalog::defaultCatalog()
{
    PriceCatalog c;
    QFile f(QStringLiteral(":/catalog/default-catalog.json"));
    QString error;
    if (!f.open(QIODevice::ReadOnly) || !fromJson(f.readAll(), &c, &error))
        qWarning("default catalog resource is missing or broken: %s", qPrintable(error));
    c.m_version = 1;
    return c;
}

const ModelInfo *PriceCatalog::find(const QString &modelId) const
{
    if (modelId.isEmpty())
        return nullptr;
    for (const auto &m : m_models)
        if (m.modelId == modelId)
            return &m;
    QString id = modelId;
    const auto slash = id.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        id = id.mid(slash + 1);
    static const QRegularExpression dateSuffix(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$"));
    for (const QString &candidate : { id, QString(id).remove(dateSuffix) })
        for (const auto &m : m_models)
            if (m.modelId == candidate || QString(m.modelId).remove(dateSuffix) == candidate)
                return &m;
    return nullptr;
}

void PriceCatalog::upsert(const ModelInfo &model)
{
    for (auto &m : m_models) {
        if (m.modelId == model.modelId) {
            if (!(m == model)) {
                m = model;
                ++m_version;
            }
            return;
        }
    }
    m_models.append(model);
    ++m_version;
}

bool PriceCatalog::remove(const QString &modelId)
{
    for (qsizetype i = 0; i < m_models.size(); ++i) {
        if (m_models.at(i).modelId == modelId) {
            m_models.removeAt(i);
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
        if (it.key() == QLatin1String("default"))
            continue;
        const QJsonObject payg = it->toObject()
                                     .value(QLatin1String("pricing_config"))
                                     .toObject()
                                     .value(QLatin1String("pay_as_you_go"))
                                     .toObject();
        const QJsonValue in = payg.value(QLatin1String("request_token")).toObject().value(QLatin1String("price"));
        const QJsonValue out = payg.value(QLatin1String("response_token")).toObject().value(QLatin1String("price"));
        if (!in.isDouble() || !out.isDouble() || (in.toDouble() <= 0 && out.toDouble() <= 0))
            continue;
        ModelInfo m;
        if (const ModelInfo *existing = find(it.key()); existing && existing->modelId == it.key())
            m = *existing;
        m.modelId = it.key();
        if (m.displayName.isEmpty())
            m.displayName = it.key();
        if (m.provider.isEmpty())
            m.provider = provider;
        if (m.portkeySlug.isEmpty())
            m.portkeySlug = QLatin1Char('@') + provider + QLatin1Char('/') + it.key();
        // cents per token → USD per 1K tokens: × 1000 / 100
        m.inputPer1k = in.toDouble() * 10.0;
        m.outputPer1k = out.toDouble() * 10.0;
        if (m.version.isEmpty())
            m.version = QStringLiteral("portkey");
        const bool isNew = find(it.key()) == nullptr || find(it.key())->modelId != it.key();
        if (isNew)
            m.rank = rankFor(m_models, m);
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
        QString id = it.key();
        ModelInfo m;
        if (const ModelInfo *existing = find(id); existing && existing->modelId == id)
            m = *existing;
        const bool isNew = m.modelId.isEmpty();
        m.modelId = id;
        if (m.displayName.isEmpty())
            m.displayName = id;
        if (m.provider.isEmpty())
            m.provider = o.value(QLatin1String("litellm_provider")).toString();
        if (m.portkeySlug.isEmpty())
            m.portkeySlug = QLatin1Char('@') + m.provider + QLatin1Char('/') + id;
        // USD per token → USD per 1K tokens
        m.inputPer1k = in.toDouble() * 1000.0;
        m.outputPer1k = out.toDouble() * 1000.0;
        const QJsonValue ctx = o.value(QLatin1String("max_input_tokens"));
        if (ctx.isDouble())
            m.contextWindow = qint64(ctx.toDouble());
        m.jsonMode = m.jsonMode || o.value(QLatin1String("supports_response_schema")).toBool();
        m.functionCalling = m.functionCalling || o.value(QLatin1String("supports_function_calling")).toBool();
        m.vision = m.vision || o.value(QLatin1String("supports_vision")).toBool();
        if (m.version.isEmpty())
            m.version = QStringLiteral("litellm");
        if (isNew)
            m.rank = rankFor(m_models, m);
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

QByteArray PriceCatalog::toJson() const
{
    QJsonArray arr;
    for (const auto &m : m_models)
        arr.append(m.toJson());
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), m_version },
                                       { QStringLiteral("unit"), QStringLiteral("USD per 1K tokens") },
                                       { QStringLiteral("models"), arr } })
        .toJson(QJsonDocument::Indented);
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
    c.m_version = root.value(QLatin1String("version")).toInt(1);
    for (const auto &v : models.toArray()) {
        const ModelInfo m = ModelInfo::fromJson(v.toObject());
        if (m.modelId.isEmpty()) {
            *error = tr("a model entry has no model_id");
            return false;
        }
        c.m_models.append(m);
    }
    *out = c;
    return true;
}

} // namespace ShadowOptic
