// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "refusal/guardrailtuner.h"
#include "refusal/guardrailtuning.h"
#include "refusal/refusalreport.h"

namespace ShadowOptic {

/**
 * Guardrail tuning of one refusal cluster through the session's target, with the session's judge model proposing the
 * system prompt (GuardrailTuner): the cluster's over-cautious refusals are the prompts to fix, the safety suite (the
 * bundled one or the user's file) the prompts that must stay refused or answered.
 */
class GuardrailTuneJob : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        RefusalReport report; // the analysis the cluster comes from
        int clusterId = 0;
        QString model; // the model under test; empty = the cluster's most refusing model
        QString systemPrompt; // the model's current system prompt (may be empty)
        QString suitePath; // empty = the bundled suite
        double budgetUsd = 0.5;
    };

    explicit GuardrailTuneJob(Session *session, QObject *parent = nullptr);

    void setRequest(const Request &request) { m_request = request; }
    const GuardrailTuning &result() const { return m_result; }
    /** The tuner's options for a cluster of a report; false with *error when the cluster has nothing to tune. */
    static bool optionsFor(const Request &request, GuardrailTuner::Options *options, QString *error);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    Request m_request;
    GuardrailTuning m_result;
    GuardrailTuner *m_tuner;
};

} // namespace ShadowOptic
