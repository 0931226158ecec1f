// SPDX-License-Identifier: MIT
// The live non-inferiority test of a rollout stage: its half-width, its power against simulated binomial counts,
// and its false-promotion rate when a stage's check is looked at 20 times.
#include "rollout/rolloutpower.h"
#include "stats/confidencesequence.h"
#include "stats/statistics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

qint64 binomial(QRandomGenerator &rng, qint64 n, double p)
{
    qint64 k = 0;
    for (qint64 i = 0; i < n; ++i)
        k += rng.generateDouble() < p ? 1 : 0;
    return k;
}

// The promotion check as the stage reads it, on observed counts: pass when d − h > −margin.
bool passes(qint64 kc, qint64 nc, qint64 kp, qint64 np, double margin, double alpha, qint64 tightestAt)
{
    const double pc = double(kc) / double(nc);
    const double pp = double(kp) / double(np);
    const double h = RolloutPower::halfWidth(nc, np, pc, pp, alpha, tightestAt);
    return std::isfinite(h) && pc - pp - h > -margin;
}

} // namespace

class TestRolloutPower : public QObject
{
    Q_OBJECT

private slots:
    void halfWidthIsTheConfidenceSequenceOfTheTwoSampleSpread()
    {
        const qint64 nc = 1000, np = 99000;
        const double se = std::sqrt(0.98 * 0.02 / nc + 0.98 * 0.02 / np);
        const double expected = ConfidenceSequence::halfWidth(nc, se * std::sqrt(double(nc)), 0.10, 1000);
        QCOMPARE(RolloutPower::halfWidth(nc, np, 0.98, 0.98, 0.05, 1000), expected);
        // The design effect multiplies the variance: the half-width grows by its square root.
        QVERIFY(std::abs(RolloutPower::halfWidth(nc, np, 0.98, 0.98, 0.05, 1000, 4.0) - 2 * expected) < 1e-12);
        QVERIFY(std::isnan(RolloutPower::halfWidth(1, np, 0.98, 0.98, 0.05, 1000)));
        // Hand check at the canary minimum (SPEC §9 defaults): h ≈ 0.0123, power Φ((0.02 − h)/SE) ≈ 0.96.
        QVERIFY(std::abs(expected - 0.01223) < 2e-4);
        const double power = RolloutPower::power(nc, np, 0.98, 0.02, 0.05, 1000);
        QVERIFY2(std::abs(power - Statistics::normalCdf((0.02 - expected) / se)) < 1e-12,
                 qPrintable(QString::number(power)));
        QVERIFY(power > 0.94 && power < 0.98);
    }

    void powerRisesWithSamples()
    {
        double previous = 0.0;
        for (qint64 n : { 50, 100, 200, 400, 800, 1600, 3200, 6400, 12800, 25600 }) {
            const double p = RolloutPower::power(n, n, 0.95, 0.02, 0.05, 1000);
            QVERIFY2(p > previous, qPrintable(QStringLiteral("n = %1: %2 after %3").arg(n).arg(p).arg(previous)));
            previous = p;
        }
        QVERIFY(previous > 0.99);
        // More production traffic per challenger sample helps, a design effect hurts.
        QVERIFY(RolloutPower::power(500, 5000, 0.95, 0.02, 0.05, 500)
                > RolloutPower::power(500, 500, 0.95, 0.02, 0.05, 500));
        QVERIFY(RolloutPower::power(500, 500, 0.95, 0.02, 0.05, 500, 2.0)
                < RolloutPower::power(500, 500, 0.95, 0.02, 0.05, 500));
    }

    void tinyMarginHasLittlePower()
    {
        // With no room between the truth and the margin the test almost never passes (Φ(−h/SE) < α).
        const double p = RolloutPower::power(5000, 5000, 0.95, 1e-9, 0.05, 5000);
        QVERIFY2(p > 0.0 && p < 0.05, qPrintable(QString::number(p)));
    }

    void samplesForPowerIsTheFirstToReachTheTarget()
    {
        const qint64 n = RolloutPower::samplesForPower(1.0, 0.95, 0.02, 0.05, 1000, 0.8, 10000000);
        QVERIFY(n > 2);
        const auto power = [](qint64 k) { return RolloutPower::power(k, k, 0.95, 0.02, 0.05, 1000); };
        QVERIFY2(power(n) >= 0.8, qPrintable(QString::number(power(n))));
        QVERIFY2(power(n - 1) < 0.8, qPrintable(QString::number(power(n - 1))));
        QCOMPARE(RolloutPower::samplesForPower(1.0, 0.95, 0.02, 0.05, 1000, 0.8, n - 1), qint64(-1));
        QCOMPARE(RolloutPower::samplesForPower(1.0, 0.95, 0.02, 0.05, 1000, 0.8, n), n);
        // A design effect of 2 doubles the variance: about twice the samples.
        const qint64 clustered = RolloutPower::samplesForPower(1.0, 0.95, 0.02, 0.05, 1000, 0.8, 10000000, 2.0);
        QVERIFY2(clustered > 1.6 * n && clustered < 2.4 * n,
                 qPrintable(QStringLiteral("%1 vs %2").arg(clustered).arg(n)));
    }

    // Binomial counts at the stage minimum, looked at once: the pass rate is the power when d = 0, and a
    // challenger 1.5 margins worse almost never passes.
    void monteCarloPassRateMatchesPower_data()
    {
        QTest::addColumn<qint64>("nc");
        QTest::addColumn<qint64>("np");
        QTest::addColumn<double>("p");
        QTest::newRow("equal split, p 0.9") << qint64(4000) << qint64(4000) << 0.90;
        QTest::newRow("ramping-like, p 0.95") << qint64(2500) << qint64(2500) << 0.95;
        QTest::newRow("graduated-like, p 0.98") << qint64(400) << qint64(3600) << 0.98;
    }

    void monteCarloPassRateMatchesPower()
    {
        QFETCH(qint64, nc);
        QFETCH(qint64, np);
        QFETCH(double, p);
        const double margin = 0.02, alpha = 0.05;
        const int trials = 3000;
        QRandomGenerator rng(20261204);
        int passedEqual = 0, passedWorse = 0;
        for (int t = 0; t < trials; ++t) {
            const qint64 kp = binomial(rng, np, p);
            passedEqual += passes(binomial(rng, nc, p), nc, kp, np, margin, alpha, nc) ? 1 : 0;
            passedWorse += passes(binomial(rng, nc, p - 1.5 * margin), nc, kp, np, margin, alpha, nc) ? 1 : 0;
        }
        const double power = RolloutPower::power(nc, np, p, margin, alpha, nc);
        const double observed = double(passedEqual) / trials;
        const double tolerance = 3.0 * std::sqrt(power * (1 - power) / trials) + 0.03; // plug-in rates vs true p
        qInfo("n %lld/%lld p %.2f: power %.3f, passed %.3f at d = 0, %.4f at d = -1.5 margin", nc, np, p, power,
              observed, double(passedWorse) / trials);
        QVERIFY2(power > 0.3 && power < 0.95, qPrintable(QString::number(power))); // a row that tells something
        QVERIFY2(std::abs(observed - power) <= tolerance,
                 qPrintable(QStringLiteral("pass rate %1 vs power %2").arg(observed).arg(power)));
        QVERIFY2(double(passedWorse) / trials < 0.01, qPrintable(QString::number(passedWorse)));
    }

    // The check may be read at every look: a challenger exactly one margin worse is promoted at most α of the
    // time over 20 looks within a stage, where a fixed-sample one-sided z-test looked at 20 times is not.
    void falsePassesStayBelowAlphaOverTwentyLooks()
    {
        const double p = 0.90, margin = 0.02, alpha = 0.05;
        const qint64 perLook = 150; // 3,000 per side at the stage minimum
        const qint64 minimum = 20 * perLook;
        const int trials = 2000;
        QRandomGenerator rng(7);
        int sequencePasses = 0, naivePasses = 0;
        const double z = Statistics::normalQuantile(1 - alpha);
        for (int t = 0; t < trials; ++t) {
            qint64 kc = 0, kp = 0, n = 0;
            bool passed = false, naive = false;
            for (int look = 0; look < 20; ++look) {
                kc += binomial(rng, perLook, p - margin);
                kp += binomial(rng, perLook, p);
                n += perLook;
                passed = passed || passes(kc, n, kp, n, margin, alpha, minimum);
                const double pc = double(kc) / n, pp = double(kp) / n;
                const double se = std::sqrt(pc * (1 - pc) / n + pp * (1 - pp) / n);
                naive = naive || pc - pp - z * se > -margin;
            }
            sequencePasses += passed ? 1 : 0;
            naivePasses += naive ? 1 : 0;
        }
        const double rate = double(sequencePasses) / trials;
        qInfo("false passes over 20 looks at d = -margin: %.4f (fixed-sample z-test looked at 20 times: %.4f)", rate,
              double(naivePasses) / trials);
        QVERIFY2(rate <= alpha, qPrintable(QString::number(rate)));
        QVERIFY2(double(naivePasses) / trials > alpha, "the naive test should lose its level, or the test is blunt");
    }
};

QTEST_GUILESS_MAIN(TestRolloutPower)
#include "tst_rolloutpower.moc"
