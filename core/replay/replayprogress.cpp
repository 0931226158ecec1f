// SPDX-License-Identifier: MIT
#include "replayprogress.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace ShadowOptic {

ModelReplayCounts ReplayProgress::totals() const
{
    ModelReplayCounts t;
    for (const auto &m : models) {
        t.planned += m.planned;
        t.sent += m.sent;
        t.completed += m.completed;
        t.ok += m.ok;
        t.refused += m.refused;
        t.failed += m.failed;
        t.retries += m.retries;
        t.cacheHits += m.cacheHits;
        t.spentUsd += m.spentUsd;
        t.unpriced += m.unpriced;
        t.latencySumMs += m.latencySumMs;
    }
    return t;
}

QJsonObject ReplayProgress::toJson() const
{
    QJsonArray arr;
    for (auto it = models.constBegin(); it != models.constEnd(); ++it) {
        const ModelReplayCounts &m = it.value();
        arr.append(
            QJsonObject { { QStringLiteral("model"), it.key() },
                          { QStringLiteral("planned"), m.planned },
                          { QStringLiteral("sent"), m.sent },
                          { QStringLiteral("completed"), m.completed },
                          { QStringLiteral("ok"), m.ok },
                          { QStringLiteral("refused"), m.refused },
                          { QStringLiteral("failed"), m.failed },
                          { QStringLiteral("retries"), m.retries },
                          { QStringLiteral("cache_hits"), m.cacheHits },
                          { QStringLiteral("spent_usd"), m.spentUsd },
                          { QStringLiteral("unpriced"), m.unpriced },
                          { QStringLiteral("mean_latency_ms"), m.ok ? double(m.latencySumMs) / double(m.ok) : 0.0 } });
    }
    QJsonArray failures;
    for (auto it = failureReasons.constBegin(); it != failureReasons.constEnd(); ++it)
        failures.append(
            QJsonObject { { QStringLiteral("reason"), it.key() }, { QStringLiteral("count"), it.value() } });
    return QJsonObject { { QStringLiteral("run_id"), runId },
                         { QStringLiteral("run_uuid"), runUuid },
                         { QStringLiteral("status"), RunStatus::name(status) },
                         { QStringLiteral("total"), total },
                         { QStringLiteral("done"), done },
                         { QStringLiteral("spent_usd"), spentUsd },
                         { QStringLiteral("budget_usd"), budgetUsd },
                         { QStringLiteral("budget_reached"), budgetReached },
                         { QStringLiteral("blocked_worst_case_usd"), blockedWorstCaseUsd },
                         { QStringLiteral("elapsed_ms"), elapsedMs },
                         { QStringLiteral("models"), arr },
                         { QStringLiteral("failures"), failures } };
}

ReplayProgress ReplayProgress::fromJson(const QJsonObject &o)
{
    ReplayProgress p;
    p.runId = o.value(QLatin1String("run_id")).toInteger();
    p.runUuid = o.value(QLatin1String("run_uuid")).toString();
    p.status = RunStatus::fromName(o.value(QLatin1String("status")).toString());
    p.total = o.value(QLatin1String("total")).toInteger();
    p.done = o.value(QLatin1String("done")).toInteger();
    p.spentUsd = o.value(QLatin1String("spent_usd")).toDouble();
    p.budgetUsd = o.value(QLatin1String("budget_usd")).toDouble();
    p.budgetReached = o.value(QLatin1String("budget_reached")).toBool();
    p.blockedWorstCaseUsd = o.value(QLatin1String("blocked_worst_case_usd")).toDouble();
    p.elapsedMs = o.value(QLatin1String("elapsed_ms")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("models")).toArray()) {
        const QJsonObject m = v.toObject();
        ModelReplayCounts c;
        c.planned = m.value(QLatin1String("planned")).toInteger();
        c.sent = m.value(QLatin1String("sent")).toInteger();
        c.completed = m.value(QLatin1String("completed")).toInteger();
        c.ok = m.value(QLatin1String("ok")).toInteger();
        c.refused = m.value(QLatin1String("refused")).toInteger();
        c.failed = m.value(QLatin1String("failed")).toInteger();
        c.retries = m.value(QLatin1String("retries")).toInteger();
        c.cacheHits = m.value(QLatin1String("cache_hits")).toInteger();
        c.spentUsd = m.value(QLatin1String("spent_usd")).toDouble();
        c.unpriced = m.value(QLatin1String("unpriced")).toInteger();
        c.latencySumMs = qRound64(m.value(QLatin1String("mean_latency_ms")).toDouble() * double(c.ok));
        p.models.insert(m.value(QLatin1String("model")).toString(), c);
    }
    for (const QJsonValue &v : o.value(QLatin1String("failures")).toArray()) {
        const QJsonObject f = v.toObject();
        p.failureReasons.insert(f.value(QLatin1String("reason")).toString(),
                                f.value(QLatin1String("count")).toInteger());
    }
    return p;
}

QString ReplayProgress::toText() const
{
    QString text = tr("Run %1 (%2): %3 of %4 done in %5 s, spent $%6")
                       .arg(runId)
                       .arg(RunStatus::name(status))
                       .arg(done)
                       .arg(total)
                       .arg(elapsedMs / 1000.0, 0, 'f', 1)
                       .arg(spentUsd, 0, 'f', 4);
    if (budgetUsd > 0)
        text += tr(" of $%1 budget").arg(budgetUsd, 0, 'f', 2);
    if (const qint64 unpriced = totals().unpriced; unpriced > 0)
        text += tr(" (%n answer(s) on unpriced models not included)", nullptr, int(unpriced));
    if (budgetReached)
        text += tr(" (budget reached: remaining items not sent)");
    text += QLatin1Char('\n');
    text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                .arg(tr("model"), -28)
                .arg(tr("sent"), 6)
                .arg(tr("done"), 6)
                .arg(tr("ok"), 6)
                .arg(tr("refused"), 8)
                .arg(tr("failed"), 7)
                .arg(tr("retries"), 8)
                .arg(tr("cached"), 7)
                .arg(tr("spent USD"), 10);
    for (auto it = models.constBegin(); it != models.constEnd(); ++it) {
        const ModelReplayCounts &m = it.value();
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                    .arg(it.key(), -28)
                    .arg(m.sent, 6)
                    .arg(m.completed, 6)
                    .arg(m.ok, 6)
                    .arg(m.refused, 8)
                    .arg(m.failed, 7)
                    .arg(m.retries, 8)
                    .arg(m.cacheHits, 7)
                    .arg(m.spentUsd, 10, 'f', 5);
    }
    return text;
}

QString ReplayProgress::failureText() const
{
    QList<std::pair<qint64, QString>> sorted;
    for (auto it = failureReasons.constBegin(); it != failureReasons.constEnd(); ++it)
        sorted.append({ it.value(), it.key() });
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QString text;
    for (const auto &[count, reason] : std::as_const(sorted))
        text += tr("%n failed: %1", nullptr, int(count)).arg(reason) + QLatin1Char('\n');
    return text;
}

QString ReplayProgress::inFlightText() const
{
    if (inFlight <= 0)
        return tr("none in flight");
    const qint64 longest = longestWaitMs / 1000;
    const qint64 shortest = qMax<qint64>(0, shortestWaitMs) / 1000;
    if (longest < 1)
        return tr("%n in flight", nullptr, int(inFlight));
    if (shortest == longest)
        return tr("%n in flight, waiting %1 s", nullptr, int(inFlight)).arg(longest);
    return tr("%n in flight, waiting %1–%2 s", nullptr, int(inFlight)).arg(shortest).arg(longest);
}

} // namespace ShadowOptic
