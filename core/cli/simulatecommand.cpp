// SPDX-License-Identifier: MIT
#include "simulatecommand.h"

#include "cliio.h"
#include "clisignals.h"
#include "exitcode.h"
#include "sim/faultplan.h"
#include "sim/simulatedgateway.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ShadowOptic {

int SimulateCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Run the built-in simulated OpenAI-compatible gateway until interrupted."));
    p.addHelpOption();
    CliIo::addOption(
        p, { QStringLiteral("port"), tr("Port on 127.0.0.1 (0 = any free port)."), tr("N"), QStringLiteral("0") });
    CliIo::addOption(
        p, { QStringLiteral("latency-ms"), tr("Fixed latency for every answer (default: model profiles)."), tr("ms") });
    CliIo::addOption(
        p, { QStringLiteral("faults"), tr("Fault plan, e.g. '429x2,500;p=0.1' (see FaultPlan)."), tr("spec") });
    CliIo::addOption(p, { QStringLiteral("no-random-errors"), tr("Turn off the models' random 5xx errors.") });
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, QStringLiteral("simulate")));
        return ExitSuccess;
    }
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        CliIo::err(tr("--port must be a number between 0 and 65535."));
        return ExitUsage;
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
            return ExitUsage;
        }
        gateway.setFaultPlan(*plan);
    }
    if (!gateway.listen(quint16(port))) {
        CliIo::err(tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(gateway.errorString()));
        return ExitError;
    }
    CliIo::out(QString::number(gateway.port()));
    CliIo::err(tr("Simulated gateway at %1 with models: %2. Press Ctrl+C to stop.")
                   .arg(gateway.baseUrl().toString(), SimulatedGateway::modelIds().join(QStringLiteral(", "))));
    CliSignals::onInterrupt(&gateway, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    CliIo::err(tr("Served %1 requests.").arg(gateway.requestsServed()));
    return ExitSuccess;
}

} // namespace ShadowOptic
