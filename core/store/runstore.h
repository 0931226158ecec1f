// SPDX-License-Identifier: MIT
#pragma once

#include "replay/runfootprint.h"
#include "replay/runsummary.h"

#include <QCoreApplication>
#include <QList>

namespace ShadowOptic {

class ProjectStore;

/** The run history: replay runs as listed, renamed and deleted in the Runs panel and by `runs`. Works on the
 *  ProjectStore it is given (one per thread). */
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunStore)

public:
    explicit RunStore(const ProjectStore &store);

    /** Every run, newest first. */
    bool list(QList<RunSummary> *runs, QString *error) const;
    /** False with "Replay run N does not exist in this project." when it does not. */
    bool find(qint64 runId, RunSummary *run, QString *error) const;
    /** An empty name clears it (the run shows as "Run N" again). */
    bool rename(qint64 runId, const QString &name, QString *error) const;
    /** What a delete would remove, and the saved recommendations that cite the run (RunFootprint::reusedBy is left
     *  to the caller, who knows how evaluations pick their answers). */
    bool footprint(qint64 runId, RunFootprint *footprint, QString *error) const;
    /** Deletes the run with its answers, plan and grades in one transaction; refuses a run that is still running.
     *  *removed says what went. */
    bool remove(qint64 runId, RunFootprint *removed, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
