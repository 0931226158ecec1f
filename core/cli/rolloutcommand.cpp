// SPDX-License-Identifier: MIT
#include "rolloutcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "domain/timestampparser.h"
#include "exitcode.h"
#include "rollout/rolloutconfigbuilder.h"
#include "rollout/rolloutsimulator.h"
#include "rollout/rolloutstageconfig.h"
#include "session/rolloutjob.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ShadowOptic {

namespace {

const QStringList actions { QStringLiteral("create"),  QStringLiteral("status"),   QStringLiteral("check"),
                            QStringLiteral("promote"), QStringLiteral("rollback"), QStringLiteral("kill"),
                            QStringLiteral("auto"),    QStringLiteral("stages"),   QStringLiteral("config"),
                            QStringLiteral("simulate") };

QString lightOf(RolloutCheckItem::State state)
{
    switch (state) {
    case RolloutCheckItem::State::Pass:
        return QStringLiteral("[ok]  ");
    case RolloutCheckItem::State::Fail:
        return QStringLiteral("[FAIL]");
    case RolloutCheckItem::State::Pending:
        return QStringLiteral("[wait]");
    }
    return {};
}

} // namespace

int RolloutCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Staged rollout of a challenger model (SPEC §9): shadow → canary 1 % → graduated 10 % → ramping 50 % → "
           "majority 90 % → full, each stage promoted only when its duration, samples, gates, traffic split and "
           "non-inferiority test hold. Every move is appended to the experiment's audit log."));
    p.addPositionalArgument(QStringLiteral("action"), actions.join(QStringLiteral(" | ")));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(
        p, { QStringLiteral("experiment"), tr("Experiment name or id (default: the active one)."), tr("name") });
    CliIo::addOption(p, { QStringLiteral("production"), tr("create: the production model."), tr("model") });
    CliIo::addOption(p, { QStringLiteral("challenger"), tr("create: the challenger model."), tr("model") });
    CliIo::addOption(p,
                     { QStringLiteral("name"),
                       tr("create: the experiment's name, also the metadata.experiment_id live logs may carry."),
                       tr("name") });
    CliIo::addOption(
        p,
        { QStringLiteral("automatic"), tr("create: promote when the check passes and roll back on a hard failure.") });
    CliIo::addOption(p,
                     { QStringLiteral("stages"),
                       tr("create, stages: the stage table as a JSON array (see rollout status --json)."),
                       tr("file") });
    CliIo::addOption(
        p, { QStringLiteral("reason"), tr("Why (required for rollback; recorded in the audit log)."), tr("text") });
    CliIo::addOption(p,
                     { QStringLiteral("at"),
                       tr("Act as of this time (ISO 8601), e.g. to replay a rollout over exported logs."),
                       tr("time") });
    CliIo::addOption(p,
                     { QStringLiteral("stage"), tr("config: the stage whose Portkey config to print."), tr("name") });
    CliIo::addOption(p, { QStringLiteral("kill-switch"), tr("config: the kill-switch config (challenger weight 0).") });
    CliIo::addOption(p, { QStringLiteral("rollback"), tr("config: the rollback config (production only).") });
    CliIo::addOption(p,
                     { QStringLiteral("sticky"),
                       tr("config: the conditional variant that keeps each user on one model (routes on "
                          "metadata.rollout_bucket; the client line that computes it goes to stderr).") });
    CliIo::addOption(p,
                     { QStringLiteral("hosted"),
                       tr("config: the variant for Portkey's hosted gateway only (sticky sessions, @slug "
                          "providers).") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("config: also save the JSON to this file."), tr("file") });
    CliIo::addOption(p,
                     { QStringLiteral("rph"),
                       tr("simulate: production requests per hour (default: measured from the logs)."), tr("N") });
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;

    const QString action = p.positionalArguments().value(0);
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty() || !actions.contains(action)) {
        CliIo::err(tr("usage: shadow-optic rollout create --project P --production M --challenger M [--name N] "
                      "[--automatic] [--stages FILE.json]\n"
                      "       shadow-optic rollout status|check --project P [--experiment N] [--json]\n"
                      "       shadow-optic rollout promote|kill --project P [--experiment N] [--reason TEXT]\n"
                      "       shadow-optic rollout rollback --project P [--experiment N] --reason TEXT\n"
                      "       shadow-optic rollout auto on|off --project P [--experiment N]\n"
                      "       shadow-optic rollout stages --project P --stages FILE.json\n"
                      "       shadow-optic rollout config --project P [--stage NAME [--sticky] [--hosted] | "
                      "--kill-switch | --rollback] [--out FILE]\n"
                      "       shadow-optic rollout simulate --project P [--rph N] [--json]"));
        return ExitUsage;
    }

    RolloutJob::Request request;
    request.experiment = p.value(QStringLiteral("experiment"));
    request.reason = p.value(QStringLiteral("reason"));
    if (p.isSet(QStringLiteral("at"))) {
        if (!TimestampParser::parse(p.value(QStringLiteral("at")), &request.nowMs) || request.nowMs <= 0) {
            CliIo::err(tr("--at: '%1' is not a time (use ISO 8601, e.g. 2026-12-04T10:00:00Z).")
                           .arg(p.value(QStringLiteral("at"))));
            return ExitUsage;
        }
    }
    RolloutPlan plan = RolloutPlan::defaults();
    if (p.isSet(QStringLiteral("stages"))) {
        QFile file(p.value(QStringLiteral("stages")));
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::err(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString why;
        if (!doc.isArray())
            why = parseError.error != QJsonParseError::NoError ? parseError.errorString() : tr("not a JSON array");
        else
            plan = RolloutPlan::fromJson(doc.array(), &why);
        if (!why.isEmpty()) {
            CliIo::err(tr("%1 is not a stage table: %2").arg(file.fileName(), why));
            return ExitUsage;
        }
    }

    if (action == QLatin1String("create")) {
        request.action = RolloutJob::Action::Create;
        request.newExperiment.productionModel = p.value(QStringLiteral("production"));
        request.newExperiment.challengerModel = p.value(QStringLiteral("challenger"));
        request.newExperiment.name = p.value(QStringLiteral("name"));
        request.newExperiment.automatic = p.isSet(QStringLiteral("automatic"));
        request.newExperiment.plan = plan;
        if (request.newExperiment.productionModel.isEmpty() || request.newExperiment.challengerModel.isEmpty()) {
            CliIo::err(tr("rollout create needs --production and --challenger."));
            return ExitUsage;
        }
    } else if (action == QLatin1String("status")) {
        request.action = RolloutJob::Action::Status;
    } else if (action == QLatin1String("check")) {
        request.action = RolloutJob::Action::Check;
    } else if (action == QLatin1String("promote")) {
        request.action = RolloutJob::Action::Promote;
    } else if (action == QLatin1String("rollback")) {
        request.action = RolloutJob::Action::Rollback;
        if (request.reason.trimmed().isEmpty()) {
            CliIo::err(tr("rollout rollback needs --reason: it goes into the audit log."));
            return ExitUsage;
        }
    } else if (action == QLatin1String("kill")) {
        request.action = RolloutJob::Action::Kill;
    } else if (action == QLatin1String("auto")) {
        const QString mode = p.positionalArguments().value(1);
        if (mode != QLatin1String("on") && mode != QLatin1String("off")) {
            CliIo::err(tr("usage: shadow-optic rollout auto on|off --project P [--experiment N]"));
            return ExitUsage;
        }
        request.action = RolloutJob::Action::SetAutomatic;
        request.automatic = mode == QLatin1String("on");
    } else if (action == QLatin1String("config") || action == QLatin1String("simulate")) {
        request.action = RolloutJob::Action::Status;
    } else if (action == QLatin1String("stages")) {
        if (!p.isSet(QStringLiteral("stages"))) {
            CliIo::err(tr("rollout stages needs --stages FILE.json."));
            return ExitUsage;
        }
        request.action = RolloutJob::Action::EditPlan;
        request.plan = plan;
    }

    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    RolloutJob job(&session);
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled)
        return ExitCancelled;
    if (state != Job::State::Succeeded)
        return ExitError;
    const RolloutStatus &status = job.result();
    if (action == QLatin1String("config"))
        return printConfig(p, status);
    if (action == QLatin1String("simulate"))
        return printSimulation(p, status);
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
    else
        printStatus(status);
    return ExitSuccess;
}

void RolloutCommand::printStatus(const RolloutStatus &s)
{
    const QLocale locale;
    QStringList lines;
    if (!s.message.isEmpty() && s.message != s.check.summary)
        lines << s.message << QString();
    if (!s.hasExperiment) {
        lines << tr("No active rollout experiment. Create one: shadow-optic rollout create --project P --production M "
                    "--challenger M");
        CliIo::out(lines.join(u'\n'));
        return;
    }
    const RolloutExperiment &e = s.experiment;
    const RolloutCheck &c = s.check;
    lines << tr("Experiment %1: %2 → %3").arg(e.name, e.productionModel, e.challengerModel)
          << tr("Stage: %1 (%2 of live traffic to the challenger%3), %4 h in stage%5")
                 .arg(e.stage().displayName(), RolloutStage { QString(), e.configuredShare(), 0, 0, {} }.shareText(),
                      e.killed ? tr(", kill switch pulled") : QString(), locale.toString(c.hoursInStage, 'f', 1),
                      e.automatic ? tr(", automatic mode") : QString());
    if (s.trafficPerHour > 0)
        lines << tr("Production traffic: %1 requests per hour").arg(locale.toString(s.trafficPerHour, 'f', 0));
    lines << QString() << tr("Promotion check:");
    for (const RolloutCheckItem &item : c.items) {
        lines << QStringLiteral("  %1 %2: %3 (%4)")
                     .arg(lightOf(item.state), item.label, item.valueText, item.thresholdText);
        if (!item.detail.isEmpty())
            lines << QStringLiteral("         ") + item.detail;
    }
    lines << QString() << c.summary << QString() << tr("Audit log:");
    for (const RolloutEvent &ev : s.events)
        lines << tr("  %1  %2  %3  %4  %5")
                     .arg(QDateTime::fromMSecsSinceEpoch(ev.atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          ev.actor, RolloutEvent::actionName(ev.action),
                          ev.fromStage.isEmpty() || ev.fromStage == ev.toStage
                              ? ev.toStage
                              : ev.fromStage + QStringLiteral(" → ") + ev.toStage,
                          ev.reason);
    CliIo::out(lines.join(u'\n'));
}

int RolloutCommand::printConfig(const QCommandLineParser &p, const RolloutStatus &status)
{
    if (!status.hasExperiment) {
        CliIo::err(tr("No active rollout experiment: create one first (shadow-optic rollout create)."));
        return ExitError;
    }
    const RolloutExperiment &e = status.experiment;
    RolloutEndpoint production;
    production.model = e.productionModel;
    RolloutEndpoint challenger;
    challenger.model = e.challengerModel;
    const RolloutConfigBuilder builder(production, challenger);
    const int modes = int(p.isSet(QStringLiteral("stage"))) + int(p.isSet(QStringLiteral("kill-switch")))
        + int(p.isSet(QStringLiteral("rollback")));
    if (modes > 1) {
        CliIo::err(tr("rollout config takes one of --stage, --kill-switch and --rollback."));
        return ExitUsage;
    }
    QJsonObject config;
    if (modes == 0) {
        const RolloutHostedOptions hosted;
        config = builder.toJson(e.plan, p.isSet(QStringLiteral("hosted")) ? &hosted : nullptr);
    } else if (p.isSet(QStringLiteral("kill-switch"))) {
        config = builder.killSwitchConfig();
    } else if (p.isSet(QStringLiteral("rollback"))) {
        config = builder.rollbackConfig();
    } else {
        const int index = e.plan.indexOf(p.value(QStringLiteral("stage")));
        if (index < 0) {
            CliIo::err(tr("--stage: the experiment has no stage '%1' (it has: %2).")
                           .arg(p.value(QStringLiteral("stage")), e.plan.names().join(QStringLiteral(", "))));
            return ExitUsage;
        }
        const RolloutStage &stage = e.plan.at(index);
        if (p.isSet(QStringLiteral("hosted"))) {
            config = builder.hostedConfig(stage, RolloutHostedOptions());
        } else if (p.isSet(QStringLiteral("sticky"))) {
            if (stage.isShadow() || stage.isFull()) {
                CliIo::err(tr("--sticky: stage %1 does not split traffic; its config sends every user to one model "
                              "already.")
                               .arg(stage.name));
                return ExitUsage;
            }
            config = builder.stickyConfig(stage.challengerShare);
            CliIo::err(RolloutConfigBuilder::clientSnippet());
        } else {
            config = builder.config(stage);
        }
    }
    if (p.isSet(QStringLiteral("out"))) {
        QString error;
        if (!RolloutConfigBuilder::save(config, p.value(QStringLiteral("out")), QJsonDocument::Indented, &error)) {
            CliIo::err(error);
            return ExitError;
        }
    }
    QByteArray json = RolloutConfigBuilder::toPretty(config);
    if (!json.endsWith('\n'))
        json += '\n';
    CliIo::outBytes(json);
    return ExitSuccess;
}

int RolloutCommand::printSimulation(const QCommandLineParser &p, const RolloutStatus &status)
{
    double rph = status.trafficPerHour;
    if (p.isSet(QStringLiteral("rph"))) {
        bool ok = false;
        rph = p.value(QStringLiteral("rph")).toDouble(&ok);
        if (!ok || !(rph > 0)) {
            CliIo::err(tr("--rph must be a number of requests per hour above 0."));
            return ExitUsage;
        }
    }
    if (!(rph > 0)) {
        CliIo::err(tr("The logs do not say how much traffic the production model gets: give it with --rph N."));
        return ExitUsage;
    }
    const RolloutPlan plan = status.hasExperiment ? status.experiment.plan : RolloutPlan::defaults();
    RolloutSimulationOptions options;
    if (status.hasExperiment && status.check.nonInferiorityTested)
        options.designEffect = std::max(1.0, status.check.designEffect);
    const RolloutSimulation sim = RolloutSimulator::simulate(plan, rph, options);
    if (!sim.isValid()) {
        CliIo::err(sim.error);
        return ExitError;
    }
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(QJsonDocument(sim.toJson()).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    const QLocale locale;
    QStringList lines { sim.verdict(), QString() };
    for (const RolloutStageForecast &s : sim.stages) {
        if (s.bound == RolloutStageForecast::Bound::None)
            continue;
        lines << tr("  %1: %2 h (%3)%4")
                     .arg(s.name, locale.toString(s.hours, 'f', 1), RolloutStageForecast::boundKey(s.bound),
                          s.hasCheck() ? tr(", power %1 %").arg(locale.toString(s.power * 100.0, 'f', 0)) : QString());
    }
    CliIo::out(lines.join(u'\n'));
    return ExitSuccess;
}

} // namespace ShadowOptic
