// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ShadowOptic {

/** One side of a rollout (production or challenger) as a Portkey leaf target. */
struct RolloutEndpoint
{
    QString model; // sent as override_params.model
    QString provider; // Portkey provider slug; empty: "openai" behind a custom host, else from the catalog
    QString apiKey; // empty: a placeholder such as "${OPENAI_API_KEY}" the user replaces before deploying
    QUrl customHost; // http://127.0.0.1:PORT/v1 for a local or simulated upstream; empty for the provider's own

    /** {"provider", "api_key", ["custom_host"], "override_params": {"model"}} (provider and key must be set). */
    QJsonObject toTarget() const;
};

} // namespace ShadowOptic
