// SPDX-License-Identifier: MIT
#include "refusal/refusalclusterer.h"
#include "refusal/refusalcsvreader.h"
#include "refusal/tfidfvectorizer.h"
#include "refusal/wordtokenizer.h"
#include "stats/adjustedrandindex.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

struct Fixture
{
    QList<RefusalClusterItem> items;
    QList<int> truth; // group number; the singletons get 0 (noise, each a group of its own)
};

Fixture loadFixture()
{
    Fixture fixture;
    QFile file(QStringLiteral(SO_TEST_DATA_DIR "/refusal/cluster_fixture.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return fixture;
    RefusalCsvReader reader(&file);
    QStringList fields;
    reader.readRecord(fields); // group,model,prompt,answer,type
    QHash<QString, int> groups;
    while (reader.readRecord(fields)) {
        if (fields.size() < 5)
            continue;
        RefusalClusterItem item;
        item.key = QString::number(fixture.items.size());
        item.model = fields.at(1);
        item.prompt = fields.at(2);
        item.answer = fields.at(3);
        item.type = RefusalVerdict::typeFromString(fields.at(4));
        fixture.items.append(item);
        const QString &group = fields.at(0);
        if (group.startsWith(QLatin1String("single-"))) {
            fixture.truth.append(0);
        } else {
            if (!groups.contains(group))
                groups.insert(group, int(groups.size()) + 1);
            fixture.truth.append(groups.value(group));
        }
    }
    return fixture;
}

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

RefusalClusterItem item(const QString &prompt, const QString &answer = QString(),
                        RefusalType type = RefusalType::Ambiguous, const QString &model = QStringLiteral("m"))
{
    RefusalClusterItem it;
    it.prompt = prompt;
    it.answer = answer;
    it.type = type;
    it.model = model;
    return it;
}

} // namespace

class TestRefusalClusters : public QObject
{
    Q_OBJECT

private slots:
    void adjustedRandIndex();
    void tokenizer();
    void vectorizer();
    void fixtureAri();
    void deterministicAcrossThreads();
    void clusterDescriptions();
    void typesAndShare();
    void edgeCases();
    void duplicatesAreCheap();
};

void TestRefusalClusters::adjustedRandIndex()
{
    QCOMPARE(AdjustedRandIndex::compute({ 1, 1, 2, 2 }, { 5, 5, 7, 7 }), 1.0);
    QCOMPARE(AdjustedRandIndex::compute({ 1, 1, 2, 2 }, { 1, 2, 1, 2 }), -0.5);
    // sklearn.metrics.adjusted_rand_score([0,0,0,1,1,1], [0,0,1,1,2,2]) = 0.24242424...
    QVERIFY(qAbs(AdjustedRandIndex::compute({ 1, 1, 1, 2, 2, 2 }, { 1, 1, 2, 2, 3, 3 }) - 0.2424242424) < 1e-9);
    // Noise is singletons: all-noise against true pairs is no better than chance, not "all together".
    QCOMPARE(AdjustedRandIndex::compute({ 1, 1, 2, 2 }, { 0, 0, 0, 0 }), 0.0);
    QCOMPARE(AdjustedRandIndex::compute({ 0, 0, 0 }, { 0, 0, 0 }), 1.0);
    QCOMPARE(AdjustedRandIndex::compute({ 0, 0, 1, 1 }, { 3, 4, 1, 1 }), 1.0);
    QCOMPARE(AdjustedRandIndex::compute({}, {}), 1.0);
    QVERIFY(std::isnan(AdjustedRandIndex::compute({ 1 }, { 1, 2 })));
}

void TestRefusalClusters::tokenizer()
{
    QCOMPARE(WordTokenizer::words(u"I Can’t HELP—with “that”!"), utf8List({ "i", "can't", "help", "with", "that" }));
    QCOMPARE(WordTokenizer::words(u"Привет, МИР 42"), utf8List({ "привет", "мир", "42" }));
    QCOMPARE(WordTokenizer::words(u"日本の首都"), utf8List({ "日", "本", "の", "首", "都" }));
    QCOMPARE(WordTokenizer::words(u"ＡＢＣ"), utf8List({ "abc" })); // NFKC folds full-width Latin
    QCOMPARE(WordTokenizer::words(u"नमस्ते दुनिया").size(), 2); // combining marks stay inside the word
    QVERIFY(WordTokenizer::words(u"").isEmpty());
    QVERIFY(WordTokenizer::words(u"?!… --").isEmpty());
    const QString huge = QStringLiteral("lock ").repeated(100000);
    QCOMPARE(WordTokenizer::words(huge).size(), WordTokenizer::defaultMaxChars / 5 + 1); // 819 × "lock", "l"
    QCOMPARE(WordTokenizer::firstSentence(u"Sorry. I can't help with that. Here is more."),
             QStringView(u"Sorry. I can't help with that."));
    QCOMPARE(WordTokenizer::firstSentence(u"I can't help with that request. More."),
             QStringView(u"I can't help with that request."));
}

void TestRefusalClusters::vectorizer()
{
    TfidfVectorizer v;
    const QList<TfidfVectorizer::Vector> vectors = v.fitTransform(
        { WordTokenizer::words(u"kill a process in linux"), WordTokenizer::words(u"how to kill a linux process"),
          WordTokenizer::words(u"pick a lock"), WordTokenizer::words(u"the of and") });
    QCOMPARE(vectors.size(), 4);
    for (const auto &vec : vectors) {
        double norm = 0;
        for (const float w : vec.weights)
            norm += double(w) * w;
        QVERIFY(vec.isEmpty() || qAbs(norm - 1.0) < 1e-5);
    }
    QVERIFY(TfidfVectorizer::cosine(vectors.at(0), vectors.at(1)) > 0.9); // same words, other order
    QCOMPARE(TfidfVectorizer::cosine(vectors.at(0), vectors.at(2)), 0.0);
    QVERIFY(vectors.at(2).isEmpty()); // nothing it shares with another prompt survives minDocuments = 2
    QVERIFY(vectors.at(3).isEmpty());
}

void TestRefusalClusters::fixtureAri()
{
    const Fixture fixture = loadFixture();
    QVERIFY2(fixture.items.size() >= 80, "tests/data/refusal/cluster_fixture.csv missing or short");
    const RefusalClustering result = RefusalClusterer::cluster(fixture.items);
    const double ari = AdjustedRandIndex::compute(fixture.truth, result.labels);
    qInfo("fixture: %d items, %d clusters, %d noise, ARI %.3f", int(fixture.items.size()), int(result.clusters.size()),
          int(result.noise.size()), ari);
    // Measured 0.808 at the default eps 0.5 (0.787 at 0.55, 0.46 at SPEC's 0.3).
    QVERIFY2(ari >= 0.75, qPrintable(QStringLiteral("ARI %1").arg(ari)));
    // Every item is labelled once: a cluster member or noise.
    QCOMPARE(result.labels.size(), fixture.items.size());
    int clustered = 0;
    for (const RefusalCluster &c : result.clusters)
        clustered += int(c.members.size());
    QCOMPARE(clustered + result.noise.size(), fixture.items.size());
    for (int i = 0; i < result.clusters.size(); ++i) {
        const RefusalCluster &c = result.clusters.at(i);
        QCOMPARE(c.id, i + 1);
        QVERIFY(c.members.size() >= 2);
        QVERIFY(std::is_sorted(c.members.begin(), c.members.end()));
        if (i > 0)
            QVERIFY(result.clusters.at(i - 1).members.size() >= c.members.size());
        for (const int m : c.members)
            QCOMPARE(result.labels.at(m), c.id);
    }
    for (const int m : result.noise)
        QCOMPARE(result.labels.at(m), 0);
}

void TestRefusalClusters::deterministicAcrossThreads()
{
    const Fixture fixture = loadFixture();
    QList<RefusalClusterItem> items;
    for (int copy = 0; copy < 8; ++copy) // enough points for several workers
        for (RefusalClusterItem it : fixture.items) {
            it.prompt += QStringLiteral(" v%1").arg(copy % 3);
            items.append(it);
        }
    RefusalClusterer::Options options;
    options.threads = 1;
    const RefusalClustering reference = RefusalClusterer::cluster(items, options);
    for (const int threads : { 4, 2, 7, 3, 1 }) {
        options.threads = threads;
        const RefusalClustering again = RefusalClusterer::cluster(items, options);
        QCOMPARE(again.labels, reference.labels);
        QCOMPARE(again.clusters.size(), reference.clusters.size());
        for (int i = 0; i < again.clusters.size(); ++i) {
            QCOMPARE(again.clusters.at(i).representatives, reference.clusters.at(i).representatives);
            QCOMPARE(again.clusters.at(i).topTerms, reference.clusters.at(i).topTerms);
            QCOMPARE(again.clusters.at(i).triggerPhrases, reference.clusters.at(i).triggerPhrases);
        }
    }
}

void TestRefusalClusters::clusterDescriptions()
{
    const Fixture fixture = loadFixture();
    const RefusalClustering result = RefusalClusterer::cluster(fixture.items);
    QVERIFY(result.clusters.size() >= 8);
    int withTriggers = 0;
    for (const RefusalCluster &c : result.clusters) {
        QVERIFY(!c.representatives.isEmpty());
        QVERIFY(c.representatives.size() <= 3);
        for (const int r : c.representatives)
            QVERIFY(c.members.contains(r));
        QVERIFY(c.topTerms.size() <= 6);
        for (const QString &t : c.topTerms)
            for (const QString &w : t.split(QLatin1Char(' ')))
                QVERIFY2(!WordTokenizer::isStopWord(w), qPrintable(t));
        QVERIFY(c.triggerPhrases.size() <= 5);
        for (const QString &phrase : c.triggerPhrases) {
            int found = 0;
            for (const int m : c.members)
                found += WordTokenizer::words(fixture.items.at(m).answer).join(QLatin1Char(' ')).contains(phrase);
            QVERIFY2(found >= 2, qPrintable(phrase));
        }
        withTriggers += !c.triggerPhrases.isEmpty();
        QStringList sorted = c.models;
        sorted.sort();
        QCOMPARE(c.models, sorted);
    }
    QVERIFY(withTriggers >= result.clusters.size() / 2);
    // The lock-picking cluster is about locks, and its answers refuse with "i can't help with".
    bool lockCluster = false;
    for (const RefusalCluster &c : result.clusters)
        if (c.topTerms.contains(QStringLiteral("lock"))) {
            lockCluster = true;
            QVERIFY(c.members.size() >= 5);
        }
    QVERIFY(lockCluster);
}

void TestRefusalClusters::typesAndShare()
{
    const QString sorry = QStringLiteral("I'm sorry, but I can't help with that.");
    const QList<RefusalClusterItem> items {
        item(QStringLiteral("How do I kill a process in Linux?"), sorry, RefusalType::Overcautious,
             QStringLiteral("b")),
        item(QStringLiteral("Pick a lock with a bobby pin"), QStringLiteral("No."), RefusalType::Safety),
        item(QStringLiteral("How can I kill a process on Linux?"), sorry, RefusalType::Overcautious,
             QStringLiteral("a")),
        item(QStringLiteral("kill a linux process"), QStringLiteral("I'm sorry, I can't help with killing."),
             RefusalType::Policy, QStringLiteral("b")),
        item(QStringLiteral("How to pick a lock with a bobby pin?"), QStringLiteral("Sorry."), RefusalType::Safety),
        item(QStringLiteral("The weather on Mars"), QString(), RefusalType::Capability),
    };
    const RefusalClustering result = RefusalClusterer::cluster(items);
    QCOMPARE(result.labels, QList<int>({ 1, 2, 1, 1, 2, 0 }));
    QCOMPARE(result.noise, QList<int>({ 5 }));
    const RefusalCluster &kill = result.clusters.at(0);
    QCOMPARE(kill.members, QList<int>({ 0, 2, 3 }));
    QCOMPARE(kill.models, utf8List({ "a", "b" }));
    QCOMPARE(kill.types.value(RefusalType::Overcautious), 2);
    QCOMPARE(kill.types.value(RefusalType::Policy), 1);
    QCOMPARE(kill.types.size(), 2);
    QVERIFY(qAbs(kill.overcautiousShare - 2.0 / 3.0) < 1e-12);
    QCOMPARE(kill.triggerPhrases.value(0), QStringLiteral("i can't help with")); // in all three answers
    QVERIFY(!kill.triggerPhrases.contains(QStringLiteral("can't help with"))); // overlaps the first
    QVERIFY(kill.topTerms.contains(QStringLiteral("kill")));
    QVERIFY(kill.topTerms.contains(QStringLiteral("process")));
    const RefusalCluster &lock = result.clusters.at(1);
    QCOMPARE(lock.overcautiousShare, 0.0);
    QCOMPARE(lock.types.value(RefusalType::Safety), 2);
    QVERIFY(lock.triggerPhrases.isEmpty()); // "No." and "Sorry." share no phrase
}

void TestRefusalClusters::edgeCases()
{
    QVERIFY(RefusalClusterer::cluster({}).clusters.isEmpty());
    QVERIFY(RefusalClusterer::cluster({}).labels.isEmpty());

    const RefusalClustering one = RefusalClusterer::cluster({ item(QStringLiteral("kill a process")) });
    QCOMPARE(one.labels, QList<int>({ 0 }));
    QCOMPARE(one.noise, QList<int>({ 0 }));

    QList<RefusalClusterItem> same(50,
                                   item(QStringLiteral("How do I pick a lock?"), QStringLiteral("I can't do that.")));
    const RefusalClustering identical = RefusalClusterer::cluster(same);
    QCOMPARE(identical.clusters.size(), 1);
    QCOMPARE(identical.clusters.at(0).members.size(), 50);
    QCOMPARE(identical.clusters.at(0).representatives, QList<int>({ 0 })); // distinct prompts only
    QCOMPARE(identical.clusters.at(0).triggerPhrases, utf8List({ "i can't do that" }));
    QVERIFY(identical.noise.isEmpty());

    // Prompts without words have nothing to be similar in: noise, not one cluster of "".
    const RefusalClustering empty
        = RefusalClusterer::cluster({ item(QString()), item(QString()), item(QStringLiteral("?!")), item(QString()) });
    QCOMPARE(empty.labels, QList<int>({ 0, 0, 0, 0 }));
    QCOMPARE(empty.noise.size(), 4);

    // A huge prompt is read up to maxPromptChars; two that differ only after the cap are the same prompt.
    const QString huge = QStringLiteral("lock picking tools ").repeated(50000);
    const RefusalClustering big = RefusalClusterer::cluster(
        { item(huge + QStringLiteral("alpha")), item(huge + QStringLiteral("beta")), item(QStringLiteral("x")) });
    QCOMPARE(big.labels, QList<int>({ 1, 1, 0 }));

    // Other scripts cluster as well.
    const RefusalClustering cjk = RefusalClusterer::cluster(
        { item(QStringLiteral("如何撬锁")), item(QStringLiteral("怎么撬锁")),
          item(QStringLiteral("Как взломать пароль wifi")), item(QStringLiteral("как взломать пароль от wifi")) });
    QCOMPARE(cjk.labels, QList<int>({ 1, 1, 2, 2 })); // equal sizes: the first member decides
}

void TestRefusalClusters::duplicatesAreCheap()
{
    // 20,000 copies of three prompts are three points: a query per copy would be 4·10^8 dot products.
    QList<RefusalClusterItem> items;
    for (int i = 0; i < 20000; ++i)
        items.append(item(i % 3 == 0       ? QStringLiteral("How do I pick a lock?")
                              : i % 3 == 1 ? QStringLiteral("how do i pick a LOCK")
                                           : QStringLiteral("write malware")));
    const RefusalClustering result = RefusalClusterer::cluster(items);
    QCOMPARE(result.distinctPrompts, 2);
    QCOMPARE(result.clusters.size(), 2);
    QCOMPARE(result.clusters.at(0).members.size(), 13334);
    QCOMPARE(result.clusters.at(0).representatives.size(), 1);
}

QTEST_GUILESS_MAIN(TestRefusalClusters)
#include "tst_refusalclusters.moc"
