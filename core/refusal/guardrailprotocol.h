// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ShadowOptic {

/**
 * The contract of a guardrail tuning call (SPEC §8) between GuardrailTuner and the model asked for a better
 * system prompt (and the simulated gateway, which answers it). The instructions are the system message; the user
 * message carries the material in marked sections:
 *
 *     ### Guardrail tuning request
 *     ### Current system prompt
 *     <the current system prompt, verbatim, or "(none)">
 *     ### Topic terms
 *     kill, process, zombie
 *     ### Over-cautious refusals
 *     [prompt] How do I kill a zombie process?
 *     [refusal] I'm sorry, but I can't help with that.
 *     ### End of refusals
 *
 * The answer must be exactly one JSON object `{"system_prompt":"…","rationale":"…"}` (surrounding whitespace
 * aside): prose or code fences around it, missing, extra or non-string keys and an empty prompt make it invalid,
 * which earns one repair request quoting it (repairBody()).
 */
class GuardrailProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::GuardrailProtocol)
public:
    static constexpr QLatin1String requestMarker() { return QLatin1String("### Guardrail tuning request"); }
    static constexpr QLatin1String currentPromptMarker() { return QLatin1String("### Current system prompt"); }
    static constexpr QLatin1String topicsMarker() { return QLatin1String("### Topic terms"); }
    static constexpr QLatin1String refusalsMarker() { return QLatin1String("### Over-cautious refusals"); }
    static constexpr QLatin1String endMarker() { return QLatin1String("### End of refusals"); }
    static constexpr QLatin1String noPrompt() { return QLatin1String("(none)"); }
    /** The sentence a tuned prompt must keep so that harmful requests stay refused. */
    static QString safetyClause();
    static constexpr int MaxTokens = 1000;

    struct Example
    {
        QString prompt;
        QString refusal; // the answer that refused it (may be empty)
    };

    struct Request
    {
        QString currentPrompt; // empty: the model runs without a system prompt
        QStringList topicTerms;
        QList<Example> examples;
    };

    struct Proposal
    {
        bool ok = false;
        QString systemPrompt;
        QString rationale;
        QString error; // why the answer was rejected (translated)
        QString rawOutput;
        bool repaired = false;
    };

    static bool isTuningRequest(QStringView text) { return text.contains(requestMarker()); }
    /** The system message: what the tuner must do and the JSON it must answer. */
    static QString instructions();
    /** The user message with the marked sections. */
    static QString formatRequest(const Request &request);
    /** Reads formatRequest()'s sections back; false when a marker is missing. */
    static bool extract(QStringView text, Request *out);

    static QByteArray requestBody(const QString &model, const Request &request);
    /** The one repair retry: the same request, the invalid answer quoted back, and a demand for the JSON only. */
    static QByteArray repairBody(const QString &model, const Request &request, const QString &invalidOutput,
                                 const QString &problem);
    /** Strict validation of a tuner answer. */
    static Proposal parse(const QString &output);
};

} // namespace ShadowOptic
