// SPDX-License-Identifier: MIT
#include "catalog/catalogconflicts.h"
#include "catalog/modelinfo.h"
#include "catalog/pricecatalog.h"
#include "domain/importreport.h"
#include "eval/evaluatorreport.h"
#include "eval/judgesummary.h"
#include "eval/judgeverdict.h"
#include "eval/modelaggregate.h"
#include "eval/modelaggregatecomparison.h"
#include "recommend/businessimpact.h"
#include "recommend/fitscore.h"
#include "recommend/recommendation.h"
#include "recommend/recommendationcandidate.h"
#include "recommend/recommendationthresholds.h"
#include "recommend/segmentrecommendation.h"
#include "recommend/userprofile.h"
#include "refusal/refusalverdict.h"
#include "replay/replayoptions.h"
#include "replay/replayprogress.h"
#include "replay/replaytarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ShadowOptic;

/**
 * For every type that is stored or printed as JSON: a value with every field away from its default survives
 * toJson → text → fromJson → toJson unchanged, and the fields that matter compare equal. "Away from its default"
 * is checked too (sameAsDefault), so a field added later to toJson but not to the fixture or to fromJson fails.
 */
class TestJsonRoundTrip : public QObject
{
    Q_OBJECT

    static QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    // What a reader of the stored row or of `--json` output gets back.
    static QJsonObject throughText(const QJsonObject &o) { return QJsonDocument::fromJson(compact(o)).object(); }

    // Leaf paths of `value` that equal the default value's leaf at the same path.
    static QStringList sameAsDefault(const QJsonValue &value, const QJsonValue &def, const QString &path = QString())
    {
        QStringList out;
        if (value.isObject() && def.isObject()) {
            const QJsonObject v = value.toObject();
            const QJsonObject d = def.toObject();
            for (auto it = v.constBegin(); it != v.constEnd(); ++it)
                if (d.contains(it.key()))
                    out += sameAsDefault(it.value(), d.value(it.key()), path + QLatin1Char('/') + it.key());
            return out;
        }
        if (value == def)
            out.append(path.isEmpty() ? QStringLiteral("/") : path);
        return out;
    }

    template <typename T>
    static QStringList unset(const T &value, const QStringList &allowed = {})
    {
        QStringList out = sameAsDefault(value.toJson(), T().toJson());
        for (const QString &a : allowed)
            out.removeAll(a);
        return out;
    }

    static FitScore fit(double base)
    {
        FitScore f;
        f.strengths = 30.5 + base;
        f.latency = 12.25;
        f.reliability = 17.0;
        f.saving = 9.5;
        f.rationale = { QStringLiteral("Strong at coding"), QStringLiteral("Fast tier") };
        return f;
    }

    static RecommendationCandidate verified(const QString &model, double saving)
    {
        RecommendationCandidate c;
        c.model = model;
        c.displayName = model.toUpper();
        c.provider = QStringLiteral("openai");
        c.rank = 12;
        c.band = 1;
        c.estimatedCostPerRequest = 0.00042;
        c.estimatedSavingPercent = saving + 3.0;
        c.fit = fit(saving);
        c.stage = RecommendationCandidate::Stage::Verified;
        c.iteration = 2;
        c.samples = 40;
        c.qualityPairs = 37;
        c.quality = 81.25;
        c.baselineQuality = 83.5;
        c.qualityDelta.estimate = -2.25;
        c.qualityDelta.lower = -4.5;
        c.qualityDelta.upper = 0.125;
        c.qualityDeltaPercent = -2.6946;
        c.measuredSavingPercent = saving;
        c.costPerRequest = 0.00039;
        c.confidence = 0.71;
        c.refusalRate = 0.025;
        c.partialRefusalRate = 0.05;
        c.formatFailureRate = 0.0125;
        c.errorRate = 0.075;
        c.latencyP95Ms = 812.5;
        c.refusalPValue = 0.62;
        c.successPValue = 0.031;
        c.passed = true;
        return c;
    }

    static SegmentRecommendation segment(const QString &name)
    {
        SegmentRecommendation s;
        s.segment = name;
        s.samples = 14;
        s.model = QStringLiteral("gpt-4o-mini");
        s.keepCurrent = false;
        s.savingPercent = 61.5;
        s.qualityDeltaPercent = -1.75;
        s.reason = QStringLiteral("Passes on this segment's own prompts");
        return s;
    }

    static BusinessImpact impact()
    {
        BusinessImpact b;
        b.monthlyVolume = 36000.0;
        b.volumeMeasured = true;
        b.volumeSpanHours = 20.5;
        b.volumeRequests = 812;
        b.currentCostPerRequest = 0.0021;
        b.costMeasured = true;
        b.savingPercent = 62.5;
        b.currentMonthlyCost = 75.6;
        b.projectedMonthlyCost = 28.35;
        b.monthlySavings = 47.25;
        b.annualSavings = 567.0;
        return b;
    }

    static RecommendationThresholds thresholds()
    {
        RecommendationThresholds t;
        t.discoveryCandidates = 4;
        t.verifiedCandidates = 2;
        t.minSavingPercent = 15.0;
        t.maxQualityDropPercent = 3.5;
        t.minConfidence = 0.45;
        t.minSamples = 9;
        t.verificationBudgetUsd = 2.5;
        t.maxIterations = 5;
        t.maxRefusalIncreasePoints = 3.0;
        t.maxErrorIncreasePoints = 4.0;
        t.firstRoundPrompts = 30;
        t.maxPrompts = 300;
        t.alpha = 0.1;
        t.tightestAt = 60;
        return t;
    }

    static UserProfile profile()
    {
        UserProfile p;
        p.name = QStringLiteral("team-search");
        p.currentModel = QStringLiteral("gpt-4o");
        p.useCase = QStringLiteral("coding");
        p.maxCostPerRequestUsd = 0.02;
        p.maxLatencyMs = 2500;
        p.minQuality = 77.5;
        p.requiredCapabilities = { QStringLiteral("json_mode"), QStringLiteral("vision") };
        p.blockedProviders = { QStringLiteral("acme") };
        p.avgInputTokens = 812.5;
        p.avgOutputTokens = 96.25;
        p.tokensMeasured = true;
        p.monthlyVolume = 36000.0;
        p.volumeMeasured = true;
        p.volumeSet = true;
        p.volumeSpanHours = 20.5;
        p.longestPromptTokens = 30123;
        p.loggedCostPerRequestUsd = 0.0021;
        p.loggedRequests = 812;
        return p;
    }

    static ModelAggregate aggregate(const QString &model, AnswerSource::Value source)
    {
        ModelAggregate a;
        a.model = model;
        a.source = source;
        a.samples = 37;
        a.successes = 31; // 31/37 and friends are not exact in binary: the counts must still come back
        a.errors = 3;
        a.fullRefusals = 2;
        a.partialRefusals = 1;
        a.refusalsByType = { { QStringLiteral("SAFETY"), 2 }, { QStringLiteral("OVERCAUTIOUS"), 1 } };
        a.judged = 29;
        a.judgeFailures = 2;
        a.quality.estimate = 78.125;
        a.quality.lower = 74.5;
        a.quality.upper = 81.75;
        a.meanOverall = 7.6;
        a.costPerRequest = 0.00123;
        a.unpricedRequests = 3;
        a.spentUsd = 0.0456;
        a.latencyMeanMs = 640.5;
        a.latencyP50Ms = 600.0;
        a.latencyP95Ms = 990.0;
        a.latencyP99Ms = 1200.0;
        a.cacheHits = 4;
        a.onParetoFrontier = true;
        a.isCurrent = true;
        return a;
    }

    static ModelAggregateComparison comparison()
    {
        ModelAggregateComparison c;
        c.model = QStringLiteral("gpt-4o-mini");
        c.baseline = QStringLiteral("gpt-4o");
        c.pairs = 36;
        c.qualityPairs = 33;
        c.baselineQuality = 83.5;
        c.candidateQuality = 81.25;
        c.qualityDelta.estimate = -2.25;
        c.qualityDelta.lower = -4.5;
        c.qualityDelta.upper = 0.125;
        c.qualityDeltaPercent = -2.69;
        c.refusal = { 3, 7, 0.9, 0.34, true };
        c.baselineRefusals = 5;
        c.candidateRefusals = 9;
        c.success = { 4, 1, 0.8, 0.37, true };
        c.baselineSuccesses = 34;
        c.candidateSuccesses = 31;
        c.baselineCostPerRequest = 0.0021;
        c.candidateCostPerRequest = 0.0004;
        c.costSavingPercent = 80.95;
        return c;
    }

    static EvaluatorReport report()
    {
        EvaluatorReport r;
        r.runIds = { 3, 4 };
        r.currentModel = QStringLiteral("gpt-4o");
        r.judgeModel = QStringLiteral("gpt-4o-judge");
        r.rubricVersion = QStringLiteral("rubric-v3");
        r.createdAtMs = 1717200000123;
        r.models = { aggregate(QStringLiteral("gpt-4o"), AnswerSource::Value::Replay),
                     aggregate(QStringLiteral("gpt-4o"), AnswerSource::Value::Baseline) };
        r.models[1].isCurrent = false;
        r.models[1].onParetoFrontier = false;
        r.comparisons = { comparison() };
        return r;
    }

    static Recommendation fullRecommendation()
    {
        Recommendation r;
        r.status = Recommendation::Status::Recommended;
        r.currentModel = QStringLiteral("gpt-4o");
        RecommendationCandidate winner = verified(QStringLiteral("gpt-4o-mini"), 62.5);
        RecommendationCandidate runnerUp = verified(QStringLiteral("claude-3-5-haiku"), 41.0);
        runnerUp.whyNot = { QStringLiteral("Passed, but saves less than gpt-4o-mini (41.0% vs 62.5%)") };
        RecommendationCandidate excluded;
        excluded.model = QStringLiteral("tiny-model");
        excluded.displayName = QStringLiteral("Tiny");
        excluded.provider = QStringLiteral("acme");
        excluded.rank = 90;
        excluded.stage = RecommendationCandidate::Stage::Excluded;
        excluded.estimatedCostPerRequest = 0.00001;
        excluded.estimatedSavingPercent = 99.0;
        excluded.whyNot = { QStringLiteral("Provider acme is blocked"), QStringLiteral("No JSON mode") };
        r.candidates = { winner, runnerUp, excluded };
        r.recommended = winner;
        r.fallback = runnerUp;
        r.sentence = Recommendation::summarySentence(r.currentModel, winner.model, winner.savingPercent(),
                                                     winner.qualityDropPercent());
        r.reason = QStringLiteral("kept from an earlier pass");
        r.reasons = { QStringLiteral("Cost reduction of 62.5%"), QStringLiteral("Confidence 0.71") };
        r.businessImpact = impact();
        r.segments = { segment(QStringLiteral("coding")), segment(QStringLiteral("support")) };
        r.segments[1].keepCurrent = true;
        r.segments[1].model = QStringLiteral("gpt-4o");
        r.segmented = true;
        r.portkeyConfig
            = QJsonObject { { QStringLiteral("strategy"),
                              QJsonObject { { QStringLiteral("mode"), QStringLiteral("conditional") },
                                            { QStringLiteral("default"), QStringLiteral("gpt-4o-mini") } } },
                            { QStringLiteral("targets"), QJsonArray { QStringLiteral("gpt-4o-mini") } } };
        r.routing = QStringLiteral("Route traffic to gpt-4o-mini, except support → gpt-4o (per-segment evidence).");
        r.reusedReplays = 120;
        r.newReplays = 34;
        r.iterations = 2;
        r.verificationCostUsd = 0.4375;
        r.sampleSize = 40;
        r.runIds = { 7, 8, 9 };
        r.thresholds = thresholds();
        r.profile = profile();
        r.profileId = 5;
        r.catalogVersion = 6;
        r.rubricVersion = QStringLiteral("rubric-v3");
        r.judgeModel = QStringLiteral("gpt-4o-judge");
        r.createdAtMs = 1717200000123;
        r.evaluation = report();
        return r;
    }

    static void compareCandidates(const RecommendationCandidate &a, const RecommendationCandidate &b)
    {
        QCOMPARE(a.model, b.model);
        QCOMPARE(a.displayName, b.displayName);
        QCOMPARE(a.provider, b.provider);
        QCOMPARE(a.rank, b.rank);
        QCOMPARE(a.band, b.band);
        QCOMPARE(int(a.stage), int(b.stage));
        QCOMPARE(a.fit.total(), b.fit.total());
        QCOMPARE(a.fit.rationale, b.fit.rationale);
        QCOMPARE(a.passed, b.passed);
        QCOMPARE(a.whyNot, b.whyNot);
        QCOMPARE(a.savingPercent(), b.savingPercent());
        if (a.stage == RecommendationCandidate::Stage::Verified) {
            QCOMPARE(a.qualityPairs, b.qualityPairs);
            QCOMPARE(a.quality, b.quality);
            QCOMPARE(a.qualityDelta.lower, b.qualityDelta.lower);
            QCOMPARE(a.qualityDeltaPercent, b.qualityDeltaPercent);
            QCOMPARE(a.confidence, b.confidence);
            QCOMPARE(a.successPValue, b.successPValue);
        }
    }

private slots:
    void fixturesSetEveryField()
    {
        // Without this, a round trip of defaults would pass whatever fromJson forgets.
        QCOMPARE(unset(fit(1.0)), QStringList());
        // A recommended candidate has no whyNot; the runner-up of fullRecommendation() carries one.
        QCOMPARE(unset(verified(QStringLiteral("m"), 50.0), { QStringLiteral("/whyNot") }), QStringList());
        QCOMPARE(unset(segment(QStringLiteral("s"))), QStringList());
        QCOMPARE(unset(impact()), QStringList());
        QCOMPARE(unset(thresholds()), QStringList());
        QCOMPARE(unset(profile()), QStringList());
        QCOMPARE(unset(aggregate(QStringLiteral("m"), AnswerSource::Value::Baseline)), QStringList());
        QCOMPARE(unset(comparison()), QStringList());
        QCOMPARE(unset(report()), QStringList());
        QCOMPARE(unset(fullRecommendation()), QStringList());
    }

    void recommendation()
    {
        const Recommendation r = fullRecommendation();
        const QJsonObject json = r.toJson();
        const Recommendation back = Recommendation::fromJson(throughText(json));
        QCOMPARE(compact(back.toJson()), compact(json));
        QCOMPARE(back.toJson(), json);

        QCOMPARE(int(back.status), int(Recommendation::Status::Recommended));
        QCOMPARE(back.currentModel, r.currentModel);
        QCOMPARE(back.sentence, r.sentence);
        QCOMPARE(back.reason, r.reason);
        QCOMPARE(back.reasons, r.reasons);
        QCOMPARE(back.candidates.size(), 3);
        for (int i = 0; i < 3; ++i) {
            compareCandidates(back.candidates.at(i), r.candidates.at(i));
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(back.recommended);
        compareCandidates(*back.recommended, *r.recommended);
        QVERIFY(back.fallback);
        compareCandidates(*back.fallback, *r.fallback);
        QCOMPARE(back.businessImpact.annualSavings, r.businessImpact.annualSavings);
        QCOMPARE(back.businessImpact.volumeText(), r.businessImpact.volumeText());
        QCOMPARE(back.segments.size(), 2);
        QCOMPARE(back.segments.at(1).model, QStringLiteral("gpt-4o"));
        QVERIFY(back.segments.at(1).keepCurrent);
        QVERIFY(back.segmented);
        QCOMPARE(back.portkeyConfig, r.portkeyConfig);
        QCOMPARE(back.routing, r.routing);
        QCOMPARE(back.reusedReplays, 120);
        QCOMPARE(back.newReplays, 34);
        QCOMPARE(back.iterations, 2);
        QCOMPARE(back.verificationCostUsd, 0.4375);
        QCOMPARE(back.sampleSize, 40);
        QCOMPARE(back.runIds, QList<qint64>({ 7, 8, 9 }));
        QCOMPARE(back.thresholds.minSamples, 9);
        QCOMPARE(back.thresholds.maxQualityDropPercent, 3.5);
        QCOMPARE(back.profile, r.profile);
        QCOMPARE(back.profile.fingerprint(), r.profile.fingerprint());
        QCOMPARE(back.profileId, 5);
        QCOMPARE(back.catalogVersion, 6);
        QCOMPARE(back.rubricVersion, r.rubricVersion);
        QCOMPARE(back.judgeModel, r.judgeModel);
        QCOMPARE(back.createdAtMs, r.createdAtMs);
        QCOMPARE(back.evaluation.models.size(), 2);
        QCOMPARE(back.evaluation.comparisons.size(), 1);
        QCOMPARE(back.toText(), r.toText());
    }

    void recommendationWithoutARecommendedModel()
    {
        Recommendation r = fullRecommendation();
        r.status = Recommendation::Status::NoRecommendation;
        r.recommended.reset();
        r.fallback.reset();
        r.sentence.clear();
        r.reason = QStringLiteral("No model meets the thresholds.");
        r.businessImpact = BusinessImpact(); // not written without a recommendation
        r.segmented = false;
        r.portkeyConfig = QJsonObject();
        const QJsonObject json = r.toJson();
        QVERIFY(!json.contains(QLatin1String("recommendation")));
        QVERIFY(!json.contains(QLatin1String("portkeyConfig")));
        const Recommendation back = Recommendation::fromJson(throughText(json));
        QCOMPARE(compact(back.toJson()), compact(json));
        QCOMPARE(int(back.status), int(Recommendation::Status::NoRecommendation));
        QVERIFY(!back.recommended);
        QVERIFY(!back.fallback);
        QVERIFY(back.portkeyConfig.isEmpty());
        QCOMPARE(back.reason, r.reason);
        QCOMPARE(back.toText(), r.toText());
    }

    void recommendedModelOutsideTheCandidateList()
    {
        // Older stored recommendations or hand-edited ones: the headline comes back from its summary alone.
        Recommendation r = fullRecommendation();
        r.candidates.removeFirst();
        r.candidates.removeFirst();
        const QJsonObject json = r.toJson();
        const Recommendation back = Recommendation::fromJson(throughText(json));
        QCOMPARE(compact(back.toJson()), compact(json));
        QVERIFY(back.recommended);
        QCOMPARE(back.recommended->model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(back.recommended->displayName, QStringLiteral("GPT-4O-MINI"));
        QCOMPARE(back.recommended->savingPercent(), 62.5);
        QCOMPARE(back.recommended->qualityPairs, 37);
        QVERIFY(back.fallback);
        QCOMPARE(back.fallback->model, QStringLiteral("claude-3-5-haiku"));
        QCOMPARE(back.fallback->savingPercent(), 41.0);
    }

    void recommendationFromNothing()
    {
        const Recommendation back = Recommendation::fromJson(QJsonObject());
        QCOMPARE(int(back.status), int(Recommendation::Status::NoRecommendation));
        QVERIFY(!back.recommended);
        QVERIFY(back.candidates.isEmpty());
        QCOMPARE(back.profile.name, UserProfile().name);
        QCOMPARE(back.thresholds.minSamples, RecommendationThresholds().minSamples);
    }

    void candidateStages()
    {
        for (auto stage : { RecommendationCandidate::Stage::Excluded, RecommendationCandidate::Stage::NotVerified,
                            RecommendationCandidate::Stage::Verified })
            QCOMPARE(int(RecommendationCandidate::stageFromName(RecommendationCandidate::stageName(stage))),
                     int(stage));
    }

    void candidate()
    {
        const RecommendationCandidate c = verified(QStringLiteral("gpt-4o-mini"), 55.0);
        const RecommendationCandidate back = RecommendationCandidate::fromJson(throughText(c.toJson()));
        QCOMPARE(compact(back.toJson()), compact(c.toJson()));
        compareCandidates(back, c);
        QCOMPARE(back.fit.strengths, c.fit.strengths);
        QCOMPARE(back.costPerRequest, c.costPerRequest);
        QCOMPARE(back.latencyP95Ms, c.latencyP95Ms);
    }

    void candidateWithoutMeasurements()
    {
        // NaN means "not measured": written as null, read back as NaN (not 0).
        RecommendationCandidate c = verified(QStringLiteral("m"), 10.0);
        c.quality = std::nan("");
        c.qualityDelta = ConfidenceInterval();
        c.measuredSavingPercent = std::nan("");
        const QJsonObject json = c.toJson();
        QVERIFY(json[QLatin1String("verification")][QLatin1String("quality")].isNull());
        const RecommendationCandidate back = RecommendationCandidate::fromJson(throughText(json));
        QCOMPARE(compact(back.toJson()), compact(json));
        QVERIFY(std::isnan(back.quality));
        QVERIFY(!back.qualityDelta.isValid());
        QCOMPARE(back.savingPercent(), c.estimatedSavingPercent);

        RecommendationCandidate unverified;
        unverified.model = QStringLiteral("u");
        unverified.stage = RecommendationCandidate::Stage::NotVerified;
        const RecommendationCandidate u = RecommendationCandidate::fromJson(throughText(unverified.toJson()));
        QVERIFY(!unverified.toJson().contains(QLatin1String("verification")));
        QCOMPARE(int(u.stage), int(RecommendationCandidate::Stage::NotVerified));
        QVERIFY(std::isnan(u.quality));
        QCOMPARE(u.refusalPValue, 1.0);
    }

    void segmentRecommendation()
    {
        SegmentRecommendation s = segment(QStringLiteral("coding"));
        SegmentRecommendation back = SegmentRecommendation::fromJson(throughText(s.toJson()));
        QCOMPARE(compact(back.toJson()), compact(s.toJson()));
        QCOMPARE(back.segment, s.segment);
        QCOMPARE(back.samples, s.samples);
        QCOMPARE(back.keepCurrent, false);
        QCOMPARE(back.qualityDeltaPercent, s.qualityDeltaPercent);
        s.qualityDeltaPercent = std::nan("");
        back = SegmentRecommendation::fromJson(throughText(s.toJson()));
        QVERIFY(std::isnan(back.qualityDeltaPercent));
    }

    void businessImpact()
    {
        const BusinessImpact b = impact();
        const BusinessImpact back = BusinessImpact::fromJson(throughText(b.toJson()));
        QCOMPARE(compact(back.toJson()), compact(b.toJson()));
        QCOMPARE(back.volumeRequests, 812);
        QCOMPARE(back.annualSavings, 567.0);
        QCOMPARE(back.volumeText(), b.volumeText());
    }

    void fitScore()
    {
        const FitScore f = fit(2.0);
        const FitScore back = FitScore::fromJson(throughText(f.toJson()));
        QCOMPARE(compact(back.toJson()), compact(f.toJson()));
        QCOMPARE(back.total(), f.total());
        QCOMPARE(back.rationale, f.rationale);
    }

    void recommendationThresholds()
    {
        const RecommendationThresholds t = thresholds();
        const RecommendationThresholds back = RecommendationThresholds::fromJson(throughText(t.toJson()));
        QCOMPARE(compact(back.toJson()), compact(t.toJson()));
        QCOMPARE(back.discoveryCandidates, 4);
        QCOMPARE(back.verificationBudgetUsd, 2.5);
        QCOMPARE(back.maxPrompts, 300);
        QCOMPARE(back.tightestAt, 60);
        // Missing keys keep the SPEC defaults rather than turning into 0.
        const RecommendationThresholds none = RecommendationThresholds::fromJson(QJsonObject());
        QCOMPARE(compact(none.toJson()), compact(RecommendationThresholds().toJson()));
    }

    void userProfile()
    {
        const UserProfile p = profile();
        const UserProfile back = UserProfile::fromJson(throughText(p.toJson()));
        QCOMPARE(compact(back.toJson()), compact(p.toJson()));
        QCOMPARE(back, p);
    }

    void modelAggregate()
    {
        const ModelAggregate a = aggregate(QStringLiteral("gpt-4o"), AnswerSource::Value::Baseline);
        const ModelAggregate back = ModelAggregate::fromJson(throughText(a.toJson()));
        QCOMPARE(compact(back.toJson()), compact(a.toJson()));
        QCOMPARE(a.toJson().value(QLatin1String("source")).toString(), QStringLiteral("baseline"));
        QCOMPARE(back.source, AnswerSource::Value::Baseline);
        QCOMPARE(back.successes, 31);
        QCOMPARE(back.errors, 3);
        QCOMPARE(back.fullRefusals, 2);
        QCOMPARE(back.partialRefusals, 1);
        QCOMPARE(back.refusalsByType, a.refusalsByType);
        QCOMPARE(back.label(), a.label());
        QCOMPARE(back.quality.estimate, a.quality.estimate);
        QVERIFY(back.isCurrent);
    }

    void modelAggregateCountsSurviveAwkwardRates()
    {
        // Every count 0..n of n samples (n up to 500) comes back exactly from its rate.
        for (qint64 n : { 1, 3, 7, 37, 101, 499, 500 }) {
            for (qint64 k = 0; k <= n; ++k) {
                ModelAggregate a;
                a.samples = n;
                a.successes = k;
                a.errors = n - k;
                const ModelAggregate back = ModelAggregate::fromJson(throughText(a.toJson()));
                if (back.successes != k || back.errors != n - k)
                    QFAIL(qPrintable(QStringLiteral("%1 of %2 came back as %3").arg(k).arg(n).arg(back.successes)));
            }
        }
    }

    void modelAggregateWithoutQuality()
    {
        ModelAggregate a = aggregate(QStringLiteral("m"), AnswerSource::Value::Replay);
        a.quality = ConfidenceInterval();
        const ModelAggregate back = ModelAggregate::fromJson(throughText(a.toJson()));
        QVERIFY(!back.quality.isValid());
        QCOMPARE(compact(back.toJson()), compact(a.toJson()));
    }

    void modelAggregateComparison()
    {
        const ModelAggregateComparison c = comparison();
        const ModelAggregateComparison back = ModelAggregateComparison::fromJson(throughText(c.toJson()));
        QCOMPARE(compact(back.toJson()), compact(c.toJson()));
        QCOMPARE(back.refusal.b, 3);
        QCOMPARE(back.refusal.c, 7);
        QVERIFY(back.refusal.exact);
        QCOMPARE(back.success.pValue, 0.37);
        QCOMPARE(back.qualityDeltaHalfWidthPercent(), c.qualityDeltaHalfWidthPercent());

        ModelAggregateComparison empty; // NaN quality and saving: nulls that stay NaN
        const ModelAggregateComparison e = ModelAggregateComparison::fromJson(throughText(empty.toJson()));
        QVERIFY(std::isnan(e.baselineQuality));
        QVERIFY(std::isnan(e.costSavingPercent));
        QCOMPARE(e.refusal.pValue, 1.0);
        QCOMPARE(compact(e.toJson()), compact(empty.toJson()));
    }

    void evaluatorReport()
    {
        const EvaluatorReport r = report();
        const EvaluatorReport back = EvaluatorReport::fromJson(throughText(r.toJson()));
        QCOMPARE(compact(back.toJson()), compact(r.toJson()));
        QCOMPARE(back.runIds, r.runIds);
        QCOMPARE(back.models.size(), 2);
        QVERIFY(back.current());
        QCOMPARE(back.current()->source, AnswerSource::Value::Replay);
        QVERIFY(back.find(QStringLiteral("gpt-4o"), AnswerSource::Value::Baseline));
        QVERIFY(back.comparison(QStringLiteral("gpt-4o-mini")));
        QCOMPARE(back.toJson().value(QLatin1String("paretoFrontier")).toArray(),
                 QJsonArray { QStringLiteral("gpt-4o") });
        QCOMPARE(back.toText(), r.toText());
    }

    void judgeSummary_data()
    {
        QTest::addColumn<JudgeStatus::Value>("status");
        QTest::addColumn<QString>("name");
        // Every status the judge ends with comes back, under the text it has always been stored as.
        QTest::newRow("completed") << JudgeStatus::Value::Completed << QStringLiteral("completed");
        QTest::newRow("cancelled") << JudgeStatus::Value::Cancelled << QStringLiteral("cancelled");
        QTest::newRow("budget") << JudgeStatus::Value::Budget << QStringLiteral("budget");
        QTest::newRow("failed") << JudgeStatus::Value::Failed << QStringLiteral("failed");
    }
    void judgeSummary()
    {
        QFETCH(JudgeStatus::Value, status);
        QFETCH(QString, name);
        JudgeSummary s;
        s.judgeModel = QStringLiteral("gpt-4o-judge");
        s.rubricVersion = QStringLiteral("rubric-v3");
        s.status = status;
        s.items = 40;
        s.alreadyScored = 3;
        s.valid = 30;
        s.repaired = 4;
        s.judgeFailed = 2;
        s.requestErrors = 1;
        s.judgeRunId = 11;
        s.repairRunId = 12;
        s.spentUsd = 0.0125;
        s.elapsedMs = 4321;
        QCOMPARE(unset(s), QStringList());
        const JudgeSummary back = JudgeSummary::fromJson(throughText(s.toJson()));
        QCOMPARE(compact(back.toJson()), compact(s.toJson()));
        QCOMPARE(back.status, status);
        QCOMPARE(s.toJson().value(QLatin1String("status")).toString(), name);
        QCOMPARE(back.toText(), s.toText());
    }

    void judgeVerdict()
    {
        JudgeVerdict v;
        v.ok = true;
        v.repaired = true;
        v.accuracy = 8.5;
        v.helpfulness = 7.0;
        v.clarity = 9.0;
        v.completeness = 6.5;
        v.overall = 8.0;
        v.reasoning = QStringLiteral("Correct, a little terse.");
        v.rawOutput = QStringLiteral("{...}"); // not stored
        QCOMPARE(unset(v), QStringList());
        const JudgeVerdict back = JudgeVerdict::fromJson(throughText(v.toJson()));
        QCOMPARE(compact(back.toJson()), compact(v.toJson()));
        QCOMPARE(back.quality(), v.quality());
        QCOMPARE(back.reasoning, v.reasoning);
        QVERIFY(back.repaired);

        JudgeVerdict bad;
        bad.error = QStringLiteral("accuracy is missing");
        const JudgeVerdict b = JudgeVerdict::fromJson(throughText(bad.toJson()));
        QCOMPARE(compact(b.toJson()), compact(bad.toJson()));
        QVERIFY(!b.ok);
        QCOMPARE(b.error, bad.error);
        QCOMPARE(b.quality(), 0.0);
    }

    void replayProgress()
    {
        ReplayProgress p;
        p.runId = 17;
        p.runUuid = QStringLiteral("6f1c-uuid");
        p.status = RunStatus::Value::Budget;
        p.total = 400;
        p.done = 250;
        p.spentUsd = 0.75;
        p.budgetUsd = 1.0;
        p.elapsedMs = 12345;
        p.budgetReached = true;
        p.blockedWorstCaseUsd = 0.031;
        p.inFlight = 3; // live only: not stored
        p.longestWaitMs = 900;
        p.shortestWaitMs = 100;
        ModelReplayCounts a { 200, 190, 180, 170, 4, 6, 9, 12, 0.5, 3, 170 * 733 + 5 };
        ModelReplayCounts b { 200, 80, 70, 0, 0, 70, 20, 0, 0.25, 0, 0 }; // nothing ok: mean latency 0
        p.models = { { QStringLiteral("gpt-4o"), a }, { QStringLiteral("gpt-4o-mini"), b } };
        p.failureReasons = { { QStringLiteral("HTTP 500: boom"), 50 }, { QStringLiteral("timeout"), 26 } };
        QCOMPARE(unset(p), QStringList());
        const ReplayProgress back = ReplayProgress::fromJson(throughText(p.toJson()));
        QCOMPARE(compact(back.toJson()), compact(p.toJson()));
        QCOMPARE(p.toJson().value(QLatin1String("status")).toString(), QStringLiteral("budget"));
        QCOMPARE(back.status, RunStatus::Value::Budget);
        QCOMPARE(back.models.size(), 2);
        const ModelReplayCounts t = back.totals();
        QCOMPARE(t.planned, 400);
        QCOMPARE(t.failed, 76);
        QCOMPARE(back.models.value(QStringLiteral("gpt-4o")).latencySumMs, a.latencySumMs);
        QCOMPARE(back.failureReasons, p.failureReasons);
        QCOMPARE(back.failureText(), p.failureText());
        QCOMPARE(back.etaMs(), p.etaMs());
        QCOMPARE(back.toText(), p.toText());
    }

    void replayOptions()
    {
        ReplayOptions o;
        o.concurrency = 32;
        o.requestsPerMinute = 600;
        o.timeoutMs = 15000;
        o.maxRetries = 1;
        o.budgetUsd = 2.5;
        o.cacheTtlSeconds = 0;
        QCOMPARE(unset(o), QStringList());
        const ReplayOptions back = ReplayOptions::fromJson(throughText(o.toJson()));
        QCOMPARE(compact(back.toJson()), compact(o.toJson()));
        QCOMPARE(back.concurrency, 32);
        QCOMPARE(back.cacheTtlSeconds, 0); // 0 is a value, not "missing"
    }

    void replayTarget()
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::LocalGateway;
        t.routing = ReplayTarget::RoutingMode::Config;
        t.baseUrl = QUrl(QStringLiteral("http://localhost:8787/v1"));
        t.provider = QStringLiteral("anthropic");
        t.configJson = QStringLiteral(
            R"({"strategy":{"mode":"fallback"},"targets":[{"provider":"openai","api_key":"sk-secret"}]})");
        t.upstreamUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
        const QJsonObject json = t.toJson();
        QVERIFY(!compact(json).contains("sk-secret"));
        const ReplayTarget back = ReplayTarget::fromJson(throughText(json));
        QCOMPARE(compact(back.toJson()), compact(json));
        QCOMPARE(int(back.kind), int(t.kind));
        QCOMPARE(int(back.routing), int(t.routing));
        QCOMPARE(back.baseUrl, t.baseUrl);
        QCOMPARE(back.upstreamUrl, t.upstreamUrl);
        QCOMPARE(back.fingerprint(), t.fingerprint()); // the same identity: cached answers stay valid
        for (auto kind : { ReplayTarget::Kind::Simulator, ReplayTarget::Kind::LocalGateway,
                           ReplayTarget::Kind::PortkeyHosted, ReplayTarget::Kind::OpenAiCompatible })
            QCOMPARE(int(ReplayTarget::kindFromName(ReplayTarget::kindName(kind))), int(kind));
    }

    void replayTargetNeverStoresKeys()
    {
        ReplayTarget t;
        t.kind = ReplayTarget::Kind::PortkeyHosted;
        t.baseUrl = ReplayTarget::defaultBaseUrl(t.kind);
        t.apiKey = QStringLiteral("sk-provider");
        t.portkeyApiKey = QStringLiteral("pk-portkey");
        const QJsonObject json = t.toJson();
        QVERIFY(json.value(QLatin1String("has_api_key")).toBool());
        QVERIFY(json.value(QLatin1String("has_portkey_api_key")).toBool());
        QVERIFY(!compact(json).contains("sk-provider"));
        QVERIFY(!compact(json).contains("pk-portkey"));
        const ReplayTarget back = ReplayTarget::fromJson(throughText(json));
        QVERIFY(back.apiKey.isEmpty()); // keys live in memory only: the caller supplies them again
        QVERIFY(back.portkeyApiKey.isEmpty());
        QCOMPARE(back.identity(), t.identity());
    }

    void importReport()
    {
        ImportReport r;
        r.files = { QStringLiteral("/data/a.jsonl"), QStringLiteral("/data/b.csv") };
        r.read = 1000;
        r.imported = 950;
        r.duplicates = 30;
        r.bytes = 1234567;
        r.estimatedCosts = 12;
        r.seconds = 1.75;
        r.cancelled = true;
        r.addIssue({ QStringLiteral("/data/a.jsonl"), 17, QStringLiteral("json"), QStringLiteral("unexpected end") });
        r.addIssue({ QStringLiteral("/data/b.csv"), 4, QStringLiteral("timestamp"), QStringLiteral("unrecognised") });
        r.addIssue({ QStringLiteral("/data/b.csv"), 9, QStringLiteral("json"), QStringLiteral("not an object") });
        r.fileErrors = { QStringLiteral("File '/data/c.jsonl' is not readable.") };
        const ImportReport back = ImportReport::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());
        QCOMPARE(back.files, r.files);
        QCOMPARE(back.skipped, 3);
        QCOMPARE(back.skippedByReason, r.skippedByReason);
        QCOMPARE(back.errors.size(), 3);
        QCOMPARE(back.errors.at(1).line, 4);
        QCOMPARE(back.errors.at(1).category, QStringLiteral("timestamp"));
        QCOMPARE(back.fileErrors, r.fileErrors);
        QCOMPARE(back.summaryText(), r.summaryText());
        QCOMPARE(ImportReport::fromJson("not json").toJson(), ImportReport().toJson());
    }

    void catalogConflicts()
    {
        CatalogConflicts c;
        c.missing = { { QStringLiteral("mystery"), 3 }, { QStringLiteral("ghost"), 1 } };
        c.mismatches = { { QStringLiteral("alpha"), 2, 1.1 } };
        const CatalogConflicts back = CatalogConflicts::fromJson(throughText(c.toJson()));
        QCOMPARE(compact(back.toJson()), compact(c.toJson()));
        QCOMPARE(back.missing.size(), 2);
        QCOMPARE(back.mismatches.first().medianRatio, 1.1);
        QCOMPARE(back.toText(), c.toText());
        QVERIFY(CatalogConflicts::fromJson(CatalogConflicts().toJson()).isEmpty());
    }

    void modelInfo()
    {
        ModelInfo m;
        m.modelId = QStringLiteral("acme-large");
        m.displayName = QStringLiteral("Acme Large");
        m.provider = QStringLiteral("acme");
        m.portkeySlug = QStringLiteral("@acme-prod/acme-large");
        m.rank = 7;
        m.inputPer1k = 0.0025;
        m.outputPer1k = 0.01;
        m.contextWindow = 200000;
        m.jsonMode = true;
        m.functionCalling = true;
        m.vision = true;
        m.strengths = { QStringLiteral("coding"), QStringLiteral("reasoning") };
        m.latencyTier = QStringLiteral("slow");
        m.reliabilityTier = QStringLiteral("high");
        m.rateLimitRpm = 500;
        m.version = QStringLiteral("2024-08-06");
        m.active = false;
        m.candidate = false;
        m.cacheReadPer1k = 0.00125;
        m.cacheWritePer1k = 0.0;
        m.batchInputPer1k = 0.00125;
        m.batchOutputPer1k = 0.005;
        m.maxOutputTokens = 16384;
        m.type = QStringLiteral("text");
        m.supports = { QStringLiteral("tools"), QStringLiteral("image") };
        QCOMPARE(unset(m), QStringList());
        const ModelInfo back = ModelInfo::fromJson(throughText(m.toJson()));
        QCOMPARE(compact(back.toJson()), compact(m.toJson()));
        QCOMPARE(back, m);
    }

    void priceCatalog()
    {
        PriceCatalog c = PriceCatalog::defaultCatalog();
        c.setVersion(42);
        PriceCatalog back;
        QString error;
        QVERIFY2(PriceCatalog::fromJson(c.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.version(), 42);
        QCOMPARE(back.models(), c.models());
    }

    void refusalVerdictNames()
    {
        for (auto kind : { RefusalKind::None, RefusalKind::Partial, RefusalKind::Full }) {
            bool ok = false;
            QCOMPARE(int(RefusalVerdict::kindFromString(RefusalVerdict::kindToString(kind), &ok)), int(kind));
            QVERIFY(ok);
        }
        for (auto type : { RefusalType::None, RefusalType::Safety, RefusalType::Overcautious, RefusalType::Capability,
                           RefusalType::Policy, RefusalType::Ambiguous }) {
            bool ok = false;
            QCOMPARE(int(RefusalVerdict::typeFromString(RefusalVerdict::typeToString(type), &ok)), int(type));
            QVERIFY(ok);
        }
        bool ok = true;
        QCOMPARE(int(RefusalVerdict::kindFromString(u"FULL", &ok)), int(RefusalKind::Full));
        QVERIFY(ok);
        QCOMPARE(int(RefusalVerdict::kindFromString(u"sometimes", &ok)), int(RefusalKind::None));
        QVERIFY(!ok);
        QCOMPARE(int(RefusalVerdict::typeFromString(u"safety", &ok)), int(RefusalType::Safety));
        QVERIFY(ok);
        QCOMPARE(int(RefusalVerdict::typeFromString(u"", &ok)), int(RefusalType::None));
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestJsonRoundTrip)
#include "tst_jsonroundtrip.moc"
