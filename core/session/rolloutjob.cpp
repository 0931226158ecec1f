// SPDX-License-Identifier: MIT
#include "rolloutjob.h"

#include "rollout/rolloutchecker.h"
#include "rollout/rolloutcontroller.h"
#include "session.h"
#include "store/projectstore.h"
#include "store/rolloutstore.h"
#include "store/threadstore.h"

#include <QDateTime>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

struct Outcome
{
    RolloutStatus status;
    QString error;
};

bool checkOf(const RolloutStore &store, const RolloutExperiment &e, qint64 now, RolloutCheck *check, QString *error)
{
    RolloutLiveMetrics metrics;
    if (!store.liveMetrics(e, e.stageStartedAtMs, now, &metrics, error))
        return false;
    *check = RolloutChecker::check(e, metrics, now);
    return true;
}

} // namespace

RolloutJob::RolloutJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

bool RolloutJob::execute(const QString &projectPath, const Request &request, RolloutStatus *status, QString *error)
{
    ProjectStore *project = ThreadStore::get(projectPath, error);
    if (!project)
        return false;
    const RolloutStore store(*project);
    const qint64 now = request.nowMs > 0 ? request.nowMs : QDateTime::currentMSecsSinceEpoch();
    const QString actor = request.actor.isEmpty() ? RolloutController::currentActor() : request.actor;
    RolloutStatus out;
    RolloutExperiment e;

    if (request.action == Action::Create) {
        e = request.newExperiment;
        RolloutEvent created;
        if (!RolloutController::create(&e, &created, now, actor, error) || !store.create(&e, created, error))
            return false;
        out.message
            = tr("Experiment %1 created: %2 in shadow against %3.").arg(e.name, e.challengerModel, e.productionModel);
    } else if (!store.find(request.experiment, &e, error)) {
        if (request.action != Action::Status || !request.experiment.isEmpty())
            return false;
        error->clear(); // no experiment yet is a status too
        if (!store.experiments(&out.experiments, error))
            return false;
        *status = out;
        return true;
    }

    RolloutCheck check;
    if (!checkOf(store, e, now, &check, error))
        return false;

    auto move = [&](bool ok, const RolloutEvent &event, const QString &message) {
        if (!ok || !store.apply(e, event, error))
            return false;
        out.message = message;
        return checkOf(store, e, now, &check, error);
    };
    RolloutEvent event;
    switch (request.action) {
    case Action::Status:
    case Action::Create:
        break;
    case Action::Check: {
        if (!store.append(RolloutController::checked(e, check, actor), error))
            return false;
        out.message = check.summary;
        if (e.automatic && check.canPromote) {
            const QString from = e.stage().displayName();
            if (!move(RolloutController::promote(&e, &event, check, now, QStringLiteral("automatic"), QString(), true,
                                                 error),
                      event, tr("Promoted automatically from %1 to %2.").arg(from, e.stage().displayName())))
                return false;
        } else if (e.automatic && check.hardFailure && e.stageIndex > 0) {
            if (!move(RolloutController::rollback(&e, &event, check, now, QStringLiteral("automatic"), check.summary,
                                                  true, error),
                      event, tr("Rolled back automatically to shadow: %1").arg(check.summary)))
                return false;
        }
        break;
    }
    case Action::Promote: {
        const QString from = e.stage().displayName();
        if (!RolloutController::promote(&e, &event, check, now, actor, request.reason, false, error))
            return false;
        if (!move(true, event, tr("Promoted from %1 to %2.").arg(from, e.stage().displayName())))
            return false;
        break;
    }
    case Action::Rollback: {
        const QString from = e.stage().displayName();
        if (!RolloutController::rollback(&e, &event, check, now, actor, request.reason, false, error))
            return false;
        if (!move(true, event, tr("Rolled back from %1 to shadow.").arg(from)))
            return false;
        break;
    }
    case Action::Kill:
        if (!RolloutController::kill(&e, &event, check, now, actor, request.reason, error))
            return false;
        if (!move(true, event, tr("Kill switch pulled: %1 gets no traffic.").arg(e.challengerModel)))
            return false;
        break;
    case Action::SetAutomatic: {
        e.automatic = request.automatic;
        RolloutEvent ev = RolloutController::checked(e, check, actor);
        ev.reason = e.automatic ? tr("Automatic mode on.") : tr("Automatic mode off.");
        if (!move(true, ev, ev.reason))
            return false;
        break;
    }
    case Action::EditPlan: {
        const QString why = request.plan.validationError();
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
        const int index = request.plan.indexOf(e.stageName());
        if (index < 0) {
            *error = tr("The edited stage table has no stage %1, where the experiment stands.").arg(e.stageName());
            return false;
        }
        e.plan = request.plan;
        e.stageIndex = index;
        RolloutEvent ev = RolloutController::checked(e, check, actor);
        ev.reason = tr("Stage table edited.");
        if (!move(true, ev, ev.reason))
            return false;
        break;
    }
    }

    if (!store.experiments(&out.experiments, error) || !store.events(e.id, &out.events, error))
        return false;
    out.hasExperiment = true;
    out.experiment = e;
    out.check = check;
    out.trafficPerHour = store.trafficPerHour(e.productionModel);
    *status = out;
    return true;
}

bool RolloutJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    const Request request = m_request;
    reportProgress(0, tr("Reading the rollout…"));
    whenReady(QtConcurrent::run([project, request] {
                  Outcome out;
                  if (!execute(project, request, &out.status, &out.error) && out.error.isEmpty())
                      out.error = tr("The rollout action failed.");
                  return out;
              }),
              [this](const Outcome &out) {
                  if (!out.error.isEmpty()) {
                      complete(State::Failed, out.error);
                      return;
                  }
                  m_result = out.status;
                  reportProgress(1000, out.status.message);
                  complete(State::Succeeded);
              });
    return true;
}

void RolloutJob::abort()
{
    complete(State::Cancelled);
}

} // namespace ShadowOptic
