// SPDX-License-Identifier: MIT
#include "replaytarget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ShadowOptic {

namespace {

bool isSecretKey(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("max_tokens") || n == QLatin1String("max_completion_tokens")
        || n == QLatin1String("hash_fields"))
        return false;
    return n.contains(QLatin1String("api_key")) || n.contains(QLatin1String("apikey"))
        || n.contains(QLatin1String("secret")) || n.contains(QLatin1String("password"))
        || n == QLatin1String("authorization") || n.endsWith(QLatin1String("token"))
        || (n.endsWith(QLatin1String("_key")) && n != QLatin1String("virtual_key"));
}

QJsonValue redact(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = isSecretKey(it.key()) && !it.value().isObject() && !it.value().isArray()
                ? QJsonValue(QStringLiteral("***"))
                : redact(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redact(*it);
        return a;
    }
    return v;
}

QString normalisedUrl(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    u.setScheme(u.scheme().toLower());
    u.setHost(u.host().toLower());
    return u.toString();
}

} // namespace

QString ReplayTarget::kindName(Kind k)
{
    switch (k) {
    case Kind::Simulator:
        return QStringLiteral("simulator");
    case Kind::LocalGateway:
        return QStringLiteral("local-gateway");
    case Kind::PortkeyHosted:
        return QStringLiteral("portkey");
    case Kind::OpenAiCompatible:
        return QStringLiteral("openai-compatible");
    }
    return QString();
}

ReplayTarget::Kind ReplayTarget::kindFromName(const QString &name)
{
    for (Kind k : { Kind::Simulator, Kind::LocalGateway, Kind::PortkeyHosted, Kind::OpenAiCompatible })
        if (kindName(k) == name)
            return k;
    return Kind::OpenAiCompatible;
}

ReplayTarget::Kind ReplayTarget::kindForUrl(const QUrl &url)
{
    if (url.host() == QLatin1String("api.portkey.ai"))
        return Kind::PortkeyHosted;
    return url.port() == 8787 ? Kind::LocalGateway : Kind::OpenAiCompatible;
}

QUrl ReplayTarget::defaultBaseUrl(Kind k)
{
    switch (k) {
    case Kind::LocalGateway:
        return QUrl(QStringLiteral("http://localhost:8787/v1"));
    case Kind::PortkeyHosted:
        return QUrl(QStringLiteral("https://api.portkey.ai/v1"));
    case Kind::OpenAiCompatible:
        return QUrl(QStringLiteral("https://api.openai.com/v1"));
    case Kind::Simulator:
        break;
    }
    return QUrl();
}

QJsonObject ReplayTarget::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) },
                    { QStringLiteral("routing"),
                      routing == RoutingMode::Config ? QStringLiteral("config") : QStringLiteral("header") },
                    { QStringLiteral("base_url"), baseUrl.toString() },
                    { QStringLiteral("provider"), provider },
                    { QStringLiteral("config"), redactedConfig(configJson) },
                    { QStringLiteral("upstream_url"), upstreamUrl.toString() },
                    { QStringLiteral("has_api_key"), !apiKey.isEmpty() },
                    { QStringLiteral("has_portkey_api_key"), !portkeyApiKey.isEmpty() } };
    if (!trustedCertificates.isEmpty())
        o.insert(QStringLiteral("trusted_certificates"), trustedCertificates);
    return o;
}

ReplayTarget ReplayTarget::fromJson(const QJsonObject &o)
{
    ReplayTarget t;
    t.trustedCertificates = o.value(QLatin1String("trusted_certificates")).toString();
    t.kind = kindFromName(o.value(QLatin1String("kind")).toString());
    t.routing = o.value(QLatin1String("routing")).toString() == QLatin1String("config") ? RoutingMode::Config
                                                                                        : RoutingMode::Header;
    t.baseUrl = QUrl(o.value(QLatin1String("base_url")).toString());
    t.provider = o.value(QLatin1String("provider")).toString();
    t.configJson = o.value(QLatin1String("config")).toString();
    t.upstreamUrl = QUrl(o.value(QLatin1String("upstream_url")).toString());
    return t;
}

QString ReplayTarget::describe() const
{
    return kindName(kind) + QStringLiteral(" ") + baseUrl.toString()
        + (routing == RoutingMode::Config ? QStringLiteral(" (config)") : QString());
}

} // namespace ShadowOptic

namespace ShadowOptic {

QString ReplayTarget::redactedConfig(const QString &configJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(configJson.toUtf8());
    if (!doc.isObject())
        return configJson; // a saved config id (pc-…) names a config, it holds no secret
    return QString::fromUtf8(QJsonDocument(redact(doc.object()).toObject()).toJson(QJsonDocument::Compact));
}

QString ReplayTarget::identity() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) } };
    if (kind == Kind::Simulator)
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    o.insert(QStringLiteral("base_url"), normalisedUrl(baseUrl));
    if (kind == Kind::OpenAiCompatible)
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (routing == RoutingMode::Config) {
        o.insert(QStringLiteral("routing"), QStringLiteral("config"));
        o.insert(QStringLiteral("config"), redactedConfig(configJson));
    } else {
        o.insert(QStringLiteral("routing"), QStringLiteral("header"));
        o.insert(QStringLiteral("provider"), provider.isEmpty() ? QStringLiteral("openai") : provider);
        if (kind == Kind::LocalGateway && upstreamUrl.isValid() && !upstreamUrl.isEmpty())
            o.insert(QStringLiteral("upstream"), normalisedUrl(upstreamUrl));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ReplayTarget::fingerprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identity().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace ShadowOptic
