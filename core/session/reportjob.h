// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "report/reportdata.h"

#include <atomic>
#include <functional>
#include <memory>

namespace ShadowOptic {

class ProjectStore;

/**
 * Gathers a decision report (SPEC §10) for the panel and `shadow-optic report`: the newest recommendation with its
 * evaluation, the refusal analysis, the cost forecast with its accuracy, the cost reconciliation, the rollout status
 * with its audit log, and the evidence fingerprint — through the same use cases the panels run (RefusalAnalysisJob,
 * CostForecastJob, RolloutJob), on the pool. Reads only; no calls. The PDF itself is laid out by ReportWriter, which
 * needs a GUI application and so lives outside core.
 */
class ReportJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 runId = 0; // the run to report on; 0 = the recommendation's, else the newest
    };

    explicit ReportJob(Session *session, QObject *parent = nullptr);

    void setRequest(const Request &request) { m_request = request; }
    const Request &request() const { return m_request; }
    const ReportData &result() const { return m_result; }

    /** The whole gathering on this thread's store. False with *error (empty when stopped). */
    static bool gather(ProjectStore &store, const QString &projectPath, const Request &request,
                       const QStringList &servedModels, const std::function<bool()> &stop,
                       const std::function<void(int permille, const QString &text)> &progress, ReportData *data,
                       QString *error);
    /** The project's evidence now, as a report made now would carry it. */
    static bool evidence(ProjectStore &store, ReportEvidence *evidence, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    ReportData m_result;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace ShadowOptic
