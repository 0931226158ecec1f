// SPDX-License-Identifier: MIT
#include "gateevidence.h"

#include <QJsonValue>

namespace ShadowOptic {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

GateEvidence GateEvidence::judge(Side side, const ConfidenceInterval &interval, double threshold, qint64 pairsToSettle)
{
    GateEvidence g;
    g.side = side;
    g.interval = interval;
    g.threshold = threshold;
    g.pairsToSettle = pairsToSettle;
    if (!interval.isValid() || !std::isfinite(threshold))
        return g;
    const bool above = interval.lower > threshold;
    const bool below = interval.upper < threshold;
    if (side == Side::LowerAbove)
        g.verdict = above ? NonInferiorityVerdict::Pass : below ? NonInferiorityVerdict::Fail : g.verdict;
    else
        g.verdict = below ? NonInferiorityVerdict::Pass : above ? NonInferiorityVerdict::Fail : g.verdict;
    return g;
}

QString GateEvidence::verdictName(NonInferiorityVerdict v)
{
    // Rollout says "inconclusive" (SPEC §9); a recommendation says what the user does next.
    return v == NonInferiorityVerdict::Inconclusive ? QStringLiteral("not_decisive")
                                                    : NonInferiorityResult::verdictToString(v);
}

NonInferiorityVerdict GateEvidence::verdictFromName(const QString &name)
{
    if (name == QLatin1String("pass"))
        return NonInferiorityVerdict::Pass;
    if (name == QLatin1String("fail"))
        return NonInferiorityVerdict::Fail;
    return NonInferiorityVerdict::Inconclusive;
}

QJsonObject GateEvidence::toJson() const
{
    return QJsonObject {
        { QStringLiteral("verdict"), verdictName(verdict) }, { QStringLiteral("estimate"), number(interval.estimate) },
        { QStringLiteral("lower"), number(interval.lower) }, { QStringLiteral("upper"), number(interval.upper) },
        { QStringLiteral("threshold"), number(threshold) },  { QStringLiteral("pairsToSettle"), pairsToSettle }
    };
}

GateEvidence GateEvidence::fromJson(const QJsonObject &o, Side side)
{
    const double nan = std::nan("");
    GateEvidence g;
    g.side = side;
    g.verdict = verdictFromName(o.value(QLatin1String("verdict")).toString());
    g.interval.estimate = o.value(QLatin1String("estimate")).toDouble(nan);
    g.interval.lower = o.value(QLatin1String("lower")).toDouble(nan);
    g.interval.upper = o.value(QLatin1String("upper")).toDouble(nan);
    g.threshold = o.value(QLatin1String("threshold")).toDouble(nan);
    g.pairsToSettle = o.value(QLatin1String("pairsToSettle")).toInteger(-1);
    return g;
}

} // namespace ShadowOptic
