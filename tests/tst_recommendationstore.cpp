// SPDX-License-Identifier: MIT
#include "recommend/recommendation.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestRecommendationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    static QJsonObject data(const QString &tag, const QString &rubric = QStringLiteral("r1"),
                            const QString &fingerprint = QStringLiteral("fp1"))
    {
        return QJsonObject { { QStringLiteral("tag"), tag },
                             { QStringLiteral("rubricVersion"), rubric },
                             { QStringLiteral("profileFingerprint"), fingerprint } };
    }
    static QString tag(const QJsonObject &o) { return o.value(QLatin1String("tag")).toString(); }

private slots:
    void init()
    {
        // A fresh project per test: the rows of one test must not leak into the next.
        m_store = std::make_unique<ProjectStore>();
        QString error;
        QVERIFY2(
            m_store->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
                          &error),
            qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void emptyStoreHasNothing()
    {
        RecommendationStore recs(*m_store);
        QVERIFY(recs.latest(1).isEmpty());
        QVERIFY(recs.latestValid(1, 1, QStringLiteral("r1"), QStringLiteral("fp1")).isEmpty());
        QCOMPARE(recs.invalidateCatalog(1), 0);
    }

    void saveAndLatestRoundTrip()
    {
        RecommendationStore recs(*m_store);
        QString error;
        qint64 first = 0, second = 0;
        QVERIFY2(recs.save(1, 3, data(QStringLiteral("old")), &first, &error), qPrintable(error));
        QVERIFY2(recs.save(1, 3, data(QStringLiteral("new")), &second, &error), qPrintable(error));
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QCOMPARE(recs.latest(1), data(QStringLiteral("new"))); // stored exactly
        QVERIFY(recs.latest(2).isEmpty()); // per profile
        QVERIFY2(recs.save(2, 3, data(QStringLiteral("other")), nullptr, &error), qPrintable(error)); // id optional
        QCOMPARE(tag(recs.latest(2)), QStringLiteral("other"));
        QCOMPARE(tag(recs.latest(1)), QStringLiteral("new"));
    }

    void storesAWholeRecommendation()
    {
        Recommendation r;
        r.status = Recommendation::Status::NoRecommendation;
        r.currentModel = QStringLiteral("gpt-4o");
        r.reason = QStringLiteral("nothing passed");
        r.rubricVersion = QStringLiteral("rubric-2");
        r.catalogVersion = 4;
        r.createdAtMs = 1717200000123;
        r.runIds = { 5, 6 };
        const QJsonObject json = r.toJson();
        RecommendationStore recs(*m_store);
        QString error;
        QVERIFY2(recs.save(9, 4, json, nullptr, &error), qPrintable(error));
        QCOMPARE(recs.latest(9), json);
        QCOMPARE(recs.latestValid(9, 4, QStringLiteral("rubric-2"), r.profile.fingerprint()), json);
    }

    void latestValidNeedsCatalogRubricAndFingerprint()
    {
        RecommendationStore recs(*m_store);
        QString error;
        QVERIFY(recs.save(1, 3, data(QStringLiteral("valid")), nullptr, &error));
        QVERIFY(recs.save(1, 4, data(QStringLiteral("other catalog")), nullptr, &error));
        QVERIFY(recs.save(1, 3, data(QStringLiteral("other rubric"), QStringLiteral("r2")), nullptr, &error));
        QVERIFY(recs.save(1, 3, data(QStringLiteral("other profile"), QStringLiteral("r1"), QStringLiteral("fp2")),
                          nullptr, &error));
        QVERIFY(recs.save(2, 3, data(QStringLiteral("other profile id")), nullptr, &error));

        // The newest rows do not match: the older valid one is found.
        QCOMPARE(tag(recs.latestValid(1, 3, QStringLiteral("r1"), QStringLiteral("fp1"))), QStringLiteral("valid"));
        QCOMPARE(tag(recs.latestValid(1, 4, QStringLiteral("r1"), QStringLiteral("fp1"))),
                 QStringLiteral("other catalog"));
        QCOMPARE(tag(recs.latestValid(1, 3, QStringLiteral("r2"), QStringLiteral("fp1"))),
                 QStringLiteral("other rubric"));
        QCOMPARE(tag(recs.latestValid(1, 3, QStringLiteral("r1"), QStringLiteral("fp2"))),
                 QStringLiteral("other profile"));
        QVERIFY(recs.latestValid(1, 5, QStringLiteral("r1"), QStringLiteral("fp1")).isEmpty());
        QVERIFY(recs.latestValid(1, 3, QStringLiteral("r3"), QStringLiteral("fp1")).isEmpty());
        QVERIFY(recs.latestValid(1, 3, QStringLiteral("r2"), QStringLiteral("fp2")).isEmpty());
        QVERIFY(recs.latestValid(3, 3, QStringLiteral("r1"), QStringLiteral("fp1")).isEmpty());
        // latest() has no validity rules.
        QCOMPARE(tag(recs.latest(1)), QStringLiteral("other profile"));
    }

    void newestValidWins()
    {
        RecommendationStore recs(*m_store);
        QString error;
        QVERIFY(recs.save(1, 3, data(QStringLiteral("first")), nullptr, &error));
        QVERIFY(recs.save(1, 3, data(QStringLiteral("second")), nullptr, &error));
        QCOMPARE(tag(recs.latestValid(1, 3, QStringLiteral("r1"), QStringLiteral("fp1"))), QStringLiteral("second"));
    }

    void invalidateCatalogDropsOtherVersions()
    {
        RecommendationStore recs(*m_store);
        QString error;
        QVERIFY(recs.save(1, 2, data(QStringLiteral("v2")), nullptr, &error));
        QVERIFY(recs.save(1, 3, data(QStringLiteral("v3")), nullptr, &error));
        QVERIFY(recs.save(2, 4, data(QStringLiteral("v4")), nullptr, &error));
        QVERIFY(recs.save(2, 3, data(QStringLiteral("v3b")), nullptr, &error));
        QCOMPARE(recs.invalidateCatalog(3), 2);
        QCOMPARE(tag(recs.latest(1)), QStringLiteral("v3"));
        QCOMPARE(tag(recs.latest(2)), QStringLiteral("v3b"));
        QVERIFY(recs.latestValid(1, 2, QStringLiteral("r1"), QStringLiteral("fp1")).isEmpty());
        QCOMPARE(recs.invalidateCatalog(3), 0); // nothing left to drop
        QCOMPARE(recs.invalidateCatalog(5), 2);
        QVERIFY(recs.latest(1).isEmpty());
        QVERIFY(recs.latest(2).isEmpty());
    }

    void saveOnAClosedStoreFails()
    {
        ProjectStore closed;
        RecommendationStore recs(closed);
        QString error;
        qint64 id = -1;
        QVERIFY(!recs.save(1, 1, data(QStringLiteral("x")), &id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(id, -1);
        QVERIFY(recs.latest(1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecommendationStore)
#include "tst_recommendationstore.moc"
