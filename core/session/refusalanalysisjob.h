// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "refusal/refusalanalysis.h"
#include "refusal/refusalreport.h"

#include <atomic>
#include <functional>
#include <memory>

namespace ShadowOptic {

class ProjectStore;

/**
 * Reads the session's project and runs RefusalAnalysis on the pool: the newest replayed answer of every prompt and
 * model and the logged answers of the replayed prompts, with their stored refusal verdicts (answers stored without
 * one are classified now, with the same detector). Reads only; no calls.
 *
 * The current model is the requested one, else the saved profile's, else the most logged of the replayed prompts.
 */
class RefusalAnalysisJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QString currentModel; // empty = the profile's, else the most logged
        RefusalAnalysis::Options options;
    };

    explicit RefusalAnalysisJob(Session *session, QObject *parent = nullptr);

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const RefusalReport &result() const { return m_result; }

    /** The analysis on this thread's store (the job runs it on the pool; the report too). */
    static bool analyse(ProjectStore &store, const Request &request, const std::function<bool()> &stop,
                        RefusalReport *report, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    RefusalReport m_result;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace ShadowOptic
