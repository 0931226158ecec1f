// SPDX-License-Identifier: MIT
#include "replayrunjob.h"

#include "costforecastjob.h"
#include "replay/replayengine.h"
#include "session.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"

#include <QSet>
#include <QtConcurrent>

namespace ShadowOptic {

struct ReplayRunJob::Planned
{
    QList<ReplayJob> jobs;
    QString error;
    int trimmed = 0; // chosen prompts left out so the engine's worst-case reservation lets the rest through
};

namespace {

/**
 * The sampler fills the budget with expected costs, but the engine admits a request only while what was spent plus
 * its worst case (prompt bound and max_tokens at catalog prices) fits. Keeping a prompt only while the expected
 * costs so far plus the largest worst-case excess fit lets the engine send every prompt kept, in order.
 */
QList<ReplayJob> fitWorstCase(const QList<ReplayJob> &jobs, const ForecastSample &sample, const PriceCatalog &catalog,
                              double budgetUsd, int *trimmed)
{
    QHash<QString, double> worst;
    for (const ReplayJob &job : jobs) {
        const ModelInfo *info = catalog.find(job.model);
        if (info)
            worst[job.logId]
                += info->costUsd(qMax<qint64>(job.promptTokenBound, job.body.size()), job.maxCompletionTokens);
    }
    QSet<QString> kept;
    double expected = 0.0;
    double excess = 0.0;
    for (qsizetype i = 0; i < sample.logIds.size(); ++i) {
        const QString &id = sample.logIds.at(i);
        const double e = sample.promptCostsUsd.value(i);
        const double w = qMax(e, worst.value(id));
        if (expected + e + qMax(excess, w - e) <= budgetUsd) {
            kept.insert(id);
            expected += e;
            excess = qMax(excess, w - e);
        }
    }
    *trimmed = int(sample.logIds.size() - kept.size());
    QList<ReplayJob> out;
    for (const ReplayJob &job : jobs)
        if (kept.contains(job.logId))
            out.append(job);
    return out;
}

} // namespace

ReplayRunJob::ReplayRunJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_engine(new ReplayEngine(this))
{
    connect(m_engine, &ReplayEngine::progressChanged, this, &ReplayRunJob::onEngineProgress);
    connect(m_engine, &ReplayEngine::resultReady, this, &ReplayRunJob::resultReady);
    connect(m_engine, &ReplayEngine::finished, this, &ReplayRunJob::onEngineFinished);
    connect(m_engine, &ReplayEngine::failed, this, &Job::warning);
}

ReplayRunJob::~ReplayRunJob()
{
    m_engine->cancel();
}

ReplayProgress ReplayRunJob::result() const
{
    return m_engine->progress();
}

bool ReplayRunJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project before replaying.");
        return false;
    }
    if (m_request.resumeRunId <= 0 && m_request.models.isEmpty()) {
        *error = tr("Choose at least one candidate model to replay.");
        return false;
    }
    if (!session()->resolveTarget(&m_target, error))
        return false;

    if (m_request.resumeRunId > 0) {
        m_engineRunning = true;
        if (!m_engine->resume(project, m_request.resumeRunId, m_target, m_request.options, error)) {
            m_engineRunning = false;
            *error = tr("Run %1 could not be resumed: %2").arg(m_request.resumeRunId).arg(*error);
            return false;
        }
        if (isRunning())
            emit runStarted(m_engine->progress().runId);
        return true;
    }
    if (m_request.sampleForBudget && m_request.options.budgetUsd <= 0) {
        *error = tr("Choosing the sample for a budget needs a budget.");
        return false;
    }
    reportProgress(0, m_request.sampleForBudget ? tr("Choosing the sample for the budget…") : tr("Planning…"));
    const QStringList models = m_request.models;
    ReplaySampleSpec sample = m_request.sample;
    CostForecastJob::Request forecast;
    forecast.models = models;
    forecast.budgetUsd = m_request.sampleForBudget ? m_request.options.budgetUsd : 0.0;
    forecast.sampleSize = qMax(0, sample.size);
    forecast.seed = sample.seed;
    forecast.p90 = m_request.sampleAtP90;
    const QStringList served = session()->servedModels();
    whenReady(QtConcurrent::run([project, models, sample, forecast, served]() mutable {
                  Planned out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (store && forecast.budgetUsd > 0) {
                      ForecastReport report;
                      if (!CostForecastJob::forecast(*store, forecast, served, {}, {}, &report, &out.error))
                          return out;
                      if (report.sample.logIds.isEmpty()) {
                          out.error = tr("The budget of $%1 buys no prompt: %2")
                                          .arg(forecast.budgetUsd, 0, 'f', 2)
                                          .arg(report.sample.reason);
                          return out;
                      }
                      sample.logIds = report.sample.logIds;
                      PriceCatalog catalog;
                      if (!CatalogStore(*store).load(&catalog, &out.error)
                          || !ReplayPlanner::plan(*store, catalog, models, sample, &out.jobs, &out.error))
                          return out;
                      out.jobs = fitWorstCase(out.jobs, report.sample, catalog, forecast.budgetUsd, &out.trimmed);
                      if (out.jobs.isEmpty())
                          out.error = tr("The budget of $%1 is below the worst case of any chosen prompt (its prompt "
                                         "and max_tokens at catalog prices): raise it.")
                                          .arg(forecast.budgetUsd, 0, 'f', 2);
                      return out;
                  }
                  PriceCatalog catalog;
                  if (store && CatalogStore(*store).load(&catalog, &out.error))
                      ReplayPlanner::plan(*store, catalog, models, sample, &out.jobs, &out.error);
                  return out;
              }),
              [this](const Planned &planned) { onPlanned(planned); });
    return true;
}

void ReplayRunJob::onPlanned(const Planned &planned)
{
    if (planned.trimmed > 0)
        emit warning(tr("%n chosen prompt(s) left out so that the run's worst-case reservation (prompt and max_tokens "
                        "at catalog prices) stays within the budget.",
                        nullptr, planned.trimmed));
    if (planned.jobs.isEmpty()) {
        complete(State::Failed,
                 planned.error.isEmpty() ? tr("Nothing to replay: the sample is empty.") : planned.error);
        return;
    }
    QString error;
    // Marked before start(): a run that finishes at once (all cache hits) reports finished inside start().
    m_engineRunning = true;
    if (!m_engine->start(session()->projectPath(), m_target, m_request.options, planned.jobs, &error)) {
        m_engineRunning = false;
        complete(State::Failed, tr("The replay could not start: %1").arg(error));
        return;
    }
    if (isRunning())
        emit runStarted(m_engine->progress().runId);
}

void ReplayRunJob::onEngineProgress(const ReplayProgress &progress)
{
    emit replayProgress(progress);
    const QString eta = progress.done > 0 && progress.total > progress.done
        ? tr("ETA %1 s").arg(progress.etaMs() / 1000)
        : tr("ETA unknown");
    reportProgress(progress.total > 0 ? int(1000 * progress.done / progress.total) : 0,
                   tr("%1/%2 done, %3, $%4 spent, %5")
                       .arg(progress.done)
                       .arg(progress.total)
                       .arg(progress.inFlightText())
                       .arg(progress.spentUsd, 0, 'f', 4)
                       .arg(eta));
}

void ReplayRunJob::onEngineFinished(const ReplayProgress &progress)
{
    m_engineRunning = false;
    emit replayProgress(progress);
    if (progress.status == RunStatus::Value::Cancelled)
        complete(State::Cancelled);
    else if (progress.status == RunStatus::Value::Failed)
        complete(State::Failed, tr("Run %1 failed: no request got a usable answer.").arg(progress.runId));
    else
        complete(State::Succeeded);
}

void ReplayRunJob::abort()
{
    if (m_engineRunning)
        m_engine->cancel(); // finished(cancelled) follows
    else
        complete(State::Cancelled);
}

} // namespace ShadowOptic
