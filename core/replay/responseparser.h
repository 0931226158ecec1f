// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "replayresult.h"

namespace ShadowOptic {

class PriceCatalog;
struct ReplayJob;

/** Turns a finished HTTP exchange into a ReplayResult: content, finish reason, usage, cost, both error body
 *  shapes, refusal verdict. Pure; runs on the thread pool. */
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ResponseParser)

public:
    struct Http
    {
        int status = 0;
        QByteArray body;
        QString networkError; // empty when an HTTP response arrived
        QByteArray lastUsedOptionIndex;
        qint64 latencyMs = 0;
        int attempts = 1;
    };
    static ReplayResult parse(const ReplayJob &job, const Http &http, const PriceCatalog &catalog);
    /** Message of an error body: OpenAI {"error":{...}} or gateway {"status":"failure","message":...}. */
    static QString errorMessage(const QByteArray &body);
};

} // namespace ShadowOptic
