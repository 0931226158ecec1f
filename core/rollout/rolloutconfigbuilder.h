// SPDX-License-Identifier: MIT
#pragma once

#include "rolloutendpoint.h"
#include "rollouthostedoptions.h"
#include "rolloutstageconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace ShadowOptic {

class PriceCatalog;
class RolloutPlan;
struct RolloutStage;

/**
 * The Portkey config JSON (snake_case) for every stage of a rollout (SPEC §9), checked against the real
 * open-source gateway 1.15.2 by tst_rolloutconfig:
 *  - shadow and rollback: `loadbalance` with the production target alone at weight 1 — the same strategy and the
 *    same `config.targets[0]` = production as every live stage, so logs split alike before and after, and no
 *    weight typo can leak live traffic to the challenger while it is only replayed;
 *  - live stages: `loadbalance`, production weight 1 − share first, challenger weight share second;
 *  - full: `fallback`, challenger first, production as its safety net (taken on any non-2xx answer);
 *  - kill switch: the live shape with the challenger's weight an explicit 0 (an absent weight counts as 1).
 *
 * The gateway's loadbalance draws per request and the open-source build has no sticky sessions, so a user can
 * meet both models within one conversation. stickyConfig() routes by a bucket the application computes from the
 * user id (rolloutBucket(), clientSnippet()) and sends as `x-portkey-metadata: {"rollout_bucket":"42"}`: a
 * `conditional` strategy with `{"metadata.rollout_bucket":{"$lt":PERCENT}}`. The gateway compares `$lt` with
 * parseFloat on both sides, so the bucket may travel as a string (as hosted Portkey requires of metadata values)
 * while the threshold is a number; `$in`/`$eq` compare strictly and would need the exact JSON type. A request
 * without the bucket goes to production.
 *
 * Buckets are whole percents: a share of 0.5 % rounds to 1 % in the sticky variant (bucketThreshold()).
 *
 * The gateway names the target that answered in `x-portkey-last-used-option-index`: `config.targets[0]` is
 * production in shadow, live stages and the kill switch, but the challenger in full and in the sticky variant;
 * the answer's `model` field tells the two apart everywhere.
 *
 * Hosted-only extras (sticky sessions, `@slug` providers, a saved config id) come from hostedConfig() as a
 * separate object marked `"hosted_only": true`, never mixed into the configs above.
 */
class RolloutConfigBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutConfigBuilder)
public:
    /** Providers left empty are resolved here ("openai" behind a custom host, else the catalog's provider for the
     *  model, else "openai"); empty api keys become providerKeyPlaceholder(). */
    RolloutConfigBuilder(RolloutEndpoint production, RolloutEndpoint challenger, const PriceCatalog *catalog = nullptr);

    const RolloutEndpoint &production() const { return m_production; }
    const RolloutEndpoint &challenger() const { return m_challenger; }

    /** The config of a stage: shadowConfig(), liveConfig(share) or fullConfig() by its share. */
    QJsonObject config(const RolloutStage &stage) const;
    QJsonObject shadowConfig() const;
    /** Share in (0, 1), rounded to 6 decimals so the two weights sum to exactly 1. */
    QJsonObject liveConfig(double challengerShare) const;
    QJsonObject fullConfig() const;
    QJsonObject killSwitchConfig() const;
    QJsonObject rollbackConfig() const { return shadowConfig(); }
    /** The conditional variant of liveConfig(): buckets below bucketThreshold(share) go to the challenger. */
    QJsonObject stickyConfig(double challengerShare) const;
    /** {"hosted_only": true, "note", "config", ["saved_config_id"], ["header"]}: the stage's config for
     *  Portkey's hosted gateway with `@slug` providers and `strategy.sticky_session` on live stages. */
    QJsonObject hostedConfig(const RolloutStage &stage, const RolloutHostedOptions &options) const;

    /** One row per stage, then the kill switch and the rollback; hosted rows only when options are given. */
    QList<RolloutStageConfig> configs(const RolloutPlan &plan, const RolloutHostedOptions *hosted = nullptr) const;
    /** {"production", "challenger", "bucket": {...}, "configs": [...]} for the CLI. */
    QJsonObject toJson(const RolloutPlan &plan, const RolloutHostedOptions *hosted = nullptr) const;

    /** The metadata key the application sends the bucket under. */
    static QString bucketKey() { return QStringLiteral("rollout_bucket"); }
    /** FNV-1a 32-bit hash of the UTF-8 bytes of the user id, mod 100: stable across runs, machines and
     *  languages (clientSnippet() computes the same number). */
    static int rolloutBucket(const QString &userId);
    static quint32 fnv1a32(const QByteArray &bytes);
    /** The number of buckets (of 100) a share sends to the challenger: round(share × 100). */
    static int bucketThreshold(double challengerShare);
    /** `{"rollout_bucket":"42"}`, the x-portkey-metadata value for a user. */
    static QByteArray metadataHeader(const QString &userId);
    /** One line computing the bucket from `user_id` as a string, in Python and in JavaScript (`userId`). */
    static QString pythonSnippet();
    static QString javaScriptSnippet();
    /** Both lines with a comment on where the bucket goes. */
    static QString clientSnippet();

    /** "${OPENAI_API_KEY}" for "openai": the user replaces it (or the deployment expands it). */
    static QString providerKeyPlaceholder(const QString &provider);
    static QByteArray toCompact(const QJsonObject &config);
    static QByteArray toPretty(const QJsonObject &config);
    /** Writes the JSON atomically; false with a translated *error naming the file. */
    static bool save(const QJsonObject &config, const QString &path, QJsonDocument::JsonFormat format, QString *error);

private:
    QJsonObject leaf(const RolloutEndpoint &endpoint, double weight) const;

    RolloutEndpoint m_production;
    RolloutEndpoint m_challenger;
};

} // namespace ShadowOptic
