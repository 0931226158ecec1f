// SPDX-License-Identifier: MIT
#include "logrowbuilder.h"
#include "recommend/userprofile.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestProfileStore : public QObject
{
    Q_OBJECT

    static constexpr qint64 T0 = 1717200000000; // 2024-06-01
    static constexpr qint64 Hour = 3600 * 1000;

    QTemporaryDir m_dir;
    ProjectStore m_store; // with logs, for measure()

    static UserProfile profile(const QString &name)
    {
        UserProfile p;
        p.name = name;
        p.currentModel = QStringLiteral("gpt-4o");
        p.useCase = QStringLiteral("coding");
        p.maxCostPerRequestUsd = 0.02;
        p.maxLatencyMs = 1500;
        p.minQuality = 80.0;
        p.requiredCapabilities = QStringList { QStringLiteral("json_mode") };
        p.blockedProviders = QStringList { QStringLiteral("acme") };
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("logs.sqlite")), &error), qPrintable(error));
        const auto gpt = [](const QString &id, qint64 at) {
            return LogRowBuilder(id).model(QStringLiteral("gpt-4o")).createdAtMs(at);
        };
        QVERIFY2(LogRowBuilder::insert(
                     m_store,
                     {
                         gpt(QStringLiteral("g1"), T0).tokens(100, 10).costUsd(0.01).status(200, true),
                         gpt(QStringLiteral("g2"), T0 + Hour).tokens(300, 30).costUsd(0.03),
                         gpt(QStringLiteral("g3"), T0 + 2 * Hour).tokens(200, 20), // no cost: not in the mean
                         gpt(QStringLiteral("g4"), T0 + 3 * Hour).tokens(5000, 0).status(500, false), // failed
                         gpt(QStringLiteral("g5"), T0 + 10 * Hour), // no tokens: not measured
                         LogRowBuilder(QStringLiteral("b1"))
                             .model(QStringLiteral("burst"))
                             .createdAtMs(T0)
                             .tokens(10, 10)
                             .costUsd(0.001),
                         LogRowBuilder(QStringLiteral("b2"))
                             .model(QStringLiteral("burst"))
                             .createdAtMs(T0 + Hour / 2)
                             .tokens(30, 10),
                         LogRowBuilder(QStringLiteral("z1")).model(QStringLiteral("zeta")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("z2")).model(QStringLiteral("zeta")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("z3")).model(QStringLiteral("zeta")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("z4")).model(QStringLiteral("zeta")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("z5")).model(QStringLiteral("zeta")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n1")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n2")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n3")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n4")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n5")).tokens(1, 1),
                         LogRowBuilder(QStringLiteral("n6")).tokens(1, 1),
                     },
                     &error),
                 qPrintable(error));
    }

    void loadOfAnUnknownNameIsFalse()
    {
        ProfileStore profiles(m_store);
        UserProfile p;
        p.useCase = QStringLiteral("untouched");
        qint64 id = -7;
        QVERIFY(!profiles.load(QStringLiteral("nobody"), &p, &id));
        QCOMPARE(id, -7);
        QCOMPARE(p.useCase, QStringLiteral("untouched"));
    }

    void saveThenLoadRestoresEverything()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ProfileStore profiles(store);
        UserProfile p = profile(QStringLiteral("team-a"));
        p.avgInputTokens = 321.5;
        p.avgOutputTokens = 45.25;
        p.tokensMeasured = true;
        p.monthlyVolume = 12345.0;
        p.volumeMeasured = true;
        p.volumeSpanHours = 7.5;
        p.longestPromptTokens = 9000;
        p.loggedCostPerRequestUsd = 0.0042;
        p.loggedRequests = 77;
        qint64 id = 0;
        bool changed = false;
        QVERIFY2(profiles.save(p, &id, &error, &changed), qPrintable(error));
        QVERIFY(id > 0);
        QVERIFY(changed); // new
        UserProfile back;
        qint64 loadedId = 0;
        QVERIFY(profiles.load(QStringLiteral("team-a"), &back, &loadedId));
        QCOMPARE(loadedId, id);
        QCOMPARE(back, p);
        QCOMPARE(back.fingerprint(), p.fingerprint());

        // A second profile gets its own row.
        qint64 other = 0;
        QVERIFY2(profiles.save(profile(QStringLiteral("team-b")), &other, &error), qPrintable(error));
        QVERIFY(other != id);
        QVERIFY(profiles.load(QStringLiteral("team-a"), &back, &loadedId));
        QCOMPARE(loadedId, id);
    }

    void saveUpdatesByName()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ProfileStore profiles(store);
        RecommendationStore recs(store);
        UserProfile p = profile(QStringLiteral("default"));
        qint64 id = 0;
        QVERIFY2(profiles.save(p, &id, &error), qPrintable(error));
        QVERIFY2(recs.save(id, 1, QJsonObject { { QStringLiteral("n"), 1 } }, nullptr, &error), qPrintable(error));

        // Measured values change, the fingerprint does not: same row, recommendations kept.
        p.loggedRequests = 500;
        p.loggedCostPerRequestUsd = 0.01;
        qint64 again = 0;
        bool changed = true;
        QVERIFY2(profiles.save(p, &again, &error, &changed), qPrintable(error));
        QCOMPARE(again, id);
        QVERIFY(!changed);
        UserProfile back;
        QVERIFY(profiles.load(QStringLiteral("default"), &back));
        QCOMPARE(back.loggedRequests, 500); // but the new measurements are stored
        QVERIFY(!recs.latest(id).isEmpty());

        // What the analyst set changes: the profile's recommendations are stale (SPEC §6).
        p.maxLatencyMs = 900;
        QVERIFY2(profiles.save(p, &again, &error, &changed), qPrintable(error));
        QCOMPARE(again, id);
        QVERIFY(changed);
        QVERIFY(recs.latest(id).isEmpty());
        QVERIFY(profiles.load(QStringLiteral("default"), &back));
        QCOMPARE(back.maxLatencyMs, 900);
    }

    void changeDropsOnlyThatProfilesRecommendations()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        ProfileStore profiles(store);
        RecommendationStore recs(store);
        UserProfile a = profile(QStringLiteral("a"));
        qint64 idA = 0, idB = 0;
        QVERIFY(profiles.save(a, &idA, &error));
        QVERIFY(profiles.save(profile(QStringLiteral("b")), &idB, &error));
        QVERIFY(recs.save(idA, 1, QJsonObject { { QStringLiteral("who"), QStringLiteral("a") } }, nullptr, &error));
        QVERIFY(recs.save(idB, 1, QJsonObject { { QStringLiteral("who"), QStringLiteral("b") } }, nullptr, &error));
        a.useCase = QStringLiteral("support");
        QVERIFY(profiles.save(a, &idA, &error));
        QVERIFY(recs.latest(idA).isEmpty());
        QCOMPARE(recs.latest(idB).value(QLatin1String("who")).toString(), QStringLiteral("b"));
    }

    void measureFromSuccessfulLogs()
    {
        ProfileStore profiles(m_store);
        UserProfile p = profile(QStringLiteral("m"));
        QString error;
        QVERIFY2(profiles.measure(&p, &error), qPrintable(error));
        // g1..g3 count; g4 failed and g5 has no tokens.
        QCOMPARE(p.loggedRequests, 3);
        QVERIFY(p.tokensMeasured);
        QCOMPARE(p.avgInputTokens, 200.0);
        QCOMPARE(p.avgOutputTokens, 20.0);
        QCOMPARE(p.loggedCostPerRequestUsd, 0.02); // rows without a cost are left out of the mean
        QCOMPARE(p.longestPromptTokens, 300); // not the failed 5000-token prompt
        QVERIFY(p.volumeMeasured);
        QCOMPARE(p.volumeSpanHours, 2.0);
        QCOMPARE(p.monthlyVolume, 3.0 / 2.0 * 24.0 * 30.0);
    }

    void volumeTheAnalystSetWins()
    {
        ProfileStore profiles(m_store);
        UserProfile p = profile(QStringLiteral("m"));
        p.volumeSet = true;
        p.monthlyVolume = 500.0;
        QString error;
        QVERIFY2(profiles.measure(&p, &error), qPrintable(error));
        QCOMPARE(p.monthlyVolume, 500.0);
        QVERIFY(!p.volumeMeasured);
        QCOMPARE(p.volumeSpanHours, 0.0);
        QVERIFY(p.tokensMeasured); // the token mix is still measured
        QCOMPARE(p.loggedRequests, 3);
    }

    void burstUnderAnHourIsNotExtrapolated()
    {
        ProfileStore profiles(m_store);
        UserProfile p = profile(QStringLiteral("m"));
        p.currentModel = QStringLiteral("burst");
        p.volumeMeasured = true; // from an earlier measurement: must be cleared
        p.volumeSpanHours = 9.0;
        QString error;
        QVERIFY2(profiles.measure(&p, &error), qPrintable(error));
        QCOMPARE(p.loggedRequests, 2);
        QCOMPARE(p.avgInputTokens, 20.0);
        QCOMPARE(p.loggedCostPerRequestUsd, 0.001);
        QCOMPARE(p.monthlyVolume, UserProfile().monthlyVolume);
        QVERIFY(!p.volumeMeasured);
        QCOMPARE(p.volumeSpanHours, 0.0);
    }

    void withoutLogsTheProfileKeepsItsValues()
    {
        ProfileStore profiles(m_store);
        UserProfile p = profile(QStringLiteral("m"));
        p.currentModel = QStringLiteral("never-logged");
        p.avgInputTokens = 111.0;
        p.monthlyVolume = 2222.0;
        p.loggedRequests = 99;
        const UserProfile before = p;
        QString error;
        QVERIFY2(profiles.measure(&p, &error), qPrintable(error));
        QCOMPARE(p.loggedRequests, 0);
        p.loggedRequests = before.loggedRequests;
        QCOMPARE(p, before);
    }

    void mostLoggedModel()
    {
        // gpt-4o and zeta have 5 rows each (failed and token-less ones count): the name decides; rows without a
        // model (6 of them) never win.
        QCOMPARE(ProfileStore(m_store).mostLoggedModel(), QStringLiteral("gpt-4o"));
        QTemporaryDir dir;
        ProjectStore empty;
        QString error;
        QVERIFY2(empty.open(dir.filePath(QStringLiteral("e.sqlite")), &error), qPrintable(error));
        QVERIFY(ProfileStore(empty).mostLoggedModel().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
