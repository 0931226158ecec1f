// SPDX-License-Identifier: MIT
#include "logrowbuilder.h"
#include "store/importstore.h"
#include "store/logquery.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ShadowOptic::LogFilter::SortKey)

using namespace ShadowOptic;

namespace {
// Space-separated names (QT_NO_CAST_FROM_ASCII rules out QStringList { "a", "b" }).
QStringList names(const char *spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestLogQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ProjectStore m_store;
    ProjectStore m_escaped; // rows written by other JSON writers
    static constexpr qint64 T0 = 1717200000000; // 2024-06-01

    QStringList ids(const LogFilter &f, qint64 offset = 0, int limit = 1000)
    {
        QList<LogRow> rows;
        QString error;
        if (!LogQuery::fetchPage(m_store, f, offset, limit, &rows, &error))
            qFatal("fetchPage failed: %s", qPrintable(error));
        QStringList out;
        for (const LogRow &r : std::as_const(rows))
            out.append(r.logId);
        return out;
    }
    qint64 count(const LogFilter &f)
    {
        qint64 n = -1;
        QString error;
        if (!LogQuery::count(m_store, f, &n, &error))
            qFatal("count failed: %s", qPrintable(error));
        return n;
    }
    static LogFilter search(const QString &text)
    {
        LogFilter f;
        f.search = text;
        f.sortKey = LogFilter::SortKey::Time;
        f.descending = false;
        return f;
    }

    void initEscapedStore()
    {
        QString error;
        QVERIFY2(m_escaped.open(m_dir.filePath(QStringLiteral("escaped.sqlite")), &error), qPrintable(error));
        // As a Python script writes them (non-ASCII as \u escapes), and one as a JavaScript one does.
        QFile file(QStringLiteral(SO_TEST_DATA_DIR "/search/escaped.jsonl"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QList<LogRecord> records;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            LogRecord r;
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            QVERIFY2(LogRecordParser::parse(row, line, &r, &error), line.constData());
            records.append(r);
        }
        ImportStore::InsertCounts counts;
        QVERIFY2(ImportStore(m_escaped).insertLogs(records, 0, &counts, &error), qPrintable(error));
        QCOMPARE(counts.inserted, records.size());
        // Older projects kept the prompt in messages_json (as Qt writes JSON), which the search prefers to raw_json.
        const QString prompt = QStringLiteral("Tab\there, \"old\"");
        const QJsonArray messages { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                  { QStringLiteral("content"), prompt } } };
        QSqlQuery q(StoreAccess::database(m_escaped));
        q.prepare(QStringLiteral("UPDATE logs SET messages_json = ? WHERE log_id = 'old'"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("q.sqlite")), &error), qPrintable(error));
        QVERIFY2(LogRowBuilder::insert(m_store,
                                       {
                                           LogRowBuilder(QStringLiteral("a1"))
                                               .model(QStringLiteral("gpt-4o"))
                                               .provider(QStringLiteral("openai"))
                                               .prompt(QStringLiteral("Summarise the   quarterly\nreport"))
                                               .response(QStringLiteral("Revenue grew."))
                                               .tokens(100, 20)
                                               .costUsd(0.003)
                                               .latencyMs(900)
                                               .createdAtMs(T0 + 1000)
                                               .status(200, true),
                                           LogRowBuilder(QStringLiteral("a2"))
                                               .model(QStringLiteral("gpt-4o-mini"))
                                               .provider(QStringLiteral("openai"))
                                               .prompt(QStringLiteral("Discount of 100% on item a_b"))
                                               .response(QStringLiteral("Done."))
                                               .tokens(50, 5)
                                               .costUsd(0.0001)
                                               .latencyMs(300)
                                               .createdAtMs(T0 + 2000)
                                               .status(200, true),
                                           LogRowBuilder(QStringLiteral("a3"))
                                               .model(QStringLiteral("gpt-4o"))
                                               .provider(QStringLiteral("openai"))
                                               .prompt(QStringLiteral("Price 1000 for axb, path C:\\temp"))
                                               .response(QStringLiteral("Rate limited"))
                                               .latencyMs(50)
                                               .createdAtMs(T0 + 3000)
                                               .status(429, false),
                                           LogRowBuilder(QStringLiteral("b4"))
                                               .model(QStringLiteral("claude-3-5-haiku"))
                                               .provider(QStringLiteral("anthropic"))
                                               .prompt(QStringLiteral("Write a poem called \"Dawn\""))
                                               .response(QStringLiteral("Roses are red, the quarterly sun"))
                                               .tokens(10, 40)
                                               .costUsd(0.002)
                                               .latencyMs(1500)
                                               .createdAtMs(T0 + 4000)
                                               .status(200, true),
                                           LogRowBuilder(QStringLiteral("b5")) // no model, no prompt, no numbers
                                               .response(QStringLiteral("orphan answer"))
                                               .createdAtMs(T0 + 5000),
                                       },
                                       &error),
                 qPrintable(error));
        initEscapedStore();
    }

    void countsEverythingWithoutAFilter()
    {
        QCOMPARE(count(LogFilter()), 5);
        QCOMPARE(ids(LogFilter()).size(), 5);
    }

    void defaultSortIsNewestFirst() { QCOMPARE(ids(LogFilter()), names("b5 b4 a3 a2 a1")); }

    void modelFilterIsExact()
    {
        LogFilter f;
        f.model = QStringLiteral("gpt-4o");
        f.descending = false;
        QCOMPARE(ids(f), names("a1 a3"));
        QCOMPARE(count(f), 2);
        f.model = QStringLiteral("gpt-4");
        QCOMPARE(count(f), 0);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prompt text") << QStringLiteral("poem") << names("b4");
        QTest::newRow("response text") << QStringLiteral("Revenue") << names("a1");
        QTest::newRow("prompt and response") << QStringLiteral("quarterly") << names("a1 b4");
        QTest::newRow("log id") << QStringLiteral("b5") << names("b5");
        QTest::newRow("surrounding spaces are ignored") << QStringLiteral("  poem  ") << names("b4");
        QTest::newRow("blank is no filter") << QStringLiteral("   ") << names("a1 a2 a3 b4 b5");
        QTest::newRow("percent is literal") << QStringLiteral("100%") << names("a2");
        QTest::newRow("underscore is literal") << QStringLiteral("a_b") << names("a2");
        QTest::newRow("backslash is literal") << QStringLiteral("C:\\temp") << names("a3");
        QTest::newRow("quotes in a prompt") << QStringLiteral("called \"Dawn\"") << names("b4");
        QTest::newRow("a quote alone is text, not JSON syntax") << QStringLiteral("\"") << names("b4");
        QTest::newRow("typed backslash-n is not a line break")
            << QStringLiteral("quarterly\\nreport") << QStringList {};
        QTest::newRow("backslash and percent") << QStringLiteral("\\%") << QStringList {};
        QTest::newRow("no match") << QStringLiteral("zebra") << QStringList {};
    }
    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(TestLogQuery::search(text)), expected);
        QCOMPARE(count(TestLogQuery::search(text)), expected.size());
    }

    void searchAndModelCombine()
    {
        LogFilter f = search(QStringLiteral("quarterly"));
        f.model = QStringLiteral("claude-3-5-haiku");
        QCOMPARE(ids(f), names("b4"));
        QCOMPARE(count(f), 1);
    }

    void sorting_data()
    {
        QTest::addColumn<LogFilter::SortKey>("key");
        QTest::addColumn<QStringList>("ascending");
        // SQLite puts NULL first in ascending order; equal values keep row order (id), in the same direction.
        QTest::newRow("time") << LogFilter::SortKey::Time << names("a1 a2 a3 b4 b5");
        QTest::newRow("model") << LogFilter::SortKey::Model << names("b5 b4 a1 a3 a2");
        QTest::newRow("provider") << LogFilter::SortKey::Provider << names("b5 b4 a1 a2 a3");
        QTest::newRow("status") << LogFilter::SortKey::Status << names("b5 a1 a2 b4 a3");
        QTest::newRow("tokens in") << LogFilter::SortKey::TokensIn << names("a3 b5 b4 a2 a1");
        QTest::newRow("tokens out") << LogFilter::SortKey::TokensOut << names("a3 b5 a2 a1 b4");
        QTest::newRow("cost") << LogFilter::SortKey::Cost << names("a3 b5 a2 b4 a1");
        QTest::newRow("latency") << LogFilter::SortKey::Latency << names("b5 a3 a2 a1 b4");
    }
    void sorting()
    {
        QFETCH(LogFilter::SortKey, key);
        QFETCH(QStringList, ascending);
        LogFilter f;
        f.sortKey = key;
        f.descending = false;
        QCOMPARE(ids(f), ascending);
        f.descending = true;
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(ids(f), descending);
    }

    void pagesCoverEveryRowOnce()
    {
        LogFilter f;
        f.sortKey = LogFilter::SortKey::Cost; // has ties (NULLs) that must not repeat across pages
        QStringList all;
        for (qint64 offset = 0; offset < 5; offset += 2)
            all += ids(f, offset, 2);
        QCOMPARE(all, ids(f));
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 5);
        QVERIFY(ids(f, 5, 2).isEmpty());
        QVERIFY(ids(f, 0, 0).isEmpty());
    }

    void rowCarriesTheShownColumns()
    {
        QList<LogRow> rows;
        QString error;
        LogFilter f;
        f.descending = false;
        QVERIFY2(LogQuery::fetchPage(m_store, f, 0, 10, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 5);
        const LogRow &a1 = rows.at(0);
        QVERIFY(a1.rowId > 0);
        QCOMPARE(a1.logId, QStringLiteral("a1"));
        QCOMPARE(a1.createdAtMs, T0 + 1000);
        QCOMPARE(a1.model, QStringLiteral("gpt-4o"));
        QCOMPARE(a1.provider, QStringLiteral("openai"));
        QCOMPARE(a1.statusCode, 200);
        QVERIFY(a1.isSuccess);
        QCOMPARE(a1.promptPreview, QStringLiteral("Summarise the quarterly report"));
        QCOMPARE(a1.promptTokens, 100);
        QCOMPARE(a1.completionTokens, 20);
        QCOMPARE(a1.costUsd, 0.003);
        QVERIFY(!a1.costEstimated);
        QCOMPARE(a1.latencyMs, 900);

        const LogRow &a3 = rows.at(2);
        QCOMPARE(a3.statusCode, 429);
        QVERIFY(!a3.isSuccess);
        QCOMPARE(a3.promptTokens, -1); // absent stays distinguishable from 0
        QCOMPARE(a3.completionTokens, -1);
        QCOMPARE(a3.costUsd, -1.0);

        const LogRow &b5 = rows.at(4);
        QVERIFY(b5.model.isEmpty());
        QVERIFY(b5.promptPreview.isEmpty());
        QCOMPARE(b5.latencyMs, -1);
    }

    void modelsAreDistinctSortedAndSkipMissing()
    {
        QCOMPARE(LogQuery::models(m_store), names("claude-3-5-haiku gpt-4o gpt-4o-mini"));
    }

    void detailHasEveryColumnAndTheMessages()
    {
        QList<LogRow> rows;
        QString error;
        QVERIFY(LogQuery::fetchPage(m_store, search(QStringLiteral("poem")), 0, 1, &rows, &error));
        QCOMPARE(rows.size(), 1);
        QVariantMap detail;
        QVERIFY2(LogQuery::fetchDetail(m_store, rows.first().rowId, &detail, &error), qPrintable(error));
        QCOMPARE(detail.value(QStringLiteral("log_id")).toString(), QStringLiteral("b4"));
        QCOMPARE(detail.value(QStringLiteral("response_text")).toString(),
                 QStringLiteral("Roses are red, the quarterly sun"));
        QVERIFY(detail.contains(QStringLiteral("raw_json")));
        // Rows keep their prompt only in raw_json; the detail view still gets the messages.
        const QJsonArray messages
            = QJsonDocument::fromJson(detail.value(QStringLiteral("messages_json")).toString().toUtf8()).array();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first()[QLatin1String("role")].toString(), QStringLiteral("user"));
        QCOMPARE(messages.first()[QLatin1String("content")].toString(), QStringLiteral("Write a poem called \"Dawn\""));
    }

    void detailWithoutMessagesIsNull()
    {
        QList<LogRow> rows;
        QString error;
        QVERIFY(LogQuery::fetchPage(m_store, search(QStringLiteral("orphan")), 0, 1, &rows, &error));
        QCOMPARE(rows.size(), 1);
        QVariantMap detail;
        QVERIFY(LogQuery::fetchDetail(m_store, rows.first().rowId, &detail, &error));
        QVERIFY(detail.contains(QStringLiteral("messages_json")));
        QVERIFY(detail.value(QStringLiteral("messages_json")).isNull());
    }

    void detailOfAMissingRowFails()
    {
        QVariantMap detail;
        QString error;
        QVERIFY(!LogQuery::fetchDetail(m_store, 987654, &detail, &error));
        QVERIFY(detail.isEmpty());
        QCOMPARE(error, QStringLiteral("Log 987654 is no longer in the project."));
    }

    // Logs as other writers escape them (raw_json keeps the bytes of the file; Python's json.dumps writes non-ASCII
    // as \u escapes), and a row of an older project, whose prompt is in messages_json and its response not.
    void searchFindsTextHoweverTheJsonEscapesIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("non-ASCII, raw and \\u-escaped") << QStringLiteral("caf\u00e9") << names("p1 p2");
        QTest::newRow("beyond the BMP, \\u-escaped") << QStringLiteral("smile \U0001F600") << names("p3");
        QTest::newRow("\\u-escaped next to quotes") << QStringLiteral("\U0001F600 and \"quote\"") << names("p3");
        QTest::newRow("quotes and backslash") << QStringLiteral("\"quote\" in C:\\dir") << names("p3");
        QTest::newRow("percent and underscore") << QStringLiteral("50%_off") << names("p2");
        QTest::newRow("wildcards stay literal") << QStringLiteral("50%off") << QStringList {};
        QTest::newRow("tab in a prompt") << QStringLiteral("Tab\there") << names("old");
        QTest::newRow("quote in a prompt of an older project") << QStringLiteral("\"old\"") << names("old");
        QTest::newRow("quote in a response of an older project")
            << QStringLiteral("said \"hi\" at C:\\temp") << names("old");
    }
    void searchFindsTextHoweverTheJsonEscapesIt()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QList<LogRow> rows;
        QString error;
        QVERIFY2(LogQuery::fetchPage(m_escaped, search(text), 0, 100, &rows, &error), qPrintable(error));
        QStringList found;
        for (const LogRow &r : std::as_const(rows))
            found.append(r.logId);
        QCOMPARE(found, expected);
        qint64 n = -1;
        QVERIFY2(LogQuery::count(m_escaped, search(text), &n, &error), qPrintable(error));
        QCOMPARE(n, expected.size());
    }
};

QTEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"
