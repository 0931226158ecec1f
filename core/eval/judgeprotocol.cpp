// SPDX-License-Identifier: MIT
#include "judgeprotocol.h"

namespace ShadowOptic {

bool JudgeProtocol::isJudgeRequest(QStringView text)
{
    return text.contains(rubricMarker()) || text.contains(evaluatorPhrase(), Qt::CaseInsensitive);
}

QString JudgeProtocol::formatConversation(const QList<std::pair<QString, QString>> &turns)
{
    QString out;
    for (const auto &[role, content] : turns)
        out += u'[' + role + QLatin1String("] ") + content + u'\n';
    return out;
}

QString JudgeProtocol::embed(const QString &formattedConversation, const QString &candidateResponse)
{
    QString conversation = formattedConversation;
    if (!conversation.endsWith(u'\n'))
        conversation += u'\n';
    return conversationMarker() + u'\n' + conversation + candidateMarker() + u'\n' + candidateResponse + u'\n'
        + endMarker() + u'\n';
}

bool JudgeProtocol::extract(QStringView text, Exchange *out)
{
    const qsizetype conv = text.indexOf(conversationMarker());
    if (conv < 0)
        return false;
    const qsizetype convStart = conv + conversationMarker().size();
    // The last candidate marker wins, so a conversation quoting the marker cannot confuse us.
    const qsizetype cand = text.lastIndexOf(candidateMarker());
    if (cand < convStart)
        return false;
    const qsizetype candStart = cand + candidateMarker().size();
    qsizetype candEnd = text.lastIndexOf(endMarker());
    if (candEnd < candStart)
        candEnd = text.size();
    if (out) {
        out->conversation = text.mid(convStart, cand - convStart).trimmed().toString();
        out->candidate = text.mid(candStart, candEnd - candStart).trimmed().toString();
        out->lastUserTurn = lastUserTurn(out->conversation);
    }
    return true;
}

QString JudgeProtocol::lastUserTurn(QStringView conversation)
{
    static constexpr QLatin1String userTag("[user]");
    qsizetype start = -1;
    qsizetype pos = conversation.size();
    while (pos > 0) {
        const qsizetype found = conversation.lastIndexOf(userTag, pos - 1);
        if (found < 0)
            break;
        if (found == 0 || conversation.at(found - 1) == u'\n') {
            start = found + userTag.size();
            break;
        }
        pos = found;
    }
    if (start < 0)
        return conversation.trimmed().toString();
    // The turn ends at the next line that opens another role tag.
    qsizetype end = start;
    for (;;) {
        const qsizetype nl = conversation.indexOf(u'\n', end);
        if (nl < 0) {
            end = conversation.size();
            break;
        }
        const QStringView rest = conversation.mid(nl + 1);
        if (rest.startsWith(u'[')) {
            const qsizetype close = rest.indexOf(u']');
            if (close > 1 && close < 16 && !rest.left(close).contains(u' ')) {
                end = nl;
                break;
            }
        }
        end = nl + 1;
    }
    return conversation.mid(start, end - start).trimmed().toString();
}

} // namespace ShadowOptic
