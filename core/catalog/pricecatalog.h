// SPDX-License-Identifier: MIT
#pragma once

#include "modelinfo.h"

#include <QCoreApplication>
#include <QList>

namespace ShadowOptic {

/** The model and price catalog. Every edit bumps version(), which invalidates cached replays (SPEC §6). */
class PriceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PriceCatalog)

public:
    static PriceCatalog defaultCatalog();

    int version() const { return m_version; }
    void setVersion(int v) { m_version = v; }
    const QList<ModelInfo> &models() const { return m_models; }
    bool isEmpty() const { return m_models.isEmpty(); }

    /** Exact id first, then without a provider prefix ("openai/gpt-4o") or a date suffix ("-2024-08-06"). */
    const ModelInfo *find(const QString &modelId) const;
    /** Adds or replaces by model id and bumps the version. */
    void upsert(const ModelInfo &model);
    bool remove(const QString &modelId);

    /** Portkey pricing file: USD cents per token under pricing_config.pay_as_you_go; key "default" is a template. */
    int importPortkeyPricing(const QByteArray &json, const QString &provider, QString *error);
    /** LiteLLM model_prices_and_context_window.json: USD per token; "sample_spec" is documentation. */
    int importLiteLlm(const QByteArray &json, QString *error);
    /** Picks the right importer by content; provider defaults to the file's base name. */
    int importFile(const QString &path, QString *error);

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, PriceCatalog *out, QString *error);

private:
    QList<ModelInfo> m_models;
    int m_version = 1;
};

} // namespace ShadowOptic
