// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include "cliio.h"
#include "domain/importreport.h"
#include "exitcode.h"
#include "import/logimporter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace ShadowOptic {

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    p.addPositionalArgument(QStringLiteral("files"), tr("Portkey exports: JSONL, JSON array or CSV."));
    p.setApplicationDescription(tr("Import Portkey log exports into a project."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    const QStringList files = p.positionalArguments();
    if (project.isEmpty() || files.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic import --project P.sqlite [--json] FILE..."));
        return ExitUsage;
    }
    std::signal(SIGINT, [](int) { s_interrupted = 1; });
    ImportReport report;
    QString error;
    const bool ok = LogImporter::run(
        project, files, &report, &error,
        [](qint64 done, qint64 total, const QString &text) {
            CliIo::progress(QStringLiteral("%1% %2").arg(total ? done * 100 / total : 100).arg(text));
        },
        [] { return s_interrupted != 0; });
    CliIo::endProgress();
    if (!ok) {
        CliIo::err(error);
        return ExitError;
    }
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
    return report.fileErrors.isEmpty() ? ExitSuccess : ExitError;
}

} // namespace ShadowOptic
