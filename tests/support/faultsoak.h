// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

/** The fault soak shared by bench_faultsoak (20,000 replays) and tst_faultsoak (a few hundred): a generated project
 *  replayed through the session's ReplayRunJob against the session's own simulator, which injects a share of faults
 *  of every kind a gateway shows (429 with Retry-After, 500, 503, a hang, malformed JSON, a truncated body, a
 *  connection reset mid-body) and records every attempt per request. Then it checks what the project holds against
 *  that record. */
class FaultSoak
{
public:
    struct Options
    {
        int replays = 20000;
        double faultRate = 0.10; // per attempt, spread evenly over the fault kinds
        int concurrency = 32;
        int timeoutMs = 1000;
        int maxRetries = 3;
        int latencyMs = 2;
        quint64 seed = 17;
        bool checkMemory = true; // RSS after the second half within memoryGrowthKb of the middle
        qint64 memoryGrowthKb = 16 * 1024;
    };

    struct Report
    {
        qint64 planned = 0;
        qint64 stored = 0;
        qint64 missing = 0; // planned items without a stored row
        qint64 duplicates = 0; // rows of an item beyond its first, and results the engine counted but did not store
        qint64 engineDone = 0;
        QMap<QString, qint64> faultsByKind; // what the simulator injected, over all attempts
        qint64 simulatorAttempts = 0;
        qint64 storedAttempts = 0; // sum of the rows' attempts
        qint64 engineRetries = 0; // as the run's live counters saw them
        qint64 attemptMismatches = 0; // rows whose attempts differ from the simulator's record
        qint64 outcomeMismatches = 0; // rows whose final state does not follow from the last attempt's fault
        qint64 unrecordedRequests = 0; // requests the simulator saw that no row answers for
        qint64 discardedReads = 0; // the simulator's count of reads dropped on closing connections
        qint64 partialRequests = 0; // and of connections gone with a request half read
        QMap<QString, qint64> finalStates;
        double engineSpentUsd = 0.0;
        double ledgerSpentUsd = 0.0; // replay_runs.spent_usd
        double storedCostUsd = 0.0; // sum of the rows' cost_usd
        QString runStatus;
        qint64 rssStartKb = -1;
        qint64 rssMiddleKb = -1;
        qint64 rssEndKb = -1;
        qint64 peakRssKb = -1;
        double seconds = 0.0;
        QStringList examples; // the first few mismatches, for the log
        QStringList failures; // failed checks; empty when every invariant holds

        double replaysPerSecond() const { return seconds > 0 ? stored / seconds : 0.0; }
        QString toText() const;
    };

    /** Builds the project in dir, runs the soak and checks it; false with *error when it could not run at all. */
    static bool run(const QString &dir, const Options &options, Report *report, QString *error);
    /** VmRSS (or another /proc/self/status field) in kB; -1 when unreadable. */
    static qint64 selfStatusKb(const char *field = "VmRSS:");
};

} // namespace ShadowOptic
