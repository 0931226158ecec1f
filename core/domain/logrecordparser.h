// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "logrecord.h"

class QJsonObject;
class QJsonValue;
class QVariant;

namespace ShadowOptic {

/** Maps one Portkey log object (any of the shapes in SPEC §2) onto a LogRecord. Pure and thread-safe. */
class LogRecordParser
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogRecordParser)

public:
    /** Returns false and sets *error to a short reason when the row has a field of the wrong type. */
    static bool parse(const QJsonObject &row, const QByteArray &rawJson, LogRecord *out, QString *error);

    static QString conversationHash(const QList<ChatMessage> &messages);

    /** The messages of a stored log row as LogRecord::messagesJson() writes them. Rows imported since schema 3 keep
     *  them only inside raw_json (messages_json is NULL); older rows have them in messages_json. Empty when the
     *  row has no messages. */
    static QByteArray storedMessagesJson(const QVariant &messagesJsonColumn, const QVariant &rawJsonColumn);
};

} // namespace ShadowOptic
