// SPDX-License-Identifier: MIT
#include "evaluatecommand.h"

#include "cliio.h"
#include "eval/evaluator.h"
#include "eval/judgeclient.h"
#include "refusal/refusalcsvclassifier.h"
#include "eval/runevaluator.h"
#include "store/profilestore.h"
#include "store/recommendationstore.h"
#include "recommend/recommender.h"
#include "replay/apikeys.h"
#include "store/replaystore.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <memory>

namespace ShadowOptic {

namespace {

/** The gateway a command talks to: the given URL, or the built-in simulator on its own thread. */
class CliTarget
{
public:

    bool open(const QString &baseUrl, QString *error)
    {
        if (!baseUrl.isEmpty()) {
            target.baseUrl = QUrl(baseUrl);
            target.kind = ReplayTarget::kindForUrl(target.baseUrl);
            ApiKeys::fillFromEnvironment(&target);
            return true;
        }
        m_simulator = std::make_unique<SimulatorThread>(QStringLiteral("cli-simulator"));
        if (!m_simulator->target(&target, error))
            return false;
        CliIo::err(EvaluateCommand::tr("Using the built-in simulated gateway at %1").arg(target.baseUrl.toString()));
        return true;
    }
    bool isSimulator() const { return m_simulator != nullptr; }

    ReplayTarget target;

private:
    std::unique_ptr<SimulatorThread> m_simulator;
};

int parse(QCommandLineParser &p, const QStringList &arguments)
{
    p.addHelpOption();
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, arguments.value(0).section(QLatin1Char(' '), 1)));
        return 0;
    }
    return -1;
}

QStringList list(const QString &value)
{
    QStringList out;
    for (const QString &s : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

void printJson(const QJsonObject &o)
{
    CliIo::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

int EvaluateCommand::runEvaluate(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Judge a replay run's answers (and the logged baseline answers) with an LLM judge "
                                   "and print per-model aggregates with paired comparisons. Without --base-url the "
                                   "built-in simulated gateway judges."));
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("run"), tr("Replay run to evaluate (default: the latest)."), tr("id") });
    CliIo::addOption(p, { QStringLiteral("judge-model"), tr("Judge model (default gpt-4o-mini)."), tr("model"),
                  QStringLiteral("gpt-4o-mini") });
    CliIo::addOption(p, { QStringLiteral("current"), tr("Current model for paired comparisons (default: the most logged)."),
                  tr("model") });
    CliIo::addOption(p, { QStringLiteral("base-url"), tr("Gateway base URL for judge calls."), tr("url") });
    CliIo::addOption(p, { QStringLiteral("budget"), tr("Judging budget in USD (0 = none)."), tr("USD"), QStringLiteral("0") });
    CliIo::addOption(p, { QStringLiteral("concurrency"), tr("Judge requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p, { QStringLiteral("no-baselines"), tr("Do not judge the logged answers.") });
    CliIo::addOption(p, { QStringLiteral("rescore"), tr("Judge again answers already scored with this judge and rubric.") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print JSON.") });
    if (const int rc = parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic evaluate --project P [--judge-model M] [--run RUN] [--base-url URL] [--json]"));
        return 2;
    }
    QString error;
    ProjectStore store;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)) {
        CliIo::err(error);
        return 1;
    }
    qint64 runId = 0;
    if (p.isSet(QStringLiteral("run"))) {
        bool ok = false;
        runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || runId <= 0) {
            CliIo::err(tr("--run needs a positive run id."));
            return 2;
        }
    }
    QString current = p.value(QStringLiteral("current"));
    if (current.isEmpty()) {
        UserProfile profile;
        if (ProfileStore(store).load(profile.name, &profile))
            current = profile.currentModel;
    }
    if (runId == 0) {
        runId = RunEvaluator::latestRun(store, current);
        if (runId == 0) {
            CliIo::err(tr("The project has no replay runs: run 'shadow-optic replay' first."));
            return 1;
        }
    }
    {
        // Fail before starting a simulator when the run does not exist.
        RunEvaluator::Plan plan;
        if (!RunEvaluator::plan(store, runId, current, QString(), QString(), &plan, &error)) {
            CliIo::err(error);
            return 1;
        }
    }
    CliTarget target;
    if (!target.open(p.value(QStringLiteral("base-url")), &error)) {
        CliIo::err(error);
        return 1;
    }
    RunEvaluator evaluator;
    RunEvaluator::Options o;
    o.currentModel = current;
    o.judgeModel = p.value(QStringLiteral("judge-model"));
    o.includeLogged = !p.isSet(QStringLiteral("no-baselines"));
    o.rescore = p.isSet(QStringLiteral("rescore"));
    o.replay.budgetUsd = p.value(QStringLiteral("budget")).toDouble();
    o.replay.concurrency = qBound(1, p.value(QStringLiteral("concurrency")).toInt(), ReplayOptions::MaxConcurrency);
    bool failed = false;
    QObject::connect(&evaluator, &RunEvaluator::progressChanged, [](int, const QString &text) { CliIo::progress(text); });
    QObject::connect(&evaluator, &RunEvaluator::failed, [&failed](const QString &m) {
        failed = true;
        CliIo::err(m);
    });
    QObject::connect(&evaluator, &RunEvaluator::finished, [] { QCoreApplication::exit(0); });
    if (!evaluator.start(project, runId, target.target, o, &error)) {
        CliIo::err(error);
        return 1;
    }
    QCoreApplication::exec();
    CliIo::endProgress();
    if (failed)
        return 1;
    const JudgeSummary summary = evaluator.judgeSummary();
    const EvaluatorReport &report = evaluator.report();
    const QString baseline = evaluator.baselineReplayed() + evaluator.baselineReused() > 0
        ? tr("Baseline: %1 replayed on the run's %2 prompts (%3 replayed now, %4 reused from earlier runs); "
             "spent $%5.")
              .arg(evaluator.currentModel())
              .arg(report.runIds.isEmpty() ? 0 : report.samplesOf(evaluator.currentModel()).size())
              .arg(evaluator.baselineReplayed())
              .arg(evaluator.baselineReused())
              .arg(evaluator.spentUsd(), 0, 'f', 4)
        : tr("Baseline: %1, replayed in run %2; spent $%3.")
              .arg(evaluator.currentModel())
              .arg(runId)
              .arg(evaluator.spentUsd(), 0, 'f', 4);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("judge"), summary.toJson());
        o.insert(QStringLiteral("baselineReplayed"), evaluator.baselineReplayed());
        o.insert(QStringLiteral("baselineReused"), evaluator.baselineReused());
        o.insert(QStringLiteral("spentUsd"), evaluator.spentUsd());
        printJson(o);
    } else {
        CliIo::out(summary.toText() + u'\n' + baseline + u'\n' + report.toText());
    }
    return summary.status == QLatin1String("failed") ? 1 : 0;
}

int EvaluateCommand::runRecommend(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Recommend a cheaper model: discovery, use-case fit and verification (replays and "
                                   "judge calls on a sample of the logs, through --base-url or the built-in "
                                   "simulated gateway), with the business impact and per-segment routing."));
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("profile"), tr("Profile name."), tr("name"), QStringLiteral("default") });
    CliIo::addOption(p, { QStringLiteral("base-url"), tr("Gateway base URL for verification."), tr("url") });
    CliIo::addOption(p, { QStringLiteral("current"), tr("Current model (default: the profile's, else the most logged)."), tr("model") });
    CliIo::addOption(p, { QStringLiteral("use-case"), tr("general, coding, reasoning, summarization, creative or support."), tr("name") });
    CliIo::addOption(p, { QStringLiteral("max-cost"), tr("Maximum cost per request in USD."), tr("USD") });
    CliIo::addOption(p, { QStringLiteral("max-latency"), tr("Maximum latency in ms."), tr("ms") });
    CliIo::addOption(p, { QStringLiteral("min-quality"), tr("Minimum mean quality (0-100)."), tr("score") });
    CliIo::addOption(p, { QStringLiteral("require"), tr("Required capabilities: json_mode, function_calling, vision."), tr("a,b") });
    CliIo::addOption(p, { QStringLiteral("block"), tr("Blocked providers."), tr("a,b") });
    CliIo::addOption(p, { QStringLiteral("volume"), tr("Monthly request volume (default: measured from the logs when they span at least an hour, else 10000; 0 = measured)."), tr("N") });
    CliIo::addOption(p, { QStringLiteral("sample"), tr("Prompts to verify on."), tr("N"), QStringLiteral("20") });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Sample seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("judge-model"), tr("Judge model."), tr("model"), QStringLiteral("gpt-4o-mini") });
    CliIo::addOption(p, { QStringLiteral("budget"), tr("Verification budget in USD."), tr("USD"), QStringLiteral("1.0") });
    CliIo::addOption(p, { QStringLiteral("concurrency"), tr("Requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p, { QStringLiteral("cached"), tr("Print the stored recommendation if it is still valid, without "
                                               "verifying again.") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print JSON.") });
    if (const int rc = parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic recommend --project P [--base-url URL] [--current MODEL] [--use-case U] "
                      "[--sample N] [--json]"));
        return 2;
    }
    QString error;
    ProjectStore store;
    PriceCatalog catalog;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting) || !store.loadCatalog(&catalog, &error)) {
        CliIo::err(error);
        return 1;
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
    o.replay.concurrency = qBound(1, p.value(QStringLiteral("concurrency")).toInt(), ReplayOptions::MaxConcurrency);
    if (o.sampleSize < 1 || o.thresholds.verificationBudgetUsd <= 0) {
        CliIo::err(tr("--sample must be at least 1 and --budget positive."));
        return 2;
    }
    if (p.isSet(QStringLiteral("cached")) && hadProfile) {
        UserProfile measured = o.profile;
        profiles.measure(&measured, &error);
        const QJsonObject cached = RecommendationStore(store).latestValid(profileId, catalog.version(),
                                                                          JudgeRubric().version(),
                                                                          o.profile.fingerprint());
        if (!cached.isEmpty()) {
            if (p.isSet(QStringLiteral("json")))
                printJson(cached);
            else
                CliIo::out(cached.value(QLatin1String("summary")).toString().isEmpty()
                               ? tr("No recommendation: %1").arg(cached.value(QLatin1String("reason")).toString())
                               : cached.value(QLatin1String("summary")).toString());
            return 0;
        }
        CliIo::err(tr("No valid stored recommendation for this profile; verifying."));
    }
    CliTarget target;
    if (!target.open(p.value(QStringLiteral("base-url")), &error)) {
        CliIo::err(error);
        return 1;
    }
    if (target.isSimulator())
        o.availableModels = SimulatedGateway::modelIds();
    Recommender recommender;
    Recommendation result;
    bool failed = false;
    QObject::connect(&recommender, &Recommender::progressChanged, [](int, const QString &text) { CliIo::progress(text); });
    QObject::connect(&recommender, &Recommender::failed, [&failed](const QString &m) {
        failed = true;
        CliIo::err(m);
    });
    QObject::connect(&recommender, &Recommender::finished, [&result](const Recommendation &r) {
        result = r;
        QCoreApplication::exit(0);
    });
    if (!recommender.start(project, target.target, o, &error)) {
        CliIo::err(error);
        return 1;
    }
    QCoreApplication::exec();
    CliIo::endProgress();
    if (p.isSet(QStringLiteral("json")))
        printJson(result.toJson());
    else
        CliIo::out(result.toText());
    return failed ? 1 : 0;
}

int EvaluateCommand::runRefusals(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("refusals classify: add refusal (none/partial/full), refusal_type and refusal_rule "
                                   "columns to a CSV of model answers."));
    p.addPositionalArgument(QStringLiteral("action"), tr("classify"));
    CliIo::addOption(p, { QStringLiteral("in"), tr("Input CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("Output CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("response-col"), tr("Column holding the model's answer."), tr("name") });
    CliIo::addOption(p, { QStringLiteral("prompt-col"), tr("Column holding the prompt (improves refusal typing)."), tr("name") });
    if (const int rc = parse(p, arguments); rc >= 0)
        return rc;
    if (p.positionalArguments().value(0) != QLatin1String("classify") || !p.isSet(QStringLiteral("in"))
        || !p.isSet(QStringLiteral("out")) || !p.isSet(QStringLiteral("response-col"))) {
        CliIo::err(tr("usage: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] "
                      "--out OUT.csv"));
        return 2;
    }
    const RefusalCsvResult r = RefusalCsvClassifier::classify(
        p.value(QStringLiteral("in")), p.value(QStringLiteral("out")), p.value(QStringLiteral("response-col")),
        p.value(QStringLiteral("prompt-col")), [](qint64 rows) {
            CliIo::progress(tr("%1 rows classified").arg(rows));
            return true;
        });
    CliIo::endProgress();
    if (!r.ok()) {
        CliIo::err(r.error);
        return 1;
    }
    CliIo::out(tr("%1 rows: %2 compliant, %3 partial refusals, %4 full refusals → %5")
                   .arg(r.rows)
                   .arg(r.none)
                   .arg(r.partial)
                   .arg(r.full)
                   .arg(p.value(QStringLiteral("out"))));
    return 0;
}

} // namespace ShadowOptic
