// SPDX-License-Identifier: MIT
#include "rolloutcontroller.h"

#include <QProcessEnvironment>

namespace ShadowOptic {

namespace {

RolloutEvent eventOf(const RolloutExperiment &e, RolloutEvent::Action action, qint64 nowMs, const QString &actor,
                     const QString &from, const QString &reason, const QJsonObject &metrics)
{
    RolloutEvent ev;
    ev.experimentId = e.id;
    ev.atMs = nowMs;
    ev.actor = actor;
    ev.fromStage = from;
    ev.toStage = e.stageName();
    ev.action = action;
    ev.reason = reason;
    ev.metrics = metrics;
    return ev;
}

} // namespace

bool RolloutController::create(RolloutExperiment *experiment, RolloutEvent *event, qint64 nowMs, const QString &actor,
                               QString *error)
{
    RolloutExperiment &e = *experiment;
    e.productionModel = e.productionModel.trimmed();
    e.challengerModel = e.challengerModel.trimmed();
    if (e.productionModel.isEmpty() || e.challengerModel.isEmpty()) {
        *error = tr("Name the production model and the challenger.");
        return false;
    }
    if (e.productionModel == e.challengerModel) {
        *error = tr("The challenger must differ from the production model (%1).").arg(e.productionModel);
        return false;
    }
    const QString planError = e.plan.validationError();
    if (!planError.isEmpty()) {
        *error = planError;
        return false;
    }
    if (e.name.trimmed().isEmpty())
        e.name = e.challengerModel + QStringLiteral("-vs-") + e.productionModel;
    e.name = e.name.trimmed();
    e.createdAtMs = nowMs;
    e.stageIndex = 0;
    e.stageStartedAtMs = nowMs;
    e.killed = false;
    e.status = RolloutExperiment::Status::Active;
    *event = eventOf(e, RolloutEvent::Action::Created, nowMs, actor, QString(),
                     tr("%1 challenges %2.").arg(e.challengerModel, e.productionModel), e.toJson());
    return true;
}

bool RolloutController::promote(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check,
                                qint64 nowMs, const QString &actor, const QString &reason, bool automatic,
                                QString *error)
{
    RolloutExperiment &e = *experiment;
    if (e.status != RolloutExperiment::Status::Active) {
        *error = tr("Experiment %1 is no longer active.").arg(e.name);
        return false;
    }
    if (e.isAtFull()) {
        *error = tr("%1 already takes all traffic.").arg(e.challengerModel);
        return false;
    }
    if (check.stage != e.stageName() || !check.canPromote) {
        *error = check.summary.isEmpty() ? tr("The promotion check does not pass.") : check.summary;
        return false;
    }
    const QString from = e.stageName();
    ++e.stageIndex;
    e.stageStartedAtMs = nowMs;
    e.killed = false;
    *event = eventOf(e, automatic ? RolloutEvent::Action::AutoPromote : RolloutEvent::Action::Promote, nowMs, actor,
                     from, reason.isEmpty() ? check.summary : reason, check.toJson());
    return true;
}

bool RolloutController::rollback(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check,
                                 qint64 nowMs, const QString &actor, const QString &reason, bool automatic,
                                 QString *error)
{
    RolloutExperiment &e = *experiment;
    if (reason.trimmed().isEmpty()) {
        *error = tr("Say why you roll back: the reason goes into the audit log.");
        return false;
    }
    if (e.status != RolloutExperiment::Status::Active) {
        *error = tr("Experiment %1 is no longer active.").arg(e.name);
        return false;
    }
    const QString from = e.stageName();
    e.stageIndex = 0;
    e.stageStartedAtMs = nowMs;
    e.killed = false;
    *event = eventOf(e, automatic ? RolloutEvent::Action::AutoRollback : RolloutEvent::Action::Rollback, nowMs, actor,
                     from, reason.trimmed(), check.toJson());
    return true;
}

bool RolloutController::kill(RolloutExperiment *experiment, RolloutEvent *event, const RolloutCheck &check,
                             qint64 nowMs, const QString &actor, const QString &reason, QString *error)
{
    RolloutExperiment &e = *experiment;
    if (e.status != RolloutExperiment::Status::Active) {
        *error = tr("Experiment %1 is no longer active.").arg(e.name);
        return false;
    }
    e.killed = true;
    *event = eventOf(e, RolloutEvent::Action::Kill, nowMs, actor, e.stageName(),
                     reason.trimmed().isEmpty() ? tr("Kill switch pulled.") : reason.trimmed(), check.toJson());
    return true;
}

RolloutEvent RolloutController::checked(const RolloutExperiment &experiment, const RolloutCheck &check,
                                        const QString &actor)
{
    return eventOf(experiment, RolloutEvent::Action::Check, check.atMs, actor, experiment.stageName(), check.summary,
                   check.toJson());
}

QString RolloutController::currentActor()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

} // namespace ShadowOptic
