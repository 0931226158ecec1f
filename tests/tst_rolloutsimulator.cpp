// SPDX-License-Identifier: MIT
// The rollout simulator against stage durations computed by hand from SPEC §9's table: which bound holds each
// stage, the bottleneck, the total, and the "under 7 days" verdict both ways.
#include "rollout/rolloutplan.h"
#include "rollout/rolloutpower.h"
#include "rollout/rolloutsimulator.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

using Bound = RolloutStageForecast::Bound;

class TestRolloutSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // At 2,000 requests per hour (defaults: p 0.98, margin 0.02, α 0.05) every check has more than 80 % power at
    // its minimum samples (canary: 0.96), so samples or durations decide:
    //   shadow 24 h (duration); canary 1,000 / 20 per h = 50 h (samples); graduated 5,000 / 200 = 25 h (samples);
    //   ramping 10,000 / 1,000 = 10 h < 24 h (duration); majority 50,000 / 1,800 = 27.8 h < 48 h (duration).
    // Total 171 h = 7.125 days. Under a week needs 24 + 24 + 48 + 100,000/r + 50,000/r < 168: r > 2,083.3.
    void defaultsAtTwoThousandPerHour()
    {
        const RolloutSimulation s = RolloutSimulator::simulate(RolloutPlan::defaults(), 2000);
        QVERIFY2(s.isValid(), qPrintable(s.error));
        QCOMPARE(s.stages.size(), 6);
        const QList<double> hours { 24, 50, 25, 24, 48, 0 };
        const QList<Bound> bounds { Bound::Duration, Bound::Samples,  Bound::Samples,
                                    Bound::Duration, Bound::Duration, Bound::None };
        for (int i = 0; i < 6; ++i) {
            const RolloutStageForecast &f = s.stages.at(i);
            QVERIFY2(std::abs(f.hours - hours.at(i)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 h").arg(f.name).arg(f.hours)));
            QCOMPARE(f.bound, bounds.at(i));
        }
        QVERIFY(std::abs(s.stages.at(4).hoursForSamples - 50000.0 / 1800.0) < 1e-9);
        QVERIFY(!s.stages.at(0).hasCheck());
        QVERIFY(!s.stages.at(5).hasCheck());
        for (int i = 1; i <= 4; ++i) {
            const RolloutStageForecast &f = s.stages.at(i);
            QVERIFY2(f.power >= 0.8, qPrintable(f.name));
            QVERIFY(f.samplesForPower > 0 && f.samplesForPower <= f.minSamples);
            QVERIFY(std::abs(f.challengerSamples - 2000 * f.challengerShare * f.hours) < 1e-6);
        }
        QVERIFY(std::abs(s.stages.at(1).power - RolloutPower::power(1000, 99000, 0.98, 0.02, 0.05, 1000)) < 1e-9);
        QVERIFY(std::abs(s.totalHours - 171.0) < 1e-9);
        QCOMPARE(s.bottleneck, 1);
        QVERIFY(!s.meetsTarget);
        QCOMPARE(s.requiredRequestsPerHour, qint64(2084));
        QCOMPARE(s.verdict(),
                 QStringLiteral("Full rollout in 7.1 days at 2,000 requests per hour; the bottleneck is Canary "
                                "(1,000 samples take 50.0 h). Under 7 days needs at least 2,084 requests per hour."));
        // The threshold itself: 2,083 misses the week, 2,084 makes it.
        QVERIFY(RolloutSimulator::totalHours(RolloutPlan::defaults(), 2083, {}) >= 168.0);
        QVERIFY(RolloutSimulator::totalHours(RolloutPlan::defaults(), 2084, {}) < 168.0);
    }

    // At 4,000 per hour: 24 + 25 + 12.5 + 24 + 48 = 133.5 h = 5.6 days; majority's 48 h minimum is the bottleneck.
    void defaultsAtFourThousandPerHourMeetTheWeek()
    {
        const RolloutSimulation s = RolloutSimulator::simulate(RolloutPlan::defaults(), 4000);
        QVERIFY(std::abs(s.totalHours - 133.5) < 1e-9);
        QCOMPARE(s.bottleneck, 4);
        QCOMPARE(s.stages.at(4).bound, Bound::Duration);
        QCOMPARE(s.stages.at(2).bound, Bound::Samples);
        QVERIFY(s.meetsTarget);
        QCOMPARE(s.verdict(),
                 QStringLiteral("Full rollout in 5.6 days at 4,000 requests per hour; the bottleneck is Majority "
                                "(its minimum duration of 48 h). That meets the target of under 7 days."));
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("bottleneck")).toString(), QStringLiteral("majority"));
        QCOMPARE(json.value(QStringLiteral("meets_target")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("required_requests_per_hour")).toInteger(), 2084);
        QCOMPARE(json.value(QStringLiteral("stages")).toArray().size(), 6);
        QCOMPARE(json.value(QStringLiteral("stages")).toArray().at(1).toObject().value(QStringLiteral("bound")),
                 QJsonValue(QStringLiteral("samples")));
        QVERIFY(std::abs(json.value(QStringLiteral("total_days")).toDouble() - 133.5 / 24) < 1e-9);
    }

    // Minimum durations that add up to more than a week cannot be bought back with traffic.
    void longMinimumDurationsNeverMeetTheWeek()
    {
        QList<RolloutStage> stages = RolloutPlan::defaults().stages();
        stages[4].minDurationHours = 120; // 24 + 4 + 12 + 24 + 120 = 184 h
        const RolloutPlan plan(stages);
        const RolloutSimulation s = RolloutSimulator::simulate(plan, 1e6);
        QVERIFY(std::abs(s.totalHours - 184.0) < 1e-9);
        QVERIFY(!s.meetsTarget);
        QCOMPARE(s.requiredRequestsPerHour, qint64(-1));
        QVERIFY2(s.verdict().endsWith(QStringLiteral("Under 7 days cannot be reached at any traffic: the minimum "
                                                     "durations alone take longer.")),
                 qPrintable(s.verdict()));
    }

    // A low success rate widens the check: canary's 1,000 samples give it little power, so it runs until 80 %.
    void anUnderpoweredCheckRunsUntilItHasPower()
    {
        RolloutSimulationOptions o;
        o.successRate = 0.8;
        const RolloutSimulation s = RolloutSimulator::simulate(RolloutPlan::defaults(), 2000, o);
        const RolloutStageForecast &canary = s.stages.at(1);
        QVERIFY(RolloutPower::power(1000, 99000, 0.8, 0.02, 0.05, 1000) < 0.2);
        QCOMPARE(canary.bound, Bound::Power);
        QVERIFY(canary.samplesForPower > 1000);
        QVERIFY(std::abs(canary.hours - canary.samplesForPower / 20.0) < 1e-9);
        QVERIFY2(canary.power >= 0.8 && canary.power < 0.81, qPrintable(QString::number(canary.power)));
        QCOMPARE(s.bottleneck, 1);
        QVERIFY2(s.verdict().contains(QStringLiteral("samples for 80 % power take")), qPrintable(s.verdict()));
        // A design effect makes it longer still.
        o.designEffect = 2.0;
        const RolloutSimulation clustered = RolloutSimulator::simulate(RolloutPlan::defaults(), 2000, o);
        QVERIFY(clustered.stages.at(1).hours > 1.6 * canary.hours);
    }

    void invalidInput()
    {
        const RolloutSimulation none = RolloutSimulator::simulate(RolloutPlan::defaults(), 0);
        QVERIFY(!none.isValid());
        QCOMPARE(none.verdict(), none.error);
        QVERIFY(none.toJson().contains(QStringLiteral("error")));
        QVERIFY(!RolloutSimulator::simulate(RolloutPlan(), 1000).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRolloutSimulator)
#include "tst_rolloutsimulator.moc"
