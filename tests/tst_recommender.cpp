// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "eval/evaluator.h"
#include "recommend/candidatediscovery.h"
#include "recommend/portkeyconditionalconfig.h"
#include "recommend/recommender.h"
#include "recommend/usecasefit.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace ShadowOptic;

namespace {

ModelInfo model(const char *id, QStringList strengths, const char *latency, const char *reliability)
{
    ModelInfo m;
    m.modelId = QString::fromLatin1(id);
    m.strengths = std::move(strengths);
    m.latencyTier = QString::fromLatin1(latency);
    m.reliabilityTier = QString::fromLatin1(reliability);
    return m;
}

UserProfile gpt4oProfile()
{
    UserProfile p;
    p.currentModel = QStringLiteral("gpt-4o");
    return p;
}

// n paired prompts: the current model scores baseQuality at baseCost, the candidate candQuality at candCost.
QList<EvaluatorSample> pairedSamples(const QString &candidate, int n, double baseQuality, double candQuality,
                                     double baseCost, double candCost,
                                     const QString &useCase = QStringLiteral("general"))
{
    QList<EvaluatorSample> out;
    for (int i = 0; i < n; ++i) {
        for (int side = 0; side < 2; ++side) {
            EvaluatorSample s;
            s.logId = useCase + QString::number(i);
            s.model = side == 0 ? QStringLiteral("gpt-4o") : candidate;
            s.useCase = useCase;
            s.success = true;
            s.judged = true;
            // ±1 point of alternating noise so the bootstrap CI has a width.
            s.quality = (side == 0 ? baseQuality : candQuality) + (i % 2 == 0 ? 1.0 : -1.0) * (side == 0 ? 1 : 0.5);
            s.costUsd = side == 0 ? baseCost : candCost;
            s.latencyMs = 400;
            out.append(s);
        }
    }
    return out;
}

EvaluatorReport reportOf(const QList<EvaluatorSample> &samples)
{
    Evaluator::Options o;
    o.currentModel = QStringLiteral("gpt-4o");
    o.resamples = 500;
    return Evaluator::report(samples, o);
}

RecommendationCandidate candidate(const QString &model)
{
    RecommendationCandidate c;
    c.model = model;
    c.estimatedSavingPercent = 90;
    return c;
}

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void fitScore_data()
    {
        QTest::addColumn<QStringList>("strengths");
        QTest::addColumn<QString>("latency");
        QTest::addColumn<QString>("reliability");
        QTest::addColumn<QString>("useCase");
        QTest::addColumn<int>("maxLatency");
        QTest::addColumn<double>("saving");
        QTest::addColumn<double>("total");
        // 40 strengths + 20 fast + 20 high + min(20, 94/5 = 18.8)
        QTest::newRow("gpt-4o-mini general")
            << QStringList { QStringLiteral("general"), QStringLiteral("summarization") } << QStringLiteral("fast")
            << QStringLiteral("high") << QStringLiteral("general") << 5000 << 94.0 << 98.8;
        // 0 + 15 medium (max latency >= 3000) + 20 + 10
        QTest::newRow("medium, no strength")
            << QStringList { QStringLiteral("coding") } << QStringLiteral("medium") << QStringLiteral("high")
            << QStringLiteral("summarization") << 3000 << 50.0 << 45.0;
        // medium latency gets nothing when the profile wants < 3000 ms; medium reliability gets nothing
        QTest::newRow("medium, tight latency")
            << QStringList { QStringLiteral("coding") } << QStringLiteral("medium") << QStringLiteral("medium")
            << QStringLiteral("coding") << 2999 << 25.0 << 45.0;
        // support wants general + summarization: one of two = 20; saving bonus capped at 20
        QTest::newRow("half strengths, capped bonus")
            << QStringList { QStringLiteral("general") } << QStringLiteral("slow") << QStringLiteral("high")
            << QStringLiteral("support") << 5000 << 150.0 << 60.0;
        QTest::newRow("negative saving") << QStringList { QStringLiteral("general") } << QStringLiteral("fast")
                                         << QStringLiteral("high") << QStringLiteral("general") << 5000 << -10.0
                                         << 80.0;
    }
    void fitScore()
    {
        QFETCH(QStringList, strengths);
        QFETCH(QString, latency);
        QFETCH(QString, reliability);
        QFETCH(QString, useCase);
        QFETCH(int, maxLatency);
        QFETCH(double, saving);
        QFETCH(double, total);
        const ModelInfo m = model("m", strengths, latency.toLatin1().constData(), reliability.toLatin1().constData());
        const FitScore f = UseCaseFit::score(m, useCase, maxLatency, saving);
        QVERIFY2(qAbs(f.total() - total) < 1e-9, qPrintable(QString::number(f.total())));
        QVERIFY(f.strengths >= 0 && f.strengths <= 40 && f.saving >= 0 && f.saving <= 20);
    }

    void discoveryFindsCheaperModelsInBands()
    {
        const PriceCatalog catalog = PriceCatalog::defaultCatalog();
        const CandidateDiscovery::Result r = CandidateDiscovery::discover(catalog, gpt4oProfile(), {}, 6);
        QVERIFY(r.error.isEmpty());
        // gpt-4o at 500/200 tokens: 0.5 × 0.0025 + 0.2 × 0.01
        QVERIFY(qAbs(r.currentCostPerRequest - 0.00325) < 1e-12);
        QStringList ids;
        for (const auto &c : r.eligible) {
            ids.append(c.model);
            QVERIFY(c.estimatedCostPerRequest < r.currentCostPerRequest);
        }
        QVERIFY(ids.contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(!ids.contains(QStringLiteral("gpt-4-turbo")));
        QVERIFY(!ids.contains(QStringLiteral("gpt-4o")));
        QCOMPARE(r.eligible.first().model, QStringLiteral("gpt-4.1-nano")); // cheapest first
        QCOMPARE(r.eligible.first().band, 0);
        QCOMPARE(r.eligible.at(6).band, 1); // k = 6 per band; later bands are stronger
        const auto mini = std::find_if(r.eligible.cbegin(), r.eligible.cend(),
                                       [](const auto &c) { return c.model == QLatin1String("gpt-4o-mini"); });
        // (0.5 × 0.00015 + 0.2 × 0.0006) / 0.00325 = 0.06 → 94 % saving
        QVERIFY(qAbs(mini->estimatedSavingPercent - 94.0) < 1e-9);
        QVERIFY(qAbs(mini->fit.total() - 98.8) < 1e-9);
    }

    void discoveryFilters_data()
    {
        QTest::addColumn<QStringList>("blocked");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<qint64>("longestPrompt");
        QTest::addColumn<QStringList>("available");
        QTest::addColumn<QString>("excludedModel");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("blocked provider")
            << QStringList { QStringLiteral("anthropic") } << QStringList() << qint64(0) << QStringList()
            << QStringLiteral("claude-3-5-haiku-20241022") << QStringLiteral("blocked");
        QTest::newRow("capability") << QStringList() << QStringList { QStringLiteral("vision") } << qint64(0)
                                    << QStringList() << QStringLiteral("gpt-3.5-turbo") << QStringLiteral("vision");
        QTest::newRow("context window") << QStringList() << QStringList() << qint64(20000) << QStringList()
                                        << QStringLiteral("gpt-3.5-turbo") << QStringLiteral("Context window");
        QTest::newRow("not served") << QStringList() << QStringList() << qint64(0)
                                    << QStringList { QStringLiteral("gpt-4o-mini") } << QStringLiteral("gpt-4.1-nano")
                                    << QStringLiteral("verification target");
    }
    void discoveryFilters()
    {
        QFETCH(QStringList, blocked);
        QFETCH(QStringList, required);
        QFETCH(qint64, longestPrompt);
        QFETCH(QStringList, available);
        QFETCH(QString, excludedModel);
        QFETCH(QString, reasonPart);
        UserProfile p = gpt4oProfile();
        p.blockedProviders = blocked;
        p.requiredCapabilities = required;
        p.longestPromptTokens = longestPrompt;
        const auto r = CandidateDiscovery::discover(PriceCatalog::defaultCatalog(), p, available, 6);
        for (const auto &c : r.eligible)
            QVERIFY2(c.model != excludedModel, qPrintable(c.model));
        const auto it = std::find_if(r.excluded.cbegin(), r.excluded.cend(),
                                     [&](const auto &c) { return c.model == excludedModel; });
        QVERIFY(it != r.excluded.cend());
        QCOMPARE(it->stage, RecommendationCandidate::Stage::Excluded);
        QVERIFY2(it->whyNot.join(u' ').contains(reasonPart), qPrintable(it->whyNot.join(u' ')));
    }

    void confidenceNumbers()
    {
        // 20/30 for the sample size × (1 − 3/10) for the precision
        QVERIFY(qAbs(Recommender::confidence(20, 3.0, 0.0) - 20.0 / 30.0 * 0.7) < 1e-12);
        QVERIFY(qAbs(Recommender::confidence(5, 0.0, 0.0) - 1.0 / 3.0) < 1e-12);
        QCOMPARE(Recommender::confidence(30, 12.0, 0.0), 0.0);
        QCOMPARE(Recommender::confidence(1, 1.0, 0.0), 0.0);
        QVERIFY(qAbs(Recommender::confidence(10, 0.0, 0.5) - 0.25) < 1e-12);
    }

    void thresholds_data()
    {
        QTest::addColumn<int>("pairs");
        QTest::addColumn<double>("candQuality");
        QTest::addColumn<double>("candCost");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("reasonPart");
        // baseline: quality 90 at $0.010 per request; 100 pairs settle every gate, 20 cannot settle the rate gates
        QTest::newRow("passes") << 100 << 87.0 << 0.002 << true << QString();
        QTest::newRow("quality drop 10%") << 100 << 81.0 << 0.002 << false << QStringLiteral("Quality is at least 9.");
        QTest::newRow("saving 10%") << 100 << 89.0 << 0.009 << false << QStringLiteral("Saves at most 10.0%");
        QTest::newRow("too few samples") << 4 << 89.0 << 0.002 << false << QStringLiteral("Only 4 paired");
        QTest::newRow("small drop") << 100 << 88.0 << 0.002 << true << QString();
        // The old rule passed these: a mean drop under 5 %, yet the interval cannot rule out more.
        QTest::newRow("20 pairs are not decisive")
            << 20 << 87.0 << 0.002 << false << QStringLiteral("Not decisive yet: The full-refusal rate");
        QTest::newRow("on the margin") << 100 << 85.5 << 0.002 << false
                                       << QStringLiteral("Not decisive yet: quality between");
    }
    void thresholds()
    {
        QFETCH(int, pairs);
        QFETCH(double, candQuality);
        QFETCH(double, candCost);
        QFETCH(bool, passed);
        QFETCH(QString, reasonPart);
        const EvaluatorReport report
            = reportOf(pairedSamples(QStringLiteral("cand"), pairs, 90.0, candQuality, 0.010, candCost));
        RecommendationCandidate c = candidate(QStringLiteral("cand"));
        Recommender::verify(&c, report, gpt4oProfile(), RecommendationThresholds(), 1);
        QCOMPARE(c.stage, RecommendationCandidate::Stage::Verified);
        QCOMPARE(c.passed, passed);
        QCOMPARE(c.qualityPairs, qint64(pairs));
        QVERIFY(qAbs(c.measuredSavingPercent - (1 - candCost / 0.010) * 100) < 1e-9);
        if (!passed)
            QVERIFY2(c.whyNot.join(u' ').contains(reasonPart), qPrintable(c.whyNot.join(u' ')));

        UserProfile strict = gpt4oProfile();
        strict.minQuality = 89.5;
        Recommender::verify(&c, report, strict, RecommendationThresholds(), 1);
        QVERIFY(!c.passed);
        QVERIFY(c.whyNot.join(u' ').contains(QStringLiteral("minimum")));
    }

    void decidePicksLargestSavingWithFallback()
    {
        QList<EvaluatorSample> samples = pairedSamples(QStringLiteral("gpt-4o-mini"), 100, 90, 87, 0.010, 0.001);
        for (const EvaluatorSample &s : pairedSamples(QStringLiteral("gpt-4.1-mini"), 100, 90, 88, 0.010, 0.002))
            if (s.model != QLatin1String("gpt-4o"))
                samples.append(s);
        const EvaluatorReport report = reportOf(samples);
        QList<RecommendationCandidate> cands { candidate(QStringLiteral("gpt-4.1-mini")),
                                               candidate(QStringLiteral("gpt-4o-mini")) };
        UserProfile p = gpt4oProfile();
        p.loggedCostPerRequestUsd = 0.0055;
        p.monthlyVolume = 10000;
        for (auto &c : cands)
            Recommender::verify(&c, report, p, RecommendationThresholds(), 1);
        const Recommendation r = Recommender::decide(cands, report, p, RecommendationThresholds(), 0.00325,
                                                     PriceCatalog::defaultCatalog(), QString());
        QCOMPARE(r.status, Recommendation::Status::Recommended);
        QCOMPARE(r.recommended->model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(r.fallback->model, QStringLiteral("gpt-4.1-mini"));
        // The reasons carry the refusal delta the evidence counted on the same prompts.
        const CandidateEvidence &ev = r.recommended->evidence;
        QVERIFY(std::any_of(r.reasons.cbegin(), r.reasons.cend(), [&](const QString &reason) {
            return reason.startsWith(QLatin1String("Refusal delta on the same prompts"))
                && (ev.newlyRefused + ev.newlyAnswered == 0
                    || reason.contains(QStringLiteral("newly refuses %1 ").arg(ev.newlyRefused)));
        }));
        QCOMPARE(CandidateEvidence::fromJson(ev.toJson()).newlyRefused, ev.newlyRefused);
        QCOMPARE(r.sentence,
                 QStringLiteral("Switching from gpt-4o to gpt-4o-mini reduces cost by 90.0% with a 3.3% "
                                "quality impact."));
        // measured from the logs: $0.0055 × 10 000 = $55 a month, 90 % of it saved
        QVERIFY(qAbs(r.businessImpact.currentMonthlyCost - 55.0) < 1e-9);
        QVERIFY(qAbs(r.businessImpact.projectedMonthlyCost - 5.5) < 1e-9);
        QVERIFY(qAbs(r.businessImpact.annualSavings - 594.0) < 1e-9);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("summary")).toString(), r.sentence);
        QCOMPARE(
            json[QLatin1String("recommendation")][QLatin1String("fallbackOption")][QLatin1String("model")].toString(),
            QStringLiteral("gpt-4.1-mini"));
        QVERIFY(!json.value(QLatin1String("whyNot")).toArray().isEmpty());
    }

    void notDecisiveSaysWhatItWouldTake()
    {
        // 20 pairs, 3.3 % worse: the old rule switched here; the interval rule says it is not decisive yet.
        const EvaluatorReport report = reportOf(pairedSamples(QStringLiteral("gpt-4o-mini"), 20, 90, 87, 0.010, 0.001));
        QList<RecommendationCandidate> cands { candidate(QStringLiteral("gpt-4o-mini")) };
        RecommendationCandidate &c = cands[0];
        Recommender::verify(&c, report, gpt4oProfile(), RecommendationThresholds(), 1);
        QCOMPARE(c.verdict, NonInferiorityVerdict::Inconclusive);
        QVERIFY(c.notDecisive());
        QCOMPARE(c.evidence.quality.verdict, NonInferiorityVerdict::Pass); // the tiny noise settles quality at once
        QCOMPARE(c.evidence.refusal.verdict, NonInferiorityVerdict::Inconclusive);
        QVERIFY(c.evidence.pairsToSettle() > 20 && c.evidence.pairsToSettle() < 200);
        c.morePrompts = c.evidence.pairsToSettle() - 20;
        c.moreCostUsd = 0.09;
        const Recommendation r = Recommender::decide(cands, report, gpt4oProfile(), RecommendationThresholds(), 0.00325,
                                                     PriceCatalog::defaultCatalog(),
                                                     QStringLiteral("The verification budget of $1.00 is used up."));
        QCOMPARE(r.status, Recommendation::Status::NotDecisive);
        QVERIFY(r.sentence.isEmpty());
        QVERIFY(!r.recommended);
        QCOMPARE(r.reason,
                 QStringLiteral("No decisive answer yet: gpt-4o-mini is 90.0% cheaper, its quality is between %1 and "
                                "%2 than gpt-4o (20 prompts). About %3 more prompts (≈ $0.09) would settle it.")
                     .arg(QStringLiteral("%1% worse").arg(-c.evidence.quality.interval.lower, 0, 'f', 1),
                          QStringLiteral("%1% worse").arg(-c.evidence.quality.interval.upper, 0, 'f', 1))
                     .arg(c.morePrompts));
        QVERIFY(r.reasons.contains(QStringLiteral("The verification budget of $1.00 is used up.")));
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), QStringLiteral("not_decisive"));
        const QJsonObject cj = json.value(QLatin1String("candidates")).toArray().first().toObject();
        QCOMPARE(cj.value(QLatin1String("verdict")).toString(), QStringLiteral("not_decisive"));
        QCOMPARE(cj.value(QLatin1String("margin_percent")).toDouble(), -5.0);
        QVERIFY(qAbs(cj[QLatin1String("quality_delta_ci")][QLatin1String("lower")].toDouble()
                     - c.evidence.quality.interval.lower)
                < 1e-9);
        QCOMPARE(cj[QLatin1String("plan")][QLatin1String("more_prompts")].toInteger(), c.morePrompts);
        QCOMPARE(cj.value(QLatin1String("prompts")).toInteger(), 20);
        const Recommendation back = Recommendation::fromJson(json);
        QCOMPARE(back.status, Recommendation::Status::NotDecisive);
        QCOMPARE(back.candidates.first().verdict, NonInferiorityVerdict::Inconclusive);
        QCOMPARE(back.candidates.first().morePrompts, c.morePrompts);
    }

    void noRecommendationWhenEverythingIsExcluded()
    {
        UserProfile p = gpt4oProfile();
        p.blockedProviders = { QStringLiteral("openai"), QStringLiteral("anthropic") };
        const PriceCatalog catalog = PriceCatalog::defaultCatalog();
        const auto d = CandidateDiscovery::discover(catalog, p, {}, 6);
        QVERIFY(d.eligible.isEmpty());
        QVERIFY(!d.excluded.isEmpty());
        const Recommendation r
            = Recommender::decide(d.excluded, EvaluatorReport(), p, RecommendationThresholds(), d.currentCostPerRequest,
                                  catalog, QStringLiteral("No cheaper model meets the constraints."));
        QCOMPARE(r.status, Recommendation::Status::NoRecommendation);
        QVERIFY(!r.recommended);
        QVERIFY(r.sentence.isEmpty());
        QCOMPARE(r.reason, QStringLiteral("No cheaper model meets the constraints."));
        QCOMPARE(r.toJson().value(QLatin1String("status")).toString(), QStringLiteral("no_recommendation"));
        QCOMPARE(r.businessImpact.monthlySavings, 0.0);
    }

    void sentenceFormat_data()
    {
        QTest::addColumn<double>("saving");
        QTest::addColumn<double>("impact");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("spec example") << 42.0 << 6.0
                                      << QStringLiteral("Switching from gpt-4o to gpt-4o-mini reduces cost by 42.0% "
                                                        "with a 6.0% quality impact.");
        QTest::newRow("rounding") << 96.46 << 2.04
                                  << QStringLiteral("Switching from gpt-4o to gpt-4o-mini reduces cost by 96.5% "
                                                    "with a 2.0% quality impact.");
        QTest::newRow("no negative zero") << 50.0 << -0.04
                                          << QStringLiteral("Switching from gpt-4o to gpt-4o-mini reduces cost by "
                                                            "50.0% with a 0.0% quality impact.");
    }
    void sentenceFormat()
    {
        QFETCH(double, saving);
        QFETCH(double, impact);
        QFETCH(QString, sentence);
        QCOMPARE(
            Recommendation::summarySentence(QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), saving, impact),
            sentence);
    }

    void segmentsAndPortkeyConfig()
    {
        // gpt-4o-mini is as good on general prompts but much worse on coding ones.
        QList<EvaluatorSample> samples = pairedSamples(QStringLiteral("gpt-4o-mini"), 80, 90, 89, 0.01, 0.001);
        samples += pairedSamples(QStringLiteral("gpt-4o-mini"), 80, 90, 70, 0.01, 0.001, QStringLiteral("coding"));
        const EvaluatorReport report = reportOf(samples);
        const auto segs = Recommender::segments(report, { QStringLiteral("gpt-4o-mini") }, QStringLiteral("gpt-4o"),
                                                RecommendationThresholds());
        QCOMPARE(segs.size(), 2);
        QCOMPARE(segs.at(0).segment, QStringLiteral("coding"));
        QCOMPARE(segs.at(0).model, QStringLiteral("gpt-4o"));
        QVERIFY(segs.at(0).keepCurrent);
        QCOMPARE(segs.at(1).model, QStringLiteral("gpt-4o-mini"));
        const QJsonObject config
            = PortkeyConditionalConfig::build(segs, QStringLiteral("gpt-4o-mini"), PriceCatalog::defaultCatalog());
        const QJsonObject strategy = config.value(QLatin1String("strategy")).toObject();
        QCOMPARE(strategy.value(QLatin1String("mode")).toString(), QStringLiteral("conditional"));
        QCOMPARE(strategy.value(QLatin1String("default")).toString(), QStringLiteral("gpt-4o-mini"));
        const QJsonArray conditions = strategy.value(QLatin1String("conditions")).toArray();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.at(0)[QLatin1String("query")][QLatin1String("metadata.use_case")][QLatin1String("$eq")]
                     .toString(),
                 QStringLiteral("coding"));
        QCOMPARE(conditions.at(0)[QLatin1String("then")].toString(), QStringLiteral("gpt-4o"));
        const QJsonArray targets = config.value(QLatin1String("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        for (const QJsonValue &t : targets) {
            QVERIFY(!t[QLatin1String("name")].toString().isEmpty());
            QCOMPARE(t[QLatin1String("provider")].toString(), QStringLiteral("openai"));
            QCOMPARE(t[QLatin1String("override_params")][QLatin1String("model")].toString(),
                     t[QLatin1String("name")].toString());
        }
    }

    void segmentsFollowTheHeadline()
    {
        // gpt-4o-mini passes overall; segments with too little evidence of their own follow the headline, so the
        // per-segment table and the Portkey config never keep gpt-4o where the headline says to switch.
        QList<EvaluatorSample> samples;
        const QStringList useCases { QStringLiteral("general"), QStringLiteral("coding"), QStringLiteral("support"),
                                     QStringLiteral("reasoning") };
        for (const QString &u : useCases)
            samples += pairedSamples(QStringLiteral("gpt-4o-mini"), u == QLatin1String("general") ? 100 : 2, 90, 89,
                                     0.01, 0.001, u);
        const EvaluatorReport report = reportOf(samples);
        QList<RecommendationCandidate> cands { candidate(QStringLiteral("gpt-4o-mini")) };
        const UserProfile p = gpt4oProfile();
        Recommender::verify(&cands[0], report, p, RecommendationThresholds(), 1);
        QVERIFY2(cands.at(0).passed, qPrintable(cands.at(0).whyNot.join(u';')));
        const Recommendation r = Recommender::decide(cands, report, p, RecommendationThresholds(), 0.00325,
                                                     PriceCatalog::defaultCatalog(), QString());
        QCOMPARE(r.recommended->model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(r.segments.size(), 4);
        for (const SegmentRecommendation &s : r.segments)
            QVERIFY2(s.model == QLatin1String("gpt-4o-mini"), qPrintable(s.segment + QLatin1Char(' ') + s.model));
        QVERIFY(!r.segmented);
        const QJsonObject strategy = r.portkeyConfig.value(QLatin1String("strategy")).toObject();
        QVERIFY(strategy.value(QLatin1String("conditions")).toArray().isEmpty());
    }

    void noRecommendationKeepsEverySegmentOnTheCurrentModel()
    {
        // gpt-4o-mini drops 8 % overall, yet looks fine on 3 support prompts: too little evidence to route a
        // segment to it while the headline says "no recommendation".
        QList<EvaluatorSample> samples = pairedSamples(QStringLiteral("gpt-4o-mini"), 20, 90, 82, 0.01, 0.001);
        samples += pairedSamples(QStringLiteral("gpt-4o-mini"), 3, 90, 90, 0.01, 0.001, QStringLiteral("support"));
        const EvaluatorReport report = reportOf(samples);
        QList<RecommendationCandidate> cands { candidate(QStringLiteral("gpt-4o-mini")) };
        const UserProfile p = gpt4oProfile();
        Recommender::verify(&cands[0], report, p, RecommendationThresholds(), 1);
        QVERIFY(!cands.at(0).passed);
        const Recommendation r = Recommender::decide(cands, report, p, RecommendationThresholds(), 0.00325,
                                                     PriceCatalog::defaultCatalog(), QString());
        QCOMPARE(r.status, Recommendation::Status::NoRecommendation);
        for (const SegmentRecommendation &s : r.segments)
            QVERIFY2(s.model == QLatin1String("gpt-4o") && s.keepCurrent,
                     qPrintable(s.segment + QLatin1Char(' ') + s.model));
        QVERIFY(!r.segmented);
        const QJsonObject strategy = r.portkeyConfig.value(QLatin1String("strategy")).toObject();
        QVERIFY(strategy.value(QLatin1String("conditions")).toArray().isEmpty());
    }

    void loggedAnswersAreNeverTheBaseline()
    {
        // Only the logged gpt-4o answers exist: they are shown "as logged", but nothing is paired against them.
        QList<EvaluatorSample> samples = pairedSamples(QStringLiteral("gpt-4o-mini"), 10, 40, 85, 0.01, 0.001);
        for (EvaluatorSample &s : samples)
            if (s.model == QLatin1String("gpt-4o"))
                s.source = AnswerSource::Value::Baseline;
        const EvaluatorReport r = reportOf(samples);
        const ModelAggregate *logged = r.find(QStringLiteral("gpt-4o"), AnswerSource::Value::Baseline);
        QVERIFY(logged);
        QCOMPARE(logged->label(), QStringLiteral("gpt-4o (as logged)"));
        QVERIFY(!logged->isCurrent);
        QVERIFY(!r.current());
        QVERIFY(r.comparisons.isEmpty());
    }

    void evaluatorAggregatesAndPairs()
    {
        QList<EvaluatorSample> samples = pairedSamples(QStringLiteral("gpt-4o-mini"), 10, 90, 85, 0.01, 0.001);
        samples[1].refusalKind = QStringLiteral("full"); // the candidate of prompt 0 refuses
        samples[1].refusalType = QStringLiteral("OVERCAUTIOUS");
        samples[3].judged = false;
        samples[3].judgeFailed = true;
        const EvaluatorReport r = reportOf(samples);
        const ModelAggregate *cur = r.current();
        QVERIFY(cur);
        QCOMPARE(cur->model, QStringLiteral("gpt-4o"));
        const ModelAggregate *mini = r.find(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(mini->samples, 10);
        QCOMPARE(mini->fullRefusals, 1);
        QCOMPARE(mini->refusalsByType.value(QStringLiteral("OVERCAUTIOUS")), 1);
        QCOMPARE(mini->judgeFailures, 1);
        QVERIFY(qAbs(mini->formatFailureRate() - 0.1) < 1e-12);
        QVERIFY(mini->onParetoFrontier && cur->onParetoFrontier);
        const ModelAggregateComparison *cmp = r.comparison(QStringLiteral("gpt-4o-mini"));
        QCOMPARE(cmp->pairs, 10);
        QCOMPARE(cmp->qualityPairs, 9);
        QCOMPARE(cmp->refusal.b, 0); // b: only the current model refused
        QCOMPARE(cmp->refusal.c, 1); // c: only the candidate refused
        QVERIFY(cmp->qualityDelta.upper < 0);
        QVERIFY(qAbs(cmp->costSavingPercent - 90.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
