// SPDX-License-Identifier: MIT
#include "recommender.h"

#include "eval/evaluator.h"
#include "eval/judgeclient.h"
#include "eval/replayreuse.h"
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

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent>

#include <memory>

namespace ShadowOptic {

namespace {

QString pct(double v)
{
    return QString::number(v, 'f', 1) + QLatin1Char('%');
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
        emit progressChanged(int(p.total > 0 ? 500 * p.done / p.total : 0),
                             tr("Iteration %1: replaying %2 of %3").arg(m_iteration).arg(p.done).arg(p.total));
    });
    connect(m_judge, &JudgeClient::finished, this, &Recommender::onJudgeFinished);
    connect(m_judge, &JudgeClient::failed, this, &Recommender::failed);
    connect(m_judge, &JudgeClient::progressChanged, this, [this](int permille, const QString &) {
        emit progressChanged(500 + permille / 2, tr("Iteration %1: judging").arg(m_iteration));
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
    if (!a || a->successes == 0) {
        c->whyNot.append(tr("No successful replay on the verification target"));
        c->passed = false;
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
    if (c->qualityPairs < t.minSamples)
        c->whyNot.append(tr("Only %1 paired judged samples (needs %2)").arg(c->qualityPairs).arg(t.minSamples));
    if (!(c->savingPercent() >= t.minSavingPercent))
        c->whyNot.append(tr("Saves %1 (needs at least %2)").arg(pct(c->savingPercent()), pct(t.minSavingPercent)));
    if (!std::isfinite(c->qualityDeltaPercent) || c->qualityDropPercent() > t.maxQualityDropPercent)
        c->whyNot.append(
            std::isfinite(c->qualityDeltaPercent)
                ? tr("Quality drops by %1 (limit %2)").arg(pct(c->qualityDropPercent()), pct(t.maxQualityDropPercent))
                : tr("No paired quality comparison with the current model"));
    if (c->confidence < t.minConfidence)
        c->whyNot.append(tr("Confidence %1 below %2").arg(c->confidence, 0, 'f', 2).arg(t.minConfidence, 0, 'f', 2));
    if (std::isfinite(c->quality) && c->quality < profile.minQuality)
        c->whyNot.append(tr("Mean quality %1 below the profile's minimum %2")
                             .arg(c->quality, 0, 'f', 1)
                             .arg(profile.minQuality, 0, 'f', 1));
    if (c->latencyP95Ms > profile.maxLatencyMs)
        c->whyNot.append(
            tr("p95 latency %1 ms above the %2 ms limit").arg(c->latencyP95Ms, 0, 'f', 0).arg(profile.maxLatencyMs));
    if (std::isfinite(c->costPerRequest) && c->costPerRequest > profile.maxCostPerRequestUsd)
        c->whyNot.append(tr("Measured $%1 per request, above the $%2 limit")
                             .arg(c->costPerRequest, 0, 'f', 4)
                             .arg(profile.maxCostPerRequestUsd, 0, 'f', 4));
    c->passed = c->whyNot.isEmpty();
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
        double confidence = 0.0;
        bool passes = false;
    };
    const QList<EvaluatorSample> base = report.samplesOf(currentModel); // the replayed current model only
    QMap<QString, QHash<QString, const EvaluatorSample *>> bySegment;
    for (const EvaluatorSample &s : base)
        if (!s.useCase.isEmpty())
            bySegment[s.useCase].insert(s.logId, &s);
    QHash<QString, QList<EvaluatorSample>> candidateSamples;
    for (const QString &m : candidates)
        candidateSamples.insert(m, report.samplesOf(m));
    const auto paired = [&](const QHash<QString, const EvaluatorSample *> &segment, const QString &model) {
        Paired p;
        QList<double> qb, qc;
        double cb = 0, cc = 0;
        for (const EvaluatorSample &s : candidateSamples.value(model)) {
            const EvaluatorSample *b = segment.value(s.logId);
            if (!b || !b->judged || !s.judged || !b->success || !s.success || !b->priced || !s.priced)
                continue;
            qb.append(b->quality);
            qc.append(s.quality);
            cb += b->costUsd;
            cc += s.costUsd;
        }
        p.pairs = qb.size();
        const double mb = qb.isEmpty() ? 0.0 : Statistics::mean(qb);
        if (p.pairs == 0 || mb <= 0 || cb <= 0)
            return p;
        p.delta = (Statistics::mean(qc) - mb) / mb * 100.0;
        p.saving = (1.0 - cc / cb) * 100.0;
        const ConfidenceInterval ci = Statistics::pairedBootstrapMeanDiffCi(qb, qc, 1000, 0.95, 20240601);
        p.confidence = confidence(p.pairs, ci.isValid() ? (ci.upper - ci.lower) / 2.0 / mb * 100.0 : std::nan(""), 0.0);
        p.passes = p.pairs >= t.minSamples && p.saving >= t.minSavingPercent && -p.delta <= t.maxQualityDropPercent
            && p.confidence >= t.minConfidence;
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
            const bool failsHere = head.pairs >= t.minSamples && -head.delta > t.maxQualityDropPercent;
            if (!failsHere) {
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
        r.reasons.append(tr("Quality impact of %1 (95% CI %2 to %3 points)")
                             .arg(pct(best.qualityDeltaPercent))
                             .arg(best.qualityDelta.lower, 0, 'f', 1)
                             .arg(best.qualityDelta.upper, 0, 'f', 1));
        r.reasons.append(
            tr("Confidence %1 from %2 paired judged samples").arg(best.confidence, 0, 'f', 2).arg(best.qualityPairs));
        if (const ModelAggregate *cur = report.current())
            r.reasons.append(tr("Refusal rate %1 vs %2 for %3 (McNemar p = %4)")
                                 .arg(pct(best.refusalRate * 100), pct(cur->refusalRate() * 100), r.currentModel)
                                 .arg(best.refusalPValue, 0, 'f', 3));
        r.reasons += best.fit.rationale;
        for (int i = 1; i < passed.size(); ++i) {
            RecommendationCandidate &c = r.candidates[passed.at(i)];
            c.whyNot.append(tr("Passed, but saves less than %1 (%2 vs %3)")
                                .arg(best.model, pct(c.savingPercent()), pct(best.savingPercent())));
        }
        if (passed.size() > 1)
            r.fallback = r.candidates.at(passed.at(1));
    } else {
        r.status = Recommendation::Status::NoRecommendation;
        r.reason = noneReason.isEmpty() ? tr("No model meets the quality and cost thresholds; %1 appears to be the "
                                             "right model for this profile.")
                                              .arg(r.currentModel)
                                        : noneReason;
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
    m_spent = 0.0;
    m_currentReplayed = false;
    m_cancelled = false;
    m_running = true;
    emit progressChanged(0, tr("Discovering candidates"));
    const QString identity = m_targetIdentity;
    const QString rubric = m_judge->rubric().version();
    auto prepared = QtConcurrent::run([projectPath, options, identity, rubric]() -> std::shared_ptr<const Prepared> {
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
                for (const ReplayJob &job : std::as_const(jobs))
                    if (p->sampleLogIds.size() < options.sampleSize && !p->sampleLogIds.contains(job.logId))
                        p->sampleLogIds.append(job.logId);
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
    QList<int> band;
    for (int i = 0; i < m_candidates.size(); ++i)
        if (m_candidates.at(i).band == m_iteration - 1
            && m_candidates.at(i).stage == RecommendationCandidate::Stage::NotVerified)
            band.append(i);
    std::stable_sort(band.begin(), band.end(),
                     [this](int a, int b) { return m_candidates.at(a).fit.total() > m_candidates.at(b).fit.total(); });
    band = band.mid(0, m_options.thresholds.verifiedCandidates);
    if (band.isEmpty()) {
        --m_iteration;
        finish(tr("No candidate passed verification and no stronger band is left (%1 iteration(s)).").arg(m_iteration));
        return;
    }
    m_bandModels.clear();
    for (int i : std::as_const(band))
        m_bandModels.append(m_candidates.at(i).model);
    QStringList models = m_bandModels;
    if (!m_currentReplayed)
        models.prepend(m_profile.currentModel);

    QString error;
    ProjectStore *store = ThreadStore::get(m_project, &error);
    QHash<QString, ReplayReuse::Pick> stored;
    if (!store
        || !ReplayReuse::find(*store, m_targetIdentity, m_catalog.version(), models, m_sampleLogIds,
                              m_options.judgeModel, m_judge->rubric().version(), &stored, &error)) {
        finish(tr("Verification could not start: %1").arg(error));
        return;
    }
    m_iterationPicks.clear();
    m_iterationJobs.clear();
    for (const QString &logId : std::as_const(m_sampleLogIds)) {
        for (const QString &model : std::as_const(models)) {
            const auto it = stored.constFind(ReplayReuse::key(model, logId));
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
    m_currentReplayed = true;
    emit progressChanged(0,
                         tr("Iteration %1: verifying %2 (%3 stored replays reused, %4 to replay)")
                             .arg(m_iteration)
                             .arg(m_bandModels.join(QStringLiteral(", ")))
                             .arg(m_iterationPicks.size())
                             .arg(m_iterationJobs.size()));
    if (m_iterationJobs.isEmpty()) {
        judgeIteration();
        return;
    }
    ReplayOptions o = m_options.replay;
    o.budgetUsd = remainingBudget();
    if (!ReplayPlanner::rebuild(*store, m_catalog, &m_iterationJobs, &error)
        || !m_engine->start(m_project, m_target, o, m_iterationJobs, &error))
        finish(tr("Verification could not start: %1").arg(error));
}

void Recommender::onReplayFinished(const ReplayProgress &progress)
{
    m_spent += progress.spentUsd;
    m_replayed += progress.done;
    for (const ReplayJob &job : std::as_const(m_iterationJobs))
        m_iterationPicks.insert(ReplayReuse::key(job.model, job.logId), progress.runId);
    if (m_cancelled || progress.status == RunStatus::Value::Cancelled) {
        finish(tr("Cancelled."));
        return;
    }
    judgeIteration();
}

void Recommender::judgeIteration()
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
    bool anyPassed = false;
    for (RecommendationCandidate &c : m_candidates) {
        if (m_bandModels.contains(c.model)) {
            verify(&c, report, m_profile, m_options.thresholds, m_iteration);
            anyPassed = anyPassed || c.passed;
        }
    }
    if (anyPassed) {
        finish(QString());
        return;
    }
    if (m_iteration >= m_options.thresholds.maxIterations) {
        finish(tr("No candidate passed verification in %1 iteration(s).").arg(m_iteration));
        return;
    }
    nextIteration();
}

void Recommender::finish(const QString &noneReason)
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
    auto saved = QtConcurrent::run([project, profileId, catalogVersion, json]() {
        QString error;
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
