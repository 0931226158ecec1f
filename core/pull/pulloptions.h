// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ShadowOptic {

/** What a pull from Portkey's Log Export API asks for, and how patiently. The API key lives only here, in memory. */
struct PullOptions
{
    QUrl baseUrl = defaultBaseUrl();
    QString apiKey; // x-portkey-api-key with the logs.export scope; never stored
    QString workspaceId;
    qint64 sinceMs = -1; // -1: from the project's last pull (less overlapMs), or DefaultHistoryDays back on the first
    // Portkey writes logs a little after their created_at, so a pull re-asks for the last minutes before where the
    // previous one ended: what arrived late is found then, and what came before is absorbed by dedupe.
    qint64 overlapMs = 5 * 60 * 1000;
    qint64 untilMs = -1; // -1: now
    int maxLogsPerJob = 50000; // Portkey's cap per export job
    int pollInitialMs = 250; // doubles up to pollMaxMs while a job runs
    int pollMaxMs = 15000;
    int jobTimeoutMs = 30 * 60 * 1000;
    int maxAttempts = 6; // per request: 429, 408, 5xx and network errors are retried
    int requestTimeoutMs = 120000; // without a byte

    static constexpr int DefaultHistoryDays = 30;
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.portkey.ai/v1")); }

    /** ISO-8601 (no zone = UTC), "YYYY-MM-DD[ HH:MM[:SS]]", epoch seconds/ms, or an age before nowMs: "90m",
     *  "24h", "7d". */
    static bool parseTime(const QString &text, qint64 nowMs, qint64 *epochMs);
    /** The API's form: ISO-8601 in UTC to the second, "2026-01-15T10:30:00Z". */
    static QString timeText(qint64 epochMs);

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PullOptions)
};

} // namespace ShadowOptic
