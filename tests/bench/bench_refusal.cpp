// SPDX-License-Identifier: MIT
// Runs the refusal detector over the labelled GPTFuzz dev set and prints precision/recall for "refused".
// Usage: bench_refusal [responses_labeled.csv] [--show-errors N]
#include "refusal/refusalcsvreader.h"
#include "refusal/refusaldetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QTextStream>

#include <cstdio>

using namespace ShadowOptic;

namespace {
struct Row
{
    QString prompt;
    QString response;
    bool refusedGold = false; // label 0 = not jailbroken
};

struct Confusion
{
    qint64 tp = 0, fp = 0, fn = 0, tn = 0;
    void add(bool predicted, bool gold) { (predicted ? (gold ? tp : fp) : (gold ? fn : tn))++; }
    double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
    double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    double accuracy() const { return double(tp + tn) / double(qMax<qint64>(1, tp + fp + fn + tn)); }
};

void print(QTextStream &out, const char *name, const Confusion &c)
{
    out << QString::asprintf("%-5s rows=%lld accuracy=%.3f precision=%.3f recall=%.3f F1=%.3f  "
                             "[TP=%lld FP=%lld FN=%lld TN=%lld]\n",
                             name, c.tp + c.fp + c.fn + c.tn, c.accuracy(), c.precision(), c.recall(), c.f1(), c.tp,
                             c.fp, c.fn, c.tn);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    int showErrors = 0;
    if (const qsizetype at = args.indexOf(QStringLiteral("--show-errors")); at >= 0 && at + 1 < args.size()) {
        showErrors = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    const QString dir = QStringLiteral(SO_SHARED_DIR "/data/refusal-dev/");
    const QString path = args.isEmpty() ? dir + QStringLiteral("responses_labeled_train.csv") : args.front();

    QHash<QString, QString> prompts;
    if (QFile qf(dir + QStringLiteral("question_list.csv")); qf.open(QIODevice::ReadOnly)) {
        RefusalCsvReader r(&qf);
        QStringList f;
        r.readRecord(f);
        while (r.readRecord(f))
            if (f.size() >= 2)
                prompts.insert(f.at(0), f.at(1));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot open " << path << '\n';
        return 1;
    }
    RefusalCsvReader reader(&file);
    QStringList fields;
    reader.readRecord(fields);
    const qsizetype qAt = fields.indexOf(QStringLiteral("question"));
    const qsizetype rAt = fields.indexOf(QStringLiteral("Response"));
    const qsizetype lAt = fields.indexOf(QStringLiteral("label"));
    if (rAt < 0 || lAt < 0) {
        out << "missing Response/label columns in " << path << '\n';
        return 1;
    }
    QList<Row> rows;
    while (reader.readRecord(fields)) {
        if (fields.size() <= qMax(rAt, lAt))
            continue;
        rows.append({ qAt >= 0 ? prompts.value(fields.at(qAt)) : QString(), fields.at(rAt),
                      fields.at(lAt).trimmed() == QLatin1String("0") });
    }

    const RefusalDetector detector;
    QList<RefusalVerdict> verdicts;
    verdicts.reserve(rows.size());
    QElapsedTimer timer;
    timer.start();
    for (const Row &row : std::as_const(rows))
        verdicts.append(detector.detect(row.response, row.prompt));
    const qint64 ns = timer.nsecsElapsed();

    Confusion all, even, odd;
    QHash<QString, int> kinds, types;
    int ambiguous = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool predicted = verdicts.at(i).refused();
        all.add(predicted, rows.at(i).refusedGold);
        (i % 2 ? odd : even).add(predicted, rows.at(i).refusedGold);
        kinds[RefusalVerdict::kindToString(verdicts.at(i).kind)]++;
        types[RefusalVerdict::typeToString(verdicts.at(i).type)]++;
        ambiguous += verdicts.at(i).ambiguous;
    }

    out << "dev set: " << path << '\n';
    out << "positive class = refused (label 0); predicted refused = kind full (partial delivered content)\n";
    print(out, "all", all);
    print(out, "even", even);
    print(out, "odd", odd);
    out << "confusion (rows = gold, columns = predicted):\n";
    out << QString::asprintf("                 pred refused  pred complied\n");
    out << QString::asprintf("gold refused     %12lld  %13lld\n", all.tp, all.fn);
    out << QString::asprintf("gold complied    %12lld  %13lld\n", all.fp, all.tn);
    out << "kinds: none=" << kinds.value(QStringLiteral("none"))
        << " partial=" << kinds.value(QStringLiteral("partial")) << " full=" << kinds.value(QStringLiteral("full"))
        << "  ambiguous=" << ambiguous << '\n';
    out << "types:";
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << '\n';
    out << QString::asprintf("throughput: %.0f rows/s (%.2f ms total)\n", rows.size() / (double(ns) / 1e9),
                             double(ns) / 1e6);

    for (qsizetype i = 0, shown = 0; i < rows.size() && shown < showErrors; ++i) {
        if (verdicts.at(i).refused() == rows.at(i).refusedGold)
            continue;
        ++shown;
        out << "----- row " << i << (rows.at(i).refusedGold ? " FN " : " FP ") << verdicts.at(i).rule << ' '
            << RefusalVerdict::kindToString(verdicts.at(i).kind) << '\n'
            << rows.at(i).response.left(400) << '\n';
    }
    return 0;
}
