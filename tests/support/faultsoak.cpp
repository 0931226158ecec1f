// SPDX-License-Identifier: MIT
#include "faultsoak.h"

#include "catalog/pricecatalog.h"
#include "replayedproject.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cmath>

namespace ShadowOptic {

namespace {

const FaultPlan::Kind soakKinds[] = {
    FaultPlan::Kind::RateLimit,       FaultPlan::Kind::ServerError,
    FaultPlan::Kind::Unavailable,     FaultPlan::Kind::Hang,
    FaultPlan::Kind::MalformedJson,   FaultPlan::Kind::TruncatedBody,
    FaultPlan::Kind::ConnectionReset,
};

QString stateOf(const ReplayResult &r)
{
    if (r.ok)
        return QStringLiteral("ok");
    if (r.statusCode != 0 && r.error.startsWith(QLatin1String("malformed JSON")))
        return QStringLiteral("malformed JSON");
    if (r.statusCode != 0)
        return QStringLiteral("HTTP %1").arg(r.statusCode);
    if (r.error.startsWith(QLatin1String("timed out")))
        return QStringLiteral("timed out");
    return QStringLiteral("connection cut");
}

// The state a request must end in when its last attempt met this fault (or none).
QString expectedState(const std::optional<FaultPlan::Kind> &last)
{
    if (!last)
        return QStringLiteral("ok");
    switch (*last) {
    case FaultPlan::Kind::RateLimit:
        return QStringLiteral("HTTP 429");
    case FaultPlan::Kind::ServerError:
        return QStringLiteral("HTTP 500");
    case FaultPlan::Kind::Unavailable:
        return QStringLiteral("HTTP 503");
    case FaultPlan::Kind::Hang:
        return QStringLiteral("timed out");
    case FaultPlan::Kind::MalformedJson:
        return QStringLiteral("malformed JSON");
    case FaultPlan::Kind::TruncatedBody:
    case FaultPlan::Kind::ConnectionReset:
        return QStringLiteral("connection cut");
    default:
        return FaultPlan::kindName(*last);
    }
}

QString itemKey(const QString &logId, const QString &model)
{
    return logId + u'\x1f' + model;
}

} // namespace

qint64 FaultSoak::selfStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArrayView key(field);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            const QByteArray v = line.mid(key.size()).trimmed();
            return v.left(v.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

bool FaultSoak::run(const QString &dir, const Options &options, Report *report, QString *error)
{
    *report = Report();
    Report &rep = *report;

    // The simulator's models the catalog prices: the budget ledger needs a price for each.
    QStringList models;
    QString project;
    {
        ReplayedProject::Options po;
        po.seed = options.seed;
        po.tokenScale = 0.05;
        // Four models per prompt; the sample below takes exactly `replays` of them.
        po.rows = (options.replays + 3) / 4 + 16;
        if (!ReplayedProject::create(dir, QStringLiteral("soak"), po, &project, error))
            return false;
        ProjectStore store;
        PriceCatalog catalog;
        if (!store.open(project, error) || !CatalogStore(store).load(&catalog, error))
            return false;
        for (const QString &m : SimulatedGateway::modelIds()) {
            const ModelInfo *info = catalog.find(m);
            if (info && info->isPriced() && models.size() < 4)
                models.append(m);
        }
        if (models.size() < 4) {
            *error = QStringLiteral("fewer than four simulator models have a catalog price");
            return false;
        }
    }

    Session session;
    session.setProjectPath(project);
    SimulatedGateway *sim = session.simulator();
    FaultPlan plan;
    // Rules are tried in order and the first hit decides, so equal per-rule odds give 1 - (1 - p)^k in all.
    const double p = 1.0 - std::pow(1.0 - options.faultRate, 1.0 / std::size(soakKinds));
    for (const FaultPlan::Kind kind : soakKinds) {
        FaultPlan::Rule rule;
        rule.kind = kind;
        rule.probability = p;
        if (kind == FaultPlan::Kind::RateLimit)
            rule.retryAfterSec = 1;
        plan.rules.append(rule);
    }
    sim->setFaultPlan(plan);
    sim->setRandomErrorsEnabled(false);
    sim->setLatencyOverrideMs(options.latencyMs);
    sim->setAttemptLogEnabled(true);

    ReplayRunJob job(&session);
    ReplayRunJob::Request request;
    request.models = models;
    request.sample.size = (options.replays + int(models.size()) - 1) / int(models.size());
    request.sample.seed = options.seed;
    request.options.concurrency = options.concurrency;
    request.options.timeoutMs = options.timeoutMs;
    request.options.maxRetries = options.maxRetries;
    request.options.backoffBaseSeconds = 0.05;
    request.options.backoffCapSeconds = 0.2;
    request.options.retryAfterCapSeconds = 2;
    request.options.cacheTtlSeconds = 0;
    request.options.requestsPerMinute = 100000000;
    request.options.budgetUsd = 1000.0; // far above the run's cost: every reply passes through the ledger
    job.setRequest(request);

    qint64 planned = 0;
    QObject::connect(&job, &ReplayRunJob::replayProgress, &job, [&](const ReplayProgress &progress) {
        planned = progress.total;
        if (rep.rssMiddleKb < 0 && planned > 0 && progress.done * 2 >= planned)
            rep.rssMiddleKb = selfStatusKb();
    });
    QEventLoop loop;
    Job::State state = Job::State::Idle;
    QObject::connect(&job, &Job::finished, &loop, [&](Job::State s) {
        state = s;
        loop.quit();
    });
    rep.rssStartKb = selfStatusKb();
    QElapsedTimer clock;
    clock.start();
    if (!job.start(error))
        return false;
    loop.exec();
    rep.seconds = clock.nsecsElapsed() / 1e9;
    rep.rssEndKb = selfStatusKb();
    rep.peakRssKb = selfStatusKb("VmHWM:");
    if (state != Job::State::Succeeded && state != Job::State::Failed) {
        *error = QStringLiteral("the replay job ended as %1").arg(int(state));
        return false;
    }

    const ReplayProgress progress = job.result();
    rep.runStatus = RunStatus::name(progress.status);
    rep.engineDone = progress.done;
    rep.engineRetries = progress.totals().retries;
    rep.engineSpentUsd = progress.spentUsd;

    ProjectStore store;
    if (!store.open(project, error))
        return false;
    ReplayStore replays(store);
    ReplayRunInfo run;
    QList<ReplayJob> pending;
    if (!replays.loadRun(progress.runId, &run, error) || !replays.pendingItems(progress.runId, &pending, error))
        return false;
    const QList<ReplayResult> rows = replays.completions(progress.runId);
    rep.planned = run.planned;
    rep.stored = rows.size();
    rep.missing = pending.size();
    rep.ledgerSpentUsd = run.spentUsd;

    const QHash<QString, SimulatedGateway::AttemptLog> attempts = sim->attemptLog();
    rep.discardedReads = qint64(sim->stats().discardedReads);
    rep.partialRequests = qint64(sim->stats().partialRequests);
    for (const SimulatedGateway::AttemptLog &log : attempts) {
        rep.simulatorAttempts += log.size();
        for (const auto &met : log)
            if (met)
                rep.faultsByKind[FaultPlan::kindName(*met)]++;
    }
    QSet<QString> seenItems;
    QSet<QString> answeredKeys;
    const auto example = [&rep](const QString &text) {
        if (rep.examples.size() < 10)
            rep.examples.append(text);
    };
    for (const ReplayResult &r : rows) {
        if (seenItems.contains(itemKey(r.logId, r.model))) {
            rep.duplicates++;
            example(QStringLiteral("duplicate row for %1 on %2").arg(r.logId, r.model));
            continue;
        }
        seenItems.insert(itemKey(r.logId, r.model));
        rep.storedAttempts += r.attempts;
        rep.storedCostUsd += r.costUsd;
        const QString state = stateOf(r);
        rep.finalStates[state]++;
        const QString key = SimulatedGateway::requestKey(run.uuid, r.logId, r.role, r.model);
        answeredKeys.insert(key);
        const SimulatedGateway::AttemptLog log = attempts.value(key);
        if (log.size() != r.attempts) {
            rep.attemptMismatches++;
            example(QStringLiteral("%1 on %2: stored %3 attempt(s), the simulator saw %4; %5")
                        .arg(r.logId, r.model)
                        .arg(r.attempts)
                        .arg(log.size())
                        .arg(r.error.isEmpty() ? state : r.error));
        }
        const QString expected = expectedState(log.isEmpty() ? std::nullopt : log.constLast());
        if (!log.isEmpty() && expected != state) {
            rep.outcomeMismatches++;
            example(QStringLiteral("%1 on %2 ended as '%3' (%4), but its last attempt met %5")
                        .arg(r.logId, r.model, state, r.error, expected));
        }
    }
    for (auto it = attempts.constBegin(); it != attempts.constEnd(); ++it) {
        if (!answeredKeys.contains(it.key())) {
            rep.unrecordedRequests++;
            example(QStringLiteral("the simulator saw %1 attempt(s) of %2 that no row answers for")
                        .arg(it->size())
                        .arg(QString(it.key()).replace(u'\x1f', u' ')));
        }
    }
    rep.duplicates += qMax<qint64>(0, rep.engineDone - rep.stored);

    QStringList &f = rep.failures;
    if (rep.planned < options.replays)
        f.append(QStringLiteral("planned %1 requests, asked for %2").arg(rep.planned).arg(options.replays));
    if (rep.missing > 0 || rep.stored + rep.missing != rep.planned)
        f.append(QStringLiteral("%1 planned request(s) have no stored row").arg(rep.planned - rep.stored));
    if (rep.duplicates > 0)
        f.append(QStringLiteral("%1 duplicate result(s)").arg(rep.duplicates));
    if (rep.attemptMismatches > 0)
        f.append(
            QStringLiteral("%1 row(s) whose attempts differ from the simulator's record").arg(rep.attemptMismatches));
    if (rep.outcomeMismatches > 0)
        f.append(QStringLiteral("%1 row(s) whose final state does not follow from the last attempt")
                     .arg(rep.outcomeMismatches));
    if (rep.unrecordedRequests > 0)
        f.append(
            QStringLiteral("%1 request(s) reached the simulator without a stored row").arg(rep.unrecordedRequests));
    if (rep.simulatorAttempts != rep.storedAttempts)
        f.append(QStringLiteral("the simulator served %1 attempts, the rows count %2")
                     .arg(rep.simulatorAttempts)
                     .arg(rep.storedAttempts));
    if (rep.engineRetries != rep.storedAttempts - rep.stored)
        f.append(QStringLiteral("the run counted %1 retries, the rows %2")
                     .arg(rep.engineRetries)
                     .arg(rep.storedAttempts - rep.stored));
    for (const FaultPlan::Kind kind : soakKinds)
        if (rep.faultsByKind.value(FaultPlan::kindName(kind)) == 0)
            f.append(QStringLiteral("no %1 fault was injected").arg(FaultPlan::kindName(kind)));
    // The ledger adds the same costs in the same order as the rows were written, so it must match exactly; a
    // nano-dollar of slack still catches any request counted twice or lost.
    if (std::abs(rep.ledgerSpentUsd - rep.storedCostUsd) > 1e-9
        || std::abs(rep.engineSpentUsd - rep.storedCostUsd) > 1e-9)
        f.append(QStringLiteral("spent $%1 (ledger) / $%2 (run) but the rows cost $%3")
                     .arg(rep.ledgerSpentUsd, 0, 'f', 9)
                     .arg(rep.engineSpentUsd, 0, 'f', 9)
                     .arg(rep.storedCostUsd, 0, 'f', 9));
    if (options.checkMemory && rep.rssMiddleKb > 0 && rep.rssEndKb - rep.rssMiddleKb > options.memoryGrowthKb)
        f.append(QStringLiteral("RSS grew %1 MB in the second half")
                     .arg((rep.rssEndKb - rep.rssMiddleKb) / 1024.0, 0, 'f', 1));
    return true;
}

QString FaultSoak::Report::toText() const
{
    QString t;
    const auto mb = [](qint64 kb) { return QString::number(kb / 1024.0, 'f', 1); };
    t += QStringLiteral("requests: %1 planned, %2 stored, %3 missing, %4 duplicates; run %5\n")
             .arg(planned)
             .arg(stored)
             .arg(missing)
             .arg(duplicates)
             .arg(runStatus);
    QStringList faults;
    qint64 faultTotal = 0;
    for (auto it = faultsByKind.constBegin(); it != faultsByKind.constEnd(); ++it) {
        faults.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        faultTotal += it.value();
    }
    t += QStringLiteral("attempts: %1 at the simulator, %2 in the rows; faults injected %3 (%4 % of attempts): %5\n")
             .arg(simulatorAttempts)
             .arg(storedAttempts)
             .arg(faultTotal)
             .arg(simulatorAttempts ? 100.0 * faultTotal / simulatorAttempts : 0.0, 0, 'f', 2)
             .arg(faults.join(QLatin1String(", ")));
    t += QStringLiteral("retries: %1 counted by the run, %2 in the rows; rows off the simulator's record: %3 attempts, "
                        "%4 final states, %5 unrecorded requests\n")
             .arg(engineRetries)
             .arg(storedAttempts - stored)
             .arg(attemptMismatches)
             .arg(outcomeMismatches)
             .arg(unrecordedRequests);
    t += QStringLiteral("simulator: %1 read(s) dropped on closing connections, %2 connection(s) gone mid-request\n")
             .arg(discardedReads)
             .arg(partialRequests);
    QStringList states;
    for (auto it = finalStates.constBegin(); it != finalStates.constEnd(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    t += QStringLiteral("final states: %1\n").arg(states.join(QLatin1String(", ")));
    t += QStringLiteral("spent: ledger $%1, run $%2, sum of stored costs $%3 (difference $%4)\n")
             .arg(ledgerSpentUsd, 0, 'f', 9)
             .arg(engineSpentUsd, 0, 'f', 9)
             .arg(storedCostUsd, 0, 'f', 9)
             .arg(ledgerSpentUsd - storedCostUsd, 0, 'g', 3);
    t += QStringLiteral("RSS: start %1 MB, middle %2 MB, end %3 MB, peak %4 MB\n")
             .arg(mb(rssStartKb), mb(rssMiddleKb), mb(rssEndKb), mb(peakRssKb));
    t += QStringLiteral("time: %1 s, %2 replays/s\n").arg(seconds, 0, 'f', 1).arg(replaysPerSecond(), 0, 'f', 1);
    for (const QString &e : examples)
        t += QStringLiteral("  e.g. ") + e + u'\n';
    t += failures.isEmpty() ? QStringLiteral("checks: all passed\n")
                            : QStringLiteral("checks FAILED:\n  ") + failures.join(QLatin1String("\n  ")) + u'\n';
    return t;
}

} // namespace ShadowOptic
