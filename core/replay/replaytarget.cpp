// SPDX-License-Identifier: MIT
#include "replaytarget.h"

namespace ShadowOptic {

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
    return QJsonObject { { QStringLiteral("kind"), kindName(kind) },
                         { QStringLiteral("routing"), routing == RoutingMode::Config ? QStringLiteral("config")
                                                                                     : QStringLiteral("header") },
                         { QStringLiteral("base_url"), baseUrl.toString() },
                         { QStringLiteral("provider"), provider },
                         { QStringLiteral("config"), configJson },
                         { QStringLiteral("upstream_url"), upstreamUrl.toString() },
                         { QStringLiteral("has_api_key"), !apiKey.isEmpty() },
                         { QStringLiteral("has_portkey_api_key"), !portkeyApiKey.isEmpty() } };
}

ReplayTarget ReplayTarget::fromJson(const QJsonObject &o)
{
    ReplayTarget t;
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
