// SPDX-License-Identifier: MIT
#include "recommendationcandidate.h"

#include <QJsonArray>

namespace ShadowOptic {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString RecommendationCandidate::stageName(Stage s)
{
    switch (s) {
    case Stage::Excluded:
        return QStringLiteral("excluded");
    case Stage::NotVerified:
        return QStringLiteral("not_verified");
    case Stage::Verified:
        return QStringLiteral("verified");
    }
    return QString();
}

QJsonObject RecommendationCandidate::toJson() const
{
    QJsonObject o { { QStringLiteral("model"), model },
                    { QStringLiteral("displayName"), displayName },
                    { QStringLiteral("provider"), provider },
                    { QStringLiteral("rank"), rank },
                    { QStringLiteral("band"), band },
                    { QStringLiteral("stage"), stageName(stage) },
                    { QStringLiteral("estimatedCostPerRequestUsd"), estimatedCostPerRequest },
                    { QStringLiteral("estimatedSavingPercent"), estimatedSavingPercent },
                    { QStringLiteral("fit"), fit.toJson() },
                    { QStringLiteral("passed"), passed },
                    { QStringLiteral("whyNot"), QJsonArray::fromStringList(whyNot) } };
    if (stage == Stage::Verified) {
        o.insert(QStringLiteral("verification"),
                 QJsonObject { { QStringLiteral("iteration"), iteration },
                               { QStringLiteral("samples"), samples },
                               { QStringLiteral("qualityPairs"), qualityPairs },
                               { QStringLiteral("quality"), number(quality) },
                               { QStringLiteral("baselineQuality"), number(baselineQuality) },
                               { QStringLiteral("qualityDelta"), number(qualityDelta.estimate) },
                               { QStringLiteral("qualityDeltaCiLower"), number(qualityDelta.lower) },
                               { QStringLiteral("qualityDeltaCiUpper"), number(qualityDelta.upper) },
                               { QStringLiteral("qualityDeltaPercent"), number(qualityDeltaPercent) },
                               { QStringLiteral("measuredSavingPercent"), number(measuredSavingPercent) },
                               { QStringLiteral("costPerRequestUsd"), number(costPerRequest) },
                               { QStringLiteral("confidence"), confidence },
                               { QStringLiteral("refusalRate"), refusalRate },
                               { QStringLiteral("partialRefusalRate"), partialRefusalRate },
                               { QStringLiteral("formatFailureRate"), formatFailureRate },
                               { QStringLiteral("errorRate"), errorRate },
                               { QStringLiteral("latencyP95Ms"), latencyP95Ms },
                               { QStringLiteral("refusalMcNemarP"), refusalPValue },
                               { QStringLiteral("successMcNemarP"), successPValue } });
    }
    return o;
}

} // namespace ShadowOptic
