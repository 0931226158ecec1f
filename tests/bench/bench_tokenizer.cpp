// SPDX-License-Identifier: MIT
// Tokenizer throughput: our BPE (single thread) against js-tiktoken under node on the same few-MB corpus (GPTFuzz
// answers in English and Chinese, this project's C++ sources, emoji and CJK lines), both encodings.
// Usage: bench_tokenizer [--mb N] [--no-node]   (js-tiktoken from .tiktoken/ or SO_JS_TIKTOKEN_DIR)
#include "refusal/refusalcsvreader.h"
#include "tokenize/bpeencoding.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ShadowOptic;

namespace {
QByteArray buildCorpus(qsizetype target)
{
    QByteArray prose, code, mixed;
    QFile csv(QStringLiteral(SO_SHARED_DIR "/data/refusal-dev/responses_labeled_train.csv"));
    if (csv.open(QIODevice::ReadOnly)) {
        RefusalCsvReader reader(&csv);
        QStringList fields;
        reader.readRecord(fields);
        while (prose.size() < target * 6 / 10 && reader.readRecord(fields)) {
            if (fields.size() > 1)
                prose += fields.at(1).toUtf8() + "\n\n";
        }
    }
    QDirIterator it(QStringLiteral(SO_TEST_DATA_DIR "/../../core"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                    QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (code.size() < target * 3 / 10 && f.open(QIODevice::ReadOnly))
            code += f.readAll();
    }
    // CJK, emoji (skin tones, ZWJ), accents, Cyrillic, Devanagari; escaped, as clang-format miscounts their width.
    const QByteArray line("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u3068\u4e2d\u6587\u5b57\u7b26"
                          "\u3001\ud55c\uad6d\uc5b4 \ubb38\uc7a5\uc785\ub2c8\ub2e4\u3002 "
                          "\U0001f44d\U0001f3fd \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 "
                          "\U0001f3f3\ufe0f\u200d\U0001f308 Gr\u00fc"
                          "\u00dfe aus K\u00f6ln \U0001f600 \u2014 \u00ab\u00e7a va?\u00bb \u041f"
                          "\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! \u0928\u092e\u0938\u094d\u0924\u0947 "
                          "\u0926\u0941\u0928\u093f\u092f\u093e\n");
    while (prose.size() + code.size() + mixed.size() < target)
        mixed += line;
    return prose + code + mixed;
}

QString jsTiktokenDir()
{
    const QString env = qEnvironmentVariable("SO_JS_TIKTOKEN_DIR");
    return env.isEmpty() ? QStringLiteral(SO_TEST_DATA_DIR "/../../.tiktoken/node_modules/js-tiktoken") : env;
}

// MB/s per encoding from js-tiktoken, timed inside node after a warm-up; empty on failure.
QStringList runNode(const QString &corpusPath, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFile::exists(jsTiktokenDir() + QStringLiteral("/dist/lite.js"))) {
        *error = QStringLiteral("node or js-tiktoken missing (packaging/install-deps.sh --with-gateway)");
        return {};
    }
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("bench.mjs")));
    if (!script.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the node script");
        return {};
    }
    script.write(R"(import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [pkg, file] = process.argv.slice(2);
const load = async (p) => (await import(pathToFileURL(join(pkg, p)).href));
const { Tiktoken } = await load("dist/lite.js");
const text = readFileSync(file, "utf8");
const bytes = Buffer.byteLength(text, "utf8");
for (const name of ["cl100k_base", "o200k_base"]) {
  const enc = new Tiktoken((await load(`dist/ranks/${name}.js`)).default);
  enc.encode(text.slice(0, 300000), [], []); // warm-up: JIT and the ranks map
  const t0 = performance.now();
  const n = enc.encode(text, [], []).length;
  const s = (performance.now() - t0) / 1000;
  console.log(`${name} ${(bytes / 1e6 / s).toFixed(3)} ${n}`);
}
)");
    script.close();
    QProcess process;
    process.start(node, { script.fileName(), jsTiktokenDir(), corpusPath });
    if (!process.waitForFinished(900000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    double mb = 4.0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--mb")); i > 0 && i + 1 < args.size())
        mb = args.at(i + 1).toDouble();
    const bool withNode = !args.contains(QStringLiteral("--no-node"));

    const QByteArray corpus = buildCorpus(qsizetype(mb * 1e6));
    const std::string_view text(corpus.constData(), size_t(corpus.size()));
    const QString utf16 = QString::fromUtf8(corpus);
    const double size = double(corpus.size()) / 1e6;
    std::printf("corpus: %.2f MB UTF-8 (GPTFuzz answers, core/ sources, CJK and emoji lines)\n", size);

    double ours[2] = { 0, 0 };
    qsizetype ourCounts[2] = { 0, 0 };
    for (int k = 0; k < 2; ++k) {
        QElapsedTimer timer;
        timer.start();
        const BpeEncoding *e = k == 0 ? BpeEncoding::cl100kBase() : BpeEncoding::o200kBase();
        if (!e) {
            std::printf("%s: rank table missing\n", k == 0 ? "cl100k_base" : "o200k_base");
            return 1;
        }
        const double load = double(timer.nsecsElapsed()) / 1e6;
        const auto best = [&](auto &&run) {
            run(); // warm-up
            double seconds = 1e9;
            for (int r = 0; r < 3; ++r) {
                timer.restart();
                run();
                seconds = std::min(seconds, double(timer.nsecsElapsed()) / 1e9);
            }
            return size / seconds;
        };
        const double count = best([&] { ourCounts[k] = e->countUtf8(text); });
        const double countUtf16 = best([&] { e->count(utf16); });
        const double encode = best([&] { e->encodeUtf8(text); });
        ours[k] = count;
        std::printf("%-12s load %6.1f ms | count %6.1f MB/s, count(QString) %6.1f MB/s, encode %6.1f MB/s | %lld "
                    "tokens\n",
                    qPrintable(e->name()), load, count, countUtf16, encode, static_cast<long long>(ourCounts[k]));
    }
    if (!withNode)
        return 0;

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("corpus.txt")));
    if (!file.open(QIODevice::WriteOnly) || file.write(corpus) != corpus.size())
        return 1;
    file.close();
    QString error;
    const QStringList lines = runNode(file.fileName(), &error);
    if (lines.size() != 2) {
        std::printf("js-tiktoken: skipped (%s)\n", qPrintable(error.trimmed()));
        return 0;
    }
    for (int k = 0; k < 2; ++k) {
        const QStringList f = lines.at(k).split(u' ');
        const double js = f.value(1).toDouble();
        const bool same = f.value(2).toLongLong() == ourCounts[k];
        std::printf("%-12s js-tiktoken %6.2f MB/s, ours %6.1f MB/s, ratio %5.1fx; token counts %s\n",
                    qPrintable(f.value(0)), js, ours[k], js > 0 ? ours[k] / js : 0.0, same ? "identical" : "DIFFER");
    }
    return 0;
}
