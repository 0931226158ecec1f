// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "catalog/pricecatalog.h"
#include "replayreuse.h"
#include "stats/statistics.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QLatin1Char(','));
}

bool judgeCounts(const QSqlQuery &q, int judgeOkCol, int rubricCol, int judgeModelCol,
                 const Evaluator::Options &o)
{
    if (q.value(judgeOkCol).isNull())
        return false;
    if (!o.rubricVersion.isEmpty() && q.value(rubricCol).toString() != o.rubricVersion)
        return false;
    return o.judgeModel.isEmpty() || q.value(judgeModelCol).toString() == o.judgeModel;
}

void readJudge(const QSqlQuery &q, int first, const Evaluator::Options &o, EvaluatorSample *s)
{
    // first: judge_ok, accuracy, helpfulness, clarity, completeness, overall, rubric_version, judge_model
    if (!judgeCounts(q, first, first + 6, first + 7, o))
        return;
    if (q.value(first).toInt() == 1) {
        s->judged = true;
        s->quality = (q.value(first + 1).toDouble() + q.value(first + 2).toDouble() + q.value(first + 3).toDouble()
                      + q.value(first + 4).toDouble())
            / 4.0;
        s->overall = q.value(first + 5).toDouble();
    } else {
        s->judgeFailed = true;
    }
}

} // namespace

QList<qint64> Evaluator::replayRuns(const ProjectStore &store)
{
    QList<qint64> out;
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT r.id FROM replay_runs r WHERE EXISTS (SELECT 1 FROM replay_items i WHERE "
                              "i.run_id = r.id AND i.role = 'replay') ORDER BY r.id DESC")))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

QString Evaluator::mostLoggedModel(const ProjectStore &store, const QList<qint64> &runIds)
{
    QSqlQuery q(store.database());
    if (q.exec(QStringLiteral("SELECT l.model, COUNT(*) AS n FROM logs l WHERE l.log_id IN (SELECT log_id FROM "
                              "replay_items WHERE role = 'replay' AND run_id IN (%1)) GROUP BY l.model ORDER BY n DESC, "
                              "l.model LIMIT 1")
                   .arg(idList(runIds)))
        && q.next())
        return q.value(0).toString();
    return QString();
}

bool Evaluator::loadSamples(const ProjectStore &store, const PriceCatalog &catalog, const QList<qint64> &runIds,
                            const Options &options, QList<EvaluatorSample> *samples, QString *error)
{
    if (runIds.isEmpty())
        return true;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.run_id, c.log_id, c.model, c.ok, c.status_code, c.prompt_tokens, c.completion_tokens, c.cost_usd, "
            "CASE WHEN c.cache_hit = 1 THEN (SELECT c2.latency_ms FROM completions c2 WHERE c2.log_id = c.log_id AND "
            "c2.model = c.model AND c2.role = 'replay' AND c2.ok = 1 AND c2.cache_hit = 0 ORDER BY c2.id DESC LIMIT 1) "
            "ELSE c.latency_ms END, c.cache_hit, e.refusal_kind, e.refusal_type, l.use_case, e.judge_ok, e.accuracy, "
            "e.helpfulness, e.clarity, e.completeness, e.overall, e.rubric_version, e.judge_model FROM completions c "
            "LEFT JOIN evaluations e ON e.run_id = c.run_id AND e.log_id = c.log_id AND e.model = c.model AND "
            "e.source = 'replay' LEFT JOIN logs l ON l.log_id = c.log_id WHERE c.role = 'replay' AND c.run_id IN (%1) "
            "ORDER BY c.run_id, c.id")
                    .arg(idList(runIds)))) {
        *error = q.lastError().text();
        return false;
    }
    // A prompt replayed on the same model in several runs counts once: the latest run wins.
    QHash<QString, qsizetype> seen;
    const auto add = [&](const EvaluatorSample &s) {
        const QString k = s.source + u'\x1f' + s.model + u'\x1f' + s.logId;
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
    while (q.next()) {
        EvaluatorSample s;
        s.runId = q.value(0).toLongLong();
        s.logId = q.value(1).toString();
        s.model = q.value(2).toString();
        if (picked && options.picks.value(ReplayReuse::key(s.model, s.logId)) != s.runId)
            continue;
        s.success = q.value(3).toInt() != 0;
        s.error = !s.success;
        s.statusCode = q.value(4).toInt();
        s.promptTokens = q.value(5).toLongLong();
        s.completionTokens = q.value(6).toLongLong();
        s.spentUsd = q.value(7).toDouble();
        s.cacheHit = q.value(9).toInt() != 0;
        // A cache hit reports the latency measured when the answer was cached, if that replay is still stored.
        s.latencyMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        const ModelInfo *m = catalog.find(s.model);
        s.costUsd = m ? m->costUsd(s.promptTokens, s.completionTokens) : s.spentUsd;
        s.refusalKind = q.value(10).toString();
        s.refusalType = q.value(11).toString();
        if (s.statusCode == 446 && s.refusalKind.isEmpty()) {
            s.refusalKind = QStringLiteral("full");
            s.refusalType = QStringLiteral("POLICY");
        }
        s.useCase = q.value(12).toString();
        readJudge(q, 13, options, &s);
        add(s);
    }
    if (!options.includeBaselines)
        return true;
    QSqlQuery b(store.database());
    b.setForwardOnly(true);
    if (!b.exec(QStringLiteral(
            "SELECT e.run_id, e.log_id, e.model, l.is_success, l.status_code, l.prompt_tokens, l.completion_tokens, "
            "l.cost_usd, l.latency_ms, 0, e.refusal_kind, e.refusal_type, l.use_case, e.judge_ok, e.accuracy, "
            "e.helpfulness, e.clarity, e.completeness, e.overall, e.rubric_version, e.judge_model FROM evaluations e "
            "JOIN logs l ON l.log_id = e.log_id WHERE e.source = 'baseline' AND e.run_id IN (%1) ORDER BY e.run_id, e.id")
                    .arg(idList(runIds)))) {
        *error = b.lastError().text();
        return false;
    }
    while (b.next()) {
        EvaluatorSample s;
        s.source = QStringLiteral("baseline");
        s.runId = b.value(0).toLongLong();
        s.logId = b.value(1).toString();
        s.model = b.value(2).toString();
        if (picked && !pickedLogs.contains(s.logId))
            continue;
        s.success = b.value(3).isNull() || b.value(3).toInt() != 0;
        s.error = !s.success;
        s.statusCode = b.value(4).toInt();
        s.promptTokens = b.value(5).toLongLong();
        s.completionTokens = b.value(6).toLongLong();
        s.spentUsd = 0.0; // already paid in production
        s.latencyMs = b.value(8).isNull() ? -1 : b.value(8).toLongLong();
        const ModelInfo *m = catalog.find(s.model);
        s.costUsd = m ? m->costUsd(s.promptTokens, s.completionTokens) : b.value(7).toDouble();
        s.refusalKind = b.value(10).toString();
        s.refusalType = b.value(11).toString();
        s.useCase = b.value(12).toString();
        readJudge(b, 13, options, &s);
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
        groups[s.source + u'\x1f' + s.model].append(s);
        if (!runs.contains(s.runId))
            runs.append(s.runId);
    }
    r.runIds = runs;
    QList<ModelAggregate> replays;
    QList<ModelAggregate> baselines;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        ModelAggregate a = ModelAggregate::compute(it.value(), options.resamples, options.seed);
        (a.source == QLatin1String("baseline") ? baselines : replays).append(a);
    }
    const auto byCost = [](const ModelAggregate &a, const ModelAggregate &b) {
        return a.costPerRequest > b.costPerRequest || (a.costPerRequest == b.costPerRequest && a.model < b.model);
    };
    std::sort(replays.begin(), replays.end(), byCost);
    std::sort(baselines.begin(), baselines.end(), byCost);
    r.models = replays + baselines;

    // The paired baseline is the current model replayed under the same conditions. Its logged answers were
    // produced elsewhere (another time, target, sampling): they stay a reference and are never paired against.
    QString baseSource;
    for (ModelAggregate &a : r.models) {
        if (a.model == options.currentModel && a.source == QLatin1String("replay")) {
            a.isCurrent = true;
            baseSource = a.source;
        }
    }
    std::stable_partition(r.models.begin(), r.models.end(), [](const ModelAggregate &a) { return a.isCurrent; });

    QList<ParetoPoint> points;
    QList<int> pointIndex;
    for (int i = 0; i < r.models.size(); ++i) {
        const ModelAggregate &a = r.models.at(i);
        // The frontier is of the models one could switch to under the same conditions; logged answers are a reference.
        if (a.source == QLatin1String("replay") && a.quality.isValid() && a.successes > 0) {
            points.append({ a.costPerRequest, a.quality.estimate });
            pointIndex.append(i);
        }
    }
    for (int p : Statistics::paretoFrontier(points))
        r.models[pointIndex.at(p)].onParetoFrontier = true;

    if (!baseSource.isEmpty()) {
        const QList<EvaluatorSample> base = groups.value(baseSource + u'\x1f' + options.currentModel);
        for (const ModelAggregate &a : std::as_const(r.models)) {
            if (a.source != QLatin1String("replay") || a.isCurrent)
                continue;
            r.comparisons.append(ModelAggregateComparison::compute(
                base, groups.value(a.source + u'\x1f' + a.model), options.resamples, options.seed));
        }
    }
    return r;
}

bool Evaluator::evaluate(const ProjectStore &store, const QList<qint64> &runIds, const Options &options,
                         EvaluatorReport *report, QString *error)
{
    PriceCatalog catalog;
    if (!store.loadCatalog(&catalog, error))
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
