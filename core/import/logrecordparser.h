// SPDX-License-Identifier: MIT
#pragma once

#include "logrecord.h"

class QJsonObject;
class QJsonValue;

namespace ShadowOptic {

/** Maps one Portkey log object (any of the shapes in SPEC §2) onto a LogRecord. Pure and thread-safe. */
class LogRecordParser
{
public:
    /** Returns false and sets *error to a short reason when the row has a field of the wrong type. */
    static bool parse(const QJsonObject &row, const QByteArray &rawJson, LogRecord *out, QString *error);

    /** Message content as plain text: a string, or the text parts of a content array. */
    static QString contentText(const QJsonValue &content);
    static QString conversationHash(const QList<ChatMessage> &messages);
};

} // namespace ShadowOptic
