// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ShadowOptic {

struct SimulatedModel;

/**
 * The content side of the simulator: what a simulated model answers, as a pure function of the
 * model profile, the messages and a seed. Thread-safe; no I/O.
 *
 * Answers mention about quality% of the salient keywords of the last user message in a templated
 * answer, pad to the model's verbosity with elaboration, and (for weaker models) sometimes add a
 * plainly wrong sentence. Judge requests (see JudgeProtocol) are scored from the embedded candidate
 * response: keyword coverage of the graded prompt, length adequacy, refusals and wrong sentences.
 * A system prompt with an allowance or a safety clause (SimulatedPolicy) changes refusals; guardrail tuning and
 * refusal classification requests (core/refusal) get deterministic JSON answers.
 */
class SimulatedResponder
{
public:
    struct Completion
    {
        QString content;
        QString finishReason = QStringLiteral("stop");
        int promptTokens = 0;
        int completionTokens = 0;
        bool judge = false;
        bool refused = false;
        bool partialRefusal = false;
    };

    struct JudgeScores
    {
        int accuracy = 0;
        int helpfulness = 0;
        int clarity = 0;
        int completeness = 0;
        int overall = 0;
        QString reasoning;

        QString toJson() const; // compact, keys in rubric order
    };

    /** maxTokens <= 0 means no limit. seed is normally SimHash of model id + messages. */
    static Completion complete(const SimulatedModel &model, const QJsonArray &messages, int maxTokens, quint64 seed);

    static JudgeScores judge(QStringView userPrompt, QStringView candidate, int judgeQuality);
    /** The answer to a guardrail tuning request (GuardrailProtocol): strict JSON whose system prompt keeps the
     *  current one, adds an allowance quoting the topic terms and (unless the model is weak, quality < 70) the
     *  safety clause. */
    static QString tuneSystemPrompt(const SimulatedModel &model, QStringView request);
    /** The answer to a refusal classification request (RefusalLlmProtocol), decided from the answer's structure:
     *  a refusal opening followed by content is partial, a refusal or bare moralising is full; the type from the
     *  prompt (SimulatedPolicy::isHarmful → SAFETY) and the answer's wording. */
    static QString classifyRefusal(QStringView prompt, QStringView answer);

    static int estimateTokens(QStringView text) { return int((text.size() + 3) / 4); }
    static int promptTokens(const QJsonArray &messages);
    static QStringList keywords(QStringView text, int max = 12);
    static bool containsTriggerWord(QStringView text);
    static bool isRefusalOpening(QStringView text);

    static QLatin1String fullRefusalText() { return QLatin1String("I'm sorry, but I can't help with that."); }
};

} // namespace ShadowOptic
