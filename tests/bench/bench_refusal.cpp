// SPDX-License-Identifier: MIT
// Runs the refusal detector over the labelled GPTFuzz dev set and prints precision/recall for "refused", then
// over the project's hand-labelled chat sets (tests/data/refusal/chat_dev.csv, chat_check.csv).
// Usage: bench_refusal [responses_labeled.csv] [--show-errors N] [--chat-only]
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

void print(QTextStream &out, const char *name, const Confusion &c);

struct ChatRow
{
    QString id, prompt, response;
    RefusalKind gold = RefusalKind::None;
    RefusalType goldType = RefusalType::None;
};

QList<ChatRow> readChat(const QString &path, QString *error)
{
    QList<ChatRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return rows;
    }
    RefusalCsvReader reader(&file);
    QStringList f;
    reader.readRecord(f);
    const qsizetype idAt = f.indexOf(QStringLiteral("id")), pAt = f.indexOf(QStringLiteral("prompt")),
                    rAt = f.indexOf(QStringLiteral("response")), lAt = f.indexOf(QStringLiteral("label")),
                    tAt = f.indexOf(QStringLiteral("type"));
    if (idAt < 0 || pAt < 0 || rAt < 0 || lAt < 0 || tAt < 0) {
        *error = QStringLiteral("missing id/prompt/response/label/type columns in ") + path;
        return rows;
    }
    while (reader.readRecord(f)) {
        if (f.size() <= qMax(qMax(idAt, pAt), qMax(qMax(rAt, lAt), tAt)))
            continue;
        ChatRow r { f.at(idAt), f.at(pAt), f.at(rAt) };
        r.gold = RefusalVerdict::kindFromString(f.at(lAt).trimmed());
        if (!f.at(tAt).trimmed().isEmpty())
            r.goldType = RefusalVerdict::typeFromString(f.at(tAt).trimmed());
        rows.append(r);
    }
    if (!reader.error().isEmpty())
        *error = reader.error();
    return rows;
}

void printChat(QTextStream &out, const QString &path, const RefusalDetector &detector, int showErrors)
{
    QString error;
    const QList<ChatRow> rows = readChat(path, &error);
    if (!error.isEmpty()) {
        out << error << '\n';
        return;
    }
    Confusion full, any;
    qint64 matrix[3][3] = {};
    int typed = 0, typeOk = 0;
    QList<RefusalVerdict> verdicts;
    for (const ChatRow &row : rows) {
        const RefusalVerdict v = detector.detect(row.response, row.prompt);
        verdicts.append(v);
        full.add(v.kind == RefusalKind::Full, row.gold == RefusalKind::Full);
        any.add(v.kind != RefusalKind::None, row.gold != RefusalKind::None);
        matrix[int(row.gold)][int(v.kind)]++;
        if (row.gold != RefusalKind::None && v.kind != RefusalKind::None) {
            ++typed;
            typeOk += v.type == row.goldType;
        }
    }
    const qint64 n = rows.size();
    out << "\nchat set: " << path << '\n';
    print(out, "full", full);
    print(out, "any", any);
    out << QString::asprintf("3-class accuracy=%.3f  type accuracy=%.3f (%d of %d refusals found by both)\n",
                             double(matrix[0][0] + matrix[1][1] + matrix[2][2]) / double(qMax<qint64>(1, n)),
                             typed ? double(typeOk) / typed : 0.0, typeOk, typed);
    out << "confusion (rows = gold, columns = predicted):\n             none  partial     full\n";
    const char *names[] = { "none", "partial", "full" };
    for (int g = 0; g < 3; ++g)
        out << QString::asprintf("%-9s %7lld  %7lld  %7lld\n", names[g], matrix[g][0], matrix[g][1], matrix[g][2]);
    for (qsizetype i = 0, shown = 0; i < rows.size() && shown < showErrors; ++i) {
        const RefusalVerdict &v = verdicts.at(i);
        const bool typeWrong
            = v.kind != RefusalKind::None && rows.at(i).gold != RefusalKind::None && v.type != rows.at(i).goldType;
        if (v.kind == rows.at(i).gold && !typeWrong)
            continue;
        ++shown;
        out << "----- " << rows.at(i).id << " gold=" << RefusalVerdict::kindToString(rows.at(i).gold) << '/'
            << RefusalVerdict::typeToString(rows.at(i).goldType)
            << " predicted=" << RefusalVerdict::kindToString(v.kind) << '/' << RefusalVerdict::typeToString(v.type)
            << " rule=" << v.rule << '\n'
            << "  prompt: " << rows.at(i).prompt.left(160) << '\n'
            << "  " << rows.at(i).response.left(300).replace(u'\n', QStringLiteral("\n  ")) << '\n';
    }
}

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
    const bool chatOnly = args.removeAll(QStringLiteral("--chat-only")) > 0;
    const QString dir = QStringLiteral(SO_SHARED_DIR "/data/refusal-dev/");
    const QString path = args.isEmpty() ? dir + QStringLiteral("responses_labeled_train.csv") : args.front();

    if (chatOnly) {
        const RefusalDetector detector;
        for (const char *name : { "chat_dev.csv", "chat_check.csv" })
            printChat(out, QStringLiteral(SO_TEST_DATA_DIR "/refusal/") + QLatin1String(name), detector, showErrors);
        return 0;
    }

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
    for (const char *name : { "chat_dev.csv", "chat_check.csv" })
        printChat(out, QStringLiteral(SO_TEST_DATA_DIR "/refusal/") + QLatin1String(name), detector, showErrors);
    return 0;
}
