// SPDX-License-Identifier: MIT
// The anytime-valid interval verification will stop on: its formula, its coverage under a look after every round
// (where a fixed-sample interval loses its level), and the sample-size planner built on it.
#include "recommend/recommendationthresholds.h"
#include "stats/confidencesequence.h"
#include "stats/paireddifferences.h"
#include "stats/statistics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

// Rounds of a verification: the interval is looked at after each (from 20 pairs: see coverageUnderRepeatedLooks).
const QList<qint64> Looks { 20, 40, 80, 160, 320 };

double normal(QRandomGenerator &rng)
{
    const double u1 = 1.0 - rng.generateDouble();
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

// A paired quality difference as a judge produces it: whole points, skewed (a few answers much worse).
double judgeDifference(QRandomGenerator &rng, double mean)
{
    const double x = rng.generateDouble() < 0.1 ? -25.0 + 6.0 * normal(rng) : 2.78 + 5.0 * normal(rng);
    return std::round(x) + mean - (0.1 * -25.0 + 0.9 * 2.78); // the mixture's own mean, 0.002, shifted away
}

struct Coverage
{
    double sequence = 0; // the confidence sequence held at every look
    double fixed = 0; // a fixed-sample 95 % interval held at every look
};

template <typename Draw>
Coverage coverage(int sequences, double trueMean, Draw draw)
{
    QRandomGenerator rng(20261203);
    int sequenceHeld = 0, fixedHeld = 0;
    for (int s = 0; s < sequences; ++s) {
        ConfidenceSequence cs(0.05, 40);
        QList<double> values;
        bool sequenceOk = true, fixedOk = true;
        for (qint64 look : Looks) {
            while (cs.count() < look) {
                const double x = draw(rng);
                cs.add(x);
                values.append(x);
            }
            sequenceOk = sequenceOk && cs.interval().contains(trueMean);
            const double half = 1.96 * cs.standardDeviation() / std::sqrt(double(cs.count()));
            fixedOk = fixedOk && std::abs(cs.mean() - trueMean) <= half;
        }
        sequenceHeld += sequenceOk ? 1 : 0;
        fixedHeld += fixedOk ? 1 : 0;
    }
    return { double(sequenceHeld) / sequences, double(fixedHeld) / sequences };
}

// Where verification draws its per-prompt differences from in the coverage test through PairedDifferences.
struct DifferenceSource
{
    enum class Shape { SkewedJudge, ClusteredJudge, BinaryRefusal };
    Shape shape = Shape::SkewedJudge;
    double trueMean = 0;
    int users = 400;
    double userSd = 0; // user effect on the difference: intra-user correlation userSd² / (userSd² + 95.6)
    double up = 0, down = 0; // binary: P(+1) candidate alone refuses, P(−1) baseline alone refuses
    QList<double> effects;

    void reset(QRandomGenerator &rng)
    {
        effects.clear();
        if (shape == Shape::ClusteredJudge)
            for (int u = 0; u < users; ++u)
                effects.append(userSd * normal(rng));
    }
    std::pair<double, QString> next(QRandomGenerator &rng) const
    {
        switch (shape) {
        case Shape::SkewedJudge:
            return { judgeDifference(rng, trueMean), QString() };
        case Shape::ClusteredJudge: {
            const int u = int(rng.bounded(users));
            return { judgeDifference(rng, trueMean) + effects.at(u), QStringLiteral("user:u%1").arg(u) };
        }
        case Shape::BinaryRefusal: {
            const double x = rng.generateDouble();
            return { x < up ? 1.0 : x < up + down ? -1.0 : 0.0, QString() };
        }
        }
        return {};
    }
};

struct PairedCoverage
{
    double held = 0; // the interval held the true mean at every look
    double meanDesignEffect = 1; // at the last look
    double meanDiscordant = 0; // binary: discordant pairs at the first look
};

// Verification's looks (RecommendationThresholds::nextRoundPrompts: 20, 40, … 640) with its alpha and tightestAt.
PairedCoverage pairedCoverage(int sequences, DifferenceSource source)
{
    const RecommendationThresholds t;
    const PairedDifferences::Kind kind = source.shape == DifferenceSource::Shape::BinaryRefusal
        ? PairedDifferences::Kind::Binary
        : PairedDifferences::Kind::Continuous;
    QRandomGenerator rng(20261204);
    int held = 0;
    double designEffects = 0, discordant = 0;
    for (int s = 0; s < sequences; ++s) {
        source.reset(rng);
        PairedDifferences d(kind);
        bool ok = true;
        for (int look = t.nextRoundPrompts(0);; look = t.nextRoundPrompts(look)) {
            while (d.count() < look) {
                const auto [value, cluster] = source.next(rng);
                d.add(value, cluster);
            }
            if (look == t.firstRoundPrompts && kind == PairedDifferences::Kind::Binary)
                discordant += (d.spread() * d.spread() * double(look + 2) - 1.0) / sequences;
            ok = ok && d.interval(t.alpha, t.tightestAt).contains(source.trueMean);
            if (look >= t.maxPrompts)
                break;
        }
        designEffects += d.designEffect() / sequences;
        held += ok ? 1 : 0;
    }
    return { double(held) / sequences, designEffects, discordant };
}

} // namespace

class TestConfidenceSequence : public QObject
{
    Q_OBJECT

private slots:
    void halfWidthByHand()
    {
        // n = 40, sd = 1, α = 0.05, tightest at 40: ρ² = (5.9915 + ln 6.9915) / 40 = 0.198405,
        // sqrt(2 · 8.9362 / (1600 · 0.198405) · ln(sqrt(8.9362) / 0.05)) = 0.47990.
        QVERIFY(std::abs(ConfidenceSequence::halfWidth(40, 1.0, 0.05, 40) - 0.47990) < 5e-5);
        // It is wider than a fixed-sample interval (1.96 / sqrt(40) = 0.3099): the price of looking every round.
        QVERIFY(ConfidenceSequence::halfWidth(40, 1.0, 0.05, 40) > 1.96 / std::sqrt(40.0));
        QVERIFY(std::isnan(ConfidenceSequence::halfWidth(1, 1.0, 0.05, 40)));
        // Narrower with more data, wider with more spread.
        QVERIFY(ConfidenceSequence::halfWidth(80, 1.0, 0.05, 40) < ConfidenceSequence::halfWidth(40, 1.0, 0.05, 40));
        QVERIFY(ConfidenceSequence::halfWidth(40, 2.0, 0.05, 40) > ConfidenceSequence::halfWidth(40, 1.0, 0.05, 40));
    }

    void runningMomentsMatchTheBatchOnes()
    {
        const QList<double> v { 3, -2, 7, 7, 0.5, -11, 4 };
        ConfidenceSequence cs;
        cs.add(v);
        QCOMPARE(cs.count(), v.size());
        QVERIFY(std::abs(cs.mean() - Statistics::mean(v)) < 1e-12);
        QVERIFY(std::abs(cs.standardDeviation() - Statistics::standardDeviation(v)) < 1e-12);
        const ConfidenceInterval ci = cs.interval();
        QVERIFY(ci.isValid());
        QVERIFY(std::abs((ci.upper - ci.lower) / 2 - cs.halfWidth()) < 1e-12);
    }

    // Looked at after every round (20, 40, … 320 pairs), the sequence keeps (close to) its 95 % level over 2,000
    // simulated verifications; the usual fixed-sample interval, looked at the same way, does not.
    void coverageUnderRepeatedLooks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("normal differences") << 0;
        QTest::newRow("skewed whole-point judge differences") << 1;
    }
    void coverageUnderRepeatedLooks()
    {
        QFETCH(int, kind);
        const double trueMean = -2.0;
        const Coverage c = kind == 0
            ? coverage(2000, trueMean, [&](QRandomGenerator &rng) { return trueMean + 6.0 * normal(rng); })
            : coverage(2000, trueMean, [&](QRandomGenerator &rng) { return judgeDifference(rng, trueMean); });
        qInfo("coverage over 5 looks: confidence sequence %.3f, fixed-sample interval %.3f", c.sequence, c.fixed);
        // Asymptotic: with 10 % of answers 25 points worse, 20 pairs often hold none of them, and the sequence covers
        // 0.936-0.945 over six seeds (nominal 0.95); normal differences 0.984-0.987. Looks start at 20 pairs
        // because at 10 the skewed case fell to 0.92.
        QVERIFY2(c.sequence >= (kind == 0 ? 0.97 : 0.93), qPrintable(QString::number(c.sequence)));
        QVERIFY2(c.fixed < c.sequence, qPrintable(QStringLiteral("%1 vs %2").arg(c.fixed).arg(c.sequence)));
    }

    // The same through PairedDifferences exactly as verification uses it (α 0.05, tightest at 80 pairs, a look after
    // every round 20 … 640), over 1,000 simulated verifications each: judge-like differences, the same with prompts of
    // 400 users who answer alike (the design effect must widen the interval), and rare refusal differences.
    void pairedCoverageAsVerificationLooks_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<double>("trueMean");
        QTest::addColumn<double>("userSd");
        QTest::addColumn<double>("up");
        QTest::addColumn<double>("down");
        const int skewed = int(DifferenceSource::Shape::SkewedJudge);
        const int clustered = int(DifferenceSource::Shape::ClusteredJudge);
        const int binary = int(DifferenceSource::Shape::BinaryRefusal);
        // Nominal 0.95, asymptotic: this one covers 0.948 at the seed below but 0.936-0.961 over seeds 1-8 (mean
        // 0.947), so it sits at the bound; the clustered and binary rows have room (0.970-0.987, 0.952-1.000).
        QTest::newRow("skewed judge differences") << skewed << -2.0 << 0.0 << 0.0 << 0.0;
        // 95.6 is the variance of judgeDifference: userSd 4.9 gives an intra-user correlation of 0.2, 7.2 one of 0.35.
        QTest::newRow("400 users, intra-user correlation 0.2") << clustered << -2.0 << 4.9 << 0.0 << 0.0;
        QTest::newRow("400 users, intra-user correlation 0.35") << clustered << -2.0 << 7.2 << 0.0 << 0.0;
        QTest::newRow("refusals, 2 % vs 1 % discordant") << binary << 0.01 << 0.0 << 0.02 << 0.01;
        QTest::newRow("refusals, 1 % discordant one way") << binary << 0.01 << 0.0 << 0.01 << 0.0;
        QTest::newRow("refusals, 3 % vs 3 % discordant") << binary << 0.0 << 0.0 << 0.03 << 0.03;
    }
    void pairedCoverageAsVerificationLooks()
    {
        QFETCH(int, shape);
        QFETCH(double, trueMean);
        QFETCH(double, userSd);
        QFETCH(double, up);
        QFETCH(double, down);
        DifferenceSource source;
        source.shape = DifferenceSource::Shape(shape);
        source.trueMean = trueMean;
        source.userSd = userSd;
        source.up = up;
        source.down = down;
        const PairedCoverage c = pairedCoverage(1000, source);
        qInfo("%s: coverage %.3f over 6 looks (mean design effect at 640 %.2f, discordant at 20 %.2f)",
              QTest::currentDataTag(), c.held, c.meanDesignEffect, c.meanDiscordant);
        QVERIFY2(c.held >= 0.94, qPrintable(QString::number(c.held)));
    }

    void plannerSaysHowManyMoreWouldSettleIt()
    {
        QRandomGenerator rng(7);
        ConfidenceSequence cs(0.05, 40);
        for (int i = 0; i < 20; ++i)
            cs.add(-2.0 + 6.0 * normal(rng));
        const double margin = -5.0; // the interval must leave out "5 points worse"
        QVERIFY(cs.interval().contains(margin) || cs.interval().lower > margin);
        const qint64 needed = cs.observationsToExclude(margin, 100000);
        QVERIFY2(needed >= cs.count(), qPrintable(QString::number(needed)));
        // At the planned size, with the mean and spread as observed, the interval is decisive; one fewer is not
        // (unless it already was).
        const double distance = std::abs(cs.mean() - margin);
        QVERIFY(ConfidenceSequence::halfWidth(needed, cs.standardDeviation(), 0.05, 40) < distance);
        if (needed > cs.count())
            QVERIFY(!(ConfidenceSequence::halfWidth(needed - 1, cs.standardDeviation(), 0.05, 40) < distance));
        // A mean on the threshold is never settled, nor is anything beyond the cap.
        ConfidenceSequence flat;
        flat.add({ -1.0, 1.0, -1.0, 1.0 });
        QCOMPARE(flat.observationsToExclude(0.0, 100000), -1);
        QCOMPARE(cs.observationsToExclude(margin, cs.count()), cs.halfWidth() < distance ? cs.count() : -1);
    }
};

QTEST_GUILESS_MAIN(TestConfidenceSequence)
#include "tst_confidencesequence.moc"
