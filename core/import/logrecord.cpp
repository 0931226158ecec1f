// SPDX-License-Identifier: MIT
#include "logrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

QString LogRecord::promptPreview(int maxChars) const
{
    // The last user turn is what an analyst recognises a request by.
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == QLatin1String("user")) {
            QString text = it->content.simplified();
            if (text.size() > maxChars)
                text = text.left(maxChars - 1) + QChar(0x2026);
            return text;
        }
    }
    return messages.isEmpty() ? QString() : messages.constLast().content.simplified().left(maxChars);
}

QByteArray LogRecord::messagesJson() const
{
    QJsonArray arr;
    for (const auto &m : messages)
        arr.append(QJsonObject { { QStringLiteral("role"), m.role }, { QStringLiteral("content"), m.content } });
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

} // namespace ShadowOptic
