// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "refusal/refusalllmsummary.h"

namespace ShadowOptic {

class RefusalLlmClassifier;

/**
 * The optional third refusal layer on a replay run of the session's project: the answers the rules mark ambiguous
 * are classified by the session's judge model through the session's target (RefusalLlmClassifier), cached and
 * within a budget; the verdicts it changes are stored with the rule "llm:<model>".
 */
class RefusalLlmJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        qint64 runId = 0; // 0 = the latest run
        bool includeBaselines = true; // the logged answers of its prompts too
        double budgetUsd = 0.2;
    };

    explicit RefusalLlmJob(Session *session, QObject *parent = nullptr);
    ~RefusalLlmJob() override;

    void setRequest(const Request &request) { m_request = request; }
    const RefusalLlmSummary &result() const { return m_result; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    RefusalLlmSummary m_result;
    RefusalLlmClassifier *m_classifier;
};

} // namespace ShadowOptic
