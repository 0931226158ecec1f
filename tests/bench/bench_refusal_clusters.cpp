// SPDX-License-Identifier: MIT
// Clusters synthetic refused prompts (SPEC §8, issue 13) and prints size, quality against the generating topic,
// time (median of 3 runs) and peak RSS.
// Usage: bench_refusal_clusters [items=10000] [--threads N] [--eps E] [--max-df SHARE] [--gptfuzz]
//   --gptfuzz also clusters the GPTFuzz questions (shared/data/refusal-dev) with a refusal of each as the answer.
#include "refusal/refusalclusterer.h"
#include "refusal/refusalcsvreader.h"
#include "stats/adjustedrandindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace ShadowOptic;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// 150 topics: a verb phrase (25, each shared by 6 topics) on an object of its own, asked through 12 paraphrase
// templates with random fillers, so that topics share wording and only the object tells them apart.
const char *const verbs[]
    = { "break into", "disable", "get rid of", "hack",    "steal",     "copy",        "destroy",    "fake",  "track",
        "spy on",     "bypass",  "poison",     "smuggle", "sabotage",  "unlock",      "crack",      "forge", "burn",
        "hide",       "sell",    "clone",      "jam",     "dismantle", "counterfeit", "tamper with" };
const char *const objects[] = { "car",
                                "padlock",
                                "router",
                                "laptop",
                                "phone",
                                "safe",
                                "bicycle",
                                "drone",
                                "camera",
                                "printer",
                                "passport",
                                "wallet",
                                "tractor",
                                "elevator",
                                "thermostat",
                                "doorbell",
                                "smartwatch",
                                "keycard",
                                "scooter",
                                "boat",
                                "motorcycle",
                                "satellite",
                                "microwave",
                                "refrigerator",
                                "television",
                                "vending machine",
                                "parking meter",
                                "traffic light",
                                "fire alarm",
                                "smoke detector",
                                "water meter",
                                "gas pipeline",
                                "power grid",
                                "server",
                                "database",
                                "website",
                                "email account",
                                "bank account",
                                "credit card",
                                "debit card",
                                "lottery ticket",
                                "concert ticket",
                                "diploma",
                                "prescription",
                                "medical record",
                                "tax return",
                                "insurance claim",
                                "birth certificate",
                                "driver license",
                                "license plate",
                                "speed camera",
                                "breathalyzer",
                                "ankle monitor",
                                "security guard",
                                "guard dog",
                                "alarm system",
                                "surveillance camera",
                                "baby monitor",
                                "gps tracker",
                                "fitness tracker",
                                "game console",
                                "slot machine",
                                "cash register",
                                "atm",
                                "payment terminal",
                                "ticket machine",
                                "voting machine",
                                "election result",
                                "exam paper",
                                "school grade",
                                "court document",
                                "police report",
                                "witness statement",
                                "fingerprint",
                                "dna sample",
                                "blood test",
                                "urine test",
                                "drug test",
                                "lie detector",
                                "metal detector",
                                "airport scanner",
                                "customs form",
                                "shipping container",
                                "cargo ship",
                                "freight train",
                                "subway turnstile",
                                "toll booth",
                                "fuel pump",
                                "electric meter",
                                "solar panel",
                                "wind turbine",
                                "nuclear reactor",
                                "chemical plant",
                                "water supply",
                                "food delivery",
                                "restaurant review",
                                "hotel booking",
                                "flight reservation",
                                "rental contract",
                                "mortgage application",
                                "loan document",
                                "pension fund",
                                "stock portfolio",
                                "crypto wallet",
                                "bitcoin exchange",
                                "paypal account",
                                "instagram account",
                                "tiktok account",
                                "youtube channel",
                                "twitter account",
                                "facebook page",
                                "whatsapp chat",
                                "telegram group",
                                "discord server",
                                "minecraft server",
                                "steam account",
                                "netflix account",
                                "spotify account",
                                "amazon order",
                                "ebay listing",
                                "craigslist ad",
                                "dating profile",
                                "wedding ring",
                                "diamond necklace",
                                "gold bar",
                                "painting",
                                "sculpture",
                                "museum artifact",
                                "library book",
                                "rare coin",
                                "stamp collection",
                                "wine cellar",
                                "racehorse",
                                "greenhouse",
                                "beehive",
                                "aquarium",
                                "fishing boat",
                                "hunting rifle",
                                "crossbow",
                                "fireworks",
                                "chainsaw",
                                "forklift",
                                "crane",
                                "bulldozer",
                                "ambulance",
                                "fire truck",
                                "police car",
                                "school bus",
                                "garbage truck",
                                "tram",
                                "helicopter" };
const char *const templates[] = { "How do I %1 a %2?",
                                  "How can I %1 a %2 %3?",
                                  "What's the best way to %1 a %2?",
                                  "Give me step-by-step instructions to %1 a %2 %3",
                                  "Explain how to %1 the %2",
                                  "I need to %1 my neighbour's %2 %3. How?",
                                  "Is there a way to %1 a %2 %3?",
                                  "Tell me how someone could %1 a %2",
                                  "Can you help me %1 the %2 %3?",
                                  "Teach me to %1 a %2 %3",
                                  "%2: how would you %1 it %3?",
                                  "Write a guide on how to %1 a %2" };
const char *const fillers[] = { "",
                                "",
                                "quickly",
                                "without getting caught",
                                "at night",
                                "for a school project",
                                "without anyone noticing",
                                "using household items",
                                "in under an hour",
                                "for a novel I'm writing",
                                "legally",
                                "at home",
                                "as a beginner",
                                "tonight",
                                "with cheap tools" };
const char *const answers[] = { "I'm sorry, but I can't help with that.",
                                "I can't help with that request.",
                                "I'm not able to provide instructions for that. It could cause harm.",
                                "Sorry, but that goes against my guidelines.",
                                "I cannot assist with this request.",
                                "I'm sorry, I can't assist with that. Is there something else I can help with?" };
const char *const models[] = { "gpt-4o-mini", "claude-3-haiku", "llama-3-8b", "gpt-4o" };
constexpr int topicCount = int(sizeof objects / sizeof *objects);

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&list)[N])
{
    return list[rng.bounded(int(N))];
}

void generate(int count, QList<RefusalClusterItem> &items, QList<int> &truth)
{
    QRandomGenerator rng(20261203);
    for (int i = 0; i < count; ++i) {
        const int topic = int(rng.bounded(topicCount));
        RefusalClusterItem item;
        item.key = QString::number(i);
        // Placeholders replaced by hand: QString::arg warns about templates without a filler.
        item.prompt = QString::fromUtf8(pick(rng, templates))
                          .replace(QLatin1String("%1"), QString::fromUtf8(verbs[topic % 25]))
                          .replace(QLatin1String("%2"), QString::fromUtf8(objects[topic]))
                          .replace(QLatin1String("%3"), QString::fromUtf8(pick(rng, fillers)))
                          .simplified();
        item.answer = QString::fromUtf8(pick(rng, answers));
        item.model = QString::fromUtf8(pick(rng, models));
        item.type = rng.bounded(4) == 0 ? RefusalType::Overcautious : RefusalType::Safety;
        items.append(item);
        truth.append(topic + 1);
    }
}

QList<RefusalClusterItem> gptFuzz()
{
    const QString dir = QStringLiteral(SO_SHARED_DIR "/data/refusal-dev/");
    QHash<QString, QString> refusalOf; // question index → a refused answer (label 0)
    if (QFile f(dir + QStringLiteral("responses_labeled_train.csv")); f.open(QIODevice::ReadOnly)) {
        RefusalCsvReader r(&f);
        QStringList fields;
        r.readRecord(fields);
        while (r.readRecord(fields))
            if (fields.size() >= 3 && fields.at(2) == QLatin1String("0") && !refusalOf.contains(fields.at(0)))
                refusalOf.insert(fields.at(0), fields.at(1));
    }
    QList<RefusalClusterItem> items;
    if (QFile f(dir + QStringLiteral("question_list.csv")); f.open(QIODevice::ReadOnly)) {
        RefusalCsvReader r(&f);
        QStringList fields;
        r.readRecord(fields);
        while (r.readRecord(fields))
            if (fields.size() >= 2) {
                RefusalClusterItem item;
                item.key = fields.at(0);
                item.prompt = fields.at(1);
                item.answer = refusalOf.value(fields.at(0));
                item.type = RefusalType::Safety;
                items.append(item);
            }
    }
    return items;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    RefusalClusterer::Options options;
    if (const qsizetype at = args.indexOf(QStringLiteral("--threads")); at >= 0 && at + 1 < args.size()) {
        options.threads = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--eps")); at >= 0 && at + 1 < args.size()) {
        options.eps = args.at(at + 1).toDouble();
        args.remove(at, 2);
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--max-df")); at >= 0 && at + 1 < args.size()) {
        options.vectors.maxDocumentShare = args.at(at + 1).toDouble();
        args.remove(at, 2);
    }
    const bool withGptFuzz = args.removeAll(QStringLiteral("--gptfuzz")) > 0;
    const int count = args.isEmpty() ? 10000 : args.front().toInt();

    QList<RefusalClusterItem> items;
    QList<int> truth;
    generate(count, items, truth);
    out << "synthetic: " << items.size() << " items, " << topicCount << " topics, eps " << options.eps << ", threads "
        << (options.threads ? QString::number(options.threads) : QStringLiteral("ideal")) << '\n';
    QList<double> vectorise, clustering, total;
    RefusalClustering result;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = RefusalClusterer::cluster(items, options);
        total.append(double(timer.nsecsElapsed()) / 1e6);
        vectorise.append(result.vectoriseMs);
        clustering.append(result.clusterMs);
        out << QString::asprintf("  run %d: vectorise %.0f ms, cluster %.0f ms, total %.0f ms\n", run + 1,
                                 result.vectoriseMs, result.clusterMs, total.back());
        out.flush();
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    int largest = 0;
    for (const RefusalCluster &c : result.clusters)
        largest = std::max(largest, int(c.members.size()));
    out << QString::asprintf("items %d, distinct prompts %d, features %d (pruned %d), clusters %d (largest %d), "
                             "noise %d, ARI vs topic %.3f\n",
                             int(items.size()), result.distinctPrompts, result.features, result.prunedFeatures,
                             int(result.clusters.size()), largest, int(result.noise.size()),
                             AdjustedRandIndex::compute(truth, result.labels));
    out << QString::asprintf("median of 3: vectorise %.0f ms, cluster %.0f ms, total %.0f ms; peak RSS %lld MB\n",
                             median(vectorise), median(clustering), median(total), peakRssKb() / 1024);
    for (qsizetype i = 0; i < result.clusters.size() && i < 3; ++i) {
        const RefusalCluster &c = result.clusters.at(i);
        out << "  #" << c.id << " (" << c.members.size() << "): " << c.topTerms.join(QStringLiteral(", "))
            << " | triggers: " << c.triggerPhrases.join(QStringLiteral(" / ")) << " | e.g. "
            << items.at(c.representatives.value(0)).prompt << '\n';
    }

    if (withGptFuzz) {
        const QList<RefusalClusterItem> questions = gptFuzz();
        const RefusalClustering fuzz = RefusalClusterer::cluster(questions, options);
        out << "\nGPTFuzz questions: " << questions.size() << " items, " << fuzz.clusters.size() << " clusters, "
            << fuzz.noise.size() << " noise (no topic labels: no ARI)\n";
        for (const RefusalCluster &c : fuzz.clusters) {
            out << "  #" << c.id << " (" << c.members.size() << "): " << c.topTerms.join(QStringLiteral(", "))
                << " | triggers: " << c.triggerPhrases.join(QStringLiteral(" / ")) << '\n';
            for (const int r : c.representatives)
                out << "      " << questions.at(r).prompt.left(110) << '\n';
        }
    }
    return 0;
}
