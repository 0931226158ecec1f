// SPDX-License-Identifier: MIT
#pragma once

#include "runstatus.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

struct ModelReplayCounts
{
    qint64 planned = 0;
    qint64 sent = 0; // requests sent over the network in this run (first attempts)
    qint64 completed = 0; // results stored (including cache hits and failures)
    qint64 ok = 0;
    qint64 refused = 0;
    qint64 failed = 0;
    qint64 retries = 0;
    qint64 cacheHits = 0;
    double spentUsd = 0.0;
    qint64 unpriced = 0; // answers on a model without a catalog price: not in spentUsd
    qint64 latencySumMs = 0;
};

/** A snapshot of a replay run for the progress bar, live counters and the CLI summary. */
struct ReplayProgress
{
    qint64 runId = 0;
    QString runUuid;
    RunStatus::Value status = RunStatus::Value::None;
    qint64 total = 0;
    qint64 done = 0;
    qint64 inFlight = 0;
    qint64 longestWaitMs = 0; // how long the oldest request in flight has been waiting
    qint64 shortestWaitMs = -1; // and the newest (-1: none in flight)
    double spentUsd = 0.0;
    double budgetUsd = 0.0;
    qint64 elapsedMs = 0;
    bool budgetReached = false;
    double blockedWorstCaseUsd = 0.0; // with budgetReached: the worst case of the first request that did not fit
    QMap<QString, ModelReplayCounts> models;
    QMap<QString, qint64> failureReasons; // error text → failed items

    /** "10 failed: connection refused by 127.0.0.1:1" — one line per reason, most frequent first. */
    QString failureText() const;
    /** "3 in flight, waiting 2–35 s" for a progress line. */
    QString inFlightText() const;
    qint64 etaMs() const { return done > 0 && total > done ? elapsedMs * (total - done) / done : 0; }
    ModelReplayCounts totals() const;
    QJsonObject toJson() const;
    /** Live-only fields (inFlight and the waits) are not stored; latency sums come back from mean × ok. */
    static ReplayProgress fromJson(const QJsonObject &o);
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayProgress)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayProgress)
