// SPDX-License-Identifier: MIT
#include "refusalscommand.h"

#include "cliio.h"
#include "exitcode.h"
#include "refusal/refusalcsvclassifier.h"

#include "clijob.h"
#include "clitarget.h"
#include "session/guardrailtunejob.h"
#include "session/refusalanalysisjob.h"
#include "session/refusalllmjob.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace ShadowOptic {

int RefusalsCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("classify"))
        return classify(arguments);
    if (action == QLatin1String("tune"))
        return tune(arguments);
    return analyse(arguments);
}

int RefusalsCommand::classify(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("refusals classify: add refusal (none/partial/full), refusal_type and refusal_rule "
                                   "columns to a CSV of model answers."));
    p.addPositionalArgument(QStringLiteral("action"), tr("classify"));
    CliIo::addOption(p, { QStringLiteral("in"), tr("Input CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("Output CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("response-col"), tr("Column holding the model's answer."), tr("name") });
    CliIo::addOption(
        p, { QStringLiteral("prompt-col"), tr("Column holding the prompt (improves refusal typing)."), tr("name") });
    CliIo::addOption(p,
                     { QStringLiteral("llm"),
                       tr("Classify a project's ambiguous refusal verdicts with the judge model instead (the optional "
                          "third layer; needs --project).") });
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, { QStringLiteral("run"), tr("With --llm: the replay run (default: the latest)."), tr("id") });
    CliIo::addOption(p,
                     { QStringLiteral("budget"), tr("With --llm: budget in USD for the classification calls."),
                       tr("USD"), QStringLiteral("0.2") });
    CliIo::addOption(p,
                     { QStringLiteral("judge-model"), tr("With --llm: the model that classifies."), tr("model"),
                       Session::defaultJudgeModel() });
    CliTarget::addOptions(p);
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    if (p.isSet(QStringLiteral("llm")))
        return classifyWithLlm(p);
    if (p.positionalArguments().value(0) != QLatin1String("classify") || !p.isSet(QStringLiteral("in"))
        || !p.isSet(QStringLiteral("out")) || !p.isSet(QStringLiteral("response-col"))) {
        CliIo::err(tr("usage: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] "
                      "--out OUT.csv"));
        return ExitUsage;
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
        return ExitError;
    }
    CliIo::out(tr("%1 rows: %2 compliant, %3 partial refusals, %4 full refusals → %5")
                   .arg(r.rows)
                   .arg(r.none)
                   .arg(r.partial)
                   .arg(r.full)
                   .arg(p.value(QStringLiteral("out"))));
    return ExitSuccess;
}

namespace {

QString typeMix(const QMap<RefusalType, int> &types)
{
    QStringList parts;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        parts.append(RefusalVerdict::typeToString(it.key()) + u' ' + QString::number(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString shortened(QString text, int chars)
{
    text = text.simplified();
    return text.size() > chars ? text.left(chars - 1) + QChar(0x2026) : text;
}

} // namespace

int RefusalsCommand::analyse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Refusal rates per model, the refused prompts clustered by similarity, and each candidate's refusal delta "
           "against the current model on the same prompts (McNemar's test). Reads the project only."));
    p.addPositionalArgument(QStringLiteral("action"), tr("(none) | classify | tune"));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p,
                     { QStringLiteral("current"),
                       tr("Current model the deltas compare against (default: the profile's, else the most logged)."),
                       tr("model") });
    CliIo::addOption(p,
                     { QStringLiteral("eps"), tr("Cluster radius in cosine distance (0.05-0.95)."), tr("distance"),
                       QString::number(RefusalClusterer::Options {}.eps) });
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    const QString action = p.positionalArguments().value(0);
    if (project.isEmpty() || !action.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic refusals --project P [--current MODEL] [--eps D] [--json]\n"
                      "       shadow-optic refusals tune --project P --cluster ID [--model M] [--budget USD]\n"
                      "       shadow-optic refusals classify --in FILE.csv --response-col NAME --out OUT.csv"));
        return ExitUsage;
    }
    bool ok = false;
    const double eps = p.value(QStringLiteral("eps")).toDouble(&ok);
    if (!ok || eps < 0.05 || eps > 0.95) {
        CliIo::err(tr("--eps must be a cosine distance between 0.05 and 0.95."));
        return ExitUsage;
    }
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    RefusalAnalysisJob job(&session);
    RefusalAnalysisJob::Request request;
    request.currentModel = p.value(QStringLiteral("current"));
    request.options.clustering.eps = eps;
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The refusal analysis was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const RefusalReport &r = job.result();
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (r.isEmpty()) {
        CliIo::out(tr("No replayed answers yet: replay a sample first (shadow-optic replay --project P)."));
        return ExitSuccess;
    }
    QStringList lines;
    lines << tr("Current model: %1").arg(r.baselineModel.isEmpty() ? tr("unknown") : r.baselineModel) << QString()
          << tr("Refusal rates (%1 answers)").arg(r.answers);
    for (const RefusalModelStats &m : r.models)
        lines << tr("  %1: %2 answers, %3 full refusals (%4%), %5 partial (%6%)")
                     .arg(m.logged ? tr("%1 (as logged)").arg(m.model) : m.model)
                     .arg(m.answers)
                     .arg(m.full)
                     .arg(100.0 * m.fullRate(), 0, 'f', 1)
                     .arg(m.partial)
                     .arg(100.0 * m.partialRate(), 0, 'f', 1);
    lines << QString()
          << tr("Clusters: %1 refusals in %2 clusters, %3 unclustered")
                 .arg(r.refusals.size())
                 .arg(r.clustering.clusters.size())
                 .arg(r.clustering.noise.size());
    for (const RefusalCluster &c : r.clustering.clusters) {
        lines << tr("  #%1  %2 refusals · %3 · %4 · %5% over-cautious · %6")
                     .arg(c.id)
                     .arg(c.members.size())
                     .arg(c.topTerms.join(QStringLiteral(", ")), typeMix(c.types))
                     .arg(100.0 * c.overcautiousShare, 0, 'f', 0)
                     .arg(c.models.join(QStringLiteral(", ")));
        if (!c.triggerPhrases.isEmpty())
            lines << tr("      triggers: %1").arg(c.triggerPhrases.join(QStringLiteral(" | ")));
        for (int i : c.representatives) {
            const RefusalAnswer &a = r.refusals.at(i);
            lines << tr("      %1: \"%2\" → \"%3\"").arg(a.model, shortened(a.prompt, 70), shortened(a.answer, 70));
        }
    }
    if (!r.deltas.isEmpty()) {
        lines << QString() << tr("Refusal delta against %1 (same prompts)").arg(r.baselineModel);
        for (const RefusalDelta &d : r.deltas) {
            QStringList byCluster;
            for (auto it = d.newlyRefusedByCluster.cbegin(); it != d.newlyRefusedByCluster.cend(); ++it)
                byCluster << (it.key() > 0 ? tr("#%1: %2").arg(it.key()).arg(it.value())
                                           : tr("unclustered: %1").arg(it.value()));
            lines << tr("  %1: %2 prompts, refuses %3 (current model %4), %5 points; newly refuses %6, newly "
                        "answers %7; McNemar p = %8")
                         .arg(d.candidate)
                         .arg(d.pairs)
                         .arg(d.candidateRefused)
                         .arg(d.baselineRefused)
                         .arg(QString::asprintf("%+.1f", d.deltaPoints()))
                         .arg(d.newlyRefused.size())
                         .arg(d.newlyAnswered.size())
                         .arg(d.test.pValue, 0, 'f', 3);
            if (!byCluster.isEmpty())
                lines << tr("      newly refused by cluster: %1").arg(byCluster.join(QStringLiteral(", ")));
        }
    }
    CliIo::out(lines.join(u'\n'));
    return ExitSuccess;
}

int RefusalsCommand::tune(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Guardrail tuning: ask the judge model for a system prompt that stops a cluster's over-cautious refusals, "
           "then validate it on the safety suite (accepted only with a pass rate of at least 95 % and no must-refuse "
           "prompt answered) and show the cluster's refusal rate before and after. Without --base-url the built-in "
           "simulated gateway answers."));
    p.addPositionalArgument(QStringLiteral("action"), tr("tune"));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, { QStringLiteral("cluster"), tr("Cluster id from `shadow-optic refusals`."), tr("id") });
    CliIo::addOption(p,
                     { QStringLiteral("model"),
                       tr("Model whose system prompt is tuned (default: the cluster's most "
                          "over-cautious model)."),
                       tr("model") });
    CliIo::addOption(
        p, { QStringLiteral("system-prompt"), tr("The model's current system prompt (default: none)."), tr("text") });
    CliIo::addOption(p, { QStringLiteral("suite"), tr("Safety suite JSON (default: the bundled one)."), tr("file") });
    CliIo::addOption(p,
                     { QStringLiteral("judge-model"), tr("Model that proposes the system prompt."), tr("model"),
                       Session::defaultJudgeModel() });
    CliIo::addOption(p,
                     { QStringLiteral("budget"), tr("Budget in USD for the proposal and its validation."), tr("USD"),
                       QStringLiteral("0.5") });
    CliIo::addOption(
        p, { QStringLiteral("current"), tr("Current model of the analysis (default: the profile's)."), tr("model") });
    CliIo::addOption(p,
                     { QStringLiteral("eps"), tr("Cluster radius the cluster ids come from."), tr("distance"),
                       QString::number(RefusalClusterer::Options {}.eps) });
    CliTarget::addOptions(p);
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    bool okCluster = false, okBudget = false, okEps = false;
    const int clusterId = p.value(QStringLiteral("cluster")).toInt(&okCluster);
    const double budget = p.value(QStringLiteral("budget")).toDouble(&okBudget);
    const double eps = p.value(QStringLiteral("eps")).toDouble(&okEps);
    if (project.isEmpty() || !okCluster || clusterId <= 0 || !okBudget || budget <= 0 || !okEps || eps < 0.05
        || eps > 0.95) {
        CliIo::err(tr("usage: shadow-optic refusals tune --project P --cluster ID [--model M] [--system-prompt TEXT] "
                      "[--suite FILE] [--budget USD > 0] [--base-url URL] [--json]"));
        return ExitUsage;
    }
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    session.setJudgeModel(p.value(QStringLiteral("judge-model")));
    QString error;
    if (!CliTarget::apply(p, &session, &error)) {
        CliIo::err(error);
        return ExitUsage;
    }
    RefusalAnalysisJob analysis(&session);
    RefusalAnalysisJob::Request ar;
    ar.currentModel = p.value(QStringLiteral("current"));
    ar.options.clustering.eps = eps;
    analysis.setRequest(ar);
    if (CliJob::run(&analysis) != Job::State::Succeeded)
        return ExitError;
    GuardrailTuneJob job(&session);
    GuardrailTuneJob::Request request;
    request.report = analysis.result();
    request.clusterId = clusterId;
    request.model = p.value(QStringLiteral("model"));
    request.systemPrompt = p.value(QStringLiteral("system-prompt"));
    request.suitePath = p.value(QStringLiteral("suite"));
    request.budgetUsd = budget;
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("Guardrail tuning was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const GuardrailTuning &t = job.result();
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(QJsonDocument(t.toJson()).toJson(QJsonDocument::Indented));
    } else {
        CliIo::out(tr("Proposed system prompt for %1:\n%2\n\nCluster refusal rate: %3% before, %4% after\n"
                      "Safety suite pass rate: %5% before, %6% after\n%7\n%8 calls, $%9")
                       .arg(t.model, t.proposedPrompt)
                       .arg(100.0 * t.clusterRefusalRateBefore, 0, 'f', 1)
                       .arg(100.0 * t.clusterRefusalRateAfter, 0, 'f', 1)
                       .arg(100.0 * t.suitePassRateBefore, 0, 'f', 1)
                       .arg(100.0 * t.suitePassRateAfter, 0, 'f', 1)
                       .arg(t.reason)
                       .arg(t.calls)
                       .arg(t.spentUsd, 0, 'f', 4));
    }
    // A rejected proposal is a finished run whose prompt must not be adopted: exit 3 says so to scripts.
    return t.accepted ? ExitSuccess : ExitFinishedWithFailures;
}

int RefusalsCommand::classifyWithLlm(const QCommandLineParser &p)
{
    const QString project = p.value(QStringLiteral("project"));
    bool okRun = true, okBudget = false;
    const qint64 runId = p.isSet(QStringLiteral("run")) ? p.value(QStringLiteral("run")).toLongLong(&okRun) : 0;
    const double budget = p.value(QStringLiteral("budget")).toDouble(&okBudget);
    if (project.isEmpty() || !okRun || runId < 0 || !okBudget || budget <= 0) {
        CliIo::err(tr("usage: shadow-optic refusals classify --llm --project P [--run ID] [--budget USD > 0] "
                      "[--judge-model M] [--base-url URL] [--json]"));
        return ExitUsage;
    }
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    session.setJudgeModel(p.value(QStringLiteral("judge-model")));
    QString error;
    if (!CliTarget::apply(p, &session, &error)) {
        CliIo::err(error);
        return ExitUsage;
    }
    RefusalLlmJob job(&session);
    RefusalLlmJob::Request request;
    request.runId = runId;
    request.budgetUsd = budget;
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The refusal classification was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const RefusalLlmSummary &s = job.result();
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
    else
        CliIo::out(s.toText());
    return s.failed > 0 ? ExitFinishedWithFailures : ExitSuccess;
}

} // namespace ShadowOptic
