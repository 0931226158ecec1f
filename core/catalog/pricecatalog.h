// SPDX-License-Identifier: MIT
#pragma once

#include "modelinfo.h"
#include "modelresolution.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace ShadowOptic {

/** The model and price catalog: Portkey's public price data plus the design notes' curated models. Entries are keyed
 *  by provider and model id. Every edit bumps version(), which invalidates cached replays (SPEC §6). */
class PriceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PriceCatalog)

public:
    /** A logged provider/model the user priced as a catalog entry; an empty provider matches any. */
    struct Mapping
    {
        QString provider;
        QString model;
        QString toProvider;
        QString toModel;
        bool operator==(const Mapping &) const = default;
    };

    /** The bundled catalog, built once per process from the compressed Portkey files (thread-safe). */
    static PriceCatalog defaultCatalog();
    /** Where the bundled Portkey data comes from, for About and the costs report. */
    static QString bundledSource();

    int version() const { return m_version; }
    void setVersion(int v) { m_version = v; }
    const QList<ModelInfo> &models() const { return m_models; }
    bool isEmpty() const { return m_models.isEmpty(); }
    /** Providers that have at least one entry, lower case. */
    bool hasProvider(const QString &provider) const { return m_providers.contains(provider.toLower()); }

    /** The entry a logged provider and model are priced as, and why (SPEC §3); never a guess between two prices. */
    ModelResolution resolve(const QString &provider, const QString &modelId) const;
    const ModelInfo *find(const QString &provider, const QString &modelId) const
    {
        return resolve(provider, modelId).model;
    }
    /** A model named without its provider (replay candidates, the judge): the same rules with an unknown provider. */
    const ModelInfo *find(const QString &modelId) const { return resolve(QString(), modelId).model; }
    /** The entry with exactly this provider and id (case-insensitive), or null. */
    const ModelInfo *exact(const QString &provider, const QString &modelId) const;

    /** Adds or replaces by provider and model id and bumps the version when something changed. */
    void upsert(const ModelInfo &model);
    bool remove(const QString &provider, const QString &modelId);

    const QList<Mapping> &mappings() const { return m_mappings; }
    /** Adds or replaces the mapping for its provider and model; false when the target is not in the catalog. */
    bool setMapping(const Mapping &mapping);
    bool removeMapping(const QString &provider, const QString &model);

    /** Portkey pricing file: USD cents per token under pricing_config.pay_as_you_go; key "default" is a template. */
    int importPortkeyPricing(const QByteArray &json, const QString &provider, QString *error);
    /** Portkey general file: type, supported capabilities and the max_tokens limit of models already priced. */
    int importPortkeyGeneral(const QByteArray &json, const QString &provider, QString *error);
    /** LiteLLM model_prices_and_context_window.json: USD per token; "sample_spec" is documentation. */
    int importLiteLlm(const QByteArray &json, QString *error);
    /** Picks the right importer by content; provider defaults to the file's base name. */
    int importFile(const QString &path, QString *error);

    QByteArray toJson(bool indented = true) const;
    static bool fromJson(const QByteArray &json, PriceCatalog *out, QString *error);

private:
    static QString key(const QString &provider, const QString &modelId);
    void index(qsizetype i);
    void rebuildIndex();
    ModelResolution byIdAcrossProviders(const QString &provider, const QString &logged, const QString &id,
                                        ModelResolution::Rule rule) const;

    QList<ModelInfo> m_models;
    QList<Mapping> m_mappings;
    QHash<QString, qsizetype> m_byKey; // "provider\nmodel", lower case
    QHash<QString, QList<qsizetype>> m_byId; // model id, lower case
    QSet<QString> m_providers;
    int m_version = 1;
};

} // namespace ShadowOptic
