// SPDX-License-Identifier: MIT
#include "verdictsimulation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtConcurrent>

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "eval/modelaggregatecomparison.h"
#include "gen/loggenerator.h"
#include "recommend/candidateevidence.h"
#include "recommend/recommender.h"
#include "refusal/refusaldetector.h"
#include "sim/simhash.h"
#include "sim/simulatedmodel.h"
#include "sim/simulatedresponder.h"
#include "stats/statistics.h"

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

struct Prompt
{
    QString logId;
    QString cluster;
    QJsonArray messages;
};

struct Work
{
    const Prompt *prompt = nullptr;
    EvaluatorSample baseline;
    QList<EvaluatorSample> levels;
};

quint64 seedOf(const QString &salt, const QJsonArray &messages)
{
    // As the simulated gateway seeds a request: the model id, then every role and content.
    quint64 h = SimHash::fnv1a(QStringView(salt));
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        h = SimHash::fnv1a(QStringView(o.value(QLatin1String("role")).toString()), h);
        h = SimHash::fnv1a(QStringView(ChatMessages::text(o.value(QLatin1String("content")))), h);
    }
    return h;
}

// One replay as the evaluator reads it back: error, refusal verdict of the detector, judge score, catalog cost.
EvaluatorSample answer(const SimulatedModel &model, const QString &salt, const QString &pricedAs, const Prompt &p,
                       const ModelInfo &price, int judgeQuality)
{
    static const RefusalDetector detector;
    EvaluatorSample s;
    s.logId = p.logId;
    s.model = pricedAs;
    s.cluster = p.cluster;
    const quint64 seed = seedOf(salt, p.messages);
    // A replay that still fails after the engine's retries; drawn on its own stream so that every level of a
    // candidate fails on the same prompts.
    if (SimHash::unit(SimHash::mix(seed, 0x5e77)) < model.errorRate) {
        s.error = true;
        s.statusCode = 503;
        return s;
    }
    const SimulatedResponder::Completion c = SimulatedResponder::complete(model, p.messages, 0, seed);
    const QString prompt = ChatMessages::lastUserText(p.messages);
    s.success = true;
    s.statusCode = 200;
    s.promptTokens = c.promptTokens;
    s.completionTokens = c.completionTokens;
    s.costUsd = price.costUsd(c.promptTokens, c.completionTokens);
    s.priced = true;
    RefusalDetector::Input in;
    in.responseText = c.content;
    in.finishReason = c.finishReason;
    in.httpStatus = 200;
    in.promptText = prompt;
    s.refusalKind = RefusalVerdict::kindToString(detector.detect(in).kind);
    const SimulatedResponder::JudgeScores j = SimulatedResponder::judge(prompt, c.content, judgeQuality);
    s.judged = true;
    s.quality = (j.accuracy + j.helpfulness + j.clarity + j.completeness) / 4.0;
    s.overall = j.overall;
    return s;
}

// Prompts, ids and users of a generated Portkey export (without the importer's quirks).
bool readPool(const VerdictSimulation::Options &o, QList<Prompt> *pool, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    LogGenerator::Options g;
    g.rows = o.prompts;
    g.seed = o.seed;
    g.tokenScale = 0.05;
    g.quirks = false;
    const QString path = dir.filePath(QStringLiteral("logs.jsonl"));
    if (!LogGenerator::write(path, g, error))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        Prompt p;
        p.logId = row.value(QLatin1String("id")).toString();
        const QString user = row.value(QLatin1String("metadata")).toObject().value(QLatin1String("_user")).toString();
        if (o.clusters && !user.isEmpty())
            p.cluster = QLatin1String("user:") + user;
        p.messages = row.value(QLatin1String("request")).toObject().value(QLatin1String("messages")).toArray();
        if (p.logId.isEmpty() || p.messages.isEmpty()) {
            *error = QStringLiteral("unexpected generated row: %1").arg(QString::fromUtf8(line.left(200)));
            return false;
        }
        pool->append(p);
    }
    return true;
}

} // namespace

bool VerdictSimulation::build(const Options &o, QString *error)
{
    QList<Prompt> pool;
    if (!readPool(o, &pool, error))
        return false;
    const SimulatedModel *gpt4o = SimulatedModel::find(u"gpt-4o");
    const SimulatedModel *judge = SimulatedModel::find(u"gpt-4o-mini");
    const PriceCatalog catalog = PriceCatalog::defaultCatalog();
    const ModelInfo *basePrice = catalog.find(QStringLiteral("gpt-4o"));
    const ModelInfo *candidatePrice = catalog.find(QStringLiteral("gpt-4o-mini"));
    if (!gpt4o || !judge || !basePrice || !candidatePrice || !basePrice->isPriced() || !candidatePrice->isPriced()) {
        *error = QStringLiteral("gpt-4o or gpt-4o-mini missing from the simulator or the catalog");
        return false;
    }
    m_baselineLevel = gpt4o->quality;
    m_lowestLevel = qMin(o.lowestLevel, m_baselineLevel - 1);
    const int levels = m_baselineLevel - m_lowestLevel + 1;

    QList<Work> work(pool.size());
    for (qsizetype i = 0; i < pool.size(); ++i)
        work[i].prompt = &pool.at(i);
    const QString baseSalt = gpt4o->id;
    const QString candidateSalt = QStringLiteral("candidate-model");
    const SimulatedModel baseModel = *gpt4o;
    const int lowest = m_lowestLevel;
    const ModelInfo base = *basePrice, candidate = *candidatePrice;
    const int judgeQuality = judge->quality;
    QtConcurrent::blockingMap(work, [&](Work &w) {
        w.baseline = answer(baseModel, baseSalt, baseModel.id, *w.prompt, base, judgeQuality);
        SimulatedModel m = baseModel;
        w.levels.reserve(levels);
        for (int l = 0; l < levels; ++l) {
            m.quality = lowest + l;
            w.levels.append(answer(m, candidateSalt, candidate.modelId, *w.prompt, candidate, judgeQuality));
        }
    });

    m_baseline.clear();
    m_levels = QList<QList<EvaluatorSample>>(levels);
    for (const Work &w : std::as_const(work)) {
        m_baseline.append(w.baseline);
        for (int l = 0; l < levels; ++l)
            m_levels[l].append(w.levels.at(l));
    }
    m_upperOrder.clear();
    for (qsizetype i = 0; i < m_baseline.size(); ++i)
        m_upperOrder.append(i);
    std::sort(m_upperOrder.begin(), m_upperOrder.end(), [seed = o.seed](qsizetype a, qsizetype b) {
        return SimHash::mix(seed, quint64(a) + 0x1000) < SimHash::mix(seed, quint64(b) + 0x1000);
    });
    m_upperRank = QList<qsizetype>(m_upperOrder.size());
    for (qsizetype k = 0; k < m_upperOrder.size(); ++k)
        m_upperRank[m_upperOrder.at(k)] = k;
    // Errors fall on the same prompts at every level, so the judged pairs are the same for every candidate.
    double sum = 0;
    m_judgedPairs = 0;
    for (qsizetype i = 0; i < m_baseline.size(); ++i) {
        if (m_baseline.at(i).judged && m_levels.first().at(i).judged) {
            sum += m_baseline.at(i).quality;
            ++m_judgedPairs;
        }
    }
    m_baselineMean = m_judgedPairs ? sum / double(m_judgedPairs) : std::nan("");
    if (m_judgedPairs == 0)
        *error = QStringLiteral("no judged pairs");
    return m_judgedPairs > 0;
}

double VerdictSimulation::trueDeltaPercent(int level, qint64 upper) const
{
    Candidate c;
    c.level = level;
    c.upper = upper;
    double sum = 0;
    qint64 judged = 0;
    for (qsizetype i = 0; i < m_baseline.size(); ++i) {
        const EvaluatorSample &b = m_baseline.at(i);
        const EvaluatorSample &s = candidateSample(c, i);
        if (b.judged && s.judged) {
            sum += s.quality - b.quality;
            ++judged;
        }
    }
    return sum / double(judged) / m_baselineMean * 100.0;
}

VerdictSimulation::Candidate VerdictSimulation::calibrate(const QString &name, double target, bool atMost) const
{
    Candidate best;
    best.name = name;
    double bestDistance = std::numeric_limits<double>::infinity();
    const qsizetype n = m_baseline.size();
    for (int level = m_lowestLevel; level < m_baselineLevel; ++level) {
        // Moving prompt after prompt (in the hashed order) from level to level + 1 walks the delta up in small steps.
        const QList<EvaluatorSample> &lo = m_levels.at(level - m_lowestLevel);
        const QList<EvaluatorSample> &hi = m_levels.at(level + 1 - m_lowestLevel);
        double delta = trueDeltaPercent(level);
        for (qint64 k = 0; k <= n; ++k) {
            const double distance = std::abs(delta - target);
            if ((!atMost || delta <= target) && distance < bestDistance) {
                bestDistance = distance;
                best.level = level;
                best.upper = k;
                best.trueDeltaPercent = delta;
            }
            if (k == n)
                break;
            const qsizetype i = m_upperOrder.at(k);
            if (m_baseline.at(i).judged && lo.at(i).judged)
                delta += (hi.at(i).quality - lo.at(i).quality) / m_baselineMean * 100.0 / double(m_judgedPairs);
        }
    }
    // Recomputed without the running sum's rounding.
    best.trueDeltaPercent = trueDeltaPercent(best.level, best.upper);
    return best;
}

double VerdictSimulation::refusalRatePercent(int level) const
{
    const QList<EvaluatorSample> &samples = level < 0 ? m_baseline : m_levels.at(level - m_lowestLevel);
    qint64 refused = 0, answered = 0;
    for (const EvaluatorSample &s : samples) {
        answered += s.error ? 0 : 1;
        refused += s.fullRefusal() ? 1 : 0;
    }
    return answered ? 100.0 * double(refused) / double(answered) : std::nan("");
}

double VerdictSimulation::savingPercent(int level) const
{
    const QList<EvaluatorSample> &samples = m_levels.at(level - m_lowestLevel);
    double base = 0, candidate = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (samples.at(i).success && m_baseline.at(i).success) {
            base += m_baseline.at(i).costUsd;
            candidate += samples.at(i).costUsd;
        }
    }
    return (1.0 - candidate / base) * 100.0;
}

QList<qsizetype> VerdictSimulation::order(quint64 seed) const
{
    QList<qsizetype> out(m_baseline.size());
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = i;
    SimHash::Rng rng(seed);
    for (qsizetype i = out.size() - 1; i > 0; --i) // Fisher–Yates
        std::swap(out[i], out[qsizetype(rng.next() % quint64(i + 1))]);
    return out;
}

const EvaluatorSample &VerdictSimulation::candidateSample(const Candidate &c, qsizetype prompt) const
{
    const bool upper = c.upper > 0 && m_upperRank.at(prompt) < c.upper;
    return m_levels.at(c.level + (upper ? 1 : 0) - m_lowestLevel).at(prompt);
}

void VerdictSimulation::samples(const Candidate &c, const QList<qsizetype> &order, qsizetype n,
                                QList<EvaluatorSample> *baseline, QList<EvaluatorSample> *candidate) const
{
    baseline->clear();
    candidate->clear();
    baseline->reserve(n);
    candidate->reserve(n);
    for (qsizetype k = 0; k < n && k < order.size(); ++k) {
        baseline->append(m_baseline.at(order.at(k)));
        candidate->append(candidateSample(c, order.at(k)));
    }
}

VerdictSimulation::Run VerdictSimulation::verify(const Candidate &c, quint64 seed,
                                                 const RecommendationThresholds &t) const
{
    const QList<qsizetype> draw = order(seed);
    const int cap = int(qMin<qsizetype>(t.maxPrompts, draw.size()));
    QList<EvaluatorSample> base, candidate;
    Run r;
    for (int n = t.nextRoundPrompts(0);; n = qMin(cap, t.nextRoundPrompts(n))) {
        samples(c, draw, n, &base, &candidate);
        r.prompts = n;
        r.verdict = CandidateEvidence::compute(base, candidate, t).verdict();
        if (r.verdict != NonInferiorityVerdict::Inconclusive || n >= cap)
            return r;
    }
}

bool VerdictSimulation::oldRuleAccepts(const Candidate &c, quint64 seed, const RecommendationThresholds &t) const
{
    QList<EvaluatorSample> base, candidate;
    samples(c, order(seed), oldRulePrompts, &base, &candidate);
    // Recommender::verify before issue 12 (c88bb85^): the judge never fails its format here (formatFailureRate 0).
    const ModelAggregateComparison cmp
        = ModelAggregateComparison::compute(base, candidate, 2000, Statistics::defaultSeed);
    const double confidence = Recommender::confidence(cmp.qualityPairs, cmp.qualityDeltaHalfWidthPercent(), 0.0);
    return cmp.qualityPairs >= t.minSamples && cmp.costSavingPercent >= t.minSavingPercent
        && std::isfinite(cmp.qualityDeltaPercent) && -cmp.qualityDeltaPercent <= t.maxQualityDropPercent
        && confidence >= t.minConfidence;
}

VerdictSimulation::Scenario VerdictSimulation::run(const Candidate &c, int repetitions, quint64 seed,
                                                   const RecommendationThresholds &t) const
{
    struct Rep
    {
        Run run;
        bool oldAccepts = false;
    };
    QList<int> reps(repetitions);
    for (int i = 0; i < repetitions; ++i)
        reps[i] = i;
    const QList<Rep> results = QtConcurrent::blockingMapped(reps, [&](int i) {
        const quint64 s = SimHash::mix(seed, quint64(i));
        return Rep { verify(c, s, t), oldRuleAccepts(c, s, t) };
    });
    Scenario out;
    out.candidate = c;
    out.repetitions = repetitions;
    QList<int> accepted, all;
    int fails = 0, capped = 0, oldAccepted = 0;
    for (const Rep &r : results) {
        all.append(r.run.prompts);
        if (r.run.verdict == NonInferiorityVerdict::Pass)
            accepted.append(r.run.prompts);
        else if (r.run.verdict == NonInferiorityVerdict::Fail)
            ++fails;
        else
            ++capped;
        oldAccepted += r.oldAccepts ? 1 : 0;
    }
    const auto quantile = [](QList<int> v, double q) { // the smallest value with at least q of them at or below
        if (v.isEmpty())
            return 0;
        std::sort(v.begin(), v.end());
        return v.at(qBound<qsizetype>(0, qsizetype(std::ceil(q * double(v.size()))) - 1, v.size() - 1));
    };
    const double n = qMax(1, repetitions);
    out.acceptRate = accepted.size() / n;
    out.failRate = fails / n;
    out.capRate = capped / n;
    out.medianPrompts = quantile(accepted, 0.5);
    out.p90Prompts = quantile(accepted, 0.9);
    out.medianPromptsAll = quantile(all, 0.5);
    out.oldRuleAcceptRate = oldAccepted / n;
    return out;
}

} // namespace ShadowOptic
