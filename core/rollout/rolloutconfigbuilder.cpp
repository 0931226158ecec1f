// SPDX-License-Identifier: MIT
#include "rolloutconfigbuilder.h"

#include "catalog/pricecatalog.h"
#include "rolloutplan.h"
#include "rolloutstage.h"

#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

namespace ShadowOptic {

namespace {

const QString Production = QStringLiteral("production");
const QString Challenger = QStringLiteral("challenger");

QJsonObject strategy(const QString &mode)
{
    return QJsonObject { { QStringLiteral("mode"), mode } };
}

double roundedShare(double share)
{
    return std::round(qBound(0.0, share, 1.0) * 1e6) / 1e6;
}

void resolve(RolloutEndpoint &e, const PriceCatalog *catalog)
{
    if (e.provider.isEmpty()) {
        // A custom host is an OpenAI-compatible server (the simulator, a local model): Portkey must not translate
        // the request into another provider's API.
        const ModelInfo *info = e.customHost.isEmpty() && catalog ? catalog->find(e.model) : nullptr;
        e.provider = info && !info->provider.isEmpty() ? info->provider.toLower() : QStringLiteral("openai");
    }
    if (e.apiKey.isEmpty())
        e.apiKey = RolloutConfigBuilder::providerKeyPlaceholder(e.provider);
}

} // namespace

RolloutConfigBuilder::RolloutConfigBuilder(RolloutEndpoint production, RolloutEndpoint challenger,
                                           const PriceCatalog *catalog)
    : m_production(std::move(production))
    , m_challenger(std::move(challenger))
{
    resolve(m_production, catalog);
    resolve(m_challenger, catalog);
}

QJsonObject RolloutConfigBuilder::leaf(const RolloutEndpoint &endpoint, double weight) const
{
    QJsonObject target = endpoint.toTarget();
    if (weight >= 0.0)
        target.insert(QStringLiteral("weight"), weight);
    return target;
}

QJsonObject RolloutConfigBuilder::config(const RolloutStage &stage) const
{
    if (stage.isShadow())
        return shadowConfig();
    if (stage.isFull())
        return fullConfig();
    return liveConfig(stage.challengerShare);
}

QJsonObject RolloutConfigBuilder::shadowConfig() const
{
    return QJsonObject { { QStringLiteral("strategy"), strategy(QStringLiteral("loadbalance")) },
                         { QStringLiteral("targets"), QJsonArray { leaf(m_production, 1.0) } } };
}

QJsonObject RolloutConfigBuilder::liveConfig(double challengerShare) const
{
    const double share = roundedShare(challengerShare);
    return QJsonObject {
        { QStringLiteral("strategy"), strategy(QStringLiteral("loadbalance")) },
        { QStringLiteral("targets"),
          QJsonArray { leaf(m_production, roundedShare(1.0 - share)), leaf(m_challenger, share) } },
    };
}

QJsonObject RolloutConfigBuilder::fullConfig() const
{
    return QJsonObject { { QStringLiteral("strategy"), strategy(QStringLiteral("fallback")) },
                         { QStringLiteral("targets"), QJsonArray { leaf(m_challenger, -1), leaf(m_production, -1) } } };
}

QJsonObject RolloutConfigBuilder::killSwitchConfig() const
{
    return liveConfig(0.0);
}

QJsonObject RolloutConfigBuilder::stickyConfig(double challengerShare) const
{
    QJsonObject challenger = leaf(m_challenger, -1);
    challenger.insert(QStringLiteral("name"), Challenger);
    QJsonObject production = leaf(m_production, -1);
    production.insert(QStringLiteral("name"), Production);
    const QJsonObject query { { QStringLiteral("metadata.") + bucketKey(),
                                QJsonObject { { QStringLiteral("$lt"), bucketThreshold(challengerShare) } } } };
    QJsonObject conditional = strategy(QStringLiteral("conditional"));
    conditional.insert(
        QStringLiteral("conditions"),
        QJsonArray { QJsonObject { { QStringLiteral("query"), query }, { QStringLiteral("then"), Challenger } } });
    conditional.insert(QStringLiteral("default"), Production);
    return QJsonObject { { QStringLiteral("strategy"), conditional },
                         { QStringLiteral("targets"), QJsonArray { challenger, production } } };
}

QJsonObject RolloutConfigBuilder::hostedConfig(const RolloutStage &stage, const RolloutHostedOptions &options) const
{
    // Hosted Portkey keeps provider credentials behind Model Catalog slugs: no api_key or custom_host in the config.
    const auto slugged = [](const RolloutEndpoint &e, const QString &slug) {
        QJsonObject t { { QStringLiteral("provider"), slug.isEmpty() ? QString(u'@' + e.provider) : slug },
                        { QStringLiteral("override_params"), QJsonObject { { QStringLiteral("model"), e.model } } } };
        return t;
    };
    const QJsonObject production = slugged(m_production, options.productionSlug);
    const QJsonObject challenger = slugged(m_challenger, options.challengerSlug);
    const auto weighted = [](QJsonObject t, double w) {
        t.insert(QStringLiteral("weight"), w);
        return t;
    };
    QJsonObject config;
    if (stage.isFull()) {
        config = { { QStringLiteral("strategy"), strategy(QStringLiteral("fallback")) },
                   { QStringLiteral("targets"), QJsonArray { challenger, production } } };
    } else {
        const double share = roundedShare(stage.challengerShare);
        QJsonObject s = strategy(QStringLiteral("loadbalance"));
        QJsonArray targets { weighted(production, roundedShare(1.0 - share)) };
        if (!stage.isShadow()) {
            targets.append(weighted(challenger, share));
            if (options.sticky)
                s.insert(
                    QStringLiteral("sticky_session"),
                    QJsonObject { { QStringLiteral("hash_fields"), QJsonArray::fromStringList(options.hashFields) },
                                  { QStringLiteral("ttl"), options.stickyTtlSeconds } });
        }
        config = { { QStringLiteral("strategy"), s }, { QStringLiteral("targets"), targets } };
    }
    QJsonObject o { { QStringLiteral("hosted_only"), true },
                    { QStringLiteral("note"),
                      tr("For Portkey's hosted gateway only: the open-source gateway has no sticky sessions, Model "
                         "Catalog slugs or saved configs. Use the stage's config or its sticky variant there.") },
                    { QStringLiteral("stage"), stage.name },
                    { QStringLiteral("config"), config } };
    if (!options.savedConfigId.isEmpty()) {
        o.insert(QStringLiteral("saved_config_id"), options.savedConfigId);
        o.insert(QStringLiteral("header"), QString(QStringLiteral("x-portkey-config: ") + options.savedConfigId));
    }
    return o;
}

QList<RolloutStageConfig> RolloutConfigBuilder::configs(const RolloutPlan &plan,
                                                        const RolloutHostedOptions *hosted) const
{
    QList<RolloutStageConfig> rows;
    for (const RolloutStage &stage : plan.stages()) {
        RolloutStageConfig row;
        row.name = stage.name;
        row.challengerShare = stage.challengerShare;
        row.config = config(stage);
        if (!stage.isShadow() && !stage.isFull())
            row.stickyConfig = stickyConfig(stage.challengerShare);
        if (hosted)
            row.hosted = hostedConfig(stage, *hosted);
        rows.append(row);
    }
    RolloutStageConfig kill;
    kill.kind = RolloutStageConfig::Kind::KillSwitch;
    kill.name = RolloutStageConfig::kindKey(kill.kind);
    kill.config = killSwitchConfig();
    rows.append(kill);
    RolloutStageConfig rollback;
    rollback.kind = RolloutStageConfig::Kind::Rollback;
    rollback.name = RolloutStageConfig::kindKey(rollback.kind);
    rollback.config = rollbackConfig();
    rows.append(rollback);
    return rows;
}

QJsonObject RolloutConfigBuilder::toJson(const RolloutPlan &plan, const RolloutHostedOptions *hosted) const
{
    QJsonArray rows;
    for (const RolloutStageConfig &row : configs(plan, hosted))
        rows.append(row.toJson());
    const auto endpoint = [](const RolloutEndpoint &e) {
        return QJsonObject { { QStringLiteral("model"), e.model }, { QStringLiteral("provider"), e.provider } };
    };
    return QJsonObject {
        { QStringLiteral("production"), endpoint(m_production) },
        { QStringLiteral("challenger"), endpoint(m_challenger) },
        { QStringLiteral("bucket"),
          QJsonObject { { QStringLiteral("metadata_key"), bucketKey() },
                        { QStringLiteral("hash"), QStringLiteral("fnv1a32(utf8(user_id)) % 100") },
                        { QStringLiteral("python"), pythonSnippet() },
                        { QStringLiteral("javascript"), javaScriptSnippet() } } },
        { QStringLiteral("configs"), rows },
    };
}

quint32 RolloutConfigBuilder::fnv1a32(const QByteArray &bytes)
{
    quint32 h = 2166136261u;
    for (char c : bytes) {
        h ^= quint32(quint8(c));
        h *= 16777619u;
    }
    return h;
}

int RolloutConfigBuilder::rolloutBucket(const QString &userId)
{
    return int(fnv1a32(userId.toUtf8()) % 100u);
}

int RolloutConfigBuilder::bucketThreshold(double challengerShare)
{
    return int(std::lround(qBound(0.0, challengerShare, 1.0) * 100.0));
}

QByteArray RolloutConfigBuilder::metadataHeader(const QString &userId)
{
    return QJsonDocument(QJsonObject { { bucketKey(), QString::number(rolloutBucket(userId)) } })
        .toJson(QJsonDocument::Compact);
}

QString RolloutConfigBuilder::pythonSnippet()
{
    return QStringLiteral("rollout_bucket = str(__import__(\"functools\").reduce(lambda h, b: ((h ^ b) * 16777619) & "
                          "0xFFFFFFFF, user_id.encode(\"utf-8\"), 2166136261) % 100)");
}

QString RolloutConfigBuilder::javaScriptSnippet()
{
    return QStringLiteral("const rolloutBucket = String([...new TextEncoder().encode(userId)].reduce((h, b) => "
                          "Math.imul(h ^ b, 16777619) >>> 0, 2166136261) % 100);");
}

QString RolloutConfigBuilder::clientSnippet()
{
    return tr("Send the bucket with every request as x-portkey-metadata: {\"rollout_bucket\": \"<bucket>\"}") + u'\n'
        + QStringLiteral("# Python\n") + pythonSnippet() + QStringLiteral("\n// JavaScript\n") + javaScriptSnippet();
}

QString RolloutConfigBuilder::providerKeyPlaceholder(const QString &provider)
{
    QString name = provider.toUpper();
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = u'_';
    return QStringLiteral("${") + name + QStringLiteral("_API_KEY}");
}

QByteArray RolloutConfigBuilder::toCompact(const QJsonObject &config)
{
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

QByteArray RolloutConfigBuilder::toPretty(const QJsonObject &config)
{
    return QJsonDocument(config).toJson(QJsonDocument::Indented);
}

bool RolloutConfigBuilder::save(const QJsonObject &config, const QString &path, QJsonDocument::JsonFormat format,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson(format)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write the Portkey config to '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ShadowOptic
