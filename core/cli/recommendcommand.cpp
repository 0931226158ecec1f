// SPDX-License-Identifier: MIT
#include "recommendcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "clitarget.h"
#include "eval/judgerubric.h"
#include "exitcode.h"
#include "recommend/verificationplan.h"
#include "session/recommendationjob.h"
#include "session/session.h"
#include "sim/simulatedgateway.h"
#include "store/catalogstore.h"
#include "store/profilestore.h"
#include "store/projectstore.h"
#include "store/recommendationstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ShadowOptic {

namespace {

QStringList list(const QString &value)
{
    QStringList out;
    for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

} // namespace

int RecommendCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Recommend a cheaper model: discovery, use-case fit and verification (replays and "
                                   "judge calls on a sample of the logs, through --base-url or the built-in "
                                   "simulated gateway), with the business impact and per-segment routing."));
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("profile"), tr("Profile name."), tr("name"), QStringLiteral("default") });
    CliTarget::addOptions(p);
    CliIo::addOption(p,
                     { QStringLiteral("current"), tr("Current model (default: the profile's, else the most logged)."),
                       tr("model") });
    CliIo::addOption(p,
                     { QStringLiteral("use-case"),
                       tr("general, coding, reasoning, summarization, creative or support."), tr("name") });
    CliIo::addOption(p, { QStringLiteral("max-cost"), tr("Maximum cost per request in USD."), tr("USD") });
    CliIo::addOption(p, { QStringLiteral("max-latency"), tr("Maximum latency in ms."), tr("ms") });
    CliIo::addOption(p, { QStringLiteral("min-quality"), tr("Minimum mean quality (0-100)."), tr("score") });
    CliIo::addOption(
        p, { QStringLiteral("require"), tr("Required capabilities: json_mode, function_calling, vision."), tr("a,b") });
    CliIo::addOption(p, { QStringLiteral("block"), tr("Blocked providers."), tr("a,b") });
    CliIo::addOption(p,
                     { QStringLiteral("volume"),
                       tr("Monthly request volume (default: measured from the logs when they span at least an hour, "
                          "else 10000; 0 = measured)."),
                       tr("N") });
    CliIo::addOption(p,
                     { QStringLiteral("sample"),
                       tr("Prompts in the first verification round; rounds double (20, 40, 80, …) until every top "
                          "candidate is decisive, the budget or --max-prompts is reached."),
                       tr("N"), QStringLiteral("20") });
    CliIo::addOption(p,
                     { QStringLiteral("max-prompts"), tr("Prompt cap of the verification."), tr("N"),
                       QString::number(RecommendationThresholds().maxPrompts) });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Sample seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p,
                     { QStringLiteral("judge-model"), tr("Judge model."), tr("model"), Session::defaultJudgeModel() });
    CliIo::addOption(p,
                     { QStringLiteral("budget"), tr("Verification budget in USD."), tr("USD"), QStringLiteral("1.0") });
    CliIo::addOption(p,
                     { QStringLiteral("concurrency"), tr("Requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p,
                     { QStringLiteral("cached"),
                       tr("Print the stored recommendation if it is still valid, without "
                          "verifying again.") });
    CliIo::addOption(p,
                     { QStringLiteral("continue"),
                       tr("Continue the stored recommendation that was not decisive: raise the budget and the prompt "
                          "cap to what its planner estimated (stored replays are reused, only new prompts cost).") });
    CliIo::addOption(p,
                     { QStringLiteral("plan"),
                       tr("Print what verification would take (cost per prompt, prompts the budget buys, prompts "
                          "that settle a candidate 1, 2 or 3 % worse) without spending anything.") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print JSON.") });
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic recommend --project P [--base-url URL] [--current MODEL] [--use-case U] "
                      "[--sample N] [--json]"));
        return ExitUsage;
    }
    QString error;
    ProjectStore store;
    PriceCatalog catalog;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)
        || !CatalogStore(store).load(&catalog, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    Recommender::Options o;
    qint64 profileId = 0;
    ProfileStore profiles(store);
    o.profile.name = p.value(QStringLiteral("profile"));
    const bool hadProfile = profiles.load(o.profile.name, &o.profile, &profileId);
    if (p.isSet(QStringLiteral("current")))
        o.profile.currentModel = p.value(QStringLiteral("current"));
    if (p.isSet(QStringLiteral("use-case")))
        o.profile.useCase = p.value(QStringLiteral("use-case"));
    if (p.isSet(QStringLiteral("max-cost")))
        o.profile.maxCostPerRequestUsd = p.value(QStringLiteral("max-cost")).toDouble();
    if (p.isSet(QStringLiteral("max-latency")))
        o.profile.maxLatencyMs = p.value(QStringLiteral("max-latency")).toInt();
    if (p.isSet(QStringLiteral("min-quality")))
        o.profile.minQuality = p.value(QStringLiteral("min-quality")).toDouble();
    if (p.isSet(QStringLiteral("require")))
        o.profile.requiredCapabilities = list(p.value(QStringLiteral("require")));
    if (p.isSet(QStringLiteral("block")))
        o.profile.blockedProviders = list(p.value(QStringLiteral("block")));
    if (p.isSet(QStringLiteral("volume"))) {
        o.profile.monthlyVolume = p.value(QStringLiteral("volume")).toDouble();
        o.profile.volumeMeasured = false;
        o.profile.volumeSet = o.profile.monthlyVolume > 0;
    }
    o.sampleSize = p.value(QStringLiteral("sample")).toInt();
    o.seed = p.value(QStringLiteral("seed")).toULongLong();
    o.judgeModel = p.value(QStringLiteral("judge-model"));
    o.thresholds.verificationBudgetUsd = p.value(QStringLiteral("budget")).toDouble();
    o.thresholds.maxPrompts = p.value(QStringLiteral("max-prompts")).toInt();
    o.replay.concurrency = qBound(1, p.value(QStringLiteral("concurrency")).toInt(), ReplayOptions::MaxConcurrency);
    if (o.sampleSize < 1 || o.thresholds.verificationBudgetUsd <= 0 || o.thresholds.maxPrompts < o.sampleSize) {
        CliIo::err(tr("--sample must be at least 1, --max-prompts at least --sample and --budget positive."));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("plan"))) {
        if (o.profile.currentModel.isEmpty())
            o.profile.currentModel = profiles.mostLoggedModel();
        if (!profiles.measure(&o.profile, &error)) {
            CliIo::err(error);
            return ExitError;
        }
        o.thresholds.firstRoundPrompts = o.sampleSize;
        const bool simulator = !p.isSet(QStringLiteral("base-url"));
        const VerificationPlan plan = VerificationPlan::compute(
            catalog, o.profile, o.thresholds, o.judgeModel, simulator ? SimulatedGateway::modelIds() : QStringList());
        if (!plan.error.isEmpty()) {
            CliIo::err(plan.error);
            return ExitError;
        }
        CliIo::out(plan.toText());
        return ExitSuccess;
    }
    if (p.isSet(QStringLiteral("continue"))) {
        const QJsonObject stored = hadProfile ? RecommendationStore(store).latest(profileId) : QJsonObject();
        const Recommendation last = Recommendation::fromJson(stored);
        const RecommendationCandidate *open = last.openCandidate();
        if (stored.isEmpty() || last.status != Recommendation::Status::NotDecisive || !open) {
            CliIo::err(stored.isEmpty()
                           ? tr("Nothing to continue: profile '%1' has no stored recommendation.").arg(o.profile.name)
                           : tr("Nothing to continue: the stored recommendation is decisive (%1).")
                                 .arg(Recommendation::verdictName(last.status)));
            return ExitUsage;
        }
        if (open->morePrompts < 0) {
            CliIo::err(tr("%1 sits too close to the margin to settle within %L2 prompts; continuing would not "
                          "decide it.")
                           .arg(open->model)
                           .arg(CandidateEvidence::planCap));
            return ExitError;
        }
        o.thresholds.maxPrompts = int(qMin<qint64>(
            CandidateEvidence::planCap, qMax<qint64>(o.thresholds.maxPrompts, last.sampleSize + open->morePrompts)));
        if (std::isfinite(open->moreCostUsd))
            o.thresholds.verificationBudgetUsd
                = qMax(o.thresholds.verificationBudgetUsd, 1.25 * open->moreCostUsd + 0.01);
        CliIo::err(tr("Continuing %1: up to %L2 prompts, budget $%3 (stored replays are reused).")
                       .arg(open->model)
                       .arg(o.thresholds.maxPrompts)
                       .arg(o.thresholds.verificationBudgetUsd, 0, 'f', 2));
    }
    if (p.isSet(QStringLiteral("cached")) && hadProfile) {
        UserProfile measured = o.profile;
        profiles.measure(&measured, &error);
        const QJsonObject cached = RecommendationStore(store).latestValid(
            profileId, catalog.version(), JudgeRubric().version(), o.profile.fingerprint());
        if (!cached.isEmpty()) {
            if (p.isSet(QStringLiteral("json")))
                CliIo::outBytes(QJsonDocument(cached).toJson(QJsonDocument::Indented));
            else
                CliIo::out(Recommendation::fromJson(cached).toText());
            return ExitSuccess;
        }
        CliIo::err(tr("No valid stored recommendation for this profile; verifying."));
    }
    Session session;
    session.setProjectPath(project);
    session.setJudgeModel(p.value(QStringLiteral("judge-model")));
    if (!CliTarget::apply(p, &session, &error)) {
        CliIo::err(error);
        return ExitUsage;
    }
    RecommendationJob job(&session);
    job.setOptions(o);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The recommendation was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(job.result().toJson()).toJson(QJsonDocument::Indented));
    else
        CliIo::out(job.result().toText());
    return ExitSuccess;
}

} // namespace ShadowOptic
