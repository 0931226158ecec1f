// SPDX-License-Identifier: MIT
#include "replaycommand.h"

#include "cliio.h"
#include "clijob.h"
#include "clitarget.h"
#include "exitcode.h"
#include "session/replayrunjob.h"
#include "session/session.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace ShadowOptic {

int ReplayCommand::exitCodeFor(const ReplayProgress &result)
{
    const ModelReplayCounts totals = result.totals();
    if (result.status == RunStatus::Value::Cancelled) {
        CliIo::err(tr("Run %1 was cancelled; continue it with --resume %1.").arg(result.runId));
        return ExitCancelled;
    }
    if (totals.failed > 0)
        CliIo::err(result.failureText().trimmed());
    if (result.status == RunStatus::Value::Failed)
        return ExitError; // the job said why
    if (result.budgetReached)
        CliIo::err(
            tr("Run %1 stopped at its budget: %2 of %3 items replayed for $%4 of $%5; the next request could "
               "cost up to $%6 (its prompt and max_tokens at catalog prices). Continue it with --resume %1 and a "
               "larger --budget.")
                .arg(result.runId)
                .arg(result.done)
                .arg(result.total)
                .arg(result.spentUsd, 0, 'f', 4)
                .arg(result.budgetUsd, 0, 'f', 4)
                .arg(result.blockedWorstCaseUsd, 0, 'f', 4));
    if (totals.failed > 0) {
        CliIo::err(tr("Run %1 finished with %2 failed of %3.").arg(result.runId).arg(totals.failed).arg(result.done));
        return ExitFinishedWithFailures;
    }
    return ExitSuccess;
}

int ReplayCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Replay a sample of the project's logs against candidate models. Without "
                                   "--base-url the built-in simulated gateway answers. Keys come from "
                                   "PORTKEY_API_KEY / OPENAI_API_KEY (never stored)."));
    p.addHelpOption();
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliTarget::addOptions(p);
    CliIo::addOption(p, { QStringLiteral("models"), tr("Candidate models, comma separated."), tr("a,b") });
    CliIo::addOption(
        p, { QStringLiteral("sample"), tr("Random sample of N logs (0 = all)."), tr("N"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Sample seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("budget"), tr("Budget in USD (0 = none)."), tr("USD"), QStringLiteral("0") });
    CliIo::addOption(p,
                     { QStringLiteral("sample-for-budget"),
                       tr("Choose the most informative sample that fits --budget (stratified by use case, prompt "
                          "length and refusals; --sample caps it).") });
    CliIo::addOption(p, { QStringLiteral("p90"), tr("With --sample-for-budget: price prompts at P90, not expected.") });
    CliIo::addOption(p,
                     { QStringLiteral("concurrency"), tr("Requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p,
                     { QStringLiteral("rpm"), tr("Requests per minute per model (0 = catalog limit)."), tr("N"),
                       QStringLiteral("0") });
    CliIo::addOption(p,
                     { QStringLiteral("timeout-ms"), tr("Request timeout: the whole reply must arrive within it."),
                       tr("ms"), QStringLiteral("60000") });
    CliIo::addOption(p, { QStringLiteral("retries"), tr("Maximum retries."), tr("N"), QStringLiteral("3") });
    CliIo::addOption(p,
                     { QStringLiteral("network-threads"), tr("Network threads (one QNetworkAccessManager each)."),
                       tr("N"), QStringLiteral("1") });
    CliIo::addOption(
        p, { QStringLiteral("cache-ttl"), tr("Cache time-to-live in seconds."), tr("s"), QStringLiteral("3600") });
    CliIo::addOption(
        p, { QStringLiteral("resume"), tr("Resume this interrupted run instead of starting one."), tr("run-id") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print the summary as JSON.") });
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, QStringLiteral("replay")));
        return ExitSuccess;
    }
    const QString project = p.value(QStringLiteral("project"));
    ReplayRunJob::Request request;
    request.models = p.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : request.models)
        m = m.trimmed();
    if (project.isEmpty() || (request.models.isEmpty() && !p.isSet(QStringLiteral("resume")))) {
        CliIo::err(tr("usage: shadow-optic replay --project P --models a,b [--base-url URL] [--sample N] [--seed S] "
                      "[--budget USD [--sample-for-budget]] [--concurrency C] [--json]"));
        return ExitUsage;
    }
    ReplayOptions &options = request.options;
    options.concurrency = p.value(QStringLiteral("concurrency")).toInt();
    options.requestsPerMinute = p.value(QStringLiteral("rpm")).toInt();
    options.timeoutMs = p.value(QStringLiteral("timeout-ms")).toInt();
    options.maxRetries = p.value(QStringLiteral("retries")).toInt();
    options.budgetUsd = p.value(QStringLiteral("budget")).toDouble();
    options.cacheTtlSeconds = p.value(QStringLiteral("cache-ttl")).toInt();
    options.networkThreads = p.value(QStringLiteral("network-threads")).toInt();
    if (options.concurrency < 1 || options.concurrency > ReplayOptions::MaxConcurrency || options.timeoutMs <= 0
        || options.budgetUsd < 0) {
        CliIo::err(tr("--concurrency must be 1-64, --timeout-ms positive and --budget not negative."));
        return ExitUsage;
    }
    request.sample.size = p.value(QStringLiteral("sample")).toInt();
    request.sample.seed = p.value(QStringLiteral("seed")).toULongLong();
    request.sampleForBudget = p.isSet(QStringLiteral("sample-for-budget"));
    request.sampleAtP90 = p.isSet(QStringLiteral("p90"));
    if (request.sampleForBudget && options.budgetUsd <= 0) {
        CliIo::err(tr("--sample-for-budget needs --budget."));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("resume"))) {
        bool ok = false;
        request.resumeRunId = p.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || request.resumeRunId <= 0) {
            CliIo::err(tr("--resume needs a positive run id."));
            return ExitUsage;
        }
    }

    QString error;
    {
        ProjectStore store;
        if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)) {
            CliIo::err(error);
            return ExitError;
        }
        for (const ReplayRunInfo &run : ReplayStore(store).markInterruptedRuns())
            if (run.id != request.resumeRunId)
                CliIo::err(tr("Run %1 was interrupted with %2 of %3 items stored; continue it with --resume %1.")
                               .arg(run.id)
                               .arg(run.completed)
                               .arg(run.planned));
    }
    Session session;
    session.setProjectPath(project);
    if (!CliTarget::apply(p, &session, &error)) {
        CliIo::err(error);
        return ExitUsage;
    }
    ReplayRunJob job(&session);
    job.setRequest(request);
    QObject::connect(&job, &ReplayRunJob::runStarted, &job, [&job](qint64 runId) {
        const ReplayProgress pr = job.result();
        CliIo::err(
            tr("Run %1 started: %2 requests to %3.").arg(runId).arg(pr.total - pr.done).arg(job.target().describe()));
    });
    const Job::State state = CliJob::run(&job, tr("Cancelling: aborting requests in flight…"));
    const ReplayProgress result = job.result();
    if (result.runId == 0)
        return state == Job::State::Cancelled ? ExitCancelled : ExitError;
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    else
        CliIo::out(result.toText());
    return exitCodeFor(result);
}

} // namespace ShadowOptic
