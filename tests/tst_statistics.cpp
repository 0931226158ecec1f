// SPDX-License-Identifier: MIT
// Expected values were computed with CPython 3.11 on the build machine, standard library only:
// percentiles with statistics.quantiles(data, n=100, method='inclusive') (= numpy's linear/type 7),
// mean/variance with statistics.mean/variance, normal values with statistics.NormalDist(),
// exact McNemar as min(1, 2*sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2**n),
// chi-square McNemar as math.erfc(math.sqrt(chi / 2)) with chi = max(0, |b-c|-1)**2 / (b+c),
// non-inferiority z/p from the unpooled SE formula and NormalDist().cdf.
#include "stats/statistics.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {
bool near(double a, double b, double tol = 1e-9)
{
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}
} // namespace

class TestStatistics : public QObject
{
    Q_OBJECT

private slots:
    void meanAndVariance();
    void percentile_data();
    void percentile();
    void normal_data();
    void normal();
    void mcnemar_data();
    void mcnemar();
    void mcnemarFromPairs();
    void nonInferiority_data();
    void nonInferiority();
    void bootstrapDeterministic();
    void bootstrapCoverage();
    void pairedBootstrap();
    void pareto_data();
    void pareto();
};

void TestStatistics::meanAndVariance()
{
    const QList<double> lat { 120, 85, 430, 97, 101, 250, 88, 93, 1200, 110, 99, 105 };
    QVERIFY(near(Statistics::mean(lat), 231.5));
    QVERIFY(near(Statistics::variance(lat), 103167.90909090909));
    QVERIFY(near(Statistics::standardDeviation(lat), 321.19761688236275));
    QVERIFY(std::isnan(Statistics::mean({})));
    QVERIFY(std::isnan(Statistics::variance({ 1.0 })));
}

void TestStatistics::percentile_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    const QList<double> five { 50, 15, 40, 20, 35 }; // unsorted on purpose
    QTest::newRow("p0") << five << 0.0 << 15.0;
    QTest::newRow("p1") << five << 1.0 << 15.2;
    QTest::newRow("p40") << five << 40.0 << 29.0;
    QTest::newRow("p50") << five << 50.0 << 35.0;
    QTest::newRow("p95") << five << 95.0 << 48.0;
    QTest::newRow("p99") << five << 99.0 << 49.6;
    QTest::newRow("p100") << five << 100.0 << 50.0;
    const QList<double> lat { 120, 85, 430, 97, 101, 250, 88, 93, 1200, 110, 99, 105 };
    QTest::newRow("latency-p50") << lat << 50.0 << 103.0;
    QTest::newRow("latency-p95") << lat << 95.0 << 776.5;
    QTest::newRow("latency-p99") << lat << 99.0 << 1115.3;
    QTest::newRow("single") << QList<double> { 7.0 } << 95.0 << 7.0;
}

void TestStatistics::percentile()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QVERIFY2(near(Statistics::percentile(values, p), expected),
             qPrintable(QString::number(Statistics::percentile(values, p), 'g', 17)));
}

void TestStatistics::normal_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("z");
    QTest::newRow("0.5") << 0.5 << 0.0;
    QTest::newRow("0.975") << 0.975 << 1.9599639845400536;
    QTest::newRow("0.95") << 0.95 << 1.6448536269514715;
    QTest::newRow("0.05") << 0.05 << -1.6448536269514726;
    QTest::newRow("0.01") << 0.01 << -2.3263478740408408;
    QTest::newRow("1e-10") << 1e-10 << -6.361340902404056;
    QTest::newRow("0.999999") << 0.999999 << 4.753424308817089;
}

void TestStatistics::normal()
{
    QFETCH(double, p);
    QFETCH(double, z);
    QVERIFY2(std::abs(Statistics::normalQuantile(p) - z) < 1e-9,
             qPrintable(QString::number(Statistics::normalQuantile(p), 'g', 17)));
    QVERIFY(std::abs(Statistics::normalCdf(z) - p) < 1e-12 * std::max(1.0, 1.0 / p));
    QVERIFY(near(Statistics::normalCdf(1.96), 0.9750021048517796, 1e-14));
    QVERIFY(near(Statistics::normalCdf(-1.0), 0.15865525393145707, 1e-14));
}

void TestStatistics::mcnemar_data()
{
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<double>("statistic");
    QTest::addColumn<double>("p");
    QTest::newRow("exact-3-12") << qint64(3) << qint64(12) << true << 64.0 / 15.0 << 0.03515625;
    QTest::newRow("exact-0-7") << qint64(0) << qint64(7) << true << 36.0 / 7.0 << 0.015625;
    QTest::newRow("exact-5-5-capped") << qint64(5) << qint64(5) << true << 0.0 << 1.0;
    QTest::newRow("exact-10-14") << qint64(10) << qint64(14) << true << 9.0 / 24.0 << 0.5412561893463135;
    QTest::newRow("chi2-30-50") << qint64(30) << qint64(50) << false << 4.5125 << 0.03364802587476163;
    QTest::newRow("chi2-40-20") << qint64(40) << qint64(20) << false << 6.016666666666667 << 0.01417138825401233;
    QTest::newRow("chi2-12-13") << qint64(12) << qint64(13) << false << 0.0 << 1.0;
    QTest::newRow("no-discordant") << qint64(0) << qint64(0) << false << 0.0 << 1.0;
}

void TestStatistics::mcnemar()
{
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(bool, exact);
    QFETCH(double, statistic);
    QFETCH(double, p);
    const McNemarResult r = Statistics::mcnemar(b, c);
    QCOMPARE(r.exact, exact);
    QVERIFY2(near(r.statistic, statistic), qPrintable(QString::number(r.statistic, 'g', 17)));
    QVERIFY2(near(r.pValue, p, 1e-12), qPrintable(QString::number(r.pValue, 'g', 17)));
}

void TestStatistics::mcnemarFromPairs()
{
    // 3 pairs (yes, no), 12 pairs (no, yes), concordant pairs in between do not matter.
    QList<bool> base, cand;
    for (int i = 0; i < 3; ++i) {
        base << true;
        cand << false;
    }
    for (int i = 0; i < 12; ++i) {
        base << false;
        cand << true;
    }
    for (int i = 0; i < 50; ++i) {
        base << (i % 2 == 0);
        cand << (i % 2 == 0);
    }
    const McNemarResult r = Statistics::mcnemar(base, cand);
    QCOMPARE(r.b, 3);
    QCOMPARE(r.c, 12);
    QVERIFY(near(r.pValue, 0.03515625));
    QVERIFY(std::isnan(Statistics::mcnemar(base, cand.mid(1)).pValue));
}

void TestStatistics::nonInferiority_data()
{
    QTest::addColumn<qint64>("sc");
    QTest::addColumn<qint64>("nc");
    QTest::addColumn<qint64>("sk");
    QTest::addColumn<qint64>("nk");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("lower");
    QTest::addColumn<NonInferiorityVerdict>("verdict");
    QTest::newRow("inconclusive") << qint64(960) << qint64(1000) << qint64(970) << qint64(1000) << 1.2171612389003676
                                  << 0.11177143728566052 << -0.023513851529132643
                                  << NonInferiorityVerdict::Inconclusive;
    QTest::newRow("pass-large") << qint64(9700) << qint64(10000) << qint64(9720) << qint64(10000) << 7.585017811819912
                                << 1.6653345369377348e-14 << -0.005903400891028712 << NonInferiorityVerdict::Pass;
    QTest::newRow("pass-better") << qint64(985) << qint64(1000) << qint64(980) << qint64(1000) << 4.264014327112207
                                 << 1.0039328062205755e-05 << -0.004643809218069887 << NonInferiorityVerdict::Pass;
    QTest::newRow("fail") << qint64(900) << qint64(1000) << qint64(970) << qint64(1000) << -4.5815678608759995
                          << 0.999997692486025 << -0.08795077227817126 << NonInferiorityVerdict::Fail;
}

void TestStatistics::nonInferiority()
{
    QFETCH(qint64, sc);
    QFETCH(qint64, nc);
    QFETCH(qint64, sk);
    QFETCH(qint64, nk);
    QFETCH(double, z);
    QFETCH(double, p);
    QFETCH(double, lower);
    QFETCH(NonInferiorityVerdict, verdict);
    const NonInferiorityResult r = Statistics::nonInferiority(sc, nc, sk, nk, 0.02, 0.05);
    QVERIFY2(near(r.z, z, 1e-9), qPrintable(QString::number(r.z, 'g', 17)));
    // p near 1e-14 is 1 - Phi(z) in double precision; compare absolutely there.
    QVERIFY2(std::abs(r.pValue - p) < 1e-9 * std::max(1e-5, p) + 1e-15, qPrintable(QString::number(r.pValue, 'g', 17)));
    QVERIFY2(near(r.lowerBound, lower, 1e-9), qPrintable(QString::number(r.lowerBound, 'g', 17)));
    QCOMPARE(NonInferiorityResult::verdictToString(r.verdict), NonInferiorityResult::verdictToString(verdict));

    QCOMPARE(Statistics::nonInferiority(0, 0, 10, 10).verdict, NonInferiorityVerdict::Inconclusive);
}

void TestStatistics::bootstrapDeterministic()
{
    const QList<double> v { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    const ConfidenceInterval a = Statistics::bootstrapMeanCi(v, 2000, 0.95, 7);
    const ConfidenceInterval b = Statistics::bootstrapMeanCi(v, 2000, 0.95, 7);
    const ConfidenceInterval c = Statistics::bootstrapMeanCi(v, 2000, 0.95, 8);
    QVERIFY(a.isValid());
    QCOMPARE(a.estimate, 5.5);
    QCOMPARE(a.lower, b.lower);
    QCOMPARE(a.upper, b.upper);
    QVERIFY(a.lower != c.lower || a.upper != c.upper);
    QVERIFY(a.contains(5.5));
    // The normal-theory interval is 5.5 +/- 1.96 * 0.957; the bootstrap one is slightly narrower.
    QVERIFY(a.lower > 3.3 && a.lower < 4.2);
    QVERIFY(a.upper > 6.8 && a.upper < 7.7);
    QVERIFY(!Statistics::bootstrapMeanCi({}).isValid());
    const ConfidenceInterval constant = Statistics::bootstrapMeanCi({ 3, 3, 3 }, 100);
    QCOMPARE(constant.lower, 3.0);
    QCOMPARE(constant.upper, 3.0);
}

void TestStatistics::bootstrapCoverage()
{
    // 200 samples of n = 40 from Normal(10, 2): the 95 % interval should cover 10 in about 95 % of them.
    QRandomGenerator rng(12345);
    auto gaussian = [&rng] {
        const double u1 = 1.0 - rng.generateDouble();
        const double u2 = rng.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    };
    int covered = 0;
    constexpr int trials = 200;
    for (int t = 0; t < trials; ++t) {
        QList<double> sample;
        for (int i = 0; i < 40; ++i)
            sample << 10.0 + 2.0 * gaussian();
        if (Statistics::bootstrapMeanCi(sample, 2000, 0.95, quint64(t)).contains(10.0))
            ++covered;
    }
    const double coverage = double(covered) / trials;
    qInfo("bootstrap coverage %.3f", coverage);
    QVERIFY2(coverage >= 0.90 && coverage <= 0.99, qPrintable(QString::number(coverage)));
}

void TestStatistics::pairedBootstrap()
{
    QRandomGenerator rng(99);
    QList<double> base, cand;
    for (int i = 0; i < 60; ++i) {
        const double prompt = 50.0 + 30.0 * rng.generateDouble(); // prompt difficulty dominates the variance
        base << prompt;
        cand << prompt - 3.0 + (rng.generateDouble() - 0.5);
    }
    const ConfidenceInterval paired = Statistics::pairedBootstrapMeanDiffCi(base, cand, 5000, 0.95, 1);
    QVERIFY(paired.isValid());
    QVERIFY(paired.contains(-3.0));
    QVERIFY(paired.upper < 0.0);
    QVERIFY(paired.upper - paired.lower < 0.5); // pairing removes the prompt variance
    QVERIFY(near(paired.estimate, Statistics::mean(cand) - Statistics::mean(base)));

    const ConfidenceInterval shifted = Statistics::pairedBootstrapMeanDiffCi({ 1, 5, 9 }, { 3, 7, 11 }, 200);
    QCOMPARE(shifted.lower, 2.0);
    QCOMPARE(shifted.upper, 2.0);
    QVERIFY(!Statistics::pairedBootstrapMeanDiffCi({ 1, 2 }, { 1 }).isValid());
}

void TestStatistics::pareto_data()
{
    QTest::addColumn<QList<ParetoPoint>>("points");
    QTest::addColumn<QList<int>>("frontier");
    const double nan = std::nan("");
    QTest::newRow("ties-and-duplicates") << QList<ParetoPoint> {
        { 1.0, 70 }, // 0 frontier
        { 2.0, 80 }, // 1 frontier
        { 2.0, 75 }, // 2 dominated by 1 (same cost, lower quality)
        { 3.0, 80 }, // 3 dominated by 1 (same quality, higher cost)
        { 2.0, 80 }, // 4 duplicate of 1: kept
        { 0.5, 60 }, // 5 frontier (cheapest)
        { 4.0, 90 }, // 6 frontier (best)
        { 5.0, 85 }, // 7 dominated by 6
        { nan, 99 }, // 8 ignored
        { 0.5, 60 }, // 9 duplicate of 5: kept
        { 1.0, 60 }, // 10 dominated by 0 and 5
    } << QList<int> { 5, 9, 0, 1, 4, 6 };
    QTest::newRow("empty") << QList<ParetoPoint> {} << QList<int> {};
    QTest::newRow("single") << QList<ParetoPoint> { { 3, 3 } } << QList<int> { 0 };
    QTest::newRow("chain") << QList<ParetoPoint> { { 3, 30 }, { 1, 10 }, { 2, 20 } } << QList<int> { 1, 2, 0 };
    QTest::newRow("one-dominates-all") << QList<ParetoPoint> { { 3, 30 }, { 1, 90 }, { 2, 20 } } << QList<int> { 1 };
}

void TestStatistics::pareto()
{
    QFETCH(QList<ParetoPoint>, points);
    QFETCH(QList<int>, frontier);
    QCOMPARE(Statistics::paretoFrontier(points), frontier);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
