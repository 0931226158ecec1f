// SPDX-License-Identifier: MIT
#include "evaluationjob.h"

#include "eval/evaluator.h"
#include "eval/judgerubric.h"
#include "eval/runevaluator.h"
#include "session.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"

#include <QtConcurrent>

namespace ShadowOptic {

struct EvaluationJob::Chosen
{
    qint64 runId = 0;
    QString currentModel; // as requested or the profile's (may be empty: the most logged of the run)
    EvaluatorReport report; // read only
    QString error;
};

EvaluationJob::EvaluationJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_evaluator(new RunEvaluator(this))
{
    connect(m_evaluator, &RunEvaluator::progressChanged, this, &EvaluationJob::reportProgress);
    connect(m_evaluator, &RunEvaluator::failed, this, [this](const QString &text) {
        if (m_failure.isEmpty())
            m_failure = text;
        emit warning(text);
    });
    connect(m_evaluator, &RunEvaluator::finished, this, &EvaluationJob::onEvaluated);
}

EvaluationJob::~EvaluationJob()
{
    m_evaluator->cancel();
}

bool EvaluationJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    if (m_request.runId < 0) {
        *error = tr("The run id must be positive.");
        return false;
    }
    m_result = Result();
    m_failure.clear();
    const Request request = m_request;
    const QString judgeModel = session()->judgeModel();
    reportProgress(0, request.judge ? tr("Collecting answers to judge…") : tr("Reading the evaluation…"));
    whenReady(QtConcurrent::run([project, request, judgeModel] {
                  Chosen out;
                  ProjectStore *store = ThreadStore::get(project, &out.error);
                  if (!store)
                      return out;
                  out.currentModel = request.currentModel;
                  if (out.currentModel.isEmpty()) {
                      UserProfile profile;
                      if (ProfileStore(*store).load(profile.name, &profile))
                          out.currentModel = profile.currentModel;
                  }
                  out.runId = request.runId > 0 ? request.runId : RunEvaluator::latestRun(*store, out.currentModel);
                  if (out.runId == 0) {
                      if (request.judge)
                          out.error = tr("The project has no replay runs yet: replay a sample first.");
                      return out;
                  }
                  if (request.judge) {
                      // Fails here, before any target is started, when the run does not exist.
                      RunEvaluator::Plan plan;
                      RunEvaluator::plan(*store, out.runId, out.currentModel, QString(), QString(), &plan, &out.error);
                  } else {
                      RunEvaluator::load(*store, out.runId, out.currentModel, judgeModel, &out.report, &out.error);
                  }
                  return out;
              }),
              [this](const Chosen &chosen) { onChosen(chosen); });
    return true;
}

void EvaluationJob::onChosen(const Chosen &chosen)
{
    if (!chosen.error.isEmpty()) {
        complete(State::Failed, chosen.error);
        return;
    }
    m_result.runId = chosen.runId;
    m_result.currentModel = chosen.currentModel;
    if (!m_request.judge || chosen.runId == 0) {
        m_result.report = chosen.report;
        if (const ModelAggregate *current = chosen.report.current())
            m_result.currentModel = current->model;
        complete(State::Succeeded);
        return;
    }
    ReplayTarget target;
    QString error;
    if (!session()->resolveTarget(&target, &error)) {
        complete(State::Failed, error);
        return;
    }
    RunEvaluator::Options o;
    o.currentModel = chosen.currentModel;
    o.judgeModel = session()->judgeModel();
    o.includeLogged = m_request.includeLogged;
    o.rescore = m_request.rescore;
    o.replay.budgetUsd = m_request.budgetUsd;
    o.replay.concurrency = qBound(1, m_request.concurrency, ReplayOptions::MaxConcurrency);
    if (!m_evaluator->start(session()->projectPath(), chosen.runId, target, o, &error))
        complete(State::Failed, tr("The evaluation could not start: %1").arg(error));
}

void EvaluationJob::onEvaluated()
{
    m_result.report = m_evaluator->report();
    m_result.judge = m_evaluator->judgeSummary();
    m_result.currentModel = m_evaluator->currentModel();
    m_result.baselineReplayed = m_evaluator->baselineReplayed();
    m_result.baselineReused = m_evaluator->baselineReused();
    m_result.spentUsd = m_evaluator->spentUsd();
    if (isCancelRequested() || m_result.judge.status == JudgeStatus::Value::Cancelled) {
        complete(State::Cancelled);
        return;
    }
    if (!m_failure.isEmpty()) {
        complete(State::Failed, m_failure);
        return;
    }
    if (m_result.report.runIds.isEmpty() || m_result.judge.status == JudgeStatus::Value::Failed) {
        complete(State::Failed,
                 m_result.judge.status == JudgeStatus::Value::Failed
                     ? tr("The judge gave no usable answer: %1").arg(m_result.judge.toText().trimmed())
                     : tr("The evaluation of run %1 failed.").arg(m_result.runId));
        return;
    }
    complete(State::Succeeded);
}

void EvaluationJob::abort()
{
    if (m_evaluator->isRunning())
        m_evaluator->cancel(); // finished() follows
    else
        complete(State::Cancelled);
}

} // namespace ShadowOptic
