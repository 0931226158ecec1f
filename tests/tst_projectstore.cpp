// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "import/logrecord.h"
#include "store/projectstore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : { "logs", "prompts", "catalog_models", "catalog_versions", "replay_runs", "completions",
                                   "evaluations", "recommendations", "cache", "rollout_experiments", "rollout_events",
                                   "profiles", "import_reports", "import_errors" }) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
        }
        // A new project starts with the default catalog.
        PriceCatalog catalog;
        QVERIFY(store.loadCatalog(&catalog, &error));
        QVERIFY(catalog.find(QStringLiteral("gpt-4o")));
    }

    void migratesForwardKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            ProjectStore v1;
            QVERIFY2(v1.open(path, &error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            QSqlQuery q(v1.database());
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM replay_runs"))); // not there yet
            LogRecord r;
            r.logId = QStringLiteral("kept");
            r.model = QStringLiteral("gpt-4o");
            r.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
            ProjectStore::InsertCounts counts;
            QVERIFY(v1.insertLogs({ r }, 0, &counts, &error));
            QCOMPARE(counts.inserted, 1);
        }
        ProjectStore latest;
        QVERIFY2(latest.open(path, &error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), ProjectStore::latestSchemaVersion());
        QCOMPARE(latest.logCount(), 1);
        QSqlQuery q(latest.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM replay_runs")));
    }

    void refusesNewerSchemaAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            ProjectStore s;
            QVERIFY(s.open(path, &error));
            QSqlQuery q(s.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        ProjectStore s;
        QVERIFY(!s.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));

        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a database\n");
        f.close();
        QVERIFY(!s.open(text, &error));
        QVERIFY2(error.contains(QLatin1String("not a Shadow Optic project")), qPrintable(error));
    }

    void duplicateIdsAreCounted()
    {
        QTemporaryDir dir;
        ProjectStore s;
        QString error;
        QVERIFY(s.open(dir.filePath(QStringLiteral("d.sqlite")), &error));
        LogRecord a;
        a.logId = QStringLiteral("x");
        ProjectStore::InsertCounts counts;
        QVERIFY(s.insertLogs({ a, a, a }, 0, &counts, &error));
        QCOMPARE(counts.inserted, 1);
        QCOMPARE(counts.duplicates, 2);
    }

    void metaRoundTrip()
    {
        QTemporaryDir dir;
        ProjectStore s;
        QString error;
        QVERIFY(s.open(dir.filePath(QStringLiteral("m.sqlite")), &error));
        QVERIFY(s.setMeta(QStringLiteral("k"), QStringLiteral("v1")));
        QVERIFY(s.setMeta(QStringLiteral("k"), QStringLiteral("v2")));
        QCOMPARE(s.meta(QStringLiteral("k")), QStringLiteral("v2"));
        QCOMPARE(s.meta(QStringLiteral("missing"), QStringLiteral("d")), QStringLiteral("d"));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
