// SPDX-License-Identifier: MIT
#include "rolloutchecker.h"

#include "rolloutpower.h"
#include "stats/statistics.h"

#include <QLocale>

namespace ShadowOptic {

namespace {

using State = RolloutCheckItem::State;

double gateValue(RolloutGate::Metric metric, const RolloutLiveMetrics &m)
{
    switch (metric) {
    case RolloutGate::Metric::Quality:
        return m.shadowQuality;
    case RolloutGate::Metric::Faithfulness:
        return m.shadowFaithfulness;
    case RolloutGate::Metric::ErrorRate:
        return m.challenger.errorRate();
    case RolloutGate::Metric::LatencyDelta: {
        const double prod = m.production.meanLatencyMs();
        const double chal = m.challenger.meanLatencyMs();
        return prod > 0 ? chal / prod - 1.0 : std::nan("");
    }
    case RolloutGate::Metric::RefusalDelta:
        return m.challenger.refusalRate() - m.production.refusalRate();
    }
    return std::nan("");
}

QString percent(double share)
{
    return RolloutChecker::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', share < 0.1 ? 2 : 1));
}

QString signedNumber(double value)
{
    return (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + QLocale().toString(std::abs(value), 'f', 2);
}

QString points(double difference)
{
    return RolloutChecker::tr("%1%2 points")
        .arg(difference >= 0 ? QStringLiteral("+") : QString(), QLocale().toString(difference * 100.0, 'f', 2));
}

} // namespace

RolloutCheck RolloutChecker::check(const RolloutExperiment &experiment, const RolloutLiveMetrics &metrics, qint64 nowMs)
{
    const QLocale locale;
    const RolloutStage &stage = experiment.stage();
    RolloutCheck c;
    c.atMs = nowMs;
    c.stage = stage.name;
    c.metrics = metrics;
    if (!experiment.isAtFull())
        c.nextStage = experiment.plan.at(experiment.stageIndex + 1).name;
    c.hoursInStage = std::max(0.0, double(nowMs - experiment.stageStartedAtMs) / 3'600'000.0);
    c.samples = stage.isShadow() ? metrics.shadowJudged : metrics.challenger.requests();

    RolloutCheckItem duration;
    duration.kind = RolloutCheckItem::Kind::Duration;
    duration.key = QStringLiteral("duration");
    duration.label = tr("Time in stage");
    duration.value = c.hoursInStage;
    duration.threshold = stage.minDurationHours;
    duration.valueText = tr("%1 h").arg(locale.toString(c.hoursInStage, 'f', 1));
    duration.thresholdText = tr("≥ %1 h").arg(locale.toString(stage.minDurationHours, 'f', 0));
    duration.state = c.hoursInStage >= stage.minDurationHours ? State::Pass : State::Pending;
    if (duration.state == State::Pending)
        duration.detail = tr("%1 h to go.").arg(locale.toString(stage.minDurationHours - c.hoursInStage, 'f', 1));
    c.items.append(duration);

    RolloutCheckItem samples;
    samples.kind = RolloutCheckItem::Kind::Samples;
    samples.key = QStringLiteral("samples");
    samples.label = stage.isShadow() ? tr("Judged shadow replays") : tr("Challenger requests");
    samples.value = double(c.samples);
    samples.threshold = double(stage.minSamples);
    samples.valueText = locale.toString(c.samples);
    samples.thresholdText = tr("≥ %1").arg(locale.toString(stage.minSamples));
    samples.state = c.samples >= stage.minSamples ? State::Pass : State::Pending;
    if (samples.state == State::Pending)
        samples.detail = tr("%n more needed.", nullptr, int(std::min<qint64>(stage.minSamples - c.samples, INT_MAX)));
    c.items.append(samples);

    const bool enoughForHard = metrics.challenger.requests() >= std::max<qint64>(1, stage.minSamples);
    for (const RolloutGate &gate : stage.gates) {
        RolloutCheckItem item;
        item.kind = RolloutCheckItem::Kind::Gate;
        item.key = RolloutGate::metricKey(gate.metric);
        item.label = RolloutGate::metricName(gate.metric);
        item.value = gateValue(gate.metric, metrics);
        item.threshold = gate.threshold;
        item.valueText = RolloutGate::valueText(gate.metric, item.value);
        item.thresholdText = gate.thresholdText();
        if (!std::isfinite(item.value)) {
            item.state = State::Pending;
            item.detail = gate.isLive() ? tr("No live requests of both models in this stage yet.")
                                        : tr("No judged replays of the challenger yet: replay and evaluate it.");
        } else if (gate.holds(item.value)) {
            item.state = State::Pass;
        } else {
            item.state = State::Fail;
            item.hard = gate.isLive() && enoughForHard;
        }
        c.items.append(item);
    }

    const double expected = experiment.configuredShare();
    const qint64 nC = metrics.challenger.requests();
    const qint64 nP = metrics.production.requests();
    const qint64 live = nC + nP;
    if (!stage.isShadow() || nC > 0) {
        RolloutCheckItem srm;
        srm.kind = RolloutCheckItem::Kind::SampleRatio;
        srm.key = QStringLiteral("sample_ratio");
        srm.label = tr("Traffic split");
        srm.thresholdText = tr("%1 to the challenger").arg(percent(expected));
        c.expectedShare = expected;
        if (live > 0)
            c.observedShare = double(nC) / double(live);
        srm.value = c.observedShare;
        srm.threshold = expected;
        srm.valueText = std::isfinite(c.observedShare) ? percent(c.observedShare) : tr("no data");
        if (live >= sampleRatioMinRequests) {
            c.sampleRatioTested = true;
            if (expected <= 0.0 || expected >= 1.0) {
                // All traffic should go to one model: any request to the other is a mismatch.
                const bool wrong = expected <= 0.0 ? nC > 0 : nP > 0;
                c.sampleRatioChi2 = wrong ? std::numeric_limits<double>::infinity() : 0.0;
                c.sampleRatioP = wrong ? 0.0 : 1.0;
            } else {
                const double eC = double(live) * expected;
                const double eP = double(live) - eC;
                c.sampleRatioChi2
                    = (double(nC) - eC) * (double(nC) - eC) / eC + (double(nP) - eP) * (double(nP) - eP) / eP;
                c.sampleRatioP = Statistics::chiSquare1Sf(c.sampleRatioChi2);
            }
            c.sampleRatioMismatch = c.sampleRatioP < sampleRatioAlpha;
            srm.state = c.sampleRatioMismatch ? State::Fail : State::Pass;
            if (c.sampleRatioMismatch)
                srm.detail
                    = tr("Sample ratio mismatch (χ² = %1, p = %2): the challenger got %3 of the traffic where "
                         "the config gives it %4. Promotion is blocked until the split is explained — a stale "
                         "config, retries that favour one model, or logs missing for one of them.")
                          .arg(locale.toString(c.sampleRatioChi2, 'f', 1), locale.toString(c.sampleRatioP, 'g', 2),
                               percent(c.observedShare), percent(expected));
        } else {
            srm.state = State::Pending;
            srm.detail = tr("Tested from %1 live requests.").arg(locale.toString(sampleRatioMinRequests));
        }
        c.items.append(srm);
    }

    if (!stage.isShadow()) {
        c.nonInferiorityTested = true;
        const RolloutArmMetrics &ch = metrics.challenger;
        const RolloutArmMetrics &pr = metrics.production;
        c.unit = metrics.unit;
        c.designEffect = std::max(ch.designEffect(), pr.designEffect());
        c.fixedSample = Statistics::nonInferiority(ch.successes(), nC, pr.successes(), nP, margin, alpha);
        const qint64 tightestAt = std::max<qint64>(10, stage.minSamples);
        RolloutCheckItem ni;
        ni.kind = RolloutCheckItem::Kind::NonInferiority;
        ni.key = QStringLiteral("non_inferiority");
        ni.label = tr("Success rate vs production");
        ni.thresholdText = tr("lower bound > −%1 points").arg(locale.toString(margin * 100.0, 'f', 0));
        ni.threshold = -margin;
        if (nC >= 2 && nP >= 2) {
            c.difference = ch.successRate() - pr.successRate();
            const double h = RolloutPower::halfWidth(nC, nP, ch.successRate(), pr.successRate(), alpha, tightestAt,
                                                     c.designEffect);
            c.lowerBound = c.difference - h;
            c.upperBound = c.difference + h;
            if (c.lowerBound > -margin)
                c.verdict = NonInferiorityVerdict::Pass;
            else if (c.upperBound < -margin)
                c.verdict = NonInferiorityVerdict::Fail;
            ni.value = c.lowerBound;
            ni.valueText = tr("%1 (%2 … %3) points")
                               .arg(signedNumber(c.difference * 100.0), signedNumber(c.lowerBound * 100.0),
                                    signedNumber(c.upperBound * 100.0));
        } else {
            ni.valueText = tr("no data");
        }
        const double pooled = nC + nP > 0 ? double(ch.successes() + pr.successes()) / double(nC + nP) : 0.98;
        const double perChallenger
            = nC > 0 && nP > 0 ? double(nP) / double(nC) : (expected > 0 ? (1.0 - expected) / expected : 1.0);
        c.power = nC >= 2
            ? RolloutPower::power(nC, std::max<qint64>(nP, 2), pooled, margin, alpha, tightestAt, c.designEffect)
            : 0.0;
        c.samplesForPower = RolloutPower::samplesForPower(perChallenger, pooled, margin, alpha, tightestAt, targetPower,
                                                          100'000'000, c.designEffect);
        const qint64 wanted = std::max(stage.minSamples, c.samplesForPower < 0 ? stage.minSamples : c.samplesForPower);
        c.samplesStillNeeded = std::max<qint64>(0, wanted - nC);
        switch (c.verdict) {
        case NonInferiorityVerdict::Pass:
            ni.state = State::Pass;
            break;
        case NonInferiorityVerdict::Fail:
            ni.state = State::Fail;
            ni.hard = true;
            ni.detail = tr("The challenger succeeds %1 less often than production, beyond the %2-point margin.")
                            .arg(points(-c.difference), locale.toString(margin * 100.0, 'f', 0));
            break;
        case NonInferiorityVerdict::Inconclusive:
            ni.state = State::Pending;
            ni.detail = c.samplesForPower < 0
                ? tr("Not decisive yet; at this traffic split the test cannot reach 80 % power.")
                : tr("Not decisive yet (power %1 now); about %2 more challenger requests give 80 % power.")
                      .arg(percent(c.power), locale.toString(c.samplesStillNeeded));
            break;
        }
        c.items.append(ni);
    }

    c.canPromote = !experiment.isAtFull() && !experiment.killed;
    for (const RolloutCheckItem &item : c.items) {
        if (item.state != State::Pass)
            c.canPromote = false;
        if (item.state == State::Fail && item.hard)
            c.hardFailure = true;
    }

    if (experiment.isAtFull()) {
        c.summary = tr("%1 takes all traffic; the rollout is complete.").arg(experiment.challengerModel);
    } else if (c.hardFailure) {
        QStringList failed;
        for (const RolloutCheckItem &item : c.items)
            if (item.state == State::Fail && item.hard)
                failed.append(item.label);
        c.summary = tr("%1 fails in %2: %3. Roll back to shadow.")
                        .arg(experiment.challengerModel, stage.displayName(), failed.join(QStringLiteral(", ")));
    } else if (c.canPromote) {
        c.summary = tr("Every condition of %1 holds: %2 may move to %3.")
                        .arg(stage.displayName(), experiment.challengerModel,
                             experiment.plan.at(experiment.stageIndex + 1).displayName());
    } else {
        QStringList waiting;
        for (const RolloutCheckItem &item : c.items)
            if (item.state != State::Pass)
                waiting.append(item.label);
        c.summary = experiment.killed
            ? tr("Kill switch pulled: %1 gets no traffic. Roll back or promote to resume.")
                  .arg(experiment.challengerModel)
            : tr("Not ready to leave %1: %2.").arg(stage.displayName(), waiting.join(QStringLiteral(", ")));
    }
    return c;
}

} // namespace ShadowOptic
