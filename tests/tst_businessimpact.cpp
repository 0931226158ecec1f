// SPDX-License-Identifier: MIT
#include "recommend/businessimpact.h"
#include "recommend/userprofile.h"

#include <QTest>

using namespace ShadowOptic;

class TestBusinessImpact : public QObject
{
    Q_OBJECT

    static UserProfile measuredProfile()
    {
        UserProfile p;
        p.monthlyVolume = 36000.0;
        p.volumeMeasured = true;
        p.volumeSpanHours = 20.0;
        p.loggedRequests = 1000;
        p.loggedCostPerRequestUsd = 0.002;
        return p;
    }

private slots:
    void measuredVolumeAndCost()
    {
        const BusinessImpact b = BusinessImpact::compute(measuredProfile(), 0.5, 40.0);
        QCOMPARE(b.monthlyVolume, 36000.0);
        QVERIFY(b.volumeMeasured);
        QCOMPARE(b.volumeSpanHours, 20.0);
        QCOMPARE(b.volumeRequests, 1000);
        QVERIFY(b.costMeasured);
        QCOMPARE(b.currentCostPerRequest, 0.002); // the logged cost wins over the catalog estimate
        QCOMPARE(b.savingPercent, 40.0);
        QCOMPARE(b.currentMonthlyCost, 72.0);
        QCOMPARE(b.projectedMonthlyCost, 43.2);
        QCOMPARE(b.monthlySavings, 28.8);
        QCOMPARE(b.annualSavings, 345.6);
    }

    void profileVolumeAndCatalogCost()
    {
        UserProfile p;
        p.monthlyVolume = 10000.0;
        p.volumeMeasured = false;
        p.volumeSpanHours = 99.0; // left over: not reported without a measured volume
        p.loggedRequests = 12;
        p.loggedCostPerRequestUsd = 0.0; // unknown
        const BusinessImpact b = BusinessImpact::compute(p, 0.01, 25.0);
        QVERIFY(!b.volumeMeasured);
        QCOMPARE(b.volumeSpanHours, 0.0);
        QCOMPARE(b.volumeRequests, 0);
        QVERIFY(!b.costMeasured);
        QCOMPARE(b.currentCostPerRequest, 0.01);
        QCOMPARE(b.currentMonthlyCost, 100.0);
        QCOMPARE(b.projectedMonthlyCost, 75.0);
        QCOMPARE(b.monthlySavings, 25.0);
        QCOMPARE(b.annualSavings, 300.0);
    }

    void noSavingMeansNoMoney()
    {
        const BusinessImpact b = BusinessImpact::compute(measuredProfile(), 0.5, 0.0);
        QCOMPARE(b.projectedMonthlyCost, b.currentMonthlyCost);
        QCOMPARE(b.monthlySavings, 0.0);
        QCOMPARE(b.annualSavings, 0.0);
    }

    void aCostlierModelShowsANegativeSaving()
    {
        const BusinessImpact b = BusinessImpact::compute(measuredProfile(), 0.5, -50.0);
        QCOMPARE(b.projectedMonthlyCost, 108.0);
        QCOMPARE(b.monthlySavings, -36.0);
        QCOMPARE(b.annualSavings, -432.0);
    }

    void everythingSavedAtOneHundredPercent()
    {
        const BusinessImpact b = BusinessImpact::compute(measuredProfile(), 0.5, 100.0);
        QCOMPARE(b.projectedMonthlyCost, 0.0);
        QCOMPARE(b.monthlySavings, b.currentMonthlyCost);
    }

    void zeroVolume()
    {
        UserProfile p;
        p.monthlyVolume = 0.0;
        const BusinessImpact b = BusinessImpact::compute(p, 0.01, 50.0);
        QCOMPARE(b.currentMonthlyCost, 0.0);
        QCOMPARE(b.annualSavings, 0.0);
    }

    void volumeText()
    {
        QCOMPARE(BusinessImpact::compute(measuredProfile(), 0.5, 10.0).volumeText(),
                 QStringLiteral("measured from 1000 logged requests over 20.0 h, scaled to 30 days"));
        UserProfile p = measuredProfile();
        p.volumeMeasured = false;
        QCOMPARE(BusinessImpact::compute(p, 0.5, 10.0).volumeText(), QStringLiteral("from the profile"));
    }

    void json()
    {
        const BusinessImpact b = BusinessImpact::compute(measuredProfile(), 0.5, 40.0);
        const QJsonObject o = b.toJson();
        QCOMPARE(o.size(), 12);
        QCOMPARE(o.value(QLatin1String("monthlyRequestVolume")).toDouble(), 36000.0);
        QCOMPARE(o.value(QLatin1String("volumeMeasured")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("volumeSpanHours")).toDouble(), 20.0);
        QCOMPARE(o.value(QLatin1String("volumeRequests")).toInteger(), 1000);
        QCOMPARE(o.value(QLatin1String("volumeSource")).toString(), b.volumeText());
        QCOMPARE(o.value(QLatin1String("currentCostPerRequestUsd")).toDouble(), 0.002);
        QCOMPARE(o.value(QLatin1String("costMeasured")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("savingPercent")).toDouble(), 40.0);
        QCOMPARE(o.value(QLatin1String("currentMonthlyCostUsd")).toDouble(), 72.0);
        QCOMPARE(o.value(QLatin1String("projectedMonthlyCostUsd")).toDouble(), 43.2);
        QCOMPARE(o.value(QLatin1String("monthlySavingsUsd")).toDouble(), 28.8);
        QCOMPARE(o.value(QLatin1String("annualSavingsUsd")).toDouble(), 345.6);
    }
};

QTEST_GUILESS_MAIN(TestBusinessImpact)
#include "tst_businessimpact.moc"
