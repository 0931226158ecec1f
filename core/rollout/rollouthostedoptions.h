// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ShadowOptic {

/** Options only Portkey's hosted gateway understands (the open-source gateway ignores or rejects them). */
struct RolloutHostedOptions
{
    bool sticky = true; // strategy.sticky_session on the live loadbalance stages
    QStringList hashFields { QStringLiteral("metadata._user") };
    int stickyTtlSeconds = 3600;
    QString productionSlug; // Model Catalog provider slug, e.g. "@openai-prod"; empty: "@" + provider
    QString challengerSlug;
    QString savedConfigId; // a config saved in the Portkey app ("pc-…"), sent as x-portkey-config instead of JSON
};

} // namespace ShadowOptic
