// SPDX-License-Identifier: MIT
#include "runsjob.h"

#include "eval/evaluator.h"
#include "eval/judgerubric.h"
#include "eval/runevaluator.h"
#include "recommend/userprofile.h"
#include "session.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/runstore.h"
#include "store/threadstore.h"

#include <QtConcurrent>

namespace ShadowOptic {

namespace {

struct Outcome
{
    RunsJob::Result result;
    QString error;
};

// A run's own replays only: the baseline another run lent its evaluation would make two runs look alike.
bool ownReport(const ProjectStore &store, qint64 runId, EvaluatorReport *report, QString *error)
{
    Evaluator::Options o;
    o.includeBaselines = false;
    o.rubricVersion = JudgeRubric().version();
    return Evaluator::evaluate(store, { runId }, o, report, error);
}

// Other replay runs whose evaluation takes the current model's answers from runId (RunEvaluator's picks).
void addReuse(ProjectStore &store, qint64 runId, RunFootprint *f)
{
    UserProfile profile;
    QString current;
    if (ProfileStore(store).load(profile.name, &profile))
        current = profile.currentModel;
    for (qint64 other : Evaluator::replayRuns(store)) {
        if (other == runId)
            continue;
        RunEvaluator::Plan plan;
        QString error;
        if (!RunEvaluator::plan(store, other, current, QString(), QString(), &plan, &error))
            continue;
        qint64 n = 0;
        for (auto it = plan.picks.cbegin(); it != plan.picks.cend(); ++it)
            n += it.value() == runId ? 1 : 0;
        if (n > 0) {
            f->reusedBy.append(other);
            f->reusedAnswers += n;
        }
    }
}

} // namespace

RunsJob::RunsJob(Session *session, QObject *parent)
    : Job(session, parent)
{
    qRegisterMetaType<Result>();
}

QString RunsJob::nameError(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() > MaxNameLength)
        return tr("A run name has at most %1 characters (this one has %2).").arg(MaxNameLength).arg(n.size());
    for (const QChar c : n)
        if (c.category() == QChar::Other_Control)
            return tr("A run name is one line of text without control characters.");
    return {};
}

bool RunsJob::execute(const QString &projectPath, const Request &request, Result *result, QString *error)
{
    ProjectStore *project = ThreadStore::get(projectPath, error);
    if (!project)
        return false;
    const RunStore store(*project);
    Result out;
    switch (request.action) {
    case Action::List:
        break;
    case Action::Rename: {
        if (const QString why = nameError(request.name); !why.isEmpty()) {
            *error = why;
            return false;
        }
        const QString name = request.name.trimmed();
        RunSummary before;
        if (!store.find(request.runId, &before, error) || !store.rename(request.runId, name, error)
            || !store.find(request.runId, &out.run, error))
            return false;
        out.message = name.isEmpty() ? tr("%1 has no name any more (was “%2”).").arg(out.run.displayName(), before.name)
                                     : tr("%1 is now called “%2”.").arg(before.label(), name);
        break;
    }
    case Action::Footprint:
    case Action::Delete: {
        if (!store.find(request.runId, &out.run, error) || !store.footprint(request.runId, &out.footprint, error))
            return false;
        if (!out.run.isJudgePass())
            addReuse(*project, request.runId, &out.footprint);
        if (request.action == Action::Footprint)
            break;
        RunFootprint removed;
        if (!store.remove(request.runId, &removed, error))
            return false;
        removed.reusedBy = out.footprint.reusedBy;
        removed.reusedAnswers = out.footprint.reusedAnswers;
        out.footprint = removed;
        out.message = tr("Deleted %1 with %2.").arg(out.run.label(), removed.removedText());
        for (const QString &t : removed.referenceTexts())
            out.message += QLatin1Char(' ') + t;
        break;
    }
    case Action::Compare: {
        if (request.runId == request.otherRunId) {
            *error = tr("Compare two different runs (both are run %1).").arg(request.runId);
            return false;
        }
        RunSummary a, b;
        if (!store.find(request.runId, &a, error) || !store.find(request.otherRunId, &b, error))
            return false;
        for (const RunSummary *s : { &a, &b })
            if (s->isJudgePass()) {
                *error = tr("%1 is a pass of judge calls, not a replay: compare two replay runs.").arg(s->label());
                return false;
            }
        EvaluatorReport ra, rb;
        if (!ownReport(*project, a.id(), &ra, error) || !ownReport(*project, b.id(), &rb, error))
            return false;
        out.comparison = RunComparison::compute(a, ra, b, rb);
        out.message = tr("%1 against %2").arg(b.label(), a.label());
        *result = out;
        return true;
    }
    }
    if (!store.list(&out.runs, error))
        return false;
    *result = out;
    return true;
}

bool RunsJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    const Request request = m_request;
    if (request.action != Action::List && request.runId <= 0) {
        *error = tr("Choose a run.");
        return false;
    }
    if (request.action == Action::Compare && request.otherRunId <= 0) {
        *error = tr("Choose two runs to compare.");
        return false;
    }
    if (request.action == Action::Rename) {
        if (const QString why = nameError(request.name); !why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    reportProgress(0, request.action == Action::Compare ? tr("Comparing the runs…") : tr("Reading the runs…"));
    whenReady(QtConcurrent::run([project, request] {
                  Outcome out;
                  if (!execute(project, request, &out.result, &out.error) && out.error.isEmpty())
                      out.error = tr("The run history could not be read.");
                  return out;
              }),
              [this](const Outcome &out) {
                  if (!out.error.isEmpty()) {
                      complete(State::Failed, out.error);
                      return;
                  }
                  m_result = out.result;
                  complete(State::Succeeded);
              });
    return true;
}

void RunsJob::abort()
{
    complete(State::Cancelled);
}

} // namespace ShadowOptic
