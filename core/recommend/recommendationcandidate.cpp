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
                               { QStringLiteral("successMcNemarP"), successPValue },
                               { QStringLiteral("evidence"), evidence.toJson() } });
        QJsonArray rounds;
        for (const Round &r : history)
            rounds.append(QJsonObject { { QStringLiteral("round"), r.round },
                                        { QStringLiteral("prompts"), r.pairs },
                                        { QStringLiteral("spend_usd"), r.spentUsd },
                                        { QStringLiteral("lower"), number(r.qualityDeltaPercent.lower) },
                                        { QStringLiteral("estimate"), number(r.qualityDeltaPercent.estimate) },
                                        { QStringLiteral("upper"), number(r.qualityDeltaPercent.upper) } });
        // The keys scripts read (recommend --json): the verdict and the interval against the margin.
        o.insert(QStringLiteral("verdict"), GateEvidence::verdictName(verdict));
        o.insert(QStringLiteral("quality_delta_ci"),
                 QJsonObject { { QStringLiteral("lower"), number(evidence.quality.interval.lower) },
                               { QStringLiteral("estimate"), number(evidence.quality.interval.estimate) },
                               { QStringLiteral("upper"), number(evidence.quality.interval.upper) },
                               { QStringLiteral("unit"), QStringLiteral("percent_of_baseline") } });
        o.insert(QStringLiteral("margin_percent"), evidence.quality.threshold);
        o.insert(QStringLiteral("rounds"), int(history.size()));
        o.insert(QStringLiteral("round_history"), rounds);
        o.insert(QStringLiteral("prompts"), evidence.qualityPairs);
        o.insert(QStringLiteral("spend_usd"), spentUsd);
        o.insert(QStringLiteral("unit_of_analysis"), evidence.unit);
        if (verdict == NonInferiorityVerdict::Inconclusive)
            o.insert(QStringLiteral("plan"),
                     QJsonObject { { QStringLiteral("more_prompts"), morePrompts },
                                   { QStringLiteral("cost_usd"), number(moreCostUsd) },
                                   { QStringLiteral("seconds"), number(moreSeconds) } });
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
    c.evidence = CandidateEvidence::fromJson(v.value(QLatin1String("evidence")).toObject());
    c.verdict = GateEvidence::verdictFromName(o.value(QLatin1String("verdict")).toString());
    c.spentUsd = o.value(QLatin1String("spend_usd")).toDouble();
    for (const QJsonValue &r : o.value(QLatin1String("round_history")).toArray()) {
        const QJsonObject ro = r.toObject();
        Round round;
        round.round = ro.value(QLatin1String("round")).toInt();
        round.pairs = ro.value(QLatin1String("prompts")).toInteger();
        round.spentUsd = ro.value(QLatin1String("spend_usd")).toDouble();
        round.qualityDeltaPercent.lower = ro.value(QLatin1String("lower")).toDouble(nan);
        round.qualityDeltaPercent.estimate = ro.value(QLatin1String("estimate")).toDouble(nan);
        round.qualityDeltaPercent.upper = ro.value(QLatin1String("upper")).toDouble(nan);
        c.history.append(round);
    }
    const QJsonObject plan = o.value(QLatin1String("plan")).toObject();
    c.morePrompts = plan.value(QLatin1String("more_prompts")).toInteger(-1);
    c.moreCostUsd = plan.value(QLatin1String("cost_usd")).toDouble(nan);
    c.moreSeconds = plan.value(QLatin1String("seconds")).toDouble(nan);
    return c;
}

} // namespace ShadowOptic
