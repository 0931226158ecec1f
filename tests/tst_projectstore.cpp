// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "domain/logrecord.h"
#include "domain/logrecordparser.h"
#include "store/catalogstore.h"
#include "store/importstore.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"
#include "store/threadstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace ShadowOptic;

class TestProjectStore : public QObject
{
    Q_OBJECT

    static QByteArray sha1(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex();
    }
    // Runs statements on a plain SQLite connection, as another application would.
    static bool foreignSql(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        return ok;
    }
    static qint64 applicationId(const QString &path)
    {
        qint64 id = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                id = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return id;
    }

private slots:
    void createsLatestSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ProjectStore::latestSchemaVersion());
        QSqlQuery q(StoreAccess::database(store));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : { "logs", "prompts", "catalog_models", "catalog_versions", "replay_runs",
                                   "completions", "evaluations", "recommendations", "cache", "rollout_experiments",
                                   "rollout_events", "profiles", "import_reports", "import_errors" }) {
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), table);
        }
        // A new project starts with the default catalog.
        PriceCatalog catalog;
        QVERIFY(CatalogStore(store).load(&catalog, &error));
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
            QSqlQuery q(StoreAccess::database(v1));
            QVERIFY(!q.exec(QStringLiteral("SELECT COUNT(*) FROM replay_runs"))); // not there yet
            // A row as a v1 build wrote it: today's ImportStore writes columns v1 does not have.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO logs (log_id, model, prompt_tokens, cost_usd) VALUES "
                                          "('kept', 'gpt-4o', 12, 0.5)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO catalog_models (model_id, provider, data_json) VALUES "
                                          "('gpt-4o', 'openai', '{}')")));
        }
        ProjectStore latest;
        QVERIFY2(latest.open(path, &error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), ProjectStore::latestSchemaVersion());
        QCOMPARE(latest.logCount(), 1);
        QSqlQuery q(StoreAccess::database(latest));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM replay_runs")));
        // v5: the new cost columns are there and empty for old rows.
        QVERIFY(q.exec(QStringLiteral("SELECT cache_read_tokens, cache_write_tokens, reasoning_tokens, batch, "
                                      "prompt_tokens FROM logs WHERE log_id = 'kept'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull() && q.value(3).isNull());
        QCOMPARE(q.value(4).toInt(), 12);
    }

    void refusesNewerSchemaAndForeignFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QString error;
        {
            ProjectStore s;
            QVERIFY(s.open(path, &error));
            QSqlQuery q(StoreAccess::database(s));
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

    // Another application's SQLite database is refused and left byte for byte as it was: no tables added, no
    // journal mode or page size changed, in either open mode.
    void refusesOtherSqliteDatabasesUnchanged_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("another application's id")
            << QStringList { QStringLiteral("PRAGMA application_id = 1234"),
                             QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                             QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')") };
        QTest::newRow("another id, but our table names") << QStringList {
            QStringLiteral("PRAGMA application_id = 1234"),
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at BIGINT)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")
        };
        QTest::newRow("no id, foreign tables")
            << QStringList { QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                             QStringLiteral("INSERT INTO customers (name) VALUES ('Ada')") };
        QTest::newRow("no id, a schema_version table of someone else") << QStringList {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at BIGINT)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (1)"),
            QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        };
        QTest::newRow("no id, schema_version alone") << QStringList {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at BIGINT)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (2)")
        };
    }

    void refusesOtherSqliteDatabasesUnchanged()
    {
        QFETCH(QStringList, statements);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(foreignSql(path, statements));
        const QByteArray before = sha1(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        for (const auto mode : { ProjectStore::OpenMode::CreateOrOpen, ProjectStore::OpenMode::OpenExisting }) {
            ProjectStore s;
            QString error;
            QVERIFY(!s.open(path, &error, mode));
            QVERIFY(!s.isOpen());
            QVERIFY2(error.contains(path) && error.contains(QLatin1String("is not a Shadow Optic project")),
                     qPrintable(error));
        }
        QCOMPARE(sha1(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
        QString error;
        QVERIFY(!ThreadStore::get(path, &error));
        QCOMPARE(sha1(path), before);
    }

    // New projects carry our application id; projects of earlier builds (id 0, our tables) still open and get it.
    void marksProjectsWithTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        QString error;
        {
            ProjectStore s;
            QVERIFY2(s.open(path, &error), qPrintable(error));
        }
        QCOMPARE(applicationId(path), qint64(0x53684F70)); // "ShOp"

        for (int version = 1; version <= ProjectStore::latestSchemaVersion(); ++version) {
            const QString old = dir.filePath(QStringLiteral("old%1.sqlite").arg(version));
            {
                ProjectStore s;
                QVERIFY2(s.open(old, &error, version), qPrintable(error));
            }
            QVERIFY(foreignSql(old, { QStringLiteral("PRAGMA application_id = 0") })); // as earlier builds left it
            QCOMPARE(applicationId(old), qint64(0));
            ProjectStore s;
            QVERIFY2(s.open(old, &error, ProjectStore::OpenMode::OpenExisting), qPrintable(error));
            QCOMPARE(s.schemaVersion(), ProjectStore::latestSchemaVersion());
            s.close();
            QCOMPARE(applicationId(old), qint64(0x53684F70));
        }
    }

    // Read-only commands and background readers never create a project.
    void openExistingNeverCreatesAFile()
    {
        QTemporaryDir dir;
        const QString typo = dir.filePath(QStringLiteral("typo.sqlite"));
        QString error;
        ProjectStore s;
        QVERIFY(!s.open(typo, &error, ProjectStore::OpenMode::OpenExisting));
        QCOMPARE(error, QStringLiteral("Project '%1' does not exist.").arg(typo));
        QVERIFY(!QFileInfo::exists(typo));

        error.clear();
        QVERIFY(!ThreadStore::get(typo, &error));
        QCOMPARE(error, QStringLiteral("Project '%1' does not exist.").arg(typo));
        QVERIFY(!QFileInfo::exists(typo));

        // An empty file is not a project either, and stays empty.
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!s.open(empty, &error, ProjectStore::OpenMode::OpenExisting));
        QVERIFY2(error.contains(QLatin1String("is not a Shadow Optic project")), qPrintable(error));
        QCOMPARE(QFileInfo(empty).size(), 0);

        const QString real = dir.filePath(QStringLiteral("real.sqlite"));
        QVERIFY(s.open(real, &error, ProjectStore::OpenMode::CreateOrOpen));
        s.close();
        QVERIFY2(s.open(real, &error, ProjectStore::OpenMode::OpenExisting), qPrintable(error));
        QVERIFY(ThreadStore::get(real, &error));
    }

    void duplicateIdsAreCounted()
    {
        QTemporaryDir dir;
        ProjectStore s;
        QString error;
        QVERIFY(s.open(dir.filePath(QStringLiteral("d.sqlite")), &error));
        LogRecord a;
        a.logId = QStringLiteral("x");
        ImportStore::InsertCounts counts;
        QVERIFY(ImportStore(s).insertLogs({ a, a, a }, 0, &counts, &error));
        QCOMPARE(counts.inserted, 1);
        QCOMPARE(counts.duplicates, 2);
    }

    // The importer binds through the sqlite3 C API; the portable QSqlQuery path must store exactly the same values
    // and types (NULL vs '' vs 0 included).
    void nativeAndPortableWritersStoreTheSameRows()
    {
        QList<LogRecord> records;
        LogRecord full;
        full.logId = QStringLiteral("full");
        full.traceId = QStringLiteral("t-1");
        full.createdAtMs = 1705392000123;
        full.provider = QStringLiteral("openai");
        full.model = QStringLiteral("gpt-4o");
        full.messages = { { QStringLiteral("system"), QStringLiteral("Be brief.") },
                          { QStringLiteral("user"), QStringLiteral("Grüße, \"quoted\"\n— ✓ 😀") } };
        full.paramsJson = R"({"temperature":0.2})";
        full.responseText = QStringLiteral("Hallo ✓");
        full.finishReason = QStringLiteral("stop");
        full.promptTokens = 12;
        full.completionTokens = 0;
        full.totalTokens = 12;
        full.costUsd = 0.000125;
        full.costEstimated = true;
        full.latencyMs = 0;
        full.statusCode = 200;
        full.mode = QStringLiteral("single");
        full.useCase = QString(QLatin1String(""));
        full.metadataJson = R"({"use_case":"x"})";
        full.conversationHash = QStringLiteral("abc");
        full.rawJson = R"({"id":"full"})";
        records << full;
        LogRecord bare;
        bare.logId = QStringLiteral("bare");
        bare.isSuccess = false;
        bare.createdAtMs = -86400000; // before 1970 is still a time
        records << bare;
        LogRecord emptyPrompt;
        emptyPrompt.logId = QStringLiteral("empty-prompt");
        emptyPrompt.messages = { { QStringLiteral("user"), QString() } };
        emptyPrompt.conversationHash = QStringLiteral("abc");
        records << emptyPrompt;

        QTemporaryDir dir;
        QString error;
        QList<QList<QVariant>> stored[2];
        for (int native = 0; native < 2; ++native) {
            ProjectStore s;
            QVERIFY(s.open(dir.filePath(QStringLiteral("w%1.sqlite").arg(native)), &error));
            ImportStore writer(s);
            writer.setNativeWriter(native == 1);
            ImportStore::InsertCounts counts;
            QVERIFY2(writer.insertLogs(records, 0, &counts, &error), qPrintable(error));
            QCOMPARE(counts.inserted, 3);
            QSqlQuery q(StoreAccess::database(s));
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM logs ORDER BY log_id")));
            const QSqlRecord rec = q.record();
            while (q.next()) {
                QList<QVariant> row;
                for (int i = 0; i < rec.count(); ++i)
                    if (rec.fieldName(i) != QLatin1String("id"))
                        row << rec.fieldName(i) << q.value(i).isNull() << q.value(i);
                stored[native] << row;
            }
            QSqlQuery t(StoreAccess::database(s));
            QVERIFY(t.exec(QStringLiteral("SELECT typeof(created_at), typeof(prompt_preview), typeof(use_case), "
                                          "typeof(messages_json), typeof(raw_json) FROM logs ORDER BY log_id")));
            QStringList types;
            while (t.next())
                for (int i = 0; i < 5; ++i)
                    types << t.value(i).toString();
            // bare, empty-prompt, full
            QCOMPARE(
                types.join(QLatin1Char(',')),
                QStringLiteral("integer,null,null,null,text,null,text,null,null,text,integer,text,text,null,text"));
        }
        QCOMPARE(stored[1], stored[0]);
    }

    void promptsKeepTheFirstLogOfEachConversation()
    {
        QTemporaryDir dir;
        ProjectStore s;
        QString error;
        QVERIFY(s.open(dir.filePath(QStringLiteral("p.sqlite")), &error));
        QList<LogRecord> records;
        for (const char *id : { "b-first", "a-second", "c-other" }) {
            LogRecord r;
            r.logId = QLatin1String(id);
            r.conversationHash = QLatin1String(id[0] == 'c' ? "h2" : "h1");
            records << r;
        }
        ImportStore::InsertCounts counts;
        QVERIFY(ImportStore(s).insertLogs(records, 0, &counts, &error));
        QVERIFY(ImportStore(s).insertLogs(records, 0, &counts, &error)); // duplicates add no conversations
        QSqlQuery q(StoreAccess::database(s));
        QVERIFY(q.exec(QStringLiteral("SELECT conversation_hash, first_log_id FROM prompts ORDER BY 1")));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        QCOMPARE(rows, QStringList({ QStringLiteral("h1=b-first"), QStringLiteral("h2=c-other") }));
    }

    // Schema 4 ties answers to their target: cache entries keyed without the target are dropped, and completions
    // and cache rows get a target_fingerprint column.
    void migratesToSchema4DroppingTargetlessCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QString error;
        {
            ProjectStore v3;
            QVERIFY2(v3.open(path, &error, 3), qPrintable(error));
            QSqlQuery q(StoreAccess::database(v3));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO cache (cache_key, created_at, model, response_json) VALUES "
                                          "('k', 1, 'gpt-4o', '{}')")));
        }
        ProjectStore latest;
        QVERIFY2(latest.open(path, &error), qPrintable(error));
        QVERIFY(latest.schemaVersion() >= 4);
        QSqlQuery q(StoreAccess::database(latest));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cache")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT target_fingerprint FROM completions")));
        QVERIFY(q.exec(QStringLiteral("SELECT target_fingerprint FROM cache")));
    }

    // Schema 3 stops storing messages_json for new rows; rows of older projects keep theirs and both read the same.
    void migratesToSchema3KeepingStoredMessages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QString error;
        {
            ProjectStore v2;
            QVERIFY2(v2.open(path, &error, 2), qPrintable(error));
            QSqlQuery q(StoreAccess::database(v2));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO logs (log_id, prompt_preview, messages_json, raw_json) VALUES "
                                          "('old', 'hi', '[{\"content\":\"hi\",\"role\":\"user\"}]', '{}')")));
        }
        ProjectStore latest;
        QVERIFY2(latest.open(path, &error), qPrintable(error));
        QCOMPARE(latest.schemaVersion(), ProjectStore::latestSchemaVersion());
        LogRecord r;
        r.logId = QStringLiteral("new");
        r.messages = { { QStringLiteral("user"), QStringLiteral("hi") } };
        r.rawJson = R"({"id":"new","request":{"messages":[{"role":"user","content":"hi"}]}})";
        ImportStore::InsertCounts counts;
        QVERIFY(ImportStore(latest).insertLogs({ r }, 0, &counts, &error));
        QSqlQuery q(StoreAccess::database(latest));
        QVERIFY(q.exec(QStringLiteral("SELECT log_id, messages_json, raw_json FROM logs ORDER BY log_id DESC")));
        QStringList messages;
        while (q.next())
            messages << QString::fromUtf8(LogRecordParser::storedMessagesJson(q.value(1), q.value(2)));
        QCOMPARE(messages, QStringList(2, QStringLiteral(R"([{"content":"hi","role":"user"}])")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'logs_conversation'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
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

    // The exit contract: connections opened by pool threads are all closed once shutdown() returns true (they used to
    // close in thread-exit destructors after QThread::wait(), sometimes while the process was already exiting).
    void threadStoreShutdownClosesPoolConnections()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pool.sqlite"));
        QString error;
        {
            ProjectStore create;
            QVERIFY2(create.open(path, &error), qPrintable(error));
        }
        const int before = ThreadStore::openCount();
        QList<QFuture<bool>> opened;
        for (int i = 0; i < 4; ++i)
            opened.append(QtConcurrent::run([path] {
                QString e;
                return ThreadStore::get(path, &e) != nullptr;
            }));
        for (auto &f : opened)
            QVERIFY(f.result());
        QVERIFY(ThreadStore::openCount() > before);
        QVERIFY(ThreadStore::shutdown(5000));
        QCOMPARE(ThreadStore::openCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
