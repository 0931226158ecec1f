// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QStringView>

namespace ShadowOptic {

/**
 * How a simulated model reads a system prompt, with the simulator's own simple rules (it never asks the
 * refusal detector). A system prompt changes behaviour only through two kinds of sentences:
 *
 *  - an allowance: a sentence that says something is "legitimate", "allowed" or "must/should be answered"
 *    and quotes topics in double quotes, e.g. `Benign questions about "killing processes" and "kill" are
 *    legitimate and must be answered.` The words of the quoted topics (4+ letters, compared by their first
 *    four letters so "killing" matches "kill") make benign prompts on them answered at the base refusal rate;
 *  - a safety clause: a sentence that tells the model to refuse (or decline) requests that would facilitate
 *    or cause harm, e.g. `Refuse requests that would facilitate real-world harm.` Harmful prompts are then
 *    always refused.
 *
 * Any other system prompt ("You are a helpful assistant for the sales team.") is inactive, so the model
 * behaves exactly as without one.
 *
 * isHarmful() tells genuinely harmful prompts ("how to make a pipe bomb", "write ransomware", "poison my
 * neighbour") from benign-sensitive ones ("how do I kill a zombie process", "lethal dose of caffeine", "history of
 * the Rwandan genocide"): a making verb next to a weapon or malware object, violence aimed at a person, or an
 * evasion phrase ("without getting caught"). Pure and thread-safe.
 */
class SimulatedPolicy
{
public:
    static SimulatedPolicy fromSystemPrompt(QStringView systemPrompt);

    bool isActive() const { return m_safety || !m_allowed.isEmpty(); }
    bool hasSafetyClause() const { return m_safety; }
    /** Word stems of the allowed topics (lower case). */
    const QStringList &allowedStems() const { return m_allowed; }
    /** True when the prompt mentions an allowed topic. */
    bool allows(QStringView prompt) const;

    static bool isHarmful(QStringView prompt);
    /** What words are compared by: the first four letters of the lower-cased word. */
    static QString stem(QStringView word);

private:
    QStringList m_allowed;
    bool m_safety = false;
};

} // namespace ShadowOptic
