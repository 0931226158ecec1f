// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "domain/importreport.h"
#include "exitcode.h"
#include "import/logimporter.h"
#include "session/importjob.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    CliIo::addOption(p,
                     { QStringLiteral("commit-interval-ms"),
                       tr("Commit the rows read so far at least this often, so a crash keeps all but the last "
                          "moments of the import."),
                       tr("ms"), QString::number(LogImportOptions().commitIntervalMs) });
    p.addPositionalArgument(QStringLiteral("files"), tr("Portkey exports: JSONL, JSON array or CSV."));
    p.setApplicationDescription(tr("Import Portkey log exports into a project."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    const QStringList files = p.positionalArguments();
    if (project.isEmpty() || files.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic import --project P.sqlite [--commit-interval-ms MS] [--json] FILE..."));
        return ExitUsage;
    }
    bool intervalOk = false;
    const int commitIntervalMs = p.value(QStringLiteral("commit-interval-ms")).toInt(&intervalOk);
    if (!intervalOk || commitIntervalMs < 0) {
        CliIo::err(tr("--commit-interval-ms needs a whole number of milliseconds (0 or more), not '%1'.")
                       .arg(p.value(QStringLiteral("commit-interval-ms"))));
        return ExitUsage;
    }
    Session session;
    session.setProjectPath(project);
    ImportJob job(&session);
    job.setFiles(files);
    job.setCommitIntervalMs(commitIntervalMs);
    const Job::State state = CliJob::run(&job, tr("Cancelling: the rows committed so far stay imported…"));
    if (state == Job::State::Failed)
        return ExitError; // the project could not be opened; CliJob printed why
    const ImportReport &report = job.result();
    if (p.isSet(QStringLiteral("json"))) {
        CliIo::outBytes(report.toJson());
    } else {
        CliIo::out(report.summaryText());
        for (const auto &e : report.errors.mid(0, 20))
            CliIo::err(QStringLiteral("%1:%2: %3: %4").arg(e.file).arg(e.line).arg(e.category, e.reason));
        if (report.errors.size() > 20)
            CliIo::err(tr("... %1 more problems are listed in the project's import report.").arg(report.skipped - 20));
    }
    for (const QString &f : report.fileErrors)
        CliIo::err(f);
    // 1 when a named file gave nothing (unreadable, empty, no valid record) or the project could not take the rows;
    // skipped rows in an otherwise good file are listed above and do not fail the import.
    if (state == Job::State::Cancelled)
        return ExitCancelled;
    return report.fileErrors.isEmpty() ? ExitSuccess : ExitError;
}

} // namespace ShadowOptic
