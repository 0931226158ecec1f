// SPDX-License-Identifier: MIT
#include "domain/logrecordparser.h"
#include "gen/loggenerator.h"
#include "import/fastlogparser.h"
#include "import/logfilereader.h"
#include "import/logimporter.h"
#include "import/strictjson.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestLogImporter : public QObject
{
    Q_OBJECT

private:
    QString fixture(const QString &name) const { return QStringLiteral(SO_TEST_DATA_DIR "/import/") + name; }
    QString project()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->filePath(QStringLiteral("p.sqlite"));
    }
    QByteArray messagesOf(const QString &projectPath, const QString &where)
    {
        ProjectStore s;
        QString error;
        if (!s.open(projectPath, &error))
            return {};
        QSqlQuery q(StoreAccess::database(s));
        if (!q.exec(QStringLiteral("SELECT messages_json, raw_json FROM logs WHERE ") + where) || !q.next())
            return {};
        return LogRecordParser::storedMessagesJson(q.value(0), q.value(1));
    }
    // Every field of a record, with null and empty told apart.
    static QString describe(const LogRecord &r)
    {
        QStringList parts;
        auto s = [&](const char *name, const QString &v) {
            parts << QLatin1String(name) + (v.isNull() ? QStringLiteral("=<null>") : QLatin1Char('=') + v);
        };
        auto b = [&](const char *name, const QByteArray &v) {
            parts << QLatin1String(name)
                    + (v.isNull() ? QStringLiteral("=<null>") : QLatin1Char('=') + QString::fromUtf8(v));
        };
        s("logId", r.logId);
        s("traceId", r.traceId);
        s("created", QString::number(r.createdAtMs));
        s("provider", r.provider);
        s("model", r.model);
        for (const ChatMessage &m : r.messages) {
            s("role", m.role);
            s("content", m.content);
        }
        b("params", r.paramsJson);
        s("response", r.responseText);
        s("finish", r.finishReason);
        s("tokens", QStringLiteral("%1/%2/%3").arg(r.promptTokens).arg(r.completionTokens).arg(r.totalTokens));
        s("cost", QString::number(r.costUsd, 'g', 17));
        s("latency", QString::number(r.latencyMs));
        s("status", QStringLiteral("%1/%2").arg(r.statusCode).arg(r.isSuccess));
        s("mode", r.mode);
        s("config", r.config);
        s("slug", r.promptSlug);
        s("useCase", r.useCase);
        s("experiment", r.experimentId);
        b("metadata", r.metadataJson);
        s("url", r.requestUrl);
        s("hash", r.conversationHash);
        b("raw", r.rawJson);
        return parts.join(QLatin1Char('\n'));
    }

    QVariant value(const QString &projectPath, const QString &sql)
    {
        ProjectStore store;
        QString error;
        if (!store.open(projectPath, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        QSqlQuery q(StoreAccess::database(store));
        if (!q.exec(sql) || !q.next()) {
            QTest::qFail(qPrintable(QString(QStringLiteral("no row: ") + sql)), __FILE__, __LINE__);
            return {};
        }
        return q.value(0);
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    // The simdjson fast path must give exactly what QJsonDocument + LogRecordParser give, or hand the record back.
    void fastParserMatchesFullParser()
    {
        QList<QByteArray> lines;
        const QStringList fixtures
            = QDir(QStringLiteral(SO_TEST_DATA_DIR "/import")).entryList({ QStringLiteral("*.jsonl") });
        for (const QString &name : fixtures) {
            QFile f(fixture(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            lines += f.readAll().split('\n');
        }
        const qsizetype handWritten = lines.size(); // fixtures, including fastpath_edges.jsonl
        QTemporaryDir dir;
        const QString generated = dir.filePath(QStringLiteral("g.jsonl"));
        LogGenerator::Options g;
        g.rows = 3000;
        g.seed = 7;
        g.tokenScale = 0.2;
        QString error;
        QVERIFY(LogGenerator::write(generated, g, &error));
        QFile gf(generated);
        QVERIFY(gf.open(QIODevice::ReadOnly));
        const QList<QByteArray> generatedLines = gf.readAll().split('\n');
        lines += generatedLines;

        // The full parser as the importer runs it on what the fast path hands back.
        auto fullParse = [](const QByteArray &line, QString *jsonError) { return StrictJson::parse(line, jsonError); };
        // Both parsers agree on what valid JSON is (RFC 8259): no raw control characters inside strings.
        int rawControl = 0;
        for (const QByteArray &line : lines) {
            const QByteArray id = QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString().toUtf8();
            if (id != "e21" && id != "e22" && id != "e23" && id != "e25")
                continue;
            ++rawControl;
            LogRecord r;
            QVERIFY2(!FastLogParser::parse(line, &r), id.constData());
            QString jsonError;
            fullParse(line, &jsonError);
            QVERIFY2(jsonError.contains(QLatin1String("control character")),
                     qPrintable(QString::fromUtf8(id) + QStringLiteral(": ") + jsonError));
        }
        QCOMPARE(rawControl, 4);

        int fast = 0;
        int fastGenerated = 0;
        bool escapedNul = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            LogRecord viaFast;
            if (!FastLogParser::parse(line, &viaFast))
                continue;
            ++fast;
            if (i >= handWritten)
                ++fastGenerated;
            escapedNul = escapedNul || viaFast.logId == QLatin1String("e24");
            QString jsonError;
            const QJsonDocument doc = fullParse(line, &jsonError);
            QVERIFY2(jsonError.isEmpty() && doc.isObject(), line.constData());
            LogRecord viaFull;
            QVERIFY2(LogRecordParser::parse(doc.object(), line, &viaFull, &error), line.left(200).constData());
            QCOMPARE(describe(viaFast), describe(viaFull));
        }
        // The fast path really carries the usual rows.
        QVERIFY2(fastGenerated >= int(generatedLines.size()) * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(fastGenerated).arg(generatedLines.size())));
        QVERIFY(fast > fastGenerated);
        QVERIFY(escapedNul); // \u0000 is valid JSON, and the fast path takes it
    }

    // Raw control bytes inside strings are invalid JSON: skipped and reported with their line, whichever parser
    // reads the record. An escaped \u0000 is valid; it is stored escaped, so that no text column holds a NUL byte
    // (C-string readers such as the sqlite3 shell would cut the value there).
    void rawControlCharactersAreInvalidJson()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("control.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The first record is longer than the 4 KB sniffed for binary files, as in a real export.
        QByteArray longLine("{\"id\":\"long\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"");
        longLine += QByteArray(5000, 'x');
        longLine += "\"}]}}\n";
        f.write(longLine);
        QByteArray nul("{\"id\":\"nul\",\"trace_id\":\"a");
        nul += '\0';
        nul += "b\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}}\n";
        f.write(nul);
        f.write("{\"id\":\"ctl\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"a\x01"
                "b\"}]}}\n");
        f.write("{\"id\":\"tab\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"a\tb\"}]}}\n");
        f.write("{\"id\":\"key\",\"trace\x1fid\":\"t\"}\n");
        // Not the fast path's shape (a wrapped request), so the full parser reads it.
        f.write("{\"id\":\"wrapped\",\"request\":{\"url\":\"u\",\"body\":{\"messages\":[{\"role\":\"user\","
                "\"content\":\"a\x02"
                "b\"}]}}}\n");
        f.write("{\"id\":\"esc\",\"trace_id\":\"a\\u0000b\",\"request\":{\"messages\":[{\"role\":\"user\","
                "\"content\":\"x\\u0000y\"}]}}\n");
        f.write("{\"id\":\"esc-wrapped\",\"trace_id\":\"c\\u0000d\",\"request\":{\"url\":\"u\",\"body\":"
                "{\"messages\":[{\"role\":\"user\",\"content\":\"w\"}]}}}\n");
        f.write("{\"id\":\"ws\",\t\"request\":\t{\"messages\":[{\"role\":\"user\",\"content\":\"fine\"}]}}\n");
        f.close();

        const QString p = project();
        const ImportReport r = LogImporter::run(p, { file });
        QCOMPARE(r.fileErrors, QStringList());
        QCOMPARE(r.read, 9);
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.skipped, 5);
        QCOMPARE(r.skippedByReason.value(QStringLiteral("invalid JSON")), 5);
        QList<qint64> lines;
        for (const ImportIssue &e : r.errors) {
            lines << e.line;
            QVERIFY2(e.reason.contains(QLatin1String("control character")), qPrintable(e.reason));
        }
        QCOMPARE(lines, QList<qint64>({ 2, 3, 4, 5, 6 }));

        QCOMPARE(value(p, QStringLiteral("SELECT trace_id FROM logs WHERE log_id = 'esc'")).toString(),
                 QStringLiteral("a\\u0000b"));
        QCOMPARE(value(p, QStringLiteral("SELECT length(trace_id) FROM logs WHERE log_id = 'esc'")).toInt(), 8);
        QCOMPARE(value(p, QStringLiteral("SELECT trace_id FROM logs WHERE log_id = 'esc-wrapped'")).toString(),
                 QStringLiteral("c\\u0000d"));
        QCOMPARE(value(p, QStringLiteral("SELECT prompt_preview FROM logs WHERE log_id = 'esc'")).toString(),
                 QStringLiteral("x\\u0000y"));
        QCOMPARE(value(p,
                       QStringLiteral("SELECT COUNT(*) FROM logs WHERE instr(CAST(trace_id AS BLOB), X'00') > 0 "
                                      "OR instr(CAST(prompt_preview AS BLOB), X'00') > 0"))
                     .toInt(),
                 0);
        // The raw JSON keeps the escape as written, and the messages read back from it are the real text.
        QVERIFY(value(p, QStringLiteral("SELECT raw_json FROM logs WHERE log_id = 'esc'"))
                    .toByteArray()
                    .contains("a\\u0000b"));
        QVERIFY(messagesOf(p, QStringLiteral("log_id = 'esc'")).contains("x\\u0000y"));
    }

    // Control characters in a pretty-printed JSON array: white space between tokens, invalid inside strings.
    void rawControlCharactersInJsonArrays()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("control.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[\n  {\"id\": \"broken\", \"request\": {\"messages\": [{\"role\": \"user\", \"content\": "
                "\"line\nbreak\"}]}},\n"
                "\t{\"id\": \"ok\",\r\n\t \"request\": {\"messages\": [{\"role\": \"user\", \"content\": "
                "\"fine\"}]}}\n]\n");
        f.close();
        const QString p = project();
        const ImportReport r = LogImporter::run(p, { file });
        QCOMPARE(r.read, 2);
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.errors.first().line, 2);
        QCOMPARE(r.errors.first().category, QStringLiteral("invalid JSON"));
        QCOMPARE(value(p, QStringLiteral("SELECT log_id FROM logs")).toString(), QStringLiteral("ok"));
    }

    void importCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("firstErrorLine");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("fileErrors");

        QTest::newRow("jsonl") << "basic.jsonl" << 5 << 5 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("json array") << "array.json" << 4 << 4 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("wrapped and stringified payloads") << "wrapped.jsonl" << 2 << 2 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("content parts") << "parts.jsonl" << 1 << 1 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("created_at forms") << "timestamps.jsonl" << 5 << 5 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("field aliases") << "aliases.jsonl" << 5 << 5 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("BOM and CRLF") << "crlf_bom.jsonl" << 3 << 3 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("no id: content hash") << "no_id.jsonl" << 2 << 1 << 1 << 0 << 0 << "" << 0;
        QTest::newRow("CSV quoting, BOM, CRLF, dotted headers") << "quoted.csv" << 3 << 3 << 0 << 0 << 0 << "" << 0;
        QTest::newRow("truncated JSON") << "truncated.jsonl" << 4 << 2 << 0 << 2 << 2 << "invalid JSON" << 0;
        QTest::newRow("not an object") << "not_object.jsonl" << 4 << 2 << 0 << 2 << 2 << "not an object" << 0;
        QTest::newRow("wrong types") << "wrong_types.jsonl" << 4 << 1 << 0 << 3 << 2 << "wrong type" << 0;
        QTest::newRow("negative token counts") << "negative_counts.jsonl" << 5 << 2 << 0 << 3 << 2 << "wrong type" << 0;
        QTest::newRow("invalid UTF-8") << "invalid_utf8.jsonl" << 3 << 2 << 0 << 1 << 2 << "invalid UTF-8" << 0;
        QTest::newRow("oversized line") << "oversized.jsonl" << 3 << 2 << 0 << 1 << 2 << "oversized record" << 0;
        QTest::newRow("bad CSV rows") << "bad_rows.csv" << 4 << 2 << 0 << 2 << 3 << "malformed CSV" << 0;
        QTest::newRow("empty file") << "empty.jsonl" << 0 << 0 << 0 << 0 << 0 << "" << 1;
        QTest::newRow("UTF-16 file") << "utf16.jsonl" << 0 << 0 << 0 << 0 << 0 << "" << 1;
        QTest::newRow("binary file") << "binary.bin" << 0 << 0 << 0 << 0 << 0 << "" << 1;
        QTest::newRow("prose, not a log") << "notes.txt" << 0 << 0 << 0 << 0 << 0 << "" << 1;
        QTest::newRow("missing file") << "does-not-exist.jsonl" << 0 << 0 << 0 << 0 << 0 << "" << 1;
    }

    void importCounts()
    {
        QFETCH(QString, file);
        QFETCH(int, read);
        QFETCH(int, imported);
        QFETCH(int, duplicates);
        QFETCH(int, skipped);
        QFETCH(int, firstErrorLine);
        QFETCH(QString, category);
        QFETCH(int, fileErrors);

        LogImporter::Options options;
        options.maxRecordBytes = 4096; // makes oversized.jsonl's 5 KB line oversized
        const QString p = project();
        const ImportReport r = LogImporter::run(p, { fixture(file) }, {}, {}, options);
        QCOMPARE(r.read, read);
        QCOMPARE(r.imported, imported);
        QCOMPARE(r.duplicates, duplicates);
        QCOMPARE(r.skipped, skipped);
        QCOMPARE(r.fileErrors.size(), fileErrors);
        if (skipped > 0) {
            QCOMPARE(r.errors.first().line, firstErrorLine);
            QCOMPARE(r.errors.first().category, category);
            QCOMPARE(r.errors.first().file, file);
            QVERIFY(!r.errors.first().reason.isEmpty());
            QCOMPARE(r.skippedByReason.value(category), skipped);
        }
        if (fileErrors > 0)
            QVERIFY2(r.fileErrors.first().contains(file), qPrintable(r.fileErrors.first()));
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs")).toInt(), imported);
        // The same report is kept in the project.
        QCOMPARE(value(p, QStringLiteral("SELECT skipped FROM import_reports ORDER BY id DESC LIMIT 1")).toInt(),
                 skipped);
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM import_errors")).toInt(), skipped);
    }

    // A negative count is no count: a row error where the record's own fields say so (as for a count that is not a
    // number), unknown where a response's usage says so (as TokenUsage reads a usage count that is not a number).
    void negativeTokenCountsAreInvalid()
    {
        const QString p = project();
        const ImportReport r = LogImporter::run(p, { fixture(QStringLiteral("negative_counts.jsonl")) });
        QCOMPARE(r.imported, 2);
        QStringList reasons;
        for (const ImportIssue &e : r.errors)
            reasons << e.reason;
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(reasons.at(0).contains(QLatin1String("'req_units' is negative")), qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QLatin1String("'res_units' is negative")), qPrintable(reasons.at(1)));
        QVERIFY2(reasons.at(2).contains(QLatin1String("'cache_read_input_tokens' is negative")),
                 qPrintable(reasons.at(2)));
        QCOMPARE(value(p,
                       QStringLiteral("SELECT COUNT(*) FROM logs WHERE prompt_tokens < 0 OR completion_tokens < 0 "
                                      "OR total_tokens < 0 OR cache_read_tokens < 0"))
                     .toInt(),
                 0);
        QVERIFY(value(p, QStringLiteral("SELECT prompt_tokens FROM logs WHERE log_id = 'neg-usage'")).isNull());
        QVERIFY(value(p, QStringLiteral("SELECT total_tokens FROM logs WHERE log_id = 'neg-usage'")).isNull());
        QCOMPARE(value(p, QStringLiteral("SELECT completion_tokens FROM logs WHERE log_id = 'neg-usage'")).toInt(), 7);
    }

    // The read buffer is sized by the input: a small file (or fuzz input) does not get the 8 MB a large one reads
    // through, and a 1 MB one not more than about its size.
    void readerBufferFitsTheInput_data()
    {
        QTest::addColumn<int>("records");
        QTest::newRow("one record") << 1;
        QTest::newRow("about 1 MB") << 6000;
    }
    void readerBufferFitsTheInput()
    {
        QFETCH(int, records);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("small.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < records; ++i)
            f.write(QByteArray("{\"id\":\"r") + QByteArray::number(i).rightJustified(8, '0')
                    + "\",\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"A question of some "
                      "length, asked many times over.\"}]}}\n");
        f.close();
        LogFileReader reader;
        QString error;
        QVERIFY2(reader.open(file, &error), qPrintable(error));
        qsizetype rows = 0;
        for (bool more = true; more;) {
            QList<RawRow> batch;
            more = reader.readBatch(&batch, 500);
            rows += batch.size();
        }
        QCOMPARE(rows, records);
        QVERIFY2(reader.bufferCapacity() <= f.size() + 4096,
                 qPrintable(QStringLiteral("%1 bytes for a %2-byte file").arg(reader.bufferCapacity()).arg(f.size())));
    }

    void reimportAddsNothing()
    {
        const QString p = project();
        const QStringList files { fixture(QStringLiteral("basic.jsonl")), fixture(QStringLiteral("quoted.csv")) };
        const ImportReport first = LogImporter::run(p, files);
        QCOMPARE(first.imported, 8);
        const ImportReport second = LogImporter::run(p, files);
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.duplicates, 8);
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs")).toInt(), 8);
    }

    void fieldsAreNormalised()
    {
        const QString p = project();
        const QStringList files { fixture(QStringLiteral("timestamps.jsonl")) };
        LogImporter::run(p, files);
        // Every created_at form denotes 2024-01-15T10:30:00Z.
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(DISTINCT created_at) FROM logs")).toInt(), 1);
        QCOMPARE(value(p, QStringLiteral("SELECT MIN(created_at) FROM logs")).toLongLong(), 1705314600000LL);
        QCOMPARE(value(p, QStringLiteral("SELECT cost_usd FROM logs LIMIT 1")).toDouble(), 0.00015); // 0.015 cents

        LogImporter::run(p, { fixture(QStringLiteral("aliases.jsonl")) });
        QCOMPARE(value(p, QStringLiteral("SELECT provider FROM logs WHERE model LIKE 'claude%'")).toString(),
                 QStringLiteral("anthropic"));
        QCOMPARE(value(p, QStringLiteral("SELECT prompt_tokens FROM logs WHERE prompt_tokens = 40")).toInt(), 40);
        QCOMPARE(value(p, QStringLiteral("SELECT status_code FROM logs WHERE cost_usd = 0.005")).toInt(), 246);
        QCOMPARE(value(p, QStringLiteral("SELECT is_success FROM logs WHERE status_code = 446")).toInt(), 0);
        QCOMPARE(value(p, QStringLiteral("SELECT mode FROM logs WHERE status_code = 446")).toString(),
                 QStringLiteral("loadbalance"));
        // cost 0 means "not priced": re-costed from the catalog (gpt-4o: 20 × $2.5/1M + 10 × $10/1M).
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs WHERE cost_estimated = 1")).toInt(), 1);
        QVERIFY(
            qAbs(value(p, QStringLiteral("SELECT cost_usd FROM logs WHERE cost_estimated = 1")).toDouble() - 0.00015)
            < 1e-12);

        LogImporter::run(p,
                         { fixture(QStringLiteral("wrapped.jsonl")), fixture(QStringLiteral("parts.jsonl")),
                           fixture(QStringLiteral("quoted.csv")) });
        // Messages are read back from raw_json (schema 3 stores a prompt once).
        QCOMPARE(value(p, QStringLiteral("SELECT response_text FROM logs WHERE raw_json LIKE '%Wrapped question%'"))
                     .toString(),
                 QStringLiteral("Wrapped answer."));
        QVERIFY(messagesOf(p, QStringLiteral("raw_json LIKE '%Wrapped question%'")).contains("Wrapped question"));
        QCOMPARE(
            value(p, QStringLiteral("SELECT response_text FROM logs WHERE raw_json LIKE '%Stringified%'")).toString(),
            QStringLiteral("Stringified answer."));
        QVERIFY(messagesOf(p, QStringLiteral("raw_json LIKE '%Stringified%'")).startsWith("[{\"content\":"));
        QVERIFY(messagesOf(p, QStringLiteral("raw_json LIKE '%Describe this%'")).contains("[image]"));
        QVERIFY(messagesOf(p, QStringLiteral("log_id = 'csv-1'")).contains("Line one,\\nline \\\"two\\\""));
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs WHERE messages_json IS NOT NULL")).toInt(), 0);
        QCOMPARE(value(p, QStringLiteral("SELECT use_case FROM logs WHERE log_id = 'csv-1'")).toString(),
                 QStringLiteral("coding"));
        QVERIFY(value(p, QStringLiteral("SELECT metadata_json FROM logs WHERE log_id = 'csv-1'"))
                    .toString()
                    .contains(QLatin1String("\"user_id\":\"alice\"")));
        QCOMPARE(value(p, QStringLiteral("SELECT created_at FROM logs WHERE log_id = 'csv-3'")).toLongLong(),
                 1705392000000LL); // 09:00 GMT+0100 = 08:00Z
        QCOMPARE(value(p, QStringLiteral("SELECT is_success FROM logs WHERE log_id = 'csv-3'")).toInt(), 0);
        // Raw JSON is kept for every record.
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs WHERE raw_json IS NULL OR raw_json = ''")).toInt(),
                 0);
        // Identical prompts share a conversation hash.
        QVERIFY(value(p, QStringLiteral("SELECT COUNT(*) FROM prompts")).toInt() > 0);
    }

    void cancelStopsEarly()
    {
        const QString p = project();
        const ImportReport r = LogImporter::run(p, { fixture(QStringLiteral("basic.jsonl")) }, {}, [] { return true; });
        QVERIFY(r.cancelled);
        QCOMPARE(r.imported, 0);
    }

    // Cancelling half-way stops the reader thread and the parse pool with batches still in flight; the rows
    // written before the cancel are committed, nothing hangs, and importing again completes the file.
    void cancelHalfWayKeepsCommittedRows()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("many.jsonl"));
        LogGenerator::Options g;
        g.rows = 2000;
        g.seed = 3;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(logs, g, &error));
        const QString p = project();
        LogImporter::Options o;
        o.batchRows = 50;
        o.commitBytes = 1; // commit every batch, so what was written before the cancel is kept
        int checks = 0;
        const ImportReport half = LogImporter::run(
            p, { logs }, {}, [&checks] { return ++checks > 10; }, o);
        QVERIFY(half.cancelled);
        QVERIFY2(half.imported > 0 && half.imported < 2000, qPrintable(QString::number(half.imported)));
        QCOMPARE(value(p, QStringLiteral("SELECT COUNT(*) FROM logs")).toLongLong(), half.imported);
        const ImportReport rest = LogImporter::run(p, { logs });
        QCOMPARE(rest.imported + half.imported, 2000);
        QCOMPARE(rest.duplicates, half.imported);
    }

    // A file far smaller than one commitBytes transaction still commits as it goes (every commitIntervalMs), and
    // what is committed carries its report, restated with the rows committed so far: a crash mid-import leaves
    // those rows and a true report, not an empty project with an empty report (as a single transaction did).
    void commitsWhileImportingWithATrueReport()
    {
        const QString p = project();
        const QString file = m_dir->filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options g;
        g.rows = 2000;
        g.seed = 4;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY(LogGenerator::write(file, g, &error));
        LogImporter::Options o;
        o.batchRows = 100;
        o.progressSliceRows = 50;
        o.progressIntervalMs = 0;
        o.commitIntervalMs = 0; // every slice
        qint64 seenCommitted = 0, reportMismatches = 0, checks = 0;
        const ImportReport r = LogImporter::run(
            p, { file },
            [&](qint64 done, qint64 total, const QString &) {
                if (done <= 0 || done >= total)
                    return;
                // What another process (or the next run after a crash) would find now.
                const QString name = QStringLiteral("reader-%1").arg(++checks);
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                    db.setDatabaseName(p);
                    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                    if (db.open()) {
                        QSqlQuery q(db);
                        if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM logs), (SELECT COUNT(*) FROM "
                                                  "import_reports WHERE imported IS NULL OR imported != (SELECT "
                                                  "COUNT(*) FROM logs l WHERE l.import_id = import_reports.id))"))
                            && q.next()) {
                            seenCommitted = qMax(seenCommitted, q.value(0).toLongLong());
                            reportMismatches += q.value(1).toLongLong();
                        }
                    }
                }
                QSqlDatabase::removeDatabase(name);
            },
            {}, o);
        QCOMPARE(r.imported, 2000);
        QVERIFY(checks > 5);
        QVERIFY2(seenCommitted > 0, "nothing was committed before the import ended");
        QCOMPARE(reportMismatches, 0);
        QCOMPARE(value(p,
                       QStringLiteral("SELECT COUNT(*) FROM import_reports WHERE finished_at IS NOT NULL AND "
                                      "imported = 2000"))
                     .toLongLong(),
                 1);
        // Every committed log has its conversation indexed, also mid-import.
        QCOMPARE(value(p,
                       QStringLiteral("SELECT COUNT(*) FROM logs l WHERE conversation_hash IS NOT NULL AND NOT "
                                      "EXISTS (SELECT 1 FROM prompts p WHERE p.conversation_hash = "
                                      "l.conversation_hash)"))
                     .toLongLong(),
                 0);
    }

    void progressReachesTheEnd()
    {
        const QString p = project();
        qint64 lastDone = -1, lastTotal = 0;
        LogImporter::run(p, { fixture(QStringLiteral("basic.jsonl")) },
                         [&](qint64 done, qint64 total, const QString &) {
                             QVERIFY(done >= lastDone);
                             lastDone = done;
                             lastTotal = total;
                         });
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
    }

    // A file of one batch still moves the progress in steps: one per slice of rows written, evenly spread.
    void progressIsSmoothWithinABatch()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("smooth.jsonl"));
        LogGenerator::Options g;
        g.rows = 2000;
        g.seed = 5;
        g.tokenScale = 0.05;
        QString error;
        QVERIFY2(LogGenerator::write(logs, g, &error), qPrintable(error));
        LogImportOptions o;
        o.batchRows = 5000; // the whole file is one batch
        o.batchBytes = qint64(1) << 30;
        o.progressIntervalMs = 0;
        o.progressSliceRows = 100;
        QList<qint64> steps;
        qint64 total = 0;
        const ImportReport r = LogImporter::run(
            project(), { logs },
            [&](qint64 done, qint64 all, const QString &) {
                steps.append(done);
                total = all;
            },
            {}, o);
        QCOMPARE(r.imported, 2000);
        QVERIFY2(steps.size() >= 20, qPrintable(QString::number(steps.size())));
        // No step covers more than a tenth of the file (one batch used to be a single jump to the end).
        qint64 previous = 0, largest = 0;
        for (qint64 s : std::as_const(steps)) {
            QVERIFY(s >= previous);
            largest = std::max(largest, s - previous);
            previous = s;
        }
        QVERIFY2(largest <= total / 10, qPrintable(QStringLiteral("%1 of %2").arg(largest).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestLogImporter)
#include "tst_logimporter.moc"
