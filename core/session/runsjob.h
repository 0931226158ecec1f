// SPDX-License-Identifier: MIT
#pragma once

#include "eval/runcomparison.h"
#include "job.h"
#include "replay/runfootprint.h"
#include "replay/runsummary.h"

namespace ShadowOptic {

/**
 * The run history of the session's project, the same for the Runs panel, the Trade-off panel's run picker and
 * `shadow-optic runs`: list the runs, rename one, say what deleting one would remove and what else refers to it,
 * delete it (its answers, plan and grades in one transaction; never a run that is still running), and compare two
 * replay runs model by model. Runs on the pool with its own connection; every action but Compare ends with the
 * fresh list.
 */
class RunsJob : public Job
{
    Q_OBJECT
public:
    enum class Action { List, Rename, Footprint, Delete, Compare };
    Q_ENUM(Action)

    struct Request
    {
        Action action = Action::List;
        qint64 runId = 0; // Rename, Footprint, Delete; Compare: run A
        qint64 otherRunId = 0; // Compare: run B
        QString name; // Rename: empty clears the name
    };
    struct Result
    {
        QList<RunSummary> runs; // newest first (not for Compare)
        RunSummary run; // the run acted on, as it is now (before a delete)
        RunFootprint footprint; // Footprint: what a delete would remove; Delete: what it removed
        RunComparison comparison;
        QString message; // what was done, for the activity log and the command line
    };

    explicit RunsJob(Session *session, QObject *parent = nullptr);

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const Result &result() const { return m_result; }

    /** The longest name a run takes. */
    static constexpr int MaxNameLength = 120;
    /** Why a name cannot be used (empty when it can); the name is trimmed first. */
    static QString nameError(const QString &name);

    /** The work itself, on the calling thread (the pool, or a command that owns its store). */
    static bool execute(const QString &projectPath, const Request &request, Result *result, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    Result m_result;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RunsJob::Result)
