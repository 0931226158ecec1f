// SPDX-License-Identifier: MIT
// Real prompts are multilingual and full of emoji: the import's UTF-8 paths (conversation hash, preview) must
// store what Qt's QString rules give, whichever parser reads the row, and generated data must survive the trip.
#include "domain/logrecordparser.h"
#include "gen/loggenerator.h"
#include "import/fastlogparser.h"
#include "import/logimporter.h"
#include "import/strictjson.h"
#include "store/importstore.h"
#include "store/projectstore.h"
#include "store/storeaccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

namespace {

// The conversation hash as it was defined before the UTF-8 paths: Qt's lower-casing, simplified() and toUtf8().
QString referenceHash(const QList<ChatMessage> &messages)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const ChatMessage &m : messages) {
        h.addData(m.role.toLower().toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
        h.addData(m.content.simplified().toUtf8());
        h.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && (i + 1 == s.size() || !s.at(i + 1).isLowSurrogate()))
            return true;
        if (s.at(i).isLowSurrogate() && (i == 0 || !s.at(i - 1).isHighSurrogate()))
            return true;
    }
    return false;
}

QByteArray row(const QByteArray &id, const QByteArray &messages)
{
    return "{\"id\":\"" + id + "\",\"ai_model\":\"gpt-4o\",\"request\":{\"model\":\"gpt-4o\",\"messages\":" + messages
        + "},\"response\":{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Grüße 👋 — ok\"}}]}}";
}

QByteArray user(const QByteArray &content)
{
    return "[{\"role\":\"system\",\"content\":\"Tu es utile\\u00a0!\"},{\"role\":\"user\",\"content\":\"" + content
        + "\"}]";
}

} // namespace

class TestNonAsciiText : public QObject
{
    Q_OBJECT

private slots:
    // Every stored column, the messages and the hash agree between the fast path (simdjson, hash and white space
    // on UTF-8) and the full path (QJsonDocument + LogRecordParser), and the hash is what it always was.
    void fastPathMatchesFullPath()
    {
        const QList<QByteArray> lines {
            row("emoji",
                user("Hi 😀 👍🏽 👩‍💻 👨‍👩‍👧‍👦 🇩🇪 ❤️ 🏳️‍🌈 done")),
            row("escaped-pair", user("smile \\ud83d\\ude00 and \\u00e9t\\u00e9")),
            row("combining", user("Cafe\u0301 u\u0308ber n\u0303 \u0915\u094d\u0937 e\u0301\u0301")),
            row("spaces",
                user(" \u00a0lead\u2003em\u3000ideo\u2028line\u2029para\u202fnarrow\u0085nel\u1680ogham end\u00a0 ")),
            row("not-spaces", user("zero\u200bwidth\u200djoiner\u2060word\u180emongolian\ufeffbom")),
            row("scripts",
                user("Größe straße — «\u00a0données\u00a0» “quoted” … Привет 数据库索引 これは مرحبا नमस्ते 𠀋")),
            row("supplementary", user("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟘𝟙 🀄 \\ud834\\udd1e")),
            row("bom-first", user("\ufeffstarts with a byte order mark")),
            row("escaped-bom", user("\\ufeffescaped byte order mark ü")),
            row("only-space", user("\u3000\u00a0\u2003")),
            row("roles", "[{\"role\":\"System\",\"content\":\"Ünïcödé\"},{\"role\":\"USER\",\"content\":\"x😀y\"}]"),
            row("parts",
                "[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Teil 1 — ü\"},"
                "{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}},\"string part 😀\"]}]"),
            row("multi-turn",
                "[{\"role\":\"user\",\"content\":\"Erste Frage\u00a0?\"},{\"role\":\"assistant\","
                "\"content\":\"Antwort 🙂\"},{\"role\":\"user\",\"content\":\"Zweite\u3000Frage 🤔\"}]"),
        };
        int fast = 0;
        for (const QByteArray &line : lines) {
            QString jsonError;
            const QJsonDocument doc = StrictJson::parse(line, &jsonError);
            QVERIFY2(jsonError.isEmpty() && doc.isObject(), line.constData());
            LogRecord viaFull;
            QString error;
            QVERIFY2(LogRecordParser::parse(doc.object(), line, &viaFull, &error), qPrintable(error));
            QCOMPARE(viaFull.conversationHash, referenceHash(viaFull.messages));
            LogRecord viaFast;
            if (!FastLogParser::parse(line, &viaFast))
                continue;
            ++fast;
            QCOMPARE(viaFast.messages.size(), viaFull.messages.size());
            for (qsizetype i = 0; i < viaFast.messages.size(); ++i) {
                QCOMPARE(viaFast.messages.at(i).role, viaFull.messages.at(i).role);
                QCOMPARE(viaFast.messages.at(i).content, viaFull.messages.at(i).content);
            }
            QCOMPARE(viaFast.conversationHash, referenceHash(viaFast.messages));
            const ImportStore::LogColumns a = ImportStore::columnsOf(viaFast);
            const ImportStore::LogColumns b = ImportStore::columnsOf(viaFull);
            for (const auto member : { &ImportStore::LogColumns::logId, &ImportStore::LogColumns::traceId,
                                       &ImportStore::LogColumns::provider, &ImportStore::LogColumns::model,
                                       &ImportStore::LogColumns::promptPreview, &ImportStore::LogColumns::paramsJson,
                                       &ImportStore::LogColumns::responseText, &ImportStore::LogColumns::finishReason,
                                       &ImportStore::LogColumns::mode, &ImportStore::LogColumns::config,
                                       &ImportStore::LogColumns::promptSlug, &ImportStore::LogColumns::useCase,
                                       &ImportStore::LogColumns::experimentId, &ImportStore::LogColumns::metadataJson,
                                       &ImportStore::LogColumns::requestUrl, &ImportStore::LogColumns::conversationHash,
                                       &ImportStore::LogColumns::rawJson })
                QCOMPARE(a.*member, b.*member);
        }
        QCOMPARE(fast, int(lines.size()) - 2); // the prompts that start with U+FEFF take the full path
    }

    // The full path's one-pass hash against simplified().toUtf8() on random text, unpaired surrogates included.
    void hashMatchesQtOnRandomText()
    {
        const char16_t alphabet[]
            = { u'a',   u'Z',   u' ',   u'\t',  u'\n',  0x00a0, 0x0085, 0x1680, 0x2000, 0x200a, 0x200b,
                0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x00e9, 0x0301, 0x4e2d, 0xd83d, 0xde00,
                0xd800, 0xdfff, 0xffff, 0x0627, 0x0915, u'.',   u'\r',  0x000b, 0x000c, 0x001f };
        QRandomGenerator rng(11);
        for (int i = 0; i < 3000; ++i) {
            QList<ChatMessage> messages;
            for (int m = 0, n = 1 + rng.bounded(3); m < n; ++m) {
                QString content;
                for (int k = 0, len = rng.bounded(40); k < len; ++k)
                    content.append(QChar(alphabet[rng.bounded(int(std::size(alphabet)))]));
                messages.append({ m % 2 ? QStringLiteral("Assistant") : QStringLiteral("user"), content });
            }
            QCOMPARE(LogRecordParser::conversationHash(messages), referenceHash(messages));
        }
    }

    // The preview is cut by UTF-16 units, but never between the halves of a surrogate pair.
    void previewNeverSplitsASurrogatePair()
    {
        for (const QString &role : { QStringLiteral("user"), QStringLiteral("assistant") }) {
            for (int pad = 150; pad <= 165; ++pad) {
                LogRecord r;
                r.messages.append(
                    { role, QString(pad, QLatin1Char('x')) + QStringLiteral("😀👩‍💻 é 𠀋 tail") });
                const QString preview = r.promptPreview();
                QVERIFY2(!hasLoneSurrogate(preview), qPrintable(QStringLiteral("%1 %2").arg(role).arg(pad)));
                QVERIFY(preview.size() <= 160);
                QCOMPARE(QString::fromUtf8(preview.toUtf8()), preview);
                QVERIFY(!preview.toUtf8().contains('?'));
                const QString whole = r.messages.first().content.simplified();
                QString kept = preview;
                if (preview.size() < whole.size() && role == QLatin1String("user")) {
                    QVERIFY(kept.endsWith(QChar(0x2026)));
                    kept.chop(1);
                }
                QVERIFY(whole.startsWith(kept));
                QVERIFY(kept.size() >= qMin<qsizetype>(whole.size(), 158));
            }
        }
    }

    // generate-logs writes a realistic share of non-ASCII prompts, deterministically, and both of its formats
    // import to the same previews and hashes that a QJsonDocument reading of the JSONL gives.
    void generatedTextRoundTrips()
    {
        QTemporaryDir dir;
        LogGenerator::Options g;
        g.rows = 500;
        g.seed = 9;
        g.tokenScale = 0.05;
        QString error;
        const QString jsonl = dir.filePath(QStringLiteral("g.jsonl"));
        const QString again = dir.filePath(QStringLiteral("again.jsonl"));
        const QString csv = dir.filePath(QStringLiteral("g.csv"));
        QVERIFY(LogGenerator::write(jsonl, g, &error));
        QVERIFY(LogGenerator::write(again, g, &error));
        g.csv = true;
        QVERIFY(LogGenerator::write(csv, g, &error));
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QFile f2(again);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        QCOMPARE(f2.readAll(), bytes); // deterministic by seed

        QHash<QString, LogRecord> expected;
        int nonAscii = 0, supplementary = 0, joined = 0, combining = 0;
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            LogRecord r;
            QVERIFY(LogRecordParser::parse(doc.object(), line, &r, &error));
            const QString prompt = r.messages.last().content;
            bool high = false;
            for (const QChar c : prompt) {
                high = high || c.unicode() >= 0x80;
                supplementary += c.isHighSurrogate();
                joined += c.unicode() == 0x200d;
                combining += c.category() == QChar::Mark_NonSpacing;
            }
            nonAscii += high;
            expected.insert(r.logId, r);
        }
        QCOMPARE(expected.size(), 500);
        QVERIFY2(nonAscii >= 125 && nonAscii <= 225, qPrintable(QString::number(nonAscii)));
        QVERIFY(supplementary > 0 && joined > 0 && combining > 0);

        g.nonAsciiShare = 0;
        g.csv = false;
        QVERIFY(LogGenerator::write(again, g, &error));
        QFile ascii(again);
        QVERIFY(ascii.open(QIODevice::ReadOnly));
        for (const char c : ascii.readAll())
            QVERIFY(uchar(c) < 0x80);

        for (const QString &file : { jsonl, csv }) {
            const QString p = dir.filePath(QFileInfo(file).fileName() + QStringLiteral(".sqlite"));
            QCOMPARE(LogImporter::run(p, { file }).imported, 500);
            ProjectStore store;
            QVERIFY(store.open(p, &error));
            QSqlQuery q(StoreAccess::database(store));
            QVERIFY(q.exec(QStringLiteral("SELECT log_id, prompt_preview, conversation_hash FROM logs")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                const LogRecord &r = expected.value(q.value(0).toString());
                QCOMPARE(q.value(1).toString(), r.promptPreview());
                QCOMPARE(q.value(2).toString(), r.conversationHash);
                QCOMPARE(r.conversationHash, referenceHash(r.messages));
            }
            QCOMPARE(rows, 500);
        }
    }
};

QTEST_GUILESS_MAIN(TestNonAsciiText)
#include "tst_nonasciitext.moc"
