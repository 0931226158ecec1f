// SPDX-License-Identifier: MIT
#include "replayrunjob.h"

#include "replay/replayengine.h"
#include "session.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"

#include <QtConcurrent>

namespace ShadowOptic {

struct ReplayRunJob::Planned
{
    QList<ReplayJob> jobs;
    QString error;
};

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
    reportProgress(0, tr("Planning…"));
    const QStringList models = m_request.models;
    const ReplaySampleSpec sample = m_request.sample;
    whenReady(QtConcurrent::run([project, models, sample] {
                  Planned out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
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
