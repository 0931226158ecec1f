// SPDX-License-Identifier: MIT
#include "domain/chatmessages.h"
#include "domain/logrecord.h"
#include "domain/logrecordparser.h"
#include "store/importstore.h"
#include "store/logstore.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestLogStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;

    // A Portkey log row as the importer stores it (messages only inside raw_json).
    static LogRecord record(const char *id, const char *model, const QString &prompt, const char *useCase,
                            int completionTokens)
    {
        const QJsonObject metadata { { QStringLiteral("use_case"), QLatin1String(useCase) } };
        QJsonObject row { { QStringLiteral("id"), QLatin1String(id) },
                          { QStringLiteral("ai_model"), QLatin1String(model) },
                          { QStringLiteral("res_units"), completionTokens },
                          { QStringLiteral("metadata"), metadata } };
        if (!prompt.isEmpty()) {
            const QJsonArray messages { QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                                                      { QStringLiteral("content"), QStringLiteral("Be brief.") } },
                                        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                      { QStringLiteral("content"), prompt } } };
            row.insert(
                QStringLiteral("request"),
                QJsonObject { { QStringLiteral("temperature"), 0.5 }, { QStringLiteral("messages"), messages } });
        }
        const QString answerText = QStringLiteral("Answer to ") + QLatin1String(id);
        const QJsonObject answer { { QStringLiteral("role"), QStringLiteral("assistant") },
                                   { QStringLiteral("content"), answerText } };
        const QJsonObject choice { { QStringLiteral("message"), answer },
                                   { QStringLiteral("finish_reason"), QStringLiteral("stop") } };
        row.insert(QStringLiteral("response"), QJsonObject { { QStringLiteral("choices"), QJsonArray { choice } } });
        const QByteArray raw = QJsonDocument(row).toJson(QJsonDocument::Compact);
        LogRecord r;
        QString error;
        if (!LogRecordParser::parse(row, raw, &r, &error))
            qFatal("fixture does not parse: %s", qPrintable(error));
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("p.sqlite")), &error), qPrintable(error));
        const QList<LogRecord> records {
            record("a1", "gpt-4o", QStringLiteral("What is 2+2?"), "math", 10),
            record("a2", "gpt-4o", QStringLiteral("Spell cat"), "spelling", 20),
            record("a3", "gpt-4o", QString(), "math", 30), // no messages
            record("b1", "claude", QStringLiteral("Name a cat"), "", 40),
            record("c1", "alpha", QStringLiteral("Hello cat"), "", 0),
        };
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(m_store).insertLogs(records, 0, &counts, &error), qPrintable(error));
        QCOMPARE(counts.inserted, 5);
    }

    void originalLog()
    {
        const LogStore logs(m_store);
        const LogStore::OriginalLog log = logs.originalLog(QStringLiteral("a2"));
        QVERIFY(log.found);
        QCOMPARE(log.model, QStringLiteral("gpt-4o"));
        QCOMPARE(log.response, QStringLiteral("Answer to a2"));
        QCOMPARE(log.finishReason, QStringLiteral("stop"));
        // Read back from raw_json: the importer does not store the messages twice.
        const QJsonArray messages = QJsonDocument::fromJson(log.messagesJson).array();
        QCOMPARE(ChatMessages::lastUserText(messages), QStringLiteral("Spell cat"));
        QCOMPARE(ChatMessages::systemPrompt(messages), QStringLiteral("Be brief."));
        QVERIFY(!logs.originalLog(QStringLiteral("nope")).found);
    }

    void modelsByLogCount()
    {
        QCOMPARE(LogStore(m_store).modelsByLogCount(),
                 (QStringList { QStringLiteral("gpt-4o"), QStringLiteral("alpha"), QStringLiteral("claude") }));
    }

    void replayableLogs()
    {
        const LogStore logs(m_store);
        QCOMPARE(logs.replayableLogCount(QStringLiteral("gpt-4o")), 2); // a3 has no messages
        QCOMPARE(logs.replayableLogCount(QStringLiteral("unknown")), 0);
        const QStringList asked { QStringLiteral("a1"), QStringLiteral("a3"), QStringLiteral("b1"),
                                  QStringLiteral("x") };
        const QHash<QString, QString> models = logs.replayableLogModels(asked);
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.value(QStringLiteral("a1")), QStringLiteral("gpt-4o"));
        QCOMPARE(models.value(QStringLiteral("b1")), QStringLiteral("claude"));

        QList<qint64> all, gpt, cats;
        QString error;
        QVERIFY(logs.replayableLogIds(QString(), QString(), &all, &error));
        QCOMPARE(all.size(), 4);
        QVERIFY(logs.replayableLogIds(QStringLiteral("gpt-4o"), QString(), &gpt, &error));
        QCOMPARE(gpt.size(), 2);
        QVERIFY(logs.replayableLogIds(QString(), QStringLiteral("cat"), &cats, &error));
        QCOMPARE(cats.size(), 3);
    }

    void replayableLogSearchIsLiteral_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("found");
        QTest::newRow("backslash") << QStringLiteral("C:\\temp") << 1;
        QTest::newRow("quotes") << QStringLiteral("called \"Dawn\"") << 1;
        QTest::newRow("percent") << QStringLiteral("100%") << 1;
        QTest::newRow("percent alone") << QStringLiteral("%") << 1;
        QTest::newRow("underscore") << QStringLiteral("a_b") << 1;
        QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << 1;
        QTest::newRow("JSON syntax is not prompt text") << QStringLiteral("\"role\"") << 0;
    }
    void replayableLogSearchIsLiteral()
    {
        QFETCH(QString, search);
        QFETCH(int, found);
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("literal.sqlite")), &error), qPrintable(error));
        if (LogStore(store).replayableLogCount(QStringLiteral("gpt-4o")) == 0) {
            const QList<LogRecord> records {
                record("l1", "gpt-4o", QStringLiteral("Open C:\\temp"), "", 1),
                record("l2", "gpt-4o", QStringLiteral("A poem called \"Dawn\""), "", 1),
                record("l3", "gpt-4o", QStringLiteral("100% of a_b"), "", 1),
                record("l4", "gpt-4o", QStringLiteral("caf\u00e9"), "", 1),
            };
            ImportStore::InsertCounts counts;
            QVERIFY2(ImportStore(store).insertLogs(records, 0, &counts, &error), qPrintable(error));
        }
        QList<qint64> ids;
        QVERIFY2(LogStore(store).replayableLogIds(QString(), search, &ids, &error), qPrintable(error));
        QCOMPARE(ids.size(), found);
    }

    void prompts()
    {
        const LogStore logs(m_store);
        QList<qint64> ids;
        QString error;
        QVERIFY(logs.replayableLogIds(QStringLiteral("gpt-4o"), QString(), &ids, &error));
        QList<LogStore::Prompt> prompts;
        QVERIFY2(logs.prompts(ids, &prompts, &error), qPrintable(error));
        QCOMPARE(prompts.size(), 2);
        QCOMPARE(prompts.at(0).logId, QStringLiteral("a1"));
        QCOMPARE(prompts.at(0).useCase, QStringLiteral("math"));
        QCOMPARE(prompts.at(0).completionTokens, 10);
        QCOMPARE(prompts.at(0).promptTokens, -1);
        const QJsonObject params = QJsonDocument::fromJson(prompts.at(0).paramsJson).object();
        QCOMPARE(params.value(QLatin1String("temperature")).toDouble(), 0.5);
        QCOMPARE(ChatMessages::lastUserText(QJsonDocument::fromJson(prompts.at(1).messagesJson).array()),
                 QStringLiteral("Spell cat"));

        QHash<QString, LogStore::Prompt> byLogId;
        QString missing;
        QVERIFY(logs.promptsByLogId({ QStringLiteral("b1"), QStringLiteral("b1") }, &byLogId, &missing));
        QCOMPARE(byLogId.size(), 1);
        QVERIFY(!logs.promptsByLogId({ QStringLiteral("a1"), QStringLiteral("gone") }, &byLogId, &missing));
        QCOMPARE(missing, QStringLiteral("gone"));
    }

    void answerLengths()
    {
        const LogStore logs(m_store);
        QList<qint64> math = logs.answerLengths(QStringLiteral("math"));
        std::sort(math.begin(), math.end());
        QCOMPARE(math, (QList<qint64> { 10, 30 }));
        QCOMPARE(logs.answerLengths(QString()), QList<qint64> { 40 }); // c1 logged no answer length
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
