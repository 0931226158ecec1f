// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "exitcode.h"
#include "session/exportjob.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QDir>

namespace ShadowOptic {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Exports one dataset of a project as CSV or JSON: per-model results of a run (models), replayed answers "
           "with judge scores and refusal verdicts (replays), stored recommendations (recommendations), refusal "
           "clusters (clusters) or the rollout audit log (audit). API keys never reach the file; --redact also "
           "removes e-mail addresses, phone and card numbers and key-like strings from prompts, answers and notes. "
           "Reads the project only."));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p,
                     { QStringLiteral("what"), tr("The dataset: models, replays, recommendations, clusters or audit."),
                       tr("dataset") });
    CliIo::addOption(p,
                     { QStringLiteral("run"),
                       tr("The replay run (models: default the newest; replays: default every run)."), tr("id") });
    CliIo::addOption(
        p,
        { QStringLiteral("format"), tr("csv or json (default: from the file's extension; csv for -)."), tr("format") });
    CliIo::addOption(p, { QStringLiteral("redact"), tr("Redact personal data from prompts, answers and notes.") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("The file to write, or - for standard output."), tr("file") });
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString usage = tr("usage: shadow-optic export --project P --what "
                             "models|replays|recommendations|clusters|audit [--run N] [--format csv|json] [--redact] "
                             "--out FILE");
    const QString project = p.value(QStringLiteral("project"));
    const QString out = p.value(QStringLiteral("out"));
    if (project.isEmpty() || !p.isSet(QStringLiteral("what")) || out.isEmpty() || !p.positionalArguments().isEmpty()) {
        CliIo::err(usage);
        return ExitUsage;
    }
    ExportJob::Request request;
    bool ok = false;
    request.dataset = ExportDataset::fromName(p.value(QStringLiteral("what")), &ok);
    if (!ok) {
        CliIo::err(tr("--what must be models, replays, recommendations, clusters or audit, not '%1'.")
                       .arg(p.value(QStringLiteral("what"))));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("format"))) {
        request.format = ExportFormat::fromName(p.value(QStringLiteral("format")), &ok);
        if (!ok) {
            CliIo::err(tr("--format must be csv or json, not '%1'.").arg(p.value(QStringLiteral("format"))));
            return ExitUsage;
        }
    } else if (out != QLatin1String("-") && !ExportFormat::fromFileName(out, &request.format)) {
        CliIo::err(tr("Cannot tell the format from '%1': name the file .csv or .json, or give --format.")
                       .arg(QDir::toNativeSeparators(out)));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("run"))) {
        request.runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || request.runId <= 0) {
            CliIo::err(tr("--run must be a replay run id (a whole number above 0)."));
            return ExitUsage;
        }
        if (!ExportDataset::takesRun(request.dataset)) {
            CliIo::err(tr("--run applies to models and replays only."));
            return ExitUsage;
        }
    }
    request.redact = p.isSet(QStringLiteral("redact"));
    request.path = out;
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    ExportJob job(&session);
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The export was cancelled; no file was written."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    const ExportJob::Result &r = job.result();
    QString line = tr("Exported %n row(s)", nullptr, int(qMin<qint64>(r.rows, INT_MAX)));
    if (out != QLatin1String("-"))
        line = tr("%1 to %2").arg(line, QDir::toNativeSeparators(out));
    if (r.redactions.total() > 0)
        line = tr("%1; redacted %2 key(s), %3 e-mail address(es), %4 card number(s), %5 phone number(s)")
                   .arg(line)
                   .arg(r.redactions.keys)
                   .arg(r.redactions.emails)
                   .arg(r.redactions.cards)
                   .arg(r.redactions.phones);
    CliIo::err(line + QLatin1Char('.'));
    return ExitSuccess;
}

} // namespace ShadowOptic
