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

RecommendationCandidate::Stage RecommendationCandidate::stageFromName(const QString &name)
{
    for (Stage s : { Stage::Excluded, Stage::NotVerified, Stage::Verified })
        if (stageName(s) == name)
            return s;
    return Stage::NotVerified;
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

RecommendationCandidate RecommendationCandidate::fromJson(const QJsonObject &o)
{
    const double nan = std::nan("");
    RecommendationCandidate c;
    c.model = o.value(QLatin1String("model")).toString();
    c.displayName = o.value(QLatin1String("displayName")).toString();
    c.provider = o.value(QLatin1String("provider")).toString();
    c.rank = o.value(QLatin1String("rank")).toInt();
    c.band = o.value(QLatin1String("band")).toInt();
    c.stage = stageFromName(o.value(QLatin1String("stage")).toString());
    c.estimatedCostPerRequest = o.value(QLatin1String("estimatedCostPerRequestUsd")).toDouble();
    c.estimatedSavingPercent = o.value(QLatin1String("estimatedSavingPercent")).toDouble();
    c.fit = FitScore::fromJson(o.value(QLatin1String("fit")).toObject());
    c.passed = o.value(QLatin1String("passed")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("whyNot")).toArray())
        c.whyNot.append(v.toString());
    if (c.stage != Stage::Verified)
        return c;
    const QJsonObject v = o.value(QLatin1String("verification")).toObject();
    c.iteration = v.value(QLatin1String("iteration")).toInt();
    c.samples = v.value(QLatin1String("samples")).toInteger();
    c.qualityPairs = v.value(QLatin1String("qualityPairs")).toInteger();
    c.quality = v.value(QLatin1String("quality")).toDouble(nan);
    c.baselineQuality = v.value(QLatin1String("baselineQuality")).toDouble(nan);
    c.qualityDelta.estimate = v.value(QLatin1String("qualityDelta")).toDouble(nan);
    c.qualityDelta.lower = v.value(QLatin1String("qualityDeltaCiLower")).toDouble(nan);
    c.qualityDelta.upper = v.value(QLatin1String("qualityDeltaCiUpper")).toDouble(nan);
    c.qualityDeltaPercent = v.value(QLatin1String("qualityDeltaPercent")).toDouble(nan);
    c.measuredSavingPercent = v.value(QLatin1String("measuredSavingPercent")).toDouble(nan);
    c.costPerRequest = v.value(QLatin1String("costPerRequestUsd")).toDouble(nan);
    c.confidence = v.value(QLatin1String("confidence")).toDouble();
    c.refusalRate = v.value(QLatin1String("refusalRate")).toDouble();
    c.partialRefusalRate = v.value(QLatin1String("partialRefusalRate")).toDouble();
    c.formatFailureRate = v.value(QLatin1String("formatFailureRate")).toDouble();
    c.errorRate = v.value(QLatin1String("errorRate")).toDouble();
    c.latencyP95Ms = v.value(QLatin1String("latencyP95Ms")).toDouble();
    c.refusalPValue = v.value(QLatin1String("refusalMcNemarP")).toDouble(c.refusalPValue);
    c.successPValue = v.value(QLatin1String("successMcNemarP")).toDouble(c.successPValue);
    return c;
}

} // namespace ShadowOptic
