// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace ShadowOptic {

/**
 * The contract between the LLM-as-judge client (core/eval) and the simulated gateway.
 *
 * A request is a judge request when any message contains rubricMarker() (`"overall":0-100`) or
 * evaluatorPhrase() (`impartial evaluator`). The judge prompt embeds the graded exchange in one
 * message (normally the user message; the rubric may sit in the system message) like this:
 *
 *     ### Conversation
 *     [system] You are a helpful assistant.
 *     [user] How do I rotate a PostgreSQL log file?
 *     [assistant] (earlier turns, if any)
 *     [user] And on Windows?
 *     ### Candidate response
 *     <the candidate's answer, verbatim, any number of lines>
 *     ### End of candidate response
 *
 * Each turn starts on its own line with `[role] `; a turn's content runs until the next role line.
 * The closing marker is optional (the candidate then runs to the end of the message). Use
 * formatConversation() and embed() to build that text and extract() to read it back; the simulator
 * scores the candidate against the keywords of the last `[user]` turn (the whole conversation when
 * it has no role tags).
 */
class JudgeProtocol
{
public:
    static constexpr QLatin1String rubricMarker() { return QLatin1String("\"overall\":0-100"); }
    static constexpr QLatin1String evaluatorPhrase() { return QLatin1String("impartial evaluator"); }
    static constexpr QLatin1String conversationMarker() { return QLatin1String("### Conversation"); }
    static constexpr QLatin1String candidateMarker() { return QLatin1String("### Candidate response"); }
    static constexpr QLatin1String endMarker() { return QLatin1String("### End of candidate response"); }

    struct Exchange
    {
        QString conversation; // text between the conversation and candidate markers
        QString lastUserTurn; // content of the last [user] turn, or the whole conversation
        QString candidate; // the candidate response, trimmed
    };

    static bool isJudgeRequest(QStringView text);

    /** `[role] content` lines for (role, content) turns, in order. */
    static QString formatConversation(const QList<std::pair<QString, QString>> &turns);

    /** The marker block for a judge prompt: conversation, candidate response and end marker. */
    static QString embed(const QString &formattedConversation, const QString &candidateResponse);

    /** Reads an embedded exchange back; false when the conversation or candidate marker is missing. */
    static bool extract(QStringView text, Exchange *out);

    static QString lastUserTurn(QStringView conversation);
};

} // namespace ShadowOptic
