// SPDX-License-Identifier: MIT
#include "candidateevidence.h"

#include "eval/evaluatorsample.h"
#include "stats/paireddifferences.h"

#include <QHash>

namespace ShadowOptic {

namespace {

ConfidenceInterval scaled(const ConfidenceInterval &ci, double factor)
{
    ConfidenceInterval out = ci;
    out.estimate = ci.estimate * factor;
    out.lower = factor >= 0 ? ci.lower * factor : ci.upper * factor;
    out.upper = factor >= 0 ? ci.upper * factor : ci.lower * factor;
    return out;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

NonInferiorityVerdict CandidateEvidence::verdict() const
{
    bool allPass = true;
    for (const GateEvidence *g : { &quality, &refusal, &error, &saving }) {
        if (g->verdict == NonInferiorityVerdict::Fail)
            return NonInferiorityVerdict::Fail;
        allPass = allPass && g->verdict == NonInferiorityVerdict::Pass;
    }
    return allPass ? NonInferiorityVerdict::Pass : NonInferiorityVerdict::Inconclusive;
}

qint64 CandidateEvidence::pairsToSettle() const
{
    qint64 most = 0;
    for (const GateEvidence *g : { &quality, &refusal, &error, &saving }) {
        if (g->decisive())
            continue;
        if (g->pairsToSettle < 0)
            return -1;
        most = qMax(most, g->pairsToSettle);
    }
    return most;
}

CandidateEvidence CandidateEvidence::compute(const QList<EvaluatorSample> &baseline,
                                             const QList<EvaluatorSample> &candidate, const RecommendationThresholds &t)
{
    CandidateEvidence e;
    QHash<QString, const EvaluatorSample *> base;
    for (const EvaluatorSample &b : baseline)
        base.insert(b.logId, &b);
    PairedDifferences quality, cost;
    PairedDifferences refusal(PairedDifferences::Kind::Binary), error(PairedDifferences::Kind::Binary);
    double baseQualitySum = 0, baseCostSum = 0;
    for (const EvaluatorSample &c : candidate) {
        const EvaluatorSample *b = base.value(c.logId);
        if (!b)
            continue;
        ++e.pairs;
        const QString &cluster = b->cluster;
        if (e.unit == QLatin1String("prompt") && !cluster.isEmpty())
            e.unit = cluster.section(u':', 0, 0);
        error.add(double(c.error) - double(b->error), cluster);
        if (!c.error && !b->error) {
            refusal.add(double(c.fullRefusal()) - double(b->fullRefusal()), cluster);
            e.newlyRefused += c.fullRefusal() && !b->fullRefusal();
            e.newlyAnswered += !c.fullRefusal() && b->fullRefusal();
        }
        if (c.judged && b->judged) {
            quality.add(c.quality - b->quality, cluster);
            baseQualitySum += b->quality;
        }
        if (c.success && b->success && c.priced && b->priced) {
            cost.add(c.costUsd - b->costUsd, cluster);
            baseCostSum += b->costUsd;
        }
    }
    // The thresholds hold even without data, so a report always shows the margin.
    e.quality.threshold = -t.maxQualityDropPercent;
    e.saving.threshold = t.minSavingPercent;
    e.refusal.side = e.error.side = GateEvidence::Side::UpperBelow;
    e.refusal.threshold = t.maxRefusalIncreasePoints;
    e.error.threshold = t.maxErrorIncreasePoints;
    e.qualityPairs = quality.count();
    e.clusters = quality.count() > 0 ? quality.clusters() : error.clusters();
    e.designEffect = quality.designEffect();
    const qint64 cap = planCap;
    if (e.qualityPairs > 0 && baseQualitySum > 0) {
        e.baselineQuality = baseQualitySum / double(e.qualityPairs);
        const double toPercent = 100.0 / e.baselineQuality;
        e.marginPoints = t.maxQualityDropPercent / toPercent;
        e.quality = GateEvidence::judge(
            GateEvidence::Side::LowerAbove, scaled(quality.interval(t.alpha, t.tightestAt), toPercent),
            -t.maxQualityDropPercent, quality.countToExclude(-e.marginPoints, t.alpha, t.tightestAt, cap));
    }
    e.refusal
        = GateEvidence::judge(GateEvidence::Side::UpperBelow, scaled(refusal.interval(t.alpha, t.tightestAt), 100.0),
                              t.maxRefusalIncreasePoints,
                              refusal.countToExclude(t.maxRefusalIncreasePoints / 100.0, t.alpha, t.tightestAt, cap));
    e.error = GateEvidence::judge(GateEvidence::Side::UpperBelow, scaled(error.interval(t.alpha, t.tightestAt), 100.0),
                                  t.maxErrorIncreasePoints,
                                  error.countToExclude(t.maxErrorIncreasePoints / 100.0, t.alpha, t.tightestAt, cap));
    if (cost.count() > 0 && baseCostSum > 0) {
        // saving % = −(mean cost difference) / baseline mean cost × 100
        const double baseMean = baseCostSum / double(cost.count());
        ConfidenceInterval saving = scaled(cost.interval(t.alpha, t.tightestAt), -100.0 / baseMean);
        saving.upper = qMin(saving.upper, 100.0); // a cost is never below zero
        e.saving = GateEvidence::judge(
            GateEvidence::Side::LowerAbove, saving, t.minSavingPercent,
            cost.countToExclude(-t.minSavingPercent / 100.0 * baseMean, t.alpha, t.tightestAt, cap));
    }
    return e;
}

QJsonObject CandidateEvidence::toJson() const
{
    return QJsonObject { { QStringLiteral("verdict"), GateEvidence::verdictName(verdict()) },
                         { QStringLiteral("pairs"), pairs },
                         { QStringLiteral("qualityPairs"), qualityPairs },
                         { QStringLiteral("unit"), unit },
                         { QStringLiteral("clusters"), clusters },
                         { QStringLiteral("designEffect"), designEffect },
                         { QStringLiteral("newlyRefused"), newlyRefused },
                         { QStringLiteral("newlyAnswered"), newlyAnswered },
                         { QStringLiteral("baselineQuality"), number(baselineQuality) },
                         { QStringLiteral("marginPoints"), number(marginPoints) },
                         { QStringLiteral("pairsToSettle"), pairsToSettle() },
                         { QStringLiteral("quality"), quality.toJson() },
                         { QStringLiteral("refusal"), refusal.toJson() },
                         { QStringLiteral("error"), error.toJson() },
                         { QStringLiteral("saving"), saving.toJson() } };
}

CandidateEvidence CandidateEvidence::fromJson(const QJsonObject &o)
{
    const double nan = std::nan("");
    CandidateEvidence e;
    e.pairs = o.value(QLatin1String("pairs")).toInteger();
    e.qualityPairs = o.value(QLatin1String("qualityPairs")).toInteger();
    e.unit = o.value(QLatin1String("unit")).toString(e.unit);
    e.clusters = o.value(QLatin1String("clusters")).toInteger();
    e.designEffect = o.value(QLatin1String("designEffect")).toDouble(1.0);
    e.newlyRefused = o.value(QLatin1String("newlyRefused")).toInteger();
    e.newlyAnswered = o.value(QLatin1String("newlyAnswered")).toInteger();
    e.baselineQuality = o.value(QLatin1String("baselineQuality")).toDouble(nan);
    e.marginPoints = o.value(QLatin1String("marginPoints")).toDouble(nan);
    e.quality = GateEvidence::fromJson(o.value(QLatin1String("quality")).toObject(), GateEvidence::Side::LowerAbove);
    e.refusal = GateEvidence::fromJson(o.value(QLatin1String("refusal")).toObject(), GateEvidence::Side::UpperBelow);
    e.error = GateEvidence::fromJson(o.value(QLatin1String("error")).toObject(), GateEvidence::Side::UpperBelow);
    e.saving = GateEvidence::fromJson(o.value(QLatin1String("saving")).toObject(), GateEvidence::Side::LowerAbove);
    return e;
}

} // namespace ShadowOptic
