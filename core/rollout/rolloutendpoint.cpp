// SPDX-License-Identifier: MIT
#include "rolloutendpoint.h"

namespace ShadowOptic {

QJsonObject RolloutEndpoint::toTarget() const
{
    QJsonObject target { { QStringLiteral("provider"), provider }, { QStringLiteral("api_key"), apiKey } };
    if (!customHost.isEmpty())
        target.insert(QStringLiteral("custom_host"), customHost.toString());
    target.insert(QStringLiteral("override_params"), QJsonObject { { QStringLiteral("model"), model } });
    return target;
}

} // namespace ShadowOptic
