// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "replay/replayoptions.h"
#include "replay/replayplanner.h"
#include "replay/replayprogress.h"
#include "replay/replayresult.h"
#include "replay/replaytarget.h"

namespace ShadowOptic {

class ReplayEngine;

/**
 * Replays a sample of the session's project against candidate models through the session's target: plans on the
 * thread pool, then runs the engine in this thread. Or resumes an interrupted run (its stored plan, the session's
 * keys). The result is the run's final ReplayProgress; Failed when no request got a usable answer or the run
 * could not start, Cancelled after cancel().
 */
class ReplayRunJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList models;
        ReplaySampleSpec sample;
        ReplayOptions options;
        qint64 resumeRunId = 0; // > 0: continue this run instead of planning one
        /** Choose the sample with the budget sampler (SPEC §7) within options.budgetUsd, at most sample.size
         *  prompts when that is > 0; sampleAtP90 prices it at P90 instead of the expected cost. */
        bool sampleForBudget = false;
        bool sampleAtP90 = false;
    };

    explicit ReplayRunJob(Session *session, QObject *parent = nullptr);
    ~ReplayRunJob() override;

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    /** The live or final progress of the run (runId 0 before it was created). */
    ReplayProgress result() const;
    /** The target the run sends to (keys included; never store it). */
    const ReplayTarget &target() const { return m_target; }

signals:
    void replayProgress(const ShadowOptic::ReplayProgress &progress);
    void resultReady(const ShadowOptic::ReplayResult &result);
    /** The run exists in the project and requests go out. */
    void runStarted(qint64 runId);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Planned;
    void onPlanned(const Planned &planned);
    void onEngineProgress(const ReplayProgress &progress);
    void onEngineFinished(const ReplayProgress &progress);

    Request m_request;
    ReplayTarget m_target;
    ReplayEngine *m_engine;
    bool m_engineRunning = false;
};

} // namespace ShadowOptic
