// SPDX-License-Identifier: MIT
#include "portkeyheaders.h"

#include "replaytarget.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

QList<PortkeyHeaders::Header> PortkeyHeaders::forRequest(const ReplayTarget &target, const QString &runUuid,
                                                         const QString &logId, const QString &role)
{
    QList<Header> h;
    h.append({ "x-portkey-trace-id", runUuid.toUtf8() });
    h.append({ "x-portkey-metadata",
               QJsonDocument(QJsonObject { { QStringLiteral("run_id"), runUuid },
                                           { QStringLiteral("log_id"), logId.left(128) },
                                           { QStringLiteral("role"), role } })
                   .toJson(QJsonDocument::Compact) });
    // A local gateway in header mode insists on an Authorization header even when its upstream needs no key.
    const QByteArray bearer = "Bearer " + (target.apiKey.isEmpty() ? QByteArray("dummy") : target.apiKey.toUtf8());
    switch (target.kind) {
    case ReplayTarget::Kind::Simulator:
    case ReplayTarget::Kind::OpenAiCompatible:
        if (!target.apiKey.isEmpty())
            h.append({ "Authorization", bearer });
        break;
    case ReplayTarget::Kind::PortkeyHosted:
        h.append({ "x-portkey-api-key", target.portkeyApiKey.toUtf8() });
        if (!target.apiKey.isEmpty())
            h.append({ "Authorization", bearer });
        [[fallthrough]];
    case ReplayTarget::Kind::LocalGateway:
        if (target.routing == ReplayTarget::RoutingMode::Config) {
            // Multi-target configs carry their own custom_host per target; a custom-host header would override them.
            h.append({ "x-portkey-config", target.configJson.toUtf8() });
        } else {
            h.append({ "x-portkey-provider",
                       (target.provider.isEmpty() ? QStringLiteral("openai") : target.provider).toUtf8() });
            if (target.kind == ReplayTarget::Kind::LocalGateway) {
                h.append({ "Authorization", bearer });
                if (target.upstreamUrl.isValid() && !target.upstreamUrl.isEmpty())
                    h.append({ "x-portkey-custom-host", target.upstreamUrl.toString().toUtf8() });
            }
        }
        break;
    }
    return h;
}

} // namespace ShadowOptic
