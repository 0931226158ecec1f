// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "catalog/pricecatalog.h"
#include "replayreuse.h"
#include "stats/statistics.h"
#include "store/catalogstore.h"
#include "store/evaluationstore.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace ShadowOptic {

namespace {

void readJudge(const EvaluationStore::SampleRow &row, const Evaluator::Options &o, EvaluatorSample *s)
{
    if (!row.hasJudge)
        return;
    if (!o.rubricVersion.isEmpty() && row.rubricVersion != o.rubricVersion)
        return;
    if (!o.judgeModel.isEmpty() && row.judgeModel != o.judgeModel)
        return;
    if (row.judgeOk) {
        s->judged = true;
        s->quality = (row.accuracy + row.helpfulness + row.clarity + row.completeness) / 4.0;
        s->overall = row.overall;
    } else {
        s->judgeFailed = true;
    }
}

} // namespace

QList<qint64> Evaluator::replayRuns(const ProjectStore &store)
{
    return EvaluationStore(store).replayRunIds();
}

QString Evaluator::mostLoggedModel(const ProjectStore &store, const QList<qint64> &runIds)
{
    return EvaluationStore(store).mostReplayedLoggedModel(runIds);
}

bool Evaluator::loadSamples(const ProjectStore &store, const PriceCatalog &catalog, const QList<qint64> &runIds,
                            const Options &options, QList<EvaluatorSample> *samples, QString *error)
{
    if (runIds.isEmpty())
        return true;
    const EvaluationStore evaluations(store);
    QList<EvaluationStore::SampleRow> rows;
    if (!evaluations.replaySamples(runIds, &rows, error))
        return false;
    // A prompt replayed on the same model in several runs counts once: the latest run wins.
    QHash<QString, qsizetype> seen;
    const auto add = [&](const EvaluatorSample &s) {
        const QString k = AnswerSource::name(s.source) + u'\x1f' + s.model + u'\x1f' + s.logId;
        const auto it = seen.constFind(k);
        if (it != seen.constEnd()) {
            (*samples)[*it] = s;
        } else {
            seen.insert(k, samples->size());
            samples->append(s);
        }
    };
    const bool picked = !options.picks.isEmpty();
    QSet<QString> pickedLogs;
    for (auto it = options.picks.cbegin(); it != options.picks.cend(); ++it)
        pickedLogs.insert(it.key().section(u'\x1f', 1));
    for (const EvaluationStore::SampleRow &row : std::as_const(rows)) {
        EvaluatorSample s;
        s.runId = row.runId;
        s.logId = row.logId;
        s.model = row.model;
        if (picked && options.picks.value(ReplayReuse::key(s.model, s.logId)) != s.runId)
            continue;
        s.success = row.success;
        s.error = !s.success;
        s.statusCode = row.statusCode;
        s.promptTokens = row.promptTokens;
        s.completionTokens = row.completionTokens;
        s.spentUsd = row.costUsd;
        s.cacheHit = row.cacheHit;
        s.latencyMs = row.latencyMs;
        const ModelInfo *m = catalog.find(s.model);
        s.priced = m && m->isPriced();
        s.costUsd = s.priced ? m->costUsd(s.promptTokens, s.completionTokens) : 0.0;
        s.refusalKind = row.refusalKind;
        s.refusalType = row.refusalType;
        if (s.statusCode == 446 && s.refusalKind.isEmpty()) {
            s.refusalKind = QStringLiteral("full");
            s.refusalType = QStringLiteral("POLICY");
        }
        s.useCase = row.useCase;
        s.cluster = row.cluster;
        readJudge(row, options, &s);
        add(s);
    }
    if (!options.includeBaselines)
        return true;
    rows.clear();
    if (!evaluations.baselineSamples(runIds, &rows, error))
        return false;
    for (const EvaluationStore::SampleRow &row : std::as_const(rows)) {
        EvaluatorSample s;
        s.source = AnswerSource::Value::Baseline;
        s.runId = row.runId;
        s.logId = row.logId;
        s.model = row.model;
        if (picked && !pickedLogs.contains(s.logId))
            continue;
        s.success = row.success;
        s.error = !s.success;
        s.statusCode = row.statusCode;
        s.promptTokens = row.promptTokens;
        s.completionTokens = row.completionTokens;
        s.spentUsd = 0.0; // already paid in production
        s.latencyMs = row.latencyMs;
        const ModelInfo *m = catalog.find(s.model);
        s.priced = (m && m->isPriced()) || row.costUsd > 0;
        s.costUsd = m && m->isPriced() ? m->costUsd(s.promptTokens, s.completionTokens) : qMax(0.0, row.costUsd);
        s.refusalKind = row.refusalKind;
        s.refusalType = row.refusalType;
        s.useCase = row.useCase;
        s.cluster = row.cluster;
        readJudge(row, options, &s);
        add(s);
    }
    return true;
}

EvaluatorReport Evaluator::report(const QList<EvaluatorSample> &samples, const Options &options)
{
    EvaluatorReport r;
    r.currentModel = options.currentModel;
    r.judgeModel = options.judgeModel;
    r.rubricVersion = options.rubricVersion;
    r.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    r.samples = samples;
    QList<qint64> runs;
    QMap<QString, QList<EvaluatorSample>> groups; // source \x1f model
    for (const EvaluatorSample &s : samples) {
        groups[AnswerSource::name(s.source) + u'\x1f' + s.model].append(s);
        if (!runs.contains(s.runId))
            runs.append(s.runId);
    }
    r.runIds = runs;
    QList<ModelAggregate> replays;
    QList<ModelAggregate> baselines;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        ModelAggregate a = ModelAggregate::compute(it.value(), options.resamples, options.seed);
        (a.source == AnswerSource::Value::Baseline ? baselines : replays).append(a);
    }
    const auto byCost = [](const ModelAggregate &a, const ModelAggregate &b) {
        if (a.priced != b.priced)
            return a.priced; // unpriced models last
        return a.costPerRequest > b.costPerRequest || (a.costPerRequest == b.costPerRequest && a.model < b.model);
    };
    std::sort(replays.begin(), replays.end(), byCost);
    std::sort(baselines.begin(), baselines.end(), byCost);
    r.models = replays + baselines;

    // The paired baseline is the current model replayed under the same conditions. Its logged answers were
    // produced elsewhere (another time, target, sampling): they stay a reference and are never paired against.
    bool hasBase = false;
    for (ModelAggregate &a : r.models) {
        if (a.model == options.currentModel && a.source == AnswerSource::Value::Replay) {
            a.isCurrent = true;
            hasBase = true;
        }
    }
    std::stable_partition(r.models.begin(), r.models.end(), [](const ModelAggregate &a) { return a.isCurrent; });

    QList<ParetoPoint> points;
    QList<int> pointIndex;
    for (int i = 0; i < r.models.size(); ++i) {
        const ModelAggregate &a = r.models.at(i);
        // The frontier is of the models one could switch to under the same conditions; logged answers are a reference.
        if (a.source == AnswerSource::Value::Replay && a.quality.isValid() && a.successes > 0 && a.priced) {
            points.append({ a.costPerRequest, a.quality.estimate });
            pointIndex.append(i);
        }
    }
    for (int p : Statistics::paretoFrontier(points))
        r.models[pointIndex.at(p)].onParetoFrontier = true;

    if (hasBase) {
        const QString replay = AnswerSource::name(AnswerSource::Value::Replay);
        const QList<EvaluatorSample> base = groups.value(replay + u'\x1f' + options.currentModel);
        for (const ModelAggregate &a : std::as_const(r.models)) {
            if (a.source != AnswerSource::Value::Replay || a.isCurrent)
                continue;
            r.comparisons.append(ModelAggregateComparison::compute(base, groups.value(replay + u'\x1f' + a.model),
                                                                   options.resamples, options.seed));
        }
    }
    return r;
}

bool Evaluator::evaluate(const ProjectStore &store, const QList<qint64> &runIds, const Options &options,
                         EvaluatorReport *report, QString *error)
{
    PriceCatalog catalog;
    if (!CatalogStore(store).load(&catalog, error))
        return false;
    Options o = options;
    if (o.currentModel.isEmpty())
        o.currentModel = mostLoggedModel(store, runIds);
    QList<EvaluatorSample> samples;
    if (!loadSamples(store, catalog, runIds, o, &samples, error))
        return false;
    *report = Evaluator::report(samples, o);
    return true;
}

} // namespace ShadowOptic
