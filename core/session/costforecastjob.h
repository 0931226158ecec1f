// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"
#include "job.h"

#include <atomic>
#include <functional>
#include <memory>

namespace ShadowOptic {

class ProjectStore;

/**
 * The cost forecast of SPEC §7 on the session's project and catalog: learns output lengths from the logs (and the
 * replays), cross-validates the regressor, predicts each model's cost on the sample the budget sampler chooses,
 * screens the imported period on each model (the what-if) and, when a replay run exists, compares its predicted
 * with its actual costs. Reads only; no calls.
 */
class CostForecastJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList models; // empty: the current model and the discovered candidates of the first band
        double budgetUsd = 0.0; // 0: a plain random sample of sampleSize prompts
        int sampleSize = 100; // without a budget; with one, the most the sampler may choose (0 = no cap)
        bool p90 = false; // price the sample at P90 (safety) instead of the expected cost
        quint64 seed = 1;
        qint64 runId = 0; // predicted vs actual for this run; 0 = the newest finished run
        int folds = 5;
    };

    explicit CostForecastJob(Session *session, QObject *parent = nullptr);

    /** The whole forecast on this thread's store (the job runs it on the pool; the replay's budget sampler too).
     *  servedModels: what the target answers (empty: any), for the default candidates. False with *error, or with
     *  an empty *error when stopped. */
    static bool forecast(ProjectStore &store, const Request &request, const QStringList &servedModels,
                         const std::function<bool()> &stop,
                         const std::function<void(int permille, const QString &text)> &progress, ForecastReport *report,
                         QString *error);

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const ForecastReport &result() const { return m_result; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    ForecastReport m_result;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace ShadowOptic
