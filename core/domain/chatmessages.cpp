// SPDX-License-Identifier: MIT
#include "chatmessages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace ShadowOptic {

namespace {

QString roleOf(const QJsonValue &message)
{
    return message.toObject().value(QLatin1String("role")).toString();
}

QString contentOf(const QJsonValue &message)
{
    return ChatMessages::text(message.toObject().value(QLatin1String("content")));
}

} // namespace

QString ChatMessages::text(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return QString();
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        if (part.isString()) {
            text += part.toString();
            continue;
        }
        const QJsonObject p = part.toObject();
        const QString type = p.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text") || p.contains(QLatin1String("text"))) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += p.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("image_url")) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += QLatin1String("[image]");
        }
    }
    return text;
}

QString ChatMessages::lastUserText(const QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        if (roleOf(messages.at(i)) == QLatin1String("user"))
            return contentOf(messages.at(i));
    return messages.isEmpty() ? QString() : contentOf(messages.last());
}

qsizetype ChatMessages::lastUserIndex(const QList<ChatMessage> &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        if (messages.at(i).role == QLatin1String("user"))
            return i;
    return messages.size() - 1;
}

QString ChatMessages::systemPrompt(const QJsonArray &messages)
{
    QString prompt;
    for (const QJsonValue &m : messages) {
        if (roleOf(m) != QLatin1String("system"))
            continue;
        if (!prompt.isEmpty())
            prompt += QLatin1Char('\n');
        prompt += contentOf(m);
    }
    return prompt;
}

} // namespace ShadowOptic
