// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "rollout/rolloutstatus.h"

namespace ShadowOptic {

/**
 * Every move of a staged rollout, the same for the Rollout panel and `shadow-optic rollout`: read the status,
 * create an experiment, check it (appended to the audit log; in automatic mode the check also promotes when it
 * passes and rolls back on a hard failure), promote, roll back, pull the kill switch, switch the automatic mode,
 * edit the stage table. Runs on the pool with its own connection; the result is the status after the action.
 *
 * "Now" is the wall clock unless set: replaying a rollout over historical logs (and tests) act at a given time.
 */
class RolloutJob : public Job
{
    Q_OBJECT
public:
    enum class Action { Status, Create, Check, Promote, Rollback, Kill, SetAutomatic, EditPlan };

    struct Request
    {
        Action action = Action::Status;
        QString experiment; // name or id; empty = the newest active one
        RolloutExperiment newExperiment; // Create: models, name, plan, automatic
        QString reason;
        bool automatic = false; // SetAutomatic
        RolloutPlan plan; // EditPlan
        qint64 nowMs = 0; // 0 = wall clock
        QString actor; // empty = the OS user
    };

    explicit RolloutJob(Session *session, QObject *parent = nullptr);

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const RolloutStatus &result() const { return m_result; }

    /** The work itself, on the calling thread (the pool, or a command that owns its store). */
    static bool execute(const QString &projectPath, const Request &request, RolloutStatus *status, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    RolloutStatus m_result;
};

} // namespace ShadowOptic
