// SPDX-License-Identifier: MIT
// BPE tokenizer: fixtures from js-tiktoken, edge cases, and a comparison of token ids with js-tiktoken itself (under
// node) on a deterministic corpus of generated strings and real prompts and answers. The comparison skips when node
// or the package is missing (packaging/install-deps.sh --with-gateway installs it into .tiktoken/; SO_JS_TIKTOKEN_DIR
// points elsewhere).
#include "refusal/refusalcsvreader.h"
#include "tokenize/bpeencoding.h"
#include "tokenize/pretokenizer.h"
#include "tokenize/tokencounter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <random>

using namespace ShadowOptic;

namespace {
using Ids = std::vector<int>;

QString jsTiktokenDir()
{
    const QString env = qEnvironmentVariable("SO_JS_TIKTOKEN_DIR");
    return env.isEmpty() ? QStringLiteral(SO_TEST_DATA_DIR "/../../.tiktoken/node_modules/js-tiktoken") : env;
}

QStringList csvColumn(const QString &path, int column, int limit)
{
    QStringList values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    RefusalCsvReader reader(&file);
    QStringList fields;
    reader.readRecord(fields); // header
    while (values.size() < limit && reader.readRecord(fields)) {
        if (fields.size() > column && !fields.at(column).isEmpty())
            values.append(fields.at(column));
    }
    return values;
}

// The strings both tokenizers must agree on; the same list on every run (std::mt19937's output is specified).
QStringList corpus()
{
    static const char *const atoms[] = { "hello",
                                         " world",
                                         "Hello",
                                         "HELLO",
                                         "I'M",
                                         "it's",
                                         "'S",
                                         "they'RE",
                                         "we'Ll",
                                         "x'lL",
                                         "don't",
                                         "'ve",
                                         "'D",
                                         "  ",
                                         "\n",
                                         "\r\n",
                                         "\t",
                                         "\u00a0",
                                         "\u3000",
                                         "\u2003",
                                         "\u0085",
                                         "\ufeff",
                                         "\u2028",
                                         "\u202f",
                                         "\v",
                                         "\f",
                                         "123",
                                         "4567890",
                                         "3.14159",
                                         "1,000,000",
                                         "\u0661\u0662\u0663",
                                         "\u00bd",
                                         "\u2167",
                                         "\u4e2d\u6587\u5b57\u7b26",
                                         "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
                                         "\ud55c\uad6d\uc5b4",
                                         "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
                                         "\u0928\u092e\u0938\u094d\u0924\u0947 \u0926\u0941\u0928\u093f\u092f\u093e",
                                         "\U0001F44D",
                                         "\U0001F44D\U0001F3FD",
                                         "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466",
                                         "\U0001F3F3\ufe0f\u200d\U0001F308",
                                         "\U0001F1E9\U0001F1EA",
                                         "e\u0301",
                                         "a\u0308\u0323",
                                         "\u01c5",
                                         "\u02b0",
                                         "\ufb01",
                                         "\u00df",
                                         "\u0130",
                                         "https://example.com/a/b?c=d&e=f#frag",
                                         "{\"key\": [1, 2, {\"x\": null, \"y\": \"\\u00e9\"}]}",
                                         "def f(x):\n    return x**2\n",
                                         "int main() { return 0; }\n",
                                         "fn main() -> Result<(), E> {",
                                         "SELECT * FROM t;",
                                         "// comment\n",
                                         "/* c */",
                                         "#include <vector>",
                                         "!!!",
                                         "...",
                                         "?!",
                                         " ?",
                                         " (",
                                         "((",
                                         "\u2014",
                                         "\u2013",
                                         "\u00ab\u00bb",
                                         "\u201cquoted\u201d",
                                         "<|endoftext|>",
                                         "<|fim_prefix|>",
                                         "<|endofprompt|>",
                                         "camelCaseWord",
                                         "HTTPServer",
                                         "XMLHttpRequest",
                                         "iPhone",
                                         "McDonald's",
                                         "\u00c9COLE",
                                         "stra\u00dfe",
                                         "\u0391\u0392\u0393 \u03b1\u03b2\u03b3",
                                         "\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440",
                                         "\U0001D400\U0001D401",
                                         "\U00031350",
                                         "\U0001E4D0",
                                         "    ",
                                         "\n\n\n",
                                         " \n ",
                                         "\t\t\n",
                                         "a/b/c",
                                         "/\n",
                                         "x\r\n/",
                                         "'",
                                         "''",
                                         "'s'",
                                         "A'S",
                                         " 's",
                                         "$",
                                         "\u20ac42",
                                         "0x1F",
                                         "1e-9",
                                         "\u00a0word",
                                         "CAPS'LL",
                                         "\u1e9e" };
    QStringList atomList;
    for (const char *atom : atoms)
        atomList.append(QString::fromUtf8(atom));

    std::mt19937 rng(20240601);
    const auto pick = [&rng](quint32 n) { return quint32(rng() % n); };
    QStringList strings;
    for (int i = 0; i < 1200; ++i) {
        QString s;
        for (quint32 k = 1 + pick(14); k > 0; --k)
            s += atomList.at(qsizetype(pick(quint32(atomList.size()))));
        strings.append(s);
    }
    // Random code points from many scripts and blocks, and raw UTF-16 units (lone surrogates included).
    static const std::pair<char32_t, char32_t> ranges[]
        = { { 0x20, 0x7e },       { 0xa0, 0x24f },      { 0x300, 0x36f },     { 0x370, 0x52f },
            { 0x590, 0x6ff },     { 0x900, 0xdff },     { 0x1100, 0x11ff },   { 0x1d00, 0x1fff },
            { 0x2000, 0x2bff },   { 0x3000, 0x30ff },   { 0x4e00, 0x4fff },   { 0xa000, 0xa6ff },
            { 0xac00, 0xad00 },   { 0xfb00, 0xfffd },   { 0x10000, 0x1047f }, { 0x1d400, 0x1d7ff },
            { 0x1e000, 0x1e9ff }, { 0x1f000, 0x1faff }, { 0x20000, 0x20100 }, { 0x30000, 0x323af },
            { 0xe0000, 0xe007f } };
    for (int i = 0; i < 300; ++i) {
        QString s;
        for (quint32 k = 1 + pick(40); k > 0; --k) {
            const auto &[lo, hi] = ranges[pick(std::size(ranges))];
            const char32_t c = lo + char32_t(pick(quint32(hi - lo + 1)));
            s += pick(8) == 0 ? QStringLiteral(" ") : QString::fromUcs4(&c, 1);
        }
        strings.append(s);
    }
    for (int i = 0; i < 50; ++i) {
        QString s;
        for (quint32 k = 1 + pick(20); k > 0; --k)
            s += QChar(char16_t(pick(4) == 0 ? 0xd800 + pick(0x800) : 0x20 + pick(0x3000)));
        strings.append(s);
    }
    // Short mixes of one representative per character class the split patterns tell apart (cases, marks, digits,
    // JavaScript's white space and the non-space U+0085, contractions, '/'), where backtracking decides the pieces.
    static const char *const classes[]
        = { "A",      "a",      "\u01c5", "\u02b0", "\u4e2d",     "\u00df", "\u00c9",     "\u0301", "\u093f",
            "5",      "\u0663", "\u00bd", " ",      "\t",         "\n",     "\r",         "\u00a0", "\u0085",
            "\ufeff", "\u2028", "'",      "'s",     "'S",         "'re",    "'LL",        "'Ve",    "'d",
            "/",      "!",      ".",      "(",      "\U0001F600", "\u200d", "\U00031350", "x",      "Q" };
    for (int i = 0; i < 600; ++i) {
        QString s;
        for (quint32 k = 1 + pick(10); k > 0; --k)
            s += QString::fromUtf8(classes[pick(std::size(classes))]);
        strings.append(s);
    }
    // Real prompts and answers (GPTFuzz, in several languages), and whole-file-sized pieces.
    const QString refusal = QStringLiteral(SO_SHARED_DIR "/data/refusal-dev/");
    strings += csvColumn(refusal + QStringLiteral("question_list.csv"), 1, 100);
    strings += csvColumn(refusal + QStringLiteral("responses_labeled_train.csv"), 1, 400);
    strings += { QString(),
                 QStringLiteral(" "),
                 QStringLiteral("  x"),
                 QStringLiteral("x  "),
                 QString(300, u' '),
                 QString(1000, u' ') + QLatin1Char('x'),
                 QString(600, u'a'),
                 QStringLiteral("ab").repeated(400),
                 QString(50, u'\n'),
                 QStringLiteral("\U0001F600").repeated(100),
                 QStringLiteral("1234567890").repeated(20),
                 QStringLiteral("=-").repeated(300),
                 QStringLiteral("\t \n").repeated(100),
                 QStringLiteral("aGVsbG8gd29ybGQ=").repeated(64) };
    return strings;
}

// Runs js-tiktoken on `strings` (passed as UTF-16 code units, so lone surrogates survive) and returns the ids per
// string for cl100k_base and o200k_base; empty with *skip set when node or the package is missing.
std::vector<std::pair<Ids, Ids>> runJsTiktoken(const QStringList &strings, QString *skip)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString package = jsTiktokenDir();
    if (node.isEmpty()) {
        *skip = QStringLiteral("node is not installed: cannot compare with js-tiktoken");
        return {};
    }
    if (!QFile::exists(package + QStringLiteral("/dist/lite.js"))) {
        *skip = QStringLiteral("js-tiktoken is not installed at %1 (run packaging/install-deps.sh --with-gateway, "
                               "or set SO_JS_TIKTOKEN_DIR)")
                    .arg(package);
        return {};
    }
    QTemporaryDir dir;
    QJsonArray input;
    for (const QString &s : strings) {
        QJsonArray units;
        for (const QChar c : s)
            units.append(int(c.unicode()));
        input.append(units);
    }
    QFile in(dir.filePath(QStringLiteral("strings.json")));
    QFile script(dir.filePath(QStringLiteral("encode.mjs")));
    if (!in.open(QIODevice::WriteOnly) || !script.open(QIODevice::WriteOnly)) {
        *skip = QStringLiteral("cannot write to a temporary folder");
        return {};
    }
    in.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    in.close();
    script.write(R"(import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [pkg, file] = process.argv.slice(2);
const load = async (p) => (await import(pathToFileURL(join(pkg, p)).href));
const { Tiktoken } = await load("dist/lite.js");
const encodings = [new Tiktoken((await load("dist/ranks/cl100k_base.js")).default),
                   new Tiktoken((await load("dist/ranks/o200k_base.js")).default)];
const strings = JSON.parse(readFileSync(file, "utf8")).map((units) => String.fromCharCode(...units));
// encode(text, [], []): special tokens as plain text (the default, disallowedSpecial "all", throws on them).
process.stdout.write(JSON.stringify(strings.map((s) => encodings.map((e) => e.encode(s, [], [])))));
)");
    script.close();
    QProcess process;
    process.start(node, { script.fileName(), package, in.fileName() });
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("node failed: %s", process.readAllStandardError().constData());
        return {};
    }
    std::vector<std::pair<Ids, Ids>> result;
    const QJsonArray output = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    const auto ids = [](const QJsonValue &v) {
        Ids out;
        for (const QJsonValue &t : v.toArray())
            out.push_back(t.toInt());
        return out;
    };
    for (const QJsonValue &row : output)
        result.emplace_back(ids(row.toArray().at(0)), ids(row.toArray().at(1)));
    return result;
}

QString head(const QString &s)
{
    return s.left(60).replace(u'\n', QStringLiteral("\\n"));
}
} // namespace

Q_DECLARE_METATYPE(Ids)

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void knownIds_data();
    void knownIds();
    void emptyAndInvalid();
    void specialTokensAreText();
    void preTokenizerPieces_data();
    void preTokenizerPieces();
    void longPieces();
    void roundTrip();
    void concurrentUse();
    void modelMapping_data();
    void modelMapping();
    void countFallsBack();
    void matchesJsTiktoken();
};

void TestTokenizer::initTestCase()
{
    QVERIFY(BpeEncoding::cl100kBase());
    QVERIFY(BpeEncoding::o200kBase());
    QCOMPARE(BpeEncoding::cl100kBase()->vocabularySize(), 100256);
    QCOMPARE(BpeEncoding::o200kBase()->vocabularySize(), 199998);
    QCOMPARE(BpeEncoding::cl100kBase()->name(), QStringLiteral("cl100k_base"));
}

void TestTokenizer::knownIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ids>("cl100k");
    QTest::addColumn<Ids>("o200k");
    // Ids printed by js-tiktoken 1.0.21 (encode(text, [], [])).
    QTest::newRow("hello-world") << QStringLiteral("hello world") << Ids { 15339, 1917 } << Ids { 24912, 2375 };
    QTest::newRow("contractions") << QStringLiteral("I'M here, they'RE not")
                                  << Ids { 40, 28703, 1618, 11, 814, 95253, 539 }
                                  << Ids { 40, 95346, 2105, 11, 1023, 6, 1099, 625 };
    QTest::newRow("japanese") << QStringLiteral("こんにちは世界") << Ids { 90115, 3574, 244, 98220 }
                              << Ids { 95839, 28428 };
    QTest::newRow("zwj-family") << QStringLiteral("👨‍👩‍👧‍👦 family")
                                << Ids { 9468, 239, 101, 378, 235, 9468, 239, 102, 378, 235,
                                         9468, 239, 100, 378, 235, 9468, 239, 99,  3070 }
                                << Ids { 28823, 101, 2524, 28823, 102, 2524, 28823, 100, 2524, 28823, 99, 3502 };
    QTest::newRow("code") << QStringLiteral("    if (x) {\n\treturn y;\n    }\n")
                          << Ids { 262, 422, 320, 87, 8, 341, 862, 379, 280, 262, 457 }
                          << Ids { 271, 538, 350, 87, 8, 405, 1393, 342, 307, 271, 606 };
    QTest::newRow("camel-caps") << QStringLiteral("HTTPServer parseJSONResponse")
                                << Ids { 9412, 5592, 4820, 5483, 2647 } << Ids { 17893, 6444, 8420, 8259, 3186 };
    QTest::newRow("numbers") << QStringLiteral("The price is $1,234.56!!!")
                             << Ids { 791, 3430, 374, 400, 16, 11, 11727, 13, 3487, 12340 }
                             << Ids { 976, 3911, 382, 548, 16, 11, 20771, 13, 5007, 10880 };
    QTest::newRow("cyrillic") << QStringLiteral("Привет, мир") << Ids { 54745, 28089, 8341, 11, 11562, 78746 }
                              << Ids { 23881, 131903, 11, 37934 };
    QTest::newRow("devanagari") << QStringLiteral("नमस्ते") << Ids { 61196, 88344, 79468, 31584, 97, 35470 }
                                << Ids { 998, 1637, 14681, 628 };
    QTest::newRow("nbsp") << QStringLiteral("\u00a0\u00a0word") << Ids { 4194, 4194, 1178 } << Ids { 5310, 5310, 1801 };
    QTest::newRow("combining") << QStringLiteral("a\u0301b") << Ids { 64, 54939, 65 } << Ids { 64, 13430, 65 };
    // A Unicode 15 letter (CJK extension H): Qt 6.4's own tables do not know it.
    QTest::newRow("unicode15-letter") << QStringLiteral("\U00031350'S") << Ids { 172, 109, 235, 238, 13575 }
                                      << Ids { 172, 109, 235, 238, 31233 };
}

void TestTokenizer::knownIds()
{
    QFETCH(QString, text);
    QFETCH(Ids, cl100k);
    QFETCH(Ids, o200k);
    QCOMPARE(BpeEncoding::cl100kBase()->encode(text), cl100k);
    QCOMPARE(BpeEncoding::o200kBase()->encode(text), o200k);
    QCOMPARE(BpeEncoding::cl100kBase()->count(text), qsizetype(cl100k.size()));
    QCOMPARE(BpeEncoding::o200kBase()->count(text), qsizetype(o200k.size()));
}

void TestTokenizer::emptyAndInvalid()
{
    for (const BpeEncoding *e : { BpeEncoding::cl100kBase(), BpeEncoding::o200kBase() }) {
        QCOMPARE(e->count(QString()), qsizetype(0));
        QVERIFY(e->encode(QStringView()).empty());
        QCOMPARE(e->countUtf8({}), qsizetype(0));
        // A lone surrogate is U+FFFD, as JavaScript's TextEncoder makes it.
        const QString lone = QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
        QCOMPARE(e->encode(lone), e->encode(QStringLiteral("x\ufffdy")));
        QString units;
        for (char16_t u : { 0xdc00, 0xd83d, 0x20, 0xdfff, 0xd800, 0xd800 })
            units += QChar(u);
        QCOMPARE(e->count(units), e->count(QStringLiteral("\ufffd\ufffd \ufffd\ufffd\ufffd")));
        // Invalid UTF-8 neither crashes nor loses bytes.
        const std::string bad("a\xff\xc3(\xe2\x82\xf0\x90\x80 \xed\xa0\x80z", 15);
        const QByteArray back = e->decode(e->encodeUtf8(bad));
        QCOMPARE(back, QByteArray(bad.data(), qsizetype(bad.size())));
        QCOMPARE(e->rank({}), -1);
        QCOMPARE(e->rank(std::string(300, 'a')), -1);
    }
    QCOMPARE(BpeEncoding::cl100kBase()->encode(QString(QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y"))),
             (Ids { 87, 5809, 88 }));
}

void TestTokenizer::specialTokensAreText()
{
    QCOMPARE(BpeEncoding::cl100kBase()->encode(QStringLiteral("<|endoftext|>")),
             (Ids { 27, 91, 8862, 728, 428, 91, 29 }));
    QCOMPARE(BpeEncoding::o200kBase()->encode(QStringLiteral("<|endoftext|>")),
             (Ids { 27, 91, 419, 1440, 919, 91, 29 }));
}

void TestTokenizer::preTokenizerPieces_data()
{
    QTest::addColumn<bool>("o200k");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pieces");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromUtf8(i));
        return out;
    };
    QTest::newRow("cl-spaces") << false << QStringLiteral("a   b  \n c") << l({ "a", "  ", " b", "  \n", " c" });
    QTest::newRow("cl-contraction") << false << QStringLiteral("it'S 'sup") << l({ "it", "'S", " '", "sup" });
    QTest::newRow("cl-digits") << false << QStringLiteral("12345") << l({ "123", "45" });
    QTest::newRow("cl-trailing-space") << false << QStringLiteral("x   ") << l({ "x", "   " });
    QTest::newRow("o-camel") << true << QStringLiteral("helloWorld HTTPServer")
                             << l({ "hello", "World", " HTTPServer" });
    QTest::newRow("o-contraction") << true << QStringLiteral("THEY'RE it's") << l({ "THEY'RE", " it's" });
    QTest::newRow("o-slash") << true << QStringLiteral("();\n// x") << l({ "();\n//", " x" });
}

void TestTokenizer::preTokenizerPieces()
{
    QFETCH(bool, o200k);
    QFETCH(QString, text);
    QFETCH(QStringList, pieces);
    const PreTokenizer splitter(o200k ? PreTokenizer::Pattern::O200k : PreTokenizer::Pattern::Cl100k);
    const QByteArray utf8 = text.toUtf8();
    QStringList got;
    for (const std::string_view p : splitter.split(std::string_view(utf8.constData(), size_t(utf8.size()))))
        got.append(QString::fromUtf8(p.data(), qsizetype(p.size())));
    QCOMPARE(got, pieces);
}

void TestTokenizer::longPieces()
{
    // Pieces over 256 bytes take the heap merge (compared with js-tiktoken in matchesJsTiktoken); here they
    // round-trip and count as they encode.
    const QStringList inputs
        = { QString(5000, u' ') + QLatin1Char('x'), QStringLiteral("ab").repeated(3000),
            QStringLiteral("aGVsbG8gd29ybGQ").repeated(100), QString(257, u'z'), QString(256, u'z') };
    for (const BpeEncoding *e : { BpeEncoding::cl100kBase(), BpeEncoding::o200kBase() }) {
        for (const QString &s : inputs) {
            const Ids ids = e->encode(s);
            QCOMPARE(e->decode(ids), s.toUtf8());
            QCOMPARE(e->count(s), qsizetype(ids.size()));
        }
    }
    // 600 'a': js-tiktoken gives 75 tokens of "aaaaaaaa" in both encodings.
    QCOMPARE(BpeEncoding::cl100kBase()->count(QString(600, u'a')), qsizetype(75));
}

void TestTokenizer::roundTrip()
{
    const QStringList strings = corpus();
    for (const BpeEncoding *e : { BpeEncoding::cl100kBase(), BpeEncoding::o200kBase() }) {
        for (const QString &s : strings) {
            QString expected = s;
            for (qsizetype i = 0; i < expected.size(); ++i) {
                if (expected.at(i).isHighSurrogate() && i + 1 < expected.size() && expected.at(i + 1).isLowSurrogate())
                    ++i;
                else if (expected.at(i).isSurrogate())
                    expected[i] = QChar::ReplacementCharacter;
            }
            QCOMPARE(e->decode(e->encode(s)), expected.toUtf8());
        }
    }
}

void TestTokenizer::concurrentUse()
{
    const QStringList strings = corpus();
    qsizetype expected = 0;
    for (const QString &s : strings)
        expected += BpeEncoding::o200kBase()->count(s);
    const QList<qsizetype> counts
        = QtConcurrent::blockingMapped<QList<qsizetype>>(QList<int> { 0, 1, 2, 3 }, [&strings](int) {
              qsizetype n = 0;
              for (const QString &s : strings)
                  n += TokenCounter::count(QStringLiteral("gpt-4o"), s);
              return n;
          });
    for (const qsizetype n : counts)
        QCOMPARE(n, expected);
}

void TestTokenizer::modelMapping_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("encoding"); // empty = no exact tokenizer
    const QString o = QStringLiteral("o200k_base"), cl = QStringLiteral("cl100k_base");
    for (const char *m : { "gpt-4o", "gpt-4o-mini-2024-07-18", "GPT-4o", "gpt-4.1-nano", "gpt-4.5-preview", "gpt-5",
                           "gpt-5-mini", "o1", "o1-mini", "o3-mini", "o4-mini", "chatgpt-4o-latest", "openai/gpt-4o",
                           "@openai/gpt-4.1", "azure-openai/o3", "ft:gpt-4o-mini:org::abc" })
        QTest::newRow(m) << QString::fromUtf8(m) << o;
    for (const char *m : { "gpt-4", "gpt-4-turbo", "gpt-4-32k-0613", "gpt-3.5-turbo", "gpt-35-turbo",
                           "text-embedding-3-small", "text-embedding-ada-002", "@azure/gpt-4-0613" })
        QTest::newRow(m) << QString::fromUtf8(m) << cl;
    for (const char *m : { "claude-3-5-sonnet", "anthropic/claude-sonnet-4", "gemini-1.5-pro", "llama-3-70b",
                           "mistral-large", "text-davinci-003", "", "gpt-oss-120b" })
        QTest::newRow(*m ? m : "empty") << QString::fromUtf8(m) << QString();
}

void TestTokenizer::modelMapping()
{
    QFETCH(QString, model);
    QFETCH(QString, encoding);
    const BpeEncoding *e = TokenCounter::encodingForModel(model);
    QCOMPARE(e ? e->name() : QString(), encoding);
}

void TestTokenizer::countFallsBack()
{
    bool exact = true;
    QCOMPARE(TokenCounter::count(QStringLiteral("claude-3-opus"), QStringLiteral("hello world"), &exact), 2);
    QVERIFY(!exact);
    QCOMPARE(TokenCounter::count(QStringLiteral("gpt-4o"), QStringLiteral("I'M here, they'RE not"), &exact), 8);
    QVERIFY(exact);
    QCOMPARE(TokenCounter::count(QStringLiteral("gpt-4"), QStringLiteral("I'M here, they'RE not"), &exact), 7);
    QVERIFY(exact);
    QCOMPARE(TokenCounter::count(QStringLiteral("gpt-4"), QString()), 0);
}

void TestTokenizer::matchesJsTiktoken()
{
    const QStringList strings = corpus();
    QVERIFY(strings.size() >= 1000);
    QString skip;
    const auto reference = runJsTiktoken(strings, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QCOMPARE(qsizetype(reference.size()), strings.size());
    int compared = 0;
    for (qsizetype i = 0; i < strings.size(); ++i) {
        const QString &s = strings.at(i);
        const Ids cl = BpeEncoding::cl100kBase()->encode(s), o = BpeEncoding::o200kBase()->encode(s);
        if (cl != reference[size_t(i)].first)
            QFAIL(qPrintable(QStringLiteral("cl100k_base differs on string %1: \"%2\"").arg(i).arg(head(s))));
        if (o != reference[size_t(i)].second)
            QFAIL(qPrintable(QStringLiteral("o200k_base differs on string %1: \"%2\"").arg(i).arg(head(s))));
        QCOMPARE(BpeEncoding::cl100kBase()->count(s), qsizetype(cl.size()));
        QCOMPARE(BpeEncoding::o200kBase()->count(s), qsizetype(o.size()));
        ++compared;
    }
    qInfo("%d strings: token ids identical to js-tiktoken for cl100k_base and o200k_base", compared);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
