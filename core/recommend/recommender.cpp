// SPDX-License-Identifier: MIT
#include "recommender.h"

#include "eval/evaluator.h"
#include "eval/judgeclient.h"
#include "eval/replayreuse.h"
#include "forecast/budgetsampler.h"
#include "portkeyconditionalconfig.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "stats/statistics.h"
#include "store/catalogstore.h"
#include "store/logstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"
#include "verificationplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QtConcurrent>

#include <memory>

namespace ShadowOptic {

namespace {

/** The log ids in stratified proportional order; the given order when their prompts cannot be read. */
QStringList stratifiedOrder(const LogStore &logs, const QStringList &logIds, quint64 seed)
{
    QHash<QString, LogStore::Prompt> prompts;
    QString missing;
    if (!logs.promptsByLogId(logIds, &prompts, &missing))
        return logIds;
    QList<BudgetSampler::Item> items;
    items.reserve(logIds.size());
    for (const QString &id : logIds) {
        const LogStore::Prompt &p = prompts[id];
        BudgetSampler::Item item;
        item.useCase = p.useCase;
        item.lengthBand = BudgetSampler::lengthBand(p.promptTokens > 0 ? p.promptTokens : p.messagesJson.size() / 4);
        items.append(item);
    }
    QStringList out;
    out.reserve(logIds.size());
    for (int i : BudgetSampler::stratifiedOrder(items, seed))
        out.append(logIds.at(i));
    return out;
}

QString pct(double v)
{
    return QString::number(v, 'f', 1) + QLatin1Char('%');
}

QString points(double v)
{
    return QString::number(v, 'f', 1);
}

QString range(const ConfidenceInterval &ci)
{
    return QLatin1Char('[') + pct(ci.lower) + QStringLiteral(", ") + pct(ci.upper) + QLatin1Char(']');
}

QString duration(double seconds)
{
    return seconds < 90 ? Recommender::tr("%1 s").arg(qMax(1, int(std::round(seconds))))
                        : Recommender::tr("%1 min").arg(int(std::round(seconds / 60.0)));
}

// "6.0% worse", "1.0% better" for a quality delta in percent of the baseline.
QString relative(double deltaPercent)
{
    return deltaPercent < 0 ? Recommender::tr("%1 worse").arg(pct(-deltaPercent))
                            : Recommender::tr("%1 better").arg(pct(deltaPercent));
}

} // namespace

struct Recommender::Prepared
{
    QString error;
    UserProfile profile;
    qint64 profileId = 0;
    PriceCatalog catalog;
    CandidateDiscovery::Result discovery;
    QString sampleModel;
    QStringList sampleLogIds;
};

Recommender::Recommender(QObject *parent)
    : QObject(parent)
    , m_engine(new ReplayEngine(this))
    , m_judge(new JudgeClient(this))
{
    qRegisterMetaType<Recommendation>();
    connect(m_engine, &ReplayEngine::finished, this, &Recommender::onReplayFinished);
    connect(m_engine, &ReplayEngine::failed, this, &Recommender::failed);
    connect(m_engine, &ReplayEngine::progressChanged, this, [this](const ReplayProgress &p) {
        emit progressChanged(
            int(p.total > 0 ? 500 * p.done / p.total : 0),
            tr("Round %1 (%2 prompts): replaying %3 of %4").arg(m_round).arg(m_roundPrompts).arg(p.done).arg(p.total));
    });
    connect(m_judge, &JudgeClient::finished, this, &Recommender::onJudgeFinished);
    connect(m_judge, &JudgeClient::failed, this, &Recommender::failed);
    connect(m_judge, &JudgeClient::progressChanged, this, [this](int permille, const QString &) {
        emit progressChanged(500 + permille / 2, tr("Round %1 (%2 prompts): judging").arg(m_round).arg(m_roundPrompts));
    });
}

Recommender::~Recommender() = default;

double Recommender::confidence(qint64 qualityPairs, double halfWidthPercent, double formatFailureRate)
{
    if (qualityPairs < 2 || !std::isfinite(halfWidthPercent))
        return 0.0;
    const double size = double(qualityPairs) / double(qualityPairs + 10);
    const double precision = std::clamp(1.0 - halfWidthPercent / 10.0, 0.0, 1.0);
    return size * precision * std::clamp(1.0 - formatFailureRate, 0.0, 1.0);
}

void Recommender::verify(RecommendationCandidate *c, const EvaluatorReport &report, const UserProfile &profile,
                         const RecommendationThresholds &t, int iteration)
{
    c->stage = RecommendationCandidate::Stage::Verified;
    c->iteration = iteration;
    c->whyNot.clear();
    const ModelAggregate *a = report.find(c->model);
    const ModelAggregateComparison *cmp = report.comparison(c->model);
    c->evidence = CandidateEvidence::compute(report.samplesOf(profile.currentModel), report.samplesOf(c->model), t);
    if (!a || a->samples == 0) {
        // Nothing was sent (the budget ran out first): no evidence either way.
        c->whyNot.append(tr("Not decisive yet: no answer was bought for it within the budget"));
        c->passed = false;
        c->verdict = NonInferiorityVerdict::Inconclusive;
        return;
    }
    if (a->successes == 0) {
        c->whyNot.append(tr("No successful replay on the verification target"));
        c->passed = false;
        c->verdict = NonInferiorityVerdict::Fail;
        return;
    }
    c->samples = a->samples;
    c->quality = a->quality.estimate;
    c->refusalRate = a->refusalRate();
    c->partialRefusalRate = a->partialRefusalRate();
    c->formatFailureRate = a->formatFailureRate();
    c->errorRate = a->errorRate();
    c->latencyP95Ms = a->latencyP95Ms;
    c->costPerRequest = a->priced ? a->costPerRequest : std::nan("");
    if (!a->priced) {
        // Without a price a candidate would look free: never "100 % cheaper".
        c->whyNot.append(tr("No price in the catalog for %1: its cost cannot be compared").arg(c->model));
        c->passed = false;
        c->verdict = NonInferiorityVerdict::Fail;
        return;
    }
    if (cmp) {
        c->qualityPairs = cmp->qualityPairs;
        c->baselineQuality = cmp->baselineQuality;
        c->quality = cmp->candidateQuality;
        c->qualityDelta = cmp->qualityDelta;
        c->qualityDeltaPercent = cmp->qualityDeltaPercent;
        c->measuredSavingPercent = cmp->costSavingPercent;
        c->refusalPValue = cmp->refusal.pValue;
        c->successPValue = cmp->success.pValue;
        c->confidence = confidence(cmp->qualityPairs, cmp->qualityDeltaHalfWidthPercent(), c->formatFailureRate);
    }
    const CandidateEvidence &e = c->evidence;
    // Hard constraints of the profile fail outright; the four gates fail, pass or are not decisive yet.
    bool failed = false;
    const auto fail = [&](const QString &why) {
        c->whyNot.append(why);
        failed = true;
    };
    if (std::isfinite(c->quality) && c->quality < profile.minQuality)
        fail(tr("Mean quality %1 below the profile's minimum %2")
                 .arg(c->quality, 0, 'f', 1)
                 .arg(profile.minQuality, 0, 'f', 1));
    if (c->latencyP95Ms > profile.maxLatencyMs)
        fail(tr("p95 latency %1 ms above the %2 ms limit").arg(c->latencyP95Ms, 0, 'f', 0).arg(profile.maxLatencyMs));
    if (std::isfinite(c->costPerRequest) && c->costPerRequest > profile.maxCostPerRequestUsd)
        fail(tr("Measured $%1 per request, above the $%2 limit")
                 .arg(c->costPerRequest, 0, 'f', 4)
                 .arg(profile.maxCostPerRequestUsd, 0, 'f', 4));
    const QString margin = pct(t.maxQualityDropPercent);
    switch (e.quality.verdict) {
    case NonInferiorityVerdict::Fail:
        fail(tr("Quality is at least %1 worse than %2 (interval %3, margin %4)")
                 .arg(pct(-e.quality.interval.upper), profile.currentModel, range(e.quality.interval), margin));
        break;
    case NonInferiorityVerdict::Inconclusive:
        c->whyNot.append(std::isfinite(e.quality.interval.estimate)
                             ? tr("Not decisive yet: quality between %1 and %2 than %3 (margin %4)")
                                   .arg(relative(e.quality.interval.lower), relative(e.quality.interval.upper),
                                        profile.currentModel, margin)
                             : tr("No paired quality comparison with the current model"));
        break;
    case NonInferiorityVerdict::Pass:
        break;
    }
    const auto rateGate = [&](const GateEvidence &g, const QString &what) {
        if (g.verdict == NonInferiorityVerdict::Fail)
            fail(tr("%1 rises by at least %2 points (allowed %3)")
                     .arg(what, points(g.interval.lower), points(g.threshold)));
        else if (g.verdict == NonInferiorityVerdict::Inconclusive)
            c->whyNot.append(tr("Not decisive yet: %1 changes by %2 to %3 points (allowed +%4)")
                                 .arg(what, points(g.interval.lower), points(g.interval.upper), points(g.threshold)));
    };
    rateGate(e.refusal, tr("The full-refusal rate"));
    rateGate(e.error, tr("The error rate"));
    if (e.saving.verdict == NonInferiorityVerdict::Fail)
        fail(tr("Saves at most %1 (needs at least %2)").arg(pct(e.saving.interval.upper), pct(t.minSavingPercent)));
    else if (e.saving.verdict == NonInferiorityVerdict::Inconclusive)
        c->whyNot.append(tr("Not decisive yet: saves between %1 and %2 (needs at least %3)")
                             .arg(pct(e.saving.interval.lower), pct(e.saving.interval.upper), pct(t.minSavingPercent)));
    if (c->qualityPairs < t.minSamples)
        c->whyNot.append(tr("Only %1 paired judged samples (needs %2)").arg(c->qualityPairs).arg(t.minSamples));
    c->passed = c->whyNot.isEmpty() && e.verdict() == NonInferiorityVerdict::Pass;
    c->verdict = failed ? NonInferiorityVerdict::Fail
        : c->passed     ? NonInferiorityVerdict::Pass
                        : NonInferiorityVerdict::Inconclusive;
}

QList<SegmentRecommendation> Recommender::segments(const EvaluatorReport &report, const QStringList &candidates,
                                                   const QString &currentModel, const RecommendationThresholds &t)
{
    return segments(report, candidates, currentModel, currentModel, t);
}

QList<SegmentRecommendation> Recommender::segments(const EvaluatorReport &report, const QStringList &candidates,
                                                   const QString &currentModel, const QString &headlineModel,
                                                   const RecommendationThresholds &t)
{
    struct Paired
    {
        qint64 pairs = 0;
        double saving = std::nan("");
        double delta = std::nan("");
        bool passes = false;
        bool fails = false; // decisively worse than the margin on this segment's prompts
    };
    const QList<EvaluatorSample> base = report.samplesOf(currentModel); // the replayed current model only
    QMap<QString, QList<EvaluatorSample>> bySegment;
    for (const EvaluatorSample &s : base)
        if (!s.useCase.isEmpty())
            bySegment[s.useCase].append(s);
    QHash<QString, QList<EvaluatorSample>> candidateSamples;
    for (const QString &m : candidates)
        candidateSamples.insert(m, report.samplesOf(m));
    // The same interval rule as the headline, on the segment's own prompts.
    const auto paired = [&](const QList<EvaluatorSample> &segment, const QString &model) {
        Paired p;
        const CandidateEvidence e = CandidateEvidence::compute(segment, candidateSamples.value(model), t);
        p.pairs = e.qualityPairs;
        p.delta = e.quality.interval.estimate;
        p.saving = e.saving.interval.estimate;
        p.passes = p.pairs >= t.minSamples && e.verdict() == NonInferiorityVerdict::Pass;
        p.fails = e.quality.verdict == NonInferiorityVerdict::Fail;
        return p;
    };

    const bool switching = !headlineModel.isEmpty() && headlineModel != currentModel;
    QList<SegmentRecommendation> out;
    for (auto seg = bySegment.constBegin(); seg != bySegment.constEnd(); ++seg) {
        SegmentRecommendation r;
        r.segment = seg.key();
        r.model = headlineModel.isEmpty() ? currentModel : headlineModel;
        r.keepCurrent = !switching;
        // The best candidate that passes the thresholds on this segment's own prompts.
        QString best;
        Paired bestPaired;
        qint64 mostPairs = 0;
        for (const QString &m : candidates) {
            const Paired p = paired(seg.value(), m);
            mostPairs = qMax(mostPairs, p.pairs);
            if (p.passes && (best.isEmpty() || p.saving > bestPaired.saving)) {
                best = m;
                bestPaired = p;
            }
        }
        const Paired head = switching ? paired(seg.value(), headlineModel) : Paired();
        r.samples = switching ? head.pairs : mostPairs;
        const auto take = [&r](const QString &model, const Paired &p) {
            r.model = model;
            r.samples = p.pairs;
            r.savingPercent = p.saving;
            r.qualityDeltaPercent = p.delta;
        };
        if (switching) {
            if (!head.fails) {
                if (std::isfinite(head.saving))
                    take(headlineModel, head);
                r.keepCurrent = false;
                r.reason = head.pairs >= t.minSamples
                    ? tr("Follows the recommendation: %1 saves %2 with a %3 quality change on %4 prompts here")
                          .arg(headlineModel, pct(head.saving), pct(head.delta))
                          .arg(head.pairs)
                    : tr("Follows the recommendation (%1 judged prompts here, %2 needed to decide otherwise)")
                          .arg(head.pairs)
                          .arg(t.minSamples);
            } else if (!best.isEmpty() && best != headlineModel) {
                take(best, bestPaired);
                r.keepCurrent = false;
                r.reason = tr("%1 drops %2 here on %3 prompts; %4 passes with a %5 saving")
                               .arg(headlineModel, pct(-head.delta))
                               .arg(head.pairs)
                               .arg(best, pct(bestPaired.saving));
            } else {
                r.model = currentModel;
                r.keepCurrent = true;
                r.samples = head.pairs;
                r.qualityDeltaPercent = head.delta;
                r.savingPercent = 0.0;
                r.reason = tr("%1 drops %2 here on %3 prompts (limit %4): keep %5")
                               .arg(headlineModel, pct(-head.delta))
                               .arg(head.pairs)
                               .arg(pct(t.maxQualityDropPercent), currentModel);
            }
        } else if (!best.isEmpty()) {
            take(best, bestPaired);
            r.keepCurrent = false;
            r.reason = tr("Passes the thresholds on this segment's own %1 prompts: saves %2 with a %3 quality change")
                           .arg(bestPaired.pairs)
                           .arg(pct(bestPaired.saving), pct(bestPaired.delta));
        } else {
            r.reason = mostPairs < t.minSamples
                ? tr("Keep %1: %2 judged prompts here, too few (needs %3) to route this segment differently")
                      .arg(currentModel)
                      .arg(mostPairs)
                      .arg(t.minSamples)
                : tr("Keep %1: no candidate saves %2 within a %3 quality drop here")
                      .arg(currentModel, pct(t.minSavingPercent), pct(t.maxQualityDropPercent));
        }
        out.append(r);
    }
    return out;
}

QString Recommender::notDecisiveSentence(const RecommendationCandidate &c, const QString &currentModel)
{
    const ConfidenceInterval &q = c.evidence.quality.interval;
    if (c.evidence.qualityPairs < 2)
        return tr("No decisive answer yet: the budget bought too few answers to compare %1 with %2. A first round of "
                  "%3 prompts costs about $%4.")
            .arg(c.model, currentModel)
            .arg(c.morePrompts)
            .arg(c.moreCostUsd, 0, 'f', 2);
    QString out = q.isValid()
        ? tr("No decisive answer yet: %1 is %2 cheaper, its quality is between %3 and %4 than %5 (%6 prompts).")
              .arg(c.model, pct(c.savingPercent()), relative(q.lower), relative(q.upper), currentModel)
              .arg(c.evidence.qualityPairs)
        : tr("No decisive answer yet: %1 is %2 cheaper, but its quality could not be compared with %3 (%4 prompts).")
              .arg(c.model, pct(c.savingPercent()), currentModel)
              .arg(c.evidence.qualityPairs);
    out += QLatin1Char(' ');
    if (c.morePrompts < 0)
        out += tr("It sits too close to the margin to settle within %L1 prompts.").arg(CandidateEvidence::planCap);
    else if (std::isfinite(c.moreSeconds) && c.moreSeconds > 0)
        out += tr("About %L1 more prompts (≈ $%2, ≈ %3) would settle it.")
                   .arg(c.morePrompts)
                   .arg(c.moreCostUsd, 0, 'f', 2)
                   .arg(duration(c.moreSeconds));
    else
        out += tr("About %L1 more prompts (≈ $%2) would settle it.").arg(c.morePrompts).arg(c.moreCostUsd, 0, 'f', 2);
    return out;
}

Recommendation Recommender::decide(const QList<RecommendationCandidate> &candidates, const EvaluatorReport &report,
                                   const UserProfile &profile, const RecommendationThresholds &thresholds,
                                   double currentCatalogCost, const PriceCatalog &catalog, const QString &noneReason)
{
    Recommendation r;
    r.currentModel = profile.currentModel;
    r.profile = profile;
    r.thresholds = thresholds;
    r.evaluation = report;
    r.candidates = candidates;
    r.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    QList<int> passed;
    for (int i = 0; i < r.candidates.size(); ++i)
        if (r.candidates.at(i).passed)
            passed.append(i);
    std::sort(passed.begin(), passed.end(), [&](int a, int b) {
        const RecommendationCandidate &x = r.candidates.at(a);
        const RecommendationCandidate &y = r.candidates.at(b);
        if (x.savingPercent() != y.savingPercent())
            return x.savingPercent() > y.savingPercent();
        return x.quality > y.quality;
    });
    QStringList verified;
    for (const RecommendationCandidate &c : std::as_const(r.candidates))
        if (c.stage == RecommendationCandidate::Stage::Verified)
            verified.append(c.model);

    if (!passed.isEmpty()) {
        const RecommendationCandidate &best = r.candidates.at(passed.first());
        r.status = Recommendation::Status::Recommended;
        r.recommended = best;
        r.sentence = Recommendation::summarySentence(r.currentModel, best.model, best.savingPercent(),
                                                     best.qualityDropPercent());
        r.reasons.append(tr("Cost reduction of %1 (measured on the same prompts)").arg(pct(best.savingPercent())));
        const CandidateEvidence &e = best.evidence;
        r.reasons.append(tr("Quality impact of %1: between %2 and %3 than %4 on %5 prompts, within the %6 margin "
                            "(95% anytime-valid interval, unit: %7)")
                             .arg(pct(best.qualityDeltaPercent), relative(e.quality.interval.lower),
                                  relative(e.quality.interval.upper), r.currentModel)
                             .arg(e.qualityPairs)
                             .arg(pct(thresholds.maxQualityDropPercent), e.unit));
        r.reasons.append(tr("Saving between %1 and %2; full refusals change by at most %3 points, errors by at most "
                            "%4 points")
                             .arg(pct(e.saving.interval.lower), pct(e.saving.interval.upper),
                                  points(e.refusal.interval.upper), points(e.error.interval.upper)));
        if (e.newlyRefused + e.newlyAnswered > 0) {
            const McNemarResult m = Statistics::mcnemar(e.newlyAnswered, e.newlyRefused);
            r.reasons.append(
                tr("Refusal delta on the same prompts: %1 newly refuses %2 that %3 answered and answers %4 "
                   "that it refused (McNemar p = %5); the Refusals panel shows which")
                    .arg(best.model)
                    .arg(e.newlyRefused)
                    .arg(r.currentModel)
                    .arg(e.newlyAnswered)
                    .arg(m.pValue, 0, 'f', 3));
        } else {
            r.reasons.append(tr("Refusal delta on the same prompts: %1 refuses exactly the prompts %2 refuses")
                                 .arg(best.model, r.currentModel));
        }
        r.reasons.append(tr("Confidence %1 (display only) from %2 paired judged samples")
                             .arg(best.confidence, 0, 'f', 2)
                             .arg(best.qualityPairs));
        r.reasons += best.fit.rationale;
        for (int i = 1; i < passed.size(); ++i) {
            RecommendationCandidate &c = r.candidates[passed.at(i)];
            c.whyNot.append(tr("Passed, but saves less than %1 (%2 vs %3)")
                                .arg(best.model, pct(c.savingPercent()), pct(best.savingPercent())));
        }
        if (passed.size() > 1)
            r.fallback = r.candidates.at(passed.at(1));
    } else {
        QList<int> open;
        for (int i = 0; i < r.candidates.size(); ++i)
            if (r.candidates.at(i).notDecisive())
                open.append(i);
        std::stable_sort(open.begin(), open.end(), [&](int a, int b) {
            return r.candidates.at(a).savingPercent() > r.candidates.at(b).savingPercent();
        });
        if (!open.isEmpty()) {
            r.status = Recommendation::Status::NotDecisive;
            r.reason = notDecisiveSentence(r.candidates.at(open.first()), r.currentModel);
            if (!noneReason.isEmpty())
                r.reasons.append(noneReason);
        } else {
            r.status = Recommendation::Status::NoRecommendation;
            r.reason = noneReason.isEmpty() ? tr("No model meets the quality and cost thresholds; %1 appears to be "
                                                 "the right model for this profile.")
                                                  .arg(r.currentModel)
                                            : noneReason;
        }
    }
    r.businessImpact
        = BusinessImpact::compute(profile, currentCatalogCost, r.recommended ? r.recommended->savingPercent() : 0.0);
    // One story: the headline's model is the default of every segment and of the config.
    const QString headline = r.recommended ? r.recommended->model : r.currentModel;
    r.segments = segments(report, verified, r.currentModel, headline, thresholds);
    QStringList exceptions;
    for (const SegmentRecommendation &s : std::as_const(r.segments))
        if (s.model != headline)
            exceptions.append(tr("%1 → %2").arg(s.segment, s.model));
    r.segmented = !exceptions.isEmpty();
    if (r.segmented)
        r.portkeyConfig = PortkeyConditionalConfig::build(r.segments, headline, catalog);
    r.routing = r.recommended
        ? (exceptions.isEmpty() ? tr("Route all traffic to %1.").arg(headline)
                                : tr("Route traffic to %1, except %2 (per-segment evidence).")
                                      .arg(headline, exceptions.join(QStringLiteral(", "))))
        : (exceptions.isEmpty() ? tr("Keep all traffic on %1.").arg(headline)
                                : tr("Keep %1 overall; only %2 pass(es) the thresholds on their own prompts.")
                                      .arg(headline, exceptions.join(QStringLiteral(", "))));
    return r;
}

bool Recommender::start(const QString &projectPath, const ReplayTarget &target, const Options &options, QString *error)
{
    if (m_running) {
        *error = tr("A recommendation is already running.");
        return false;
    }
    m_project = projectPath;
    m_target = target;
    m_options = options;
    if (options.sampleSize > 0)
        m_options.thresholds.firstRoundPrompts = options.sampleSize;
    m_options.thresholds.maxPrompts = qMax(m_options.thresholds.maxPrompts, m_options.thresholds.nextRoundPrompts(0));
    m_runIds.clear();
    m_picks.clear();
    m_sampleLogIds.clear();
    m_reused = 0;
    m_replayed = 0;
    m_targetIdentity = target.fingerprint();
    m_candidates.clear();
    m_bandModels.clear();
    m_report = EvaluatorReport();
    m_iteration = 0;
    m_round = 0;
    m_roundPrompts = 0;
    m_spent = 0.0;
    m_judgeSpent = 0.0;
    m_judgedAnswers = 0;
    m_activeMs = 0;
    m_promptsTimed = 0;
    m_cancelled = false;
    m_running = true;
    emit progressChanged(0, tr("Discovering candidates"));
    const QString identity = m_targetIdentity;
    const QString rubric = m_judge->rubric().version();
    // The pool of prompts rounds draw from, in order: prompts already replayed (and judged) first, then a seeded
    // random sample; round r uses the first nextRoundPrompts(…) of them.
    Options pool = m_options;
    pool.sampleSize = m_options.thresholds.maxPrompts;
    auto prepared
        = QtConcurrent::run([projectPath, options = pool, identity, rubric]() -> std::shared_ptr<const Prepared> {
              auto p = std::make_shared<Prepared>();
              ProjectStore *store = ThreadStore::get(projectPath, &p->error);
              if (!store || !CatalogStore(*store).load(&p->catalog, &p->error))
                  return p;
              ProfileStore profiles(*store);
              p->profile = options.profile;
              if (p->profile.currentModel.isEmpty())
                  p->profile.currentModel = profiles.mostLoggedModel();
              if (p->profile.currentModel.isEmpty()) {
                  p->error = tr("No current model: the project has no logs; set the profile's current model.");
                  return p;
              }
              if (options.measureFromLogs && !profiles.measure(&p->profile, &p->error))
                  return p;
              if (!profiles.save(p->profile, &p->profileId, &p->error))
                  return p;
              RecommendationStore(*store).invalidateCatalog(p->catalog.version());
              p->discovery = CandidateDiscovery::discover(p->catalog, p->profile, options.availableModels,
                                                          options.thresholds.discoveryCandidates);
              const LogStore logs(*store);
              // The sample is the current model's own traffic when there is enough of it (a failed count is -1).
              const qint64 ownTraffic = logs.replayableLogCount(p->profile.currentModel);
              if (ownTraffic >= 0 && ownTraffic >= options.thresholds.minSamples)
                  p->sampleModel = p->profile.currentModel;
              // The sample prefers prompts the current model was already replayed (and judged) on, so what an earlier
              // evaluation paid for is reused; a seeded random sample fills the rest.
              QHash<QString, ReplayReuse::Pick> stored;
              if (!ReplayReuse::find(*store, identity, p->catalog.version(), { p->profile.currentModel }, {},
                                     options.judgeModel, rubric, &stored, &p->error))
                  return p;
              QList<ReplayReuse::Pick> preferred;
              QStringList storedLogIds;
              for (const ReplayReuse::Pick &pick : std::as_const(stored))
                  storedLogIds.append(pick.logId);
              const QHash<QString, QString> models = logs.replayableLogModels(storedLogIds);
              for (const ReplayReuse::Pick &pick : std::as_const(stored)) {
                  const auto model = models.constFind(pick.logId);
                  if (model != models.constEnd() && (p->sampleModel.isEmpty() || *model == p->sampleModel))
                      preferred.append(pick);
              }
              std::sort(preferred.begin(), preferred.end(), [](const ReplayReuse::Pick &a, const ReplayReuse::Pick &b) {
                  return a.judged != b.judged ? a.judged : a.logId < b.logId;
              });
              for (const ReplayReuse::Pick &pick : std::as_const(preferred))
                  if (p->sampleLogIds.size() < options.sampleSize)
                      p->sampleLogIds.append(pick.logId);
              if (p->sampleLogIds.size() < options.sampleSize) {
                  QList<ReplayJob> jobs;
                  ReplaySampleSpec spec;
                  spec.size = options.sampleSize + int(p->sampleLogIds.size());
                  spec.seed = options.seed;
                  spec.model = p->sampleModel;
                  QString error;
                  if (ReplayPlanner::plan(*store, p->catalog, { p->profile.currentModel }, spec, &jobs, &error)) {
                      QSet<QString> taken(p->sampleLogIds.cbegin(), p->sampleLogIds.cend());
                      QStringList fresh;
                      for (const ReplayJob &job : std::as_const(jobs))
                          if (!taken.contains(job.logId)) {
                              taken.insert(job.logId);
                              fresh.append(job.logId);
                          }
                      // Rounds take prefixes of the pool: a stratified proportional order (use case × prompt
                      // length, SPEC §7) keeps every round representative of the traffic.
                      fresh = stratifiedOrder(logs, fresh, options.seed);
                      p->sampleLogIds += fresh.mid(0, options.sampleSize - p->sampleLogIds.size());
                  } else if (p->sampleLogIds.isEmpty()) {
                      p->error = error;
                  }
              }
              return p;
          });
    thenQueued(prepared, this, [this](const std::shared_ptr<const Prepared> &p) { onPrepared(p); });
    return true;
}

void Recommender::onPrepared(const std::shared_ptr<const Prepared> &p)
{
    if (!p->error.isEmpty()) {
        m_running = false;
        emit failed(p->error);
        Recommendation r;
        r.reason = p->error;
        r.currentModel = p->profile.currentModel;
        r.profile = p->profile;
        r.createdAtMs = QDateTime::currentMSecsSinceEpoch();
        emit finished(r);
        return;
    }
    m_profile = p->profile;
    m_profileId = p->profileId;
    m_catalog = p->catalog;
    m_discovery = p->discovery;
    m_sampleModel = p->sampleModel;
    m_sampleLogIds = p->sampleLogIds;
    m_candidates = m_discovery.eligible;
    if (!m_discovery.error.isEmpty()) {
        finish(m_discovery.error);
        return;
    }
    if (m_candidates.isEmpty()) {
        finish(tr("No cheaper model meets the profile's constraints (%1 excluded).").arg(m_discovery.excluded.size()));
        return;
    }
    nextIteration();
}

double Recommender::remainingBudget() const
{
    return m_options.thresholds.verificationBudgetUsd - m_spent;
}

void Recommender::nextIteration()
{
    if (m_cancelled) {
        finish(tr("Cancelled."));
        return;
    }
    if (remainingBudget() <= 0) {
        finish(tr("The verification budget of $%1 is used up.")
                   .arg(m_options.thresholds.verificationBudgetUsd, 0, 'f', 2));
        return;
    }
    ++m_iteration;
    // Iteration i verifies band i-1: the cheapest band first, then stronger (more expensive) ones.
    const QList<int> band
        = CandidateDiscovery::topOfBand(m_candidates, m_iteration - 1, m_options.thresholds.verifiedCandidates);
    if (band.isEmpty()) {
        --m_iteration;
        finish(tr("No candidate passed verification and no stronger band is left (%1 iteration(s)).").arg(m_iteration));
        return;
    }
    m_bandModels.clear();
    for (int i : std::as_const(band))
        m_bandModels.append(m_candidates.at(i).model);
    m_activeModels = m_bandModels;
    m_roundPrompts = 0;
    nextRound();
}

double Recommender::costPerPrompt(const QStringList &models) const
{
    // Measured where this verification has answers, else the catalog estimate at the profile's token mix.
    double cost = 0.0;
    for (const QString &model : models) {
        const ModelAggregate *a = m_report.find(model);
        double perRequest = a && a->priced && a->samples > 0 ? a->costPerRequest : std::nan("");
        if (!std::isfinite(perRequest)) {
            perRequest = model == m_profile.currentModel ? m_discovery.currentCostPerRequest : 0.0;
            for (const RecommendationCandidate &c : m_candidates)
                if (c.model == model)
                    perRequest = c.estimatedCostPerRequest;
        }
        cost += perRequest;
    }
    return cost + judgeCostPerAnswer() * double(models.size());
}

double Recommender::judgeCostPerAnswer() const
{
    return m_judgedAnswers > 0 ? m_judgeSpent / double(m_judgedAnswers)
                               : VerificationPlan::judgeCostPerAnswer(m_catalog, m_profile, m_options.judgeModel);
}

void Recommender::nextRound()
{
    if (m_cancelled) {
        finish(tr("Cancelled."));
        return;
    }
    const RecommendationThresholds &t = m_options.thresholds;
    const int available = int(qMin<qsizetype>(m_sampleLogIds.size(), t.maxPrompts));
    int target = qMin(t.nextRoundPrompts(m_roundPrompts), available);
    if (target <= m_roundPrompts) {
        endBand(m_sampleLogIds.size() < t.maxPrompts
                    ? tr("All %1 replayable prompts of the sample are used.").arg(m_sampleLogIds.size())
                    : tr("The prompt cap of %1 is reached.").arg(t.maxPrompts));
        return;
    }
    // The round must fit the budget left: shrink it to what the measured cost per prompt affords.
    QStringList models = m_activeModels;
    models.prepend(m_profile.currentModel);
    const double perPrompt = costPerPrompt(models);
    const double remaining = remainingBudget();
    if (m_round > 0 && perPrompt > 0) {
        const int affordable = m_roundPrompts + int(std::floor(remaining / perPrompt));
        if (affordable < target)
            target = affordable;
        if (target - m_roundPrompts < qMax(5, m_roundPrompts / 10)) {
            endBand(tr("The verification budget of $%1 is used up ($%2 spent).")
                        .arg(t.verificationBudgetUsd, 0, 'f', t.verificationBudgetUsd < 0.1 ? 4 : 2)
                        .arg(m_spent, 0, 'f', 4));
            return;
        }
    }
    if (remaining <= 0) {
        endBand(tr("The verification budget of $%1 is used up.")
                    .arg(t.verificationBudgetUsd, 0, 'f', t.verificationBudgetUsd < 0.1 ? 4 : 2));
        return;
    }
    ++m_round;
    const int from = m_roundPrompts;
    m_roundPrompts = target;
    const QStringList logIds = m_sampleLogIds.mid(0, target);

    QString error;
    ProjectStore *store = ThreadStore::get(m_project, &error);
    QHash<QString, ReplayReuse::Pick> stored;
    if (!store
        || !ReplayReuse::find(*store, m_targetIdentity, m_catalog.version(), models, logIds, m_options.judgeModel,
                              m_judge->rubric().version(), &stored, &error)) {
        finish(tr("Verification could not start: %1").arg(error));
        return;
    }
    m_iterationPicks.clear();
    m_iterationJobs.clear();
    for (const QString &logId : logIds) {
        for (const QString &model : std::as_const(models)) {
            const QString key = ReplayReuse::key(model, logId);
            if (m_picks.contains(key))
                continue; // answered in an earlier round
            const auto it = stored.constFind(key);
            if (it != stored.constEnd()) {
                m_iterationPicks.insert(it.key(), it->runId);
                ++m_reused;
            } else {
                ReplayJob job;
                job.logId = logId;
                job.model = model;
                m_iterationJobs.append(job);
            }
        }
    }
    m_roundTimer.start();
    m_roundNewPrompts = target - from;
    emit progressChanged(0,
                         tr("Round %1: %2 prompts on %3 (%4 stored replays reused, %5 to replay)")
                             .arg(m_round)
                             .arg(target)
                             .arg(m_activeModels.join(QStringLiteral(", ")))
                             .arg(m_iterationPicks.size())
                             .arg(m_iterationJobs.size()));
    if (m_iterationJobs.isEmpty()) {
        judgeRound();
        return;
    }
    // Keep the judge's share of the round: answers nobody can afford to judge pair with nothing.
    ReplayOptions o = m_options.replay;
    o.budgetUsd = qMax(remaining * 0.25, remaining - judgeCostPerAnswer() * double(m_iterationJobs.size()));
    if (!ReplayPlanner::rebuild(*store, m_catalog, &m_iterationJobs, &error)
        || !m_engine->start(m_project, m_target, o, m_iterationJobs, &error))
        finish(tr("Verification could not start: %1").arg(error));
}

void Recommender::onReplayFinished(const ReplayProgress &progress)
{
    m_spent += progress.spentUsd;
    m_replayed += progress.done;
    // Answers this verification has besides the new replays: earlier rounds' and the stored ones it reuses.
    const bool otherAnswers = !m_picks.isEmpty() || !m_iterationPicks.isEmpty();
    for (const ReplayJob &job : std::as_const(m_iterationJobs))
        m_iterationPicks.insert(ReplayReuse::key(job.model, job.logId), progress.runId);
    if (m_cancelled || progress.status == RunStatus::Value::Cancelled) {
        finish(tr("Cancelled."));
        return;
    }
    if (progress.done > 0 && progress.totals().ok == 0 && !otherAnswers) {
        // Nothing to judge: a gateway that answers nothing is a failure, not "no recommendation". (A model the
        // target does not serve, next to answers stored or replayed before, is that candidate's failure only.)
        const QString why = tr("No verification replay got an answer from the target: %1").arg(progress.failureText());
        emit failed(why);
        finish(why, false);
        return;
    }
    judgeRound();
}

void Recommender::judgeRound()
{
    for (auto it = m_iterationPicks.cbegin(); it != m_iterationPicks.cend(); ++it) {
        m_picks.insert(it.key(), it.value());
        if (!m_runIds.contains(it.value()))
            m_runIds.append(it.value());
    }
    QString error;
    QList<JudgeItem> items;
    ProjectStore *store = ThreadStore::get(m_project, &error);
    // Answers already judged with this judge and rubric are skipped by the judge client: they cost nothing.
    if (!store || !JudgeClient::collectPicked(*store, m_iterationPicks, false, 0, &items, &error)) {
        finish(tr("Verification could not be judged: %1").arg(error));
        return;
    }
    JudgeClient::Options jo;
    jo.judgeModel = m_options.judgeModel;
    jo.replay = m_options.replay;
    jo.replay.budgetUsd = qMax(0.0001, remainingBudget());
    if (!m_judge->start(m_project, m_target, jo, items, &error))
        finish(tr("Verification could not be judged: %1").arg(error));
}

void Recommender::onJudgeFinished(const JudgeSummary &summary)
{
    m_spent += summary.spentUsd;
    m_judgeSpent += summary.spentUsd;
    m_judgedAnswers += summary.items - summary.alreadyScored;
    if (m_cancelled) {
        finish(tr("Cancelled."));
        return;
    }
    Evaluator::Options eo;
    eo.currentModel = m_profile.currentModel;
    eo.judgeModel = m_options.judgeModel;
    eo.rubricVersion = m_judge->rubric().version();
    eo.includeBaselines = false;
    eo.picks = m_picks;
    const QString project = m_project;
    const QList<qint64> runs = m_runIds;
    auto evaluated = QtConcurrent::run([project, runs, eo]() {
        std::pair<EvaluatorReport, QString> out;
        ProjectStore *store = ThreadStore::get(project, &out.second);
        if (store)
            Evaluator::evaluate(*store, runs, eo, &out.first, &out.second);
        return out;
    });
    thenQueued(evaluated, this,
               [this](const std::pair<EvaluatorReport, QString> &out) { onEvaluated(out.first, out.second); });
}

void Recommender::onEvaluated(const EvaluatorReport &report, const QString &error)
{
    if (!error.isEmpty()) {
        finish(tr("Verification could not be evaluated: %1").arg(error));
        return;
    }
    m_report = report;
    m_activeMs += m_roundTimer.elapsed();
    m_promptsTimed += m_roundNewPrompts;
    double bestPassedSaving = -std::numeric_limits<double>::infinity();
    for (RecommendationCandidate &c : m_candidates) {
        if (!m_activeModels.contains(c.model))
            continue;
        verify(&c, report, m_profile, m_options.thresholds, m_iteration);
        RecommendationCandidate::Round round;
        round.round = m_round;
        round.pairs = c.evidence.qualityPairs;
        round.spentUsd = m_spent;
        round.qualityDeltaPercent = c.evidence.quality.interval;
        c.history.append(round);
        double own = 0.0;
        for (const EvaluatorSample &s : report.samplesOf(c.model))
            own += s.spentUsd;
        c.spentUsd = own;
        if (c.passed)
            bestPassedSaving = qMax(bestPassedSaving, c.savingPercent());
    }
    for (const RecommendationCandidate &c : std::as_const(m_candidates))
        if (m_bandModels.contains(c.model) && c.passed)
            bestPassedSaving = qMax(bestPassedSaving, c.savingPercent());
    // A candidate stays in the next round while it is not decisive and could still beat the best one that passed.
    QStringList stillOpen;
    for (const RecommendationCandidate &c : std::as_const(m_candidates))
        if (m_activeModels.contains(c.model) && c.notDecisive()
            && !(std::isfinite(c.evidence.saving.interval.upper)
                 && c.evidence.saving.interval.upper <= bestPassedSaving))
            stillOpen.append(c.model);
    m_activeModels = stillOpen;
    if (m_activeModels.isEmpty()) {
        endBand(QString());
        return;
    }
    nextRound();
}

void Recommender::endBand(const QString &stopReason)
{
    plan();
    bool anyPassed = false, anyOpen = false;
    for (const RecommendationCandidate &c : std::as_const(m_candidates)) {
        if (!m_bandModels.contains(c.model))
            continue;
        anyPassed = anyPassed || c.passed;
        anyOpen = anyOpen || c.notDecisive();
    }
    if (anyPassed) {
        finish(QString());
        return;
    }
    if (anyOpen) {
        // Not decisive: the user decides whether more evidence is worth its price (the planner says what it costs).
        finish(stopReason.isEmpty() ? tr("The evidence is not decisive yet.") : stopReason);
        return;
    }
    if (m_iteration >= m_options.thresholds.maxIterations) {
        finish(tr("No candidate passed verification in %1 iteration(s).").arg(m_iteration));
        return;
    }
    nextIteration();
}

void Recommender::plan()
{
    const double secondsPerPrompt = m_promptsTimed > 0 ? double(m_activeMs) / 1000.0 / double(m_promptsTimed) : 0.0;
    for (RecommendationCandidate &c : m_candidates) {
        if (!c.notDecisive())
            continue;
        if (c.evidence.qualityPairs < 2) {
            // No spread to plan from: what a first round would cost.
            c.morePrompts = m_options.thresholds.nextRoundPrompts(0);
            c.moreCostUsd = double(c.morePrompts) * costPerPrompt({ m_profile.currentModel, c.model });
            c.moreSeconds = std::nan("");
            continue;
        }
        const qint64 settle = c.evidence.pairsToSettle();
        if (settle < 0) {
            c.morePrompts = -1;
            continue;
        }
        // The pairs the interval needs, less those it has; prompts whose judge failed count as not there.
        const double pairShare = m_roundPrompts > 0 ? double(c.evidence.qualityPairs) / double(m_roundPrompts) : 1.0;
        c.morePrompts = qMax<qint64>(
            1, qint64(std::ceil(double(settle - c.evidence.qualityPairs) / std::clamp(pairShare, 0.5, 1.0))));
        c.moreCostUsd = double(c.morePrompts) * costPerPrompt({ m_profile.currentModel, c.model });
        c.moreSeconds = double(c.morePrompts) * secondsPerPrompt;
    }
}

void Recommender::finish(const QString &noneReason, bool save)
{
    QList<RecommendationCandidate> all = m_candidates;
    for (RecommendationCandidate &c : all) {
        if (c.stage == RecommendationCandidate::Stage::NotVerified && c.whyNot.isEmpty())
            c.whyNot.append(c.band + 1 > m_iteration
                                ? tr("Not verified: band %1 was not reached").arg(c.band + 1)
                                : tr("Not verified: use-case fit %1 is below the top %2 of its band")
                                      .arg(c.fit.total(), 0, 'f', 1)
                                      .arg(m_options.thresholds.verifiedCandidates));
    }
    all += m_discovery.excluded;
    Recommendation r = decide(all, m_report, m_profile, m_options.thresholds, m_discovery.currentCostPerRequest,
                              m_catalog, noneReason);
    r.iterations = m_iteration;
    r.verificationCostUsd = m_spent;
    r.runIds = m_runIds;
    r.reusedReplays = m_reused;
    r.newReplays = m_replayed;
    r.profileId = m_profileId;
    r.catalogVersion = m_catalog.version();
    r.rubricVersion = m_judge->rubric().version();
    r.judgeModel = m_options.judgeModel;
    if (const ModelAggregate *cur = m_report.current())
        r.sampleSize = cur->samples;
    const QString project = m_project;
    const qint64 profileId = m_profileId;
    const int catalogVersion = r.catalogVersion;
    const QJsonObject json = r.toJson();
    auto saved = QtConcurrent::run([project, profileId, catalogVersion, json, save]() {
        QString error;
        if (!save)
            return error;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (store)
            RecommendationStore(*store).save(profileId, catalogVersion, json, nullptr, &error);
        return error;
    });
    thenQueued(saved, this, [this, r](const QString &error) {
        m_running = false;
        if (!error.isEmpty())
            emit failed(tr("The recommendation could not be saved: %1").arg(error));
        emit progressChanged(1000, tr("Recommendation ready"));
        emit finished(r);
    });
}

void Recommender::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_engine->cancel();
    m_judge->cancel();
}

} // namespace ShadowOptic
