// SPDX-License-Identifier: MIT
#include "clitarget.h"

#include "cliio.h"
#include "replay/apikeys.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace ShadowOptic {

void CliTarget::addOptions(QCommandLineParser &p)
{
    CliIo::addOption(p,
                     { QStringLiteral("base-url"),
                       tr("Gateway base URL, e.g. http://localhost:8787/v1 (default: the "
                          "built-in simulated gateway)."),
                       tr("url") });
    CliIo::addOption(p,
                     { QStringLiteral("target"),
                       tr("simulator, local-gateway, portkey or openai-compatible (default: "
                          "from the URL)."),
                       tr("kind") });
    CliIo::addOption(p,
                     { QStringLiteral("provider"), tr("x-portkey-provider for header routing."), tr("slug"),
                       QStringLiteral("openai") });
    CliIo::addOption(p,
                     { QStringLiteral("config"),
                       tr("Portkey config for config routing: a JSON file, or a saved config "
                          "id such as pc-abc-123."),
                       tr("file|id") });
    CliIo::addOption(
        p,
        { QStringLiteral("upstream"), tr("x-portkey-custom-host for a local gateway in header routing."), tr("url") });
    CliIo::addOption(p,
                     { QStringLiteral("ca-cert"),
                       tr("Trust the certificates in this PEM or DER file for the gateway, on top of the system's "
                          "(a self-signed or private-CA gateway). TLS errors are never ignored."),
                       tr("file") });
    CliIo::addOption(p, { QStringLiteral("sim-latency-ms"), tr("Built-in simulator: fixed latency."), tr("ms") });
}

bool CliTarget::apply(const QCommandLineParser &p, Session *session, QString *error)
{
    ReplayTarget target;
    if (p.isSet(QStringLiteral("base-url"))) {
        target.baseUrl = QUrl(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
        target.kind = ReplayTarget::kindForUrl(target.baseUrl);
    }
    if (p.isSet(QStringLiteral("target"))) {
        const QString name = p.value(QStringLiteral("target"));
        const QStringList kinds { QStringLiteral("simulator"), QStringLiteral("local-gateway"),
                                  QStringLiteral("portkey"), QStringLiteral("openai-compatible") };
        if (!kinds.contains(name)) {
            *error = tr("--target must be one of %1.").arg(kinds.join(QStringLiteral(", ")));
            return false;
        }
        target.kind = ReplayTarget::kindFromName(name);
        if (!p.isSet(QStringLiteral("base-url")) && target.kind != ReplayTarget::Kind::Simulator)
            target.baseUrl = ReplayTarget::defaultBaseUrl(target.kind);
    }
    target.provider = p.value(QStringLiteral("provider"));
    if (p.isSet(QStringLiteral("upstream")))
        target.upstreamUrl = QUrl(p.value(QStringLiteral("upstream")), QUrl::StrictMode);
    if (p.isSet(QStringLiteral("config"))) {
        const QString config = p.value(QStringLiteral("config"));
        target.routing = ReplayTarget::RoutingMode::Config;
        QFile f(config);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read the config file '%1': %2").arg(config, f.errorString());
                return false;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
            if (!doc.isObject()) {
                *error = tr("The config file '%1' is not a JSON object: %2").arg(config, pe.errorString());
                return false;
            }
            target.configJson = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        } else if (config.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            *error = tr("The config file '%1' does not exist.").arg(config);
            return false;
        } else {
            target.configJson = config; // a saved config id
        }
    }
    if (p.isSet(QStringLiteral("ca-cert")))
        target.trustedCertificates = p.value(QStringLiteral("ca-cert"));
    ApiKeys::fillFromEnvironment(&target);
    if (!session->setTarget(target, error))
        return false;
    if (session->usesSimulator() && target.baseUrl.isEmpty()) {
        if (p.isSet(QStringLiteral("sim-latency-ms")))
            session->setSimulatorLatencyMs(p.value(QStringLiteral("sim-latency-ms")).toInt());
        ReplayTarget resolved;
        if (!session->resolveTarget(&resolved, error))
            return false;
        CliIo::err(tr("Using the built-in simulated gateway at %1").arg(resolved.baseUrl.toString()));
    }
    return true;
}

} // namespace ShadowOptic
