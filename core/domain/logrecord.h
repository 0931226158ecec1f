// SPDX-License-Identifier: MIT
#pragma once

#include "chatmessage.h"
#include "tokenusage.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One Portkey log row, normalised. Numbers that were absent are -1 (cost: NaN-free, see hasCost). */
struct LogRecord
{
    QString logId; // Portkey id, or "h:" + content hash when the row had none
    QString traceId;
    qint64 createdAtMs = 0; // UTC epoch milliseconds, 0 when unknown
    QString provider;
    QString model;
    QList<ChatMessage> messages;
    QByteArray paramsJson; // request parameters other than messages/model (compact JSON object)
    QString responseText;
    QString finishReason;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    // Parts of promptTokens and completionTokens billed at other rates (SPEC §3); 0 when not reported.
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    bool batch = false; // sent through a batch API, billed at the batch price
    double costUsd = -1.0; // -1 when the row carried no usable cost (0 means "not priced" → also unusable)
    bool costEstimated = false;
    qint64 latencyMs = -1;
    int statusCode = 0;
    bool isSuccess = true;
    QString mode;
    QString config;
    QString promptSlug;
    QString useCase;
    QString experimentId;
    QByteArray metadataJson;
    QString requestUrl;
    QString conversationHash; // hex SHA-1 of the normalised messages
    QByteArray rawJson;

    bool hasPrompt() const { return !messages.isEmpty(); }
    /** What the call is billed for; prompt and completion counts that were not reported count as 0. */
    TokenUsage usage() const;
    /** The last user turn with white space simplified, cut to maxChars UTF-16 units (an ellipsis marks the cut)
     *  and never inside a surrogate pair. */
    QString promptPreview(int maxChars = 160) const;
    QByteArray messagesJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::LogRecord)
