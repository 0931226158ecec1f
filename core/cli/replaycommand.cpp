// SPDX-License-Identifier: MIT
#include "replaycommand.h"

#include "catalog/pricecatalog.h"
#include "cliio.h"
#include "exitcode.h"
#include "replay/apikeys.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "store/replaystore.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace ShadowOptic {

namespace {

int s_signalPipe[2] = { -1, -1 };

// SIGINT/SIGTERM become an event-loop notification so cancel runs on the main thread.
void installSignalHandler(QObject *context, const std::function<void()> &onSignal)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto handler = [](int) {
        char c = 1;
        [[maybe_unused]] auto n = ::write(s_signalPipe[0], &c, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [onSignal] {
        char c;
        [[maybe_unused]] auto n = ::read(s_signalPipe[1], &c, 1);
        onSignal();
    });
}

} // namespace

int ReplayCommand::exitCodeFor(const ReplayProgress &result)
{
    const ModelReplayCounts totals = result.totals();
    if (result.status == QLatin1String("cancelled")) {
        CliIo::err(tr("Run %1 was cancelled; continue it with --resume %1.").arg(result.runId));
        return ExitCancelled;
    }
    if (totals.failed > 0)
        CliIo::err(result.failureText().trimmed());
    if (result.status == QLatin1String("failed")) {
        CliIo::err(tr("Run %1 failed: no request got a usable answer.").arg(result.runId));
        return ExitError;
    }
    if (result.budgetReached)
        CliIo::err(tr("Run %1 stopped at its budget: %2 of %3 items replayed for $%4 of $%5; the next request could "
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

int ReplayCommand::runSimulate(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Run the built-in simulated OpenAI-compatible gateway until interrupted."));
    p.addHelpOption();
    CliIo::addOption(p, { QStringLiteral("port"), tr("Port on 127.0.0.1 (0 = any free port)."), tr("N"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("latency-ms"), tr("Fixed latency for every answer (default: model profiles)."), tr("ms") });
    CliIo::addOption(p, { QStringLiteral("faults"), tr("Fault plan, e.g. '429x2,500;p=0.1' (see FaultPlan)."), tr("spec") });
    CliIo::addOption(p, { QStringLiteral("no-random-errors"), tr("Turn off the models' random 5xx errors.") });
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, QStringLiteral("simulate")));
        return 0;
    }
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        CliIo::err(tr("--port must be a number between 0 and 65535."));
        return 2;
    }
    SimulatedGateway gateway;
    if (p.isSet(QStringLiteral("latency-ms")))
        gateway.setLatencyOverrideMs(p.value(QStringLiteral("latency-ms")).toInt());
    if (p.isSet(QStringLiteral("no-random-errors")))
        gateway.setRandomErrorsEnabled(false);
    if (p.isSet(QStringLiteral("faults"))) {
        QString error;
        const auto plan = FaultPlan::parse(p.value(QStringLiteral("faults")), &error);
        if (!plan) {
            CliIo::err(tr("Bad --faults: %1").arg(error));
            return 2;
        }
        gateway.setFaultPlan(*plan);
    }
    if (!gateway.listen(quint16(port))) {
        CliIo::err(tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(gateway.errorString()));
        return 1;
    }
    CliIo::out(QString::number(gateway.port()));
    CliIo::err(tr("Simulated gateway at %1 with models: %2. Press Ctrl+C to stop.")
                   .arg(gateway.baseUrl().toString(), SimulatedGateway::modelIds().join(QStringLiteral(", "))));
    installSignalHandler(&gateway, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    CliIo::err(tr("Served %1 requests.").arg(gateway.requestsServed()));
    return 0;
}

int ReplayCommand::runReplay(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Replay a sample of the project's logs against candidate models. Without "
                                   "--base-url the built-in simulated gateway answers. Keys come from "
                                   "PORTKEY_API_KEY / OPENAI_API_KEY (never stored)."));
    p.addHelpOption();
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("base-url"), tr("Gateway base URL, e.g. http://localhost:8787/v1."), tr("url") });
    CliIo::addOption(p, { QStringLiteral("target"), tr("simulator, local-gateway, portkey or openai-compatible (default: "
                                               "from the URL)."), tr("kind") });
    CliIo::addOption(p, { QStringLiteral("provider"), tr("x-portkey-provider for header mode (default openai)."), tr("slug") });
    CliIo::addOption(p, { QStringLiteral("config"), tr("Portkey config JSON file (config mode)."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("upstream"), tr("x-portkey-custom-host for a local gateway in header mode."), tr("url") });
    CliIo::addOption(p, { QStringLiteral("models"), tr("Candidate models, comma separated."), tr("a,b") });
    CliIo::addOption(p, { QStringLiteral("sample"), tr("Random sample of N logs (0 = all)."), tr("N"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Sample seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("budget"), tr("Budget in USD (0 = none)."), tr("USD"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("concurrency"), tr("Requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p, { QStringLiteral("rpm"), tr("Requests per minute per model (0 = catalog limit)."), tr("N"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("timeout-ms"), tr("Request timeout."), tr("ms"), QStringLiteral("60000") });
    CliIo::addOption(p, { QStringLiteral("retries"), tr("Maximum retries."), tr("N"), QStringLiteral("3") });
    CliIo::addOption(p, { QStringLiteral("network-threads"), tr("Network threads (one QNetworkAccessManager each)."), tr("N"),
                  QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("cache-ttl"), tr("Cache time-to-live in seconds."), tr("s"), QStringLiteral("3600") });
    CliIo::addOption(p, { QStringLiteral("resume"), tr("Resume this interrupted run instead of starting one."), tr("run-id") });
    CliIo::addOption(p, { QStringLiteral("sim-latency-ms"), tr("Built-in simulator: fixed latency."), tr("ms") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print the summary as JSON.") });
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, QStringLiteral("replay")));
        return 0;
    }
    const QString project = p.value(QStringLiteral("project"));
    const QStringList models = p.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (project.isEmpty() || (models.isEmpty() && !p.isSet(QStringLiteral("resume")))) {
        CliIo::err(tr("usage: shadow-optic replay --project P --models a,b [--base-url URL] [--sample N] [--seed S] "
                      "[--budget USD] [--concurrency C] [--json]"));
        return 2;
    }
    ReplayOptions options;
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
        return 2;
    }

    // The built-in simulator runs on its own thread so it never competes with the engine's event loop.
    std::unique_ptr<SimulatorThread> simulator;
    ReplayTarget target;
    if (p.isSet(QStringLiteral("base-url"))) {
        target.baseUrl = QUrl(p.value(QStringLiteral("base-url")));
        target.kind = p.isSet(QStringLiteral("target")) ? ReplayTarget::kindFromName(p.value(QStringLiteral("target")))
                                                        : ReplayTarget::kindForUrl(target.baseUrl);
    } else {
        simulator = std::make_unique<SimulatorThread>(QStringLiteral("replay-simulator"));
        if (p.isSet(QStringLiteral("sim-latency-ms")))
            simulator->gateway()->setLatencyOverrideMs(p.value(QStringLiteral("sim-latency-ms")).toInt());
        QString simError;
        if (!simulator->target(&target, &simError)) {
            CliIo::err(simError);
            return 1;
        }
        CliIo::err(tr("Using the built-in simulated gateway at %1").arg(target.baseUrl.toString()));
    }
    target.provider = p.value(QStringLiteral("provider"));
    if (p.isSet(QStringLiteral("upstream")))
        target.upstreamUrl = QUrl(p.value(QStringLiteral("upstream")));
    if (p.isSet(QStringLiteral("config"))) {
        QFile f(p.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly)) {
            CliIo::err(tr("Cannot read the config file '%1': %2").arg(f.fileName(), f.errorString()));
            return 2;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            CliIo::err(tr("The config file '%1' is not a JSON object: %2").arg(f.fileName(), pe.errorString()));
            return 2;
        }
        target.routing = ReplayTarget::RoutingMode::Config;
        target.configJson = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    ApiKeys::fillFromEnvironment(&target);

    QString error;
    ReplayEngine engine;
    {
        ProjectStore store;
        if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)) {
            CliIo::err(error);
            return 1;
        }
        ReplayStore rs(store);
        for (const ReplayRunInfo &run : rs.markInterruptedRuns())
            if (!p.isSet(QStringLiteral("resume")))
                CliIo::err(tr("Run %1 was interrupted with %2 of %3 items stored; continue it with --resume %1.")
                               .arg(run.id)
                               .arg(run.completed)
                               .arg(run.planned));
    }
    bool started = false;
    if (p.isSet(QStringLiteral("resume"))) {
        started = engine.resume(project, p.value(QStringLiteral("resume")).toLongLong(), target, options, &error);
    } else {
        ProjectStore store;
        PriceCatalog catalog;
        QList<ReplayJob> plan;
        ReplaySampleSpec sample;
        sample.size = p.value(QStringLiteral("sample")).toInt();
        sample.seed = p.value(QStringLiteral("seed")).toULongLong();
        started = store.open(project, &error, ProjectStore::OpenMode::OpenExisting) && store.loadCatalog(&catalog, &error)
            && ReplayPlanner::plan(store, catalog, models, sample, &plan, &error)
            && engine.start(project, target, options, plan, &error);
    }
    if (!started) {
        CliIo::err(error);
        return 1;
    }
    {
        const ReplayProgress pr = engine.progress();
        CliIo::err(tr("Run %1 started: %2 requests to %3.").arg(pr.runId).arg(pr.total - pr.done).arg(target.describe()));
    }
    QObject::connect(&engine, &ReplayEngine::progressChanged, [](const ReplayProgress &pr) {
        const QString eta = pr.done > 0 && pr.total > pr.done ? tr("ETA %1 s").arg(pr.etaMs() / 1000) : tr("ETA unknown");
        CliIo::progress(tr("%1/%2 done, %3, $%4 spent, %5")
                            .arg(pr.done)
                            .arg(pr.total)
                            .arg(pr.inFlightText())
                            .arg(pr.spentUsd, 0, 'f', 4)
                            .arg(eta));
    });
    QObject::connect(&engine, &ReplayEngine::failed, [](const QString &m) { CliIo::err(m); });
    QObject::connect(&engine, &ReplayEngine::finished, [] { QCoreApplication::exit(0); });
    installSignalHandler(&engine, [&engine] {
        CliIo::err(tr("Cancelling: aborting requests in flight…"));
        engine.cancel();
    });
    if (engine.isRunning())
        QCoreApplication::exec();
    CliIo::endProgress();
    const ReplayProgress result = engine.progress();
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    else
        CliIo::out(result.toText());
    return exitCodeFor(result);
}

} // namespace ShadowOptic
