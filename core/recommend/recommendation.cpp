// SPDX-License-Identifier: MIT
#include "recommendation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ShadowOptic {

namespace {

QString oneDecimal(double v)
{
    const double rounded = std::round(v * 10.0) / 10.0;
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 1); // never "-0.0"
}

QJsonObject candidateSummary(const RecommendationCandidate &c)
{
    return QJsonObject {
        { QStringLiteral("model"), c.model },
        { QStringLiteral("costSavingPercent"), c.savingPercent() },
        { QStringLiteral("qualityImpactPercent"),
          std::isfinite(c.qualityDeltaPercent) ? QJsonValue(c.qualityDeltaPercent) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("passed"), c.passed },
    };
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

// The full candidate of that model, else one rebuilt from what a summary holds.
template <typename Rebuild>
RecommendationCandidate candidateOf(const QList<RecommendationCandidate> &candidates, const QString &model,
                                    Rebuild fromSummary)
{
    for (const RecommendationCandidate &c : candidates)
        if (c.model == model)
            return c;
    return fromSummary();
}

} // namespace

QString Recommendation::verdictText(NonInferiorityVerdict v)
{
    switch (v) {
    case NonInferiorityVerdict::Pass:
        return tr("passes");
    case NonInferiorityVerdict::Fail:
        return tr("fails");
    case NonInferiorityVerdict::Inconclusive:
        break;
    }
    return tr("not decisive");
}

QString Recommendation::summarySentence(const QString &current, const QString &candidate, double savingPercent,
                                        double qualityImpactPercent)
{
    // Not translated: the SPEC fixes this sentence for reports and scripts.
    return QLatin1String("Switching from ") + current + QLatin1String(" to ") + candidate
        + QLatin1String(" reduces cost by ") + oneDecimal(savingPercent) + QLatin1String("% with a ")
        + oneDecimal(qualityImpactPercent) + QLatin1String("% quality impact.");
}

QString Recommendation::displaySentence(const QString &current, const QString &candidate, double savingPercent,
                                        double qualityImpactPercent)
{
    return tr("Switching from %1 to %2 reduces cost by %3% with a %4% quality impact.")
        .arg(current, candidate, oneDecimal(savingPercent), oneDecimal(qualityImpactPercent));
}

QString Recommendation::statusName(Status s)
{
    switch (s) {
    case Status::Recommended:
        return QStringLiteral("recommended");
    case Status::NotDecisive:
        return QStringLiteral("not_decisive");
    case Status::NoRecommendation:
        break;
    }
    return QStringLiteral("no_recommendation");
}

QString Recommendation::verdictName(Status s)
{
    return s == Status::Recommended ? QStringLiteral("switch") : statusName(s);
}

const RecommendationCandidate *Recommendation::openCandidate() const
{
    const RecommendationCandidate *best = nullptr;
    for (const RecommendationCandidate &c : candidates)
        if (c.notDecisive() && (!best || c.savingPercent() > best->savingPercent()))
            best = &c;
    return best;
}

QJsonObject Recommendation::toJson() const
{
    QJsonArray all;
    QJsonArray whyNot;
    for (const RecommendationCandidate &c : candidates) {
        all.append(c.toJson());
        if (!c.whyNot.isEmpty())
            whyNot.append(QJsonObject { { QStringLiteral("model"), c.model },
                                        { QStringLiteral("stage"), RecommendationCandidate::stageName(c.stage) },
                                        { QStringLiteral("reasons"), QJsonArray::fromStringList(c.whyNot) } });
    }
    QJsonArray segs;
    for (const SegmentRecommendation &s : segments)
        segs.append(s.toJson());
    QJsonArray runs;
    for (qint64 id : runIds)
        runs.append(id);
    QJsonObject o { { QStringLiteral("status"), statusName(status) },
                    { QStringLiteral("verdict"), verdictName(status) },
                    { QStringLiteral("currentModel"), currentModel },
                    { QStringLiteral("summary"), sentence },
                    { QStringLiteral("reason"), reason },
                    { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) },
                    { QStringLiteral("candidates"), all },
                    { QStringLiteral("whyNot"), whyNot },
                    { QStringLiteral("segments"), segs },
                    { QStringLiteral("segmented"), segmented },
                    { QStringLiteral("iterationsRequired"), iterations },
                    { QStringLiteral("verificationCostUsd"), verificationCostUsd },
                    { QStringLiteral("routing"), routing },
                    { QStringLiteral("reusedReplays"), reusedReplays },
                    { QStringLiteral("newReplays"), newReplays },
                    { QStringLiteral("sampleSize"), sampleSize },
                    { QStringLiteral("runIds"), runs },
                    { QStringLiteral("thresholdsUsed"), thresholds.toJson() },
                    { QStringLiteral("profile"), profile.toJson() },
                    { QStringLiteral("profileId"), profileId },
                    { QStringLiteral("profileFingerprint"), profile.fingerprint() },
                    { QStringLiteral("catalogVersion"), catalogVersion },
                    { QStringLiteral("rubricVersion"), rubricVersion },
                    { QStringLiteral("judgeModel"), judgeModel },
                    { QStringLiteral("createdAt"), createdAtMs },
                    { QStringLiteral("timestamp"),
                      QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs) },
                    { QStringLiteral("evaluation"), evaluation.toJson() } };
    if (!portkeyConfig.isEmpty())
        o.insert(QStringLiteral("portkeyConfig"), portkeyConfig);
    if (recommended) {
        const RecommendationCandidate &c = *recommended;
        QJsonObject r { { QStringLiteral("currentModel"), currentModel },
                        { QStringLiteral("recommendedModel"), c.model },
                        { QStringLiteral("recommendedModelDisplay"), c.displayName },
                        { QStringLiteral("projectedCostSavingPercent"), c.savingPercent() },
                        { QStringLiteral("projectedQualityImpactPercent"), c.qualityDeltaPercent },
                        { QStringLiteral("confidence"), c.confidence },
                        { QStringLiteral("evaluationSummary"),
                          QJsonObject { { QStringLiteral("qualityScore"), c.quality },
                                        { QStringLiteral("baselineQualityScore"), c.baselineQuality },
                                        { QStringLiteral("qualityDeltaCiLower"), c.qualityDelta.lower },
                                        { QStringLiteral("qualityDeltaCiUpper"), c.qualityDelta.upper },
                                        { QStringLiteral("formatFailureRate"), c.formatFailureRate },
                                        { QStringLiteral("refusalRate"), c.refusalRate },
                                        { QStringLiteral("partialRefusalRate"), c.partialRefusalRate },
                                        { QStringLiteral("errorRate"), c.errorRate },
                                        { QStringLiteral("samplesEvaluated"), c.qualityPairs },
                                        { QStringLiteral("latencyP95Ms"), c.latencyP95Ms } } },
                        { QStringLiteral("businessImpact"), businessImpact.toJson() },
                        { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) } };
        if (fallback)
            r.insert(QStringLiteral("fallbackOption"), candidateSummary(*fallback));
        o.insert(QStringLiteral("recommendation"), r);
    }
    return o;
}

Recommendation Recommendation::fromJson(const QJsonObject &o)
{
    const double nan = std::nan("");
    Recommendation r;
    const QString status = o.value(QLatin1String("status")).toString();
    r.status = status == statusName(Status::Recommended) ? Status::Recommended
        : status == statusName(Status::NotDecisive)      ? Status::NotDecisive
                                                         : Status::NoRecommendation;
    r.currentModel = o.value(QLatin1String("currentModel")).toString();
    r.sentence = o.value(QLatin1String("summary")).toString();
    r.reason = o.value(QLatin1String("reason")).toString();
    r.reasons = strings(o.value(QLatin1String("reasons")));
    for (const QJsonValue &v : o.value(QLatin1String("candidates")).toArray())
        r.candidates.append(RecommendationCandidate::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("segments")).toArray())
        r.segments.append(SegmentRecommendation::fromJson(v.toObject()));
    r.segmented = o.value(QLatin1String("segmented")).toBool();
    r.iterations = o.value(QLatin1String("iterationsRequired")).toInt();
    r.verificationCostUsd = o.value(QLatin1String("verificationCostUsd")).toDouble();
    r.routing = o.value(QLatin1String("routing")).toString();
    r.reusedReplays = o.value(QLatin1String("reusedReplays")).toInteger();
    r.newReplays = o.value(QLatin1String("newReplays")).toInteger();
    r.sampleSize = o.value(QLatin1String("sampleSize")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("runIds")).toArray())
        r.runIds.append(v.toInteger());
    r.thresholds = RecommendationThresholds::fromJson(o.value(QLatin1String("thresholdsUsed")).toObject());
    r.profile = UserProfile::fromJson(o.value(QLatin1String("profile")).toObject());
    r.profileId = o.value(QLatin1String("profileId")).toInteger();
    r.catalogVersion = o.value(QLatin1String("catalogVersion")).toInt();
    r.rubricVersion = o.value(QLatin1String("rubricVersion")).toString();
    r.judgeModel = o.value(QLatin1String("judgeModel")).toString();
    r.createdAtMs = o.value(QLatin1String("createdAt")).toInteger();
    r.evaluation = EvaluatorReport::fromJson(o.value(QLatin1String("evaluation")).toObject());
    r.portkeyConfig = o.value(QLatin1String("portkeyConfig")).toObject();

    const QJsonValue recValue = o.value(QLatin1String("recommendation"));
    if (!recValue.isObject())
        return r;
    const QJsonObject rec = recValue.toObject();
    r.businessImpact = BusinessImpact::fromJson(rec.value(QLatin1String("businessImpact")).toObject());
    r.recommended = candidateOf(r.candidates, rec.value(QLatin1String("recommendedModel")).toString(), [&] {
        RecommendationCandidate c;
        c.model = rec.value(QLatin1String("recommendedModel")).toString();
        c.displayName = rec.value(QLatin1String("recommendedModelDisplay")).toString();
        c.stage = RecommendationCandidate::Stage::Verified;
        c.passed = true;
        c.measuredSavingPercent = rec.value(QLatin1String("projectedCostSavingPercent")).toDouble(nan);
        c.qualityDeltaPercent = rec.value(QLatin1String("projectedQualityImpactPercent")).toDouble(nan);
        c.confidence = rec.value(QLatin1String("confidence")).toDouble();
        const QJsonObject e = rec.value(QLatin1String("evaluationSummary")).toObject();
        c.quality = e.value(QLatin1String("qualityScore")).toDouble(nan);
        c.baselineQuality = e.value(QLatin1String("baselineQualityScore")).toDouble(nan);
        c.qualityDelta.lower = e.value(QLatin1String("qualityDeltaCiLower")).toDouble(nan);
        c.qualityDelta.upper = e.value(QLatin1String("qualityDeltaCiUpper")).toDouble(nan);
        c.formatFailureRate = e.value(QLatin1String("formatFailureRate")).toDouble();
        c.refusalRate = e.value(QLatin1String("refusalRate")).toDouble();
        c.partialRefusalRate = e.value(QLatin1String("partialRefusalRate")).toDouble();
        c.errorRate = e.value(QLatin1String("errorRate")).toDouble();
        c.qualityPairs = e.value(QLatin1String("samplesEvaluated")).toInteger();
        c.latencyP95Ms = e.value(QLatin1String("latencyP95Ms")).toDouble();
        return c;
    });
    const QJsonValue fallbackValue = rec.value(QLatin1String("fallbackOption"));
    if (fallbackValue.isObject()) {
        const QJsonObject f = fallbackValue.toObject();
        r.fallback = candidateOf(r.candidates, f.value(QLatin1String("model")).toString(), [&] {
            RecommendationCandidate c;
            c.model = f.value(QLatin1String("model")).toString();
            c.stage = RecommendationCandidate::Stage::Verified;
            c.passed = f.value(QLatin1String("passed")).toBool();
            c.measuredSavingPercent = f.value(QLatin1String("costSavingPercent")).toDouble(nan);
            c.qualityDeltaPercent = f.value(QLatin1String("qualityImpactPercent")).toDouble(nan);
            return c;
        });
    }
    return r;
}

QString Recommendation::toText() const
{
    QString out;
    if (status == Status::Recommended && recommended) {
        const RecommendationCandidate &c = *recommended;
        out += sentence + u'\n';
        out += tr("Quality %1 vs %2 on %3 paired samples: %4% (95% anytime-valid interval %5% to %6%, margin "
                  "−%7%); confidence %8 (display only).\n")
                   .arg(c.quality, 0, 'f', 1)
                   .arg(c.baselineQuality, 0, 'f', 1)
                   .arg(c.qualityPairs)
                   .arg(c.evidence.quality.interval.estimate, 0, 'f', 1)
                   .arg(c.evidence.quality.interval.lower, 0, 'f', 1)
                   .arg(c.evidence.quality.interval.upper, 0, 'f', 1)
                   .arg(thresholds.maxQualityDropPercent, 0, 'f', 1)
                   .arg(c.confidence, 0, 'f', 2);
        out += tr("Refusal rate %1%, format failures %2%, errors %3%, p95 latency %4 ms.\n")
                   .arg(c.refusalRate * 100, 0, 'f', 1)
                   .arg(c.formatFailureRate * 100, 0, 'f', 1)
                   .arg(c.errorRate * 100, 0, 'f', 1)
                   .arg(c.latencyP95Ms, 0, 'f', 0);
        const BusinessImpact &b = businessImpact;
        out += tr("Business impact at %1 requests/month (%2): $%3 → $%4 per month, saving $%5 a month, $%6 a year.\n")
                   .arg(b.monthlyVolume, 0, 'f', 0)
                   .arg(b.volumeText())
                   .arg(b.currentMonthlyCost, 0, 'f', 2)
                   .arg(b.projectedMonthlyCost, 0, 'f', 2)
                   .arg(b.monthlySavings, 0, 'f', 2)
                   .arg(b.annualSavings, 0, 'f', 2);
        out += tr("Reasons: %1\n").arg(reasons.join(QStringLiteral("; ")));
        if (fallback)
            out += tr("Fallback: %1 (saves %2%, quality impact %3%).\n")
                       .arg(fallback->model)
                       .arg(fallback->savingPercent(), 0, 'f', 1)
                       .arg(fallback->qualityDeltaPercent, 0, 'f', 1);
    } else if (status == Status::NotDecisive) {
        out += reason + u'\n';
        for (const QString &why : reasons)
            out += tr("Stopped: %1\n").arg(why);
    } else {
        out += tr("No recommendation: %1\n").arg(reason);
    }
    if (!routing.isEmpty())
        out += tr("Routing: %1\n").arg(routing);
    out += tr("Verification: %1 iteration(s), %2 sampled prompts, $%3 spent, judge %4; %5 stored replays reused, "
              "%6 new replays.\n")
               .arg(iterations)
               .arg(sampleSize)
               .arg(verificationCostUsd, 0, 'f', 4)
               .arg(judgeModel)
               .arg(reusedReplays)
               .arg(newReplays);
    bool evidenceHeader = false;
    for (const RecommendationCandidate &c : candidates) {
        if (c.stage != RecommendationCandidate::Stage::Verified || !c.evidence.quality.interval.isValid())
            continue;
        if (!evidenceHeader) {
            out += tr("Evidence (quality change in percent of %1, 95% anytime-valid interval, margin −%2%):\n")
                       .arg(currentModel)
                       .arg(thresholds.maxQualityDropPercent, 0, 'f', 1);
            evidenceHeader = true;
        }
        const ConfidenceInterval &q = c.evidence.quality.interval;
        out += tr("  %1 %2 [%3%, %4%] on %5 prompts in %6 round(s), unit %7: %8\n")
                   .arg(c.model, -28)
                   .arg(q.estimate, 6, 'f', 1)
                   .arg(q.lower, 0, 'f', 1)
                   .arg(q.upper, 0, 'f', 1)
                   .arg(c.evidence.qualityPairs)
                   .arg(c.history.size())
                   .arg(c.evidence.unit, verdictText(c.verdict));
    }
    bool header = false;
    for (const RecommendationCandidate &c : candidates) {
        if (c.whyNot.isEmpty() || c.stage == RecommendationCandidate::Stage::Excluded)
            continue;
        if (!header) {
            out += tr("Why not:\n");
            header = true;
        }
        out += QStringLiteral("  %1: %2\n").arg(c.model, c.whyNot.join(QStringLiteral("; ")));
    }
    int excluded = 0;
    for (const RecommendationCandidate &c : candidates)
        excluded += c.stage == RecommendationCandidate::Stage::Excluded ? 1 : 0;
    if (excluded > 0)
        out += tr("%1 cheaper model(s) excluded by the constraints (see --json).\n").arg(excluded);
    if (!segments.isEmpty()) {
        out += tr("Per segment (metadata.use_case):\n");
        for (const SegmentRecommendation &s : segments)
            out += QStringLiteral("  %1 %2 %3\n").arg(s.segment, -16).arg(s.model, -28).arg(s.reason);
        if (segmented)
            out += tr("Portkey conditional config:\n")
                + QString::fromUtf8(QJsonDocument(portkeyConfig).toJson(QJsonDocument::Indented));
    }
    return out;
}

} // namespace ShadowOptic
