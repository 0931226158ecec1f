// SPDX-License-Identifier: MIT
#pragma once

#include "eval/evaluatorreport.h"
#include "eval/judgesummary.h"
#include "job.h"

namespace ShadowOptic {

class RunEvaluator;

/**
 * Evaluates a replay run of the session's project against the current model replayed on the same prompts, with
 * the session's judge model through the session's target (RunEvaluator: the baseline is replayed where the run
 * lacks it, then every answer is judged and aggregated). With judge = false it only reads what is judged so far —
 * no replays, no judge calls — which is how panels show a project's evaluation after it opens or a replay ends.
 *
 * The run is the given one, else the newest that replays a model other than the current one; the current model is
 * the given one, else the saved profile's, else the most logged of the run's prompts.
 */
class EvaluationJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 runId = 0; // 0 = the latest run
        QString currentModel; // empty = the profile's, else the most logged
        bool judge = true; // false: read the stored evaluation only
        bool includeLogged = true; // judge the logged answers too, shown "as logged"
        bool rescore = false;
        double budgetUsd = 0.0; // for the baseline replays and judge calls together; 0 = none
        int concurrency = 8;
    };
    struct Result
    {
        qint64 runId = 0; // 0: the project has no replay run yet
        QString currentModel;
        EvaluatorReport report;
        JudgeSummary judge; // empty when only read
        qint64 baselineReplayed = 0;
        qint64 baselineReused = 0;
        double spentUsd = 0.0;
    };

    explicit EvaluationJob(Session *session, QObject *parent = nullptr);
    ~EvaluationJob() override;

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const Result &result() const { return m_result; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Chosen;
    void onChosen(const Chosen &chosen);
    void onEvaluated();

    Request m_request;
    Result m_result;
    QString m_failure; // the first error the evaluation reported
    RunEvaluator *m_evaluator;
};

} // namespace ShadowOptic
