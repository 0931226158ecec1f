// SPDX-License-Identifier: MIT
#include "evaluatecommand.h"

#include "cliio.h"
#include "clijob.h"
#include "clitarget.h"
#include "exitcode.h"
#include "replay/replayoptions.h"
#include "session/evaluationjob.h"
#include "session/session.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

int EvaluateCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Judge a replay run's answers (and the logged baseline answers) with an LLM judge "
                                   "and print per-model aggregates with paired comparisons. Without --base-url the "
                                   "built-in simulated gateway judges."));
    CliIo::addOption(p, { { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("run"), tr("Replay run to evaluate (default: the latest)."), tr("id") });
    CliIo::addOption(p,
                     { QStringLiteral("judge-model"), tr("Judge model."), tr("model"), Session::defaultJudgeModel() });
    CliIo::addOption(p,
                     { QStringLiteral("current"),
                       tr("Current model for paired comparisons (default: the profile's, else "
                          "the most logged)."),
                       tr("model") });
    CliTarget::addOptions(p);
    CliIo::addOption(p,
                     { QStringLiteral("budget"), tr("Budget in USD for baseline replays and judge calls (0 = none)."),
                       tr("USD"), QStringLiteral("0") });
    CliIo::addOption(
        p, { QStringLiteral("concurrency"), tr("Judge requests in flight (1-64)."), tr("C"), QStringLiteral("8") });
    CliIo::addOption(p, { QStringLiteral("no-baselines"), tr("Do not judge the logged answers.") });
    CliIo::addOption(
        p, { QStringLiteral("rescore"), tr("Judge again answers already scored with this judge and rubric.") });
    CliIo::addOption(p, { QStringLiteral("json"), tr("Print JSON.") });
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(
            tr("usage: shadow-optic evaluate --project P [--judge-model M] [--run RUN] [--base-url URL] [--json]"));
        return ExitUsage;
    }
    EvaluationJob::Request request;
    if (p.isSet(QStringLiteral("run"))) {
        bool ok = false;
        request.runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || request.runId <= 0) {
            CliIo::err(tr("--run needs a positive run id."));
            return ExitUsage;
        }
    }
    request.currentModel = p.value(QStringLiteral("current"));
    request.includeLogged = !p.isSet(QStringLiteral("no-baselines"));
    request.rescore = p.isSet(QStringLiteral("rescore"));
    request.budgetUsd = p.value(QStringLiteral("budget")).toDouble();
    request.concurrency = p.value(QStringLiteral("concurrency")).toInt();
    if (request.budgetUsd < 0 || request.concurrency < 1 || request.concurrency > ReplayOptions::MaxConcurrency) {
        CliIo::err(tr("--budget must not be negative and --concurrency must be 1-64."));
        return ExitUsage;
    }
    QString error;
    {
        ProjectStore store; // a clear error for a missing file or one that is not a project, before anything starts
        if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)) {
            CliIo::err(error);
            return ExitError;
        }
    }
    Session session;
    session.setProjectPath(project);
    session.setJudgeModel(p.value(QStringLiteral("judge-model")));
    if (!CliTarget::apply(p, &session, &error)) {
        CliIo::err(error);
        return ExitUsage;
    }
    EvaluationJob job(&session);
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The evaluation was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const EvaluationJob::Result &r = job.result();
    const EvaluatorReport &report = r.report;
    const QString baseline = r.baselineReplayed + r.baselineReused > 0
        ? tr("Baseline: %1 replayed on the run's %2 prompts (%3 replayed now, %4 reused from earlier runs); "
             "spent $%5.")
              .arg(r.currentModel)
              .arg(report.runIds.isEmpty() ? 0 : report.samplesOf(r.currentModel).size())
              .arg(r.baselineReplayed)
              .arg(r.baselineReused)
              .arg(r.spentUsd, 0, 'f', 4)
        : tr("Baseline: %1, replayed in run %2; spent $%3.")
              .arg(r.currentModel)
              .arg(r.runId)
              .arg(r.spentUsd, 0, 'f', 4);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("judge"), r.judge.toJson());
        o.insert(QStringLiteral("baselineReplayed"), r.baselineReplayed);
        o.insert(QStringLiteral("baselineReused"), r.baselineReused);
        o.insert(QStringLiteral("spentUsd"), r.spentUsd);
        CliIo::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        CliIo::out(r.judge.toText() + u'\n' + baseline + u'\n' + report.toText());
    }
    return ExitSuccess;
}

} // namespace ShadowOptic
