// SPDX-License-Identifier: MIT
#pragma once

#include "chatmessage.h"

#include <QList>
#include <QString>

class QJsonArray;
class QJsonValue;

namespace ShadowOptic {

/**
 * The one reading of chat messages (OpenAI shape: [{role, content}]) shared by import, replay, judge, simulator
 * and panels, so that "the prompt" means the same text everywhere. Pure and thread-safe.
 */
class ChatMessages
{
public:
    /** Message content as plain text: a string, or the parts of a content array (text parts, one per line; string
     *  parts as they are; an image as "[image]"). Anything else is empty. */
    static QString text(const QJsonValue &content);
    /** The text of the last user turn; without one, of the last message (a conversation is answered on it). */
    static QString lastUserText(const QJsonArray &messages);
    /** Index of the last user turn; without one, of the last message; -1 for no messages. */
    static qsizetype lastUserIndex(const QList<ChatMessage> &messages);
    /** The system prompt: the text of every system turn, one per line, in order. */
    static QString systemPrompt(const QJsonArray &messages);
};

} // namespace ShadowOptic
