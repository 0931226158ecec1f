// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "cli/cliio.h"
#include "cli/clijob.h"
#include "cli/commandline.h"
#include "cli/exitcode.h"
#include "reportwriter.h"
#include "session/reportjob.h"
#include "session/session.h"
#include "store/reportstore.h"
#include "store/threadstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ShadowOptic {

namespace {

int check(const QString &project, const QString &pdfPath, bool json)
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        CliIo::err(ReportCommand::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString()));
        return ExitError;
    }
    ReportStamp stamp;
    QString error;
    if (!ReportStamp::fromPdf(file.readAll(), &stamp, &error)) {
        CliIo::err(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(pdfPath), error));
        return ExitError;
    }
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    ProjectStore *store = ThreadStore::get(session.projectPath(), &error);
    ReportEvidence now;
    if (!store || !ReportJob::evidence(*store, &now, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    const QStringList changes = ReportEvidence::changes(stamp.evidence, now);
    const QString made = QLocale().toString(QDateTime::fromMSecsSinceEpoch(stamp.createdAtMs), QLocale::ShortFormat);
    if (json) {
        const QJsonObject o { { QStringLiteral("current"), changes.isEmpty() },
                              { QStringLiteral("report_fingerprint"), stamp.fingerprint() },
                              { QStringLiteral("project_fingerprint"), now.fingerprint() },
                              { QStringLiteral("report_created_ms"), stamp.createdAtMs },
                              { QStringLiteral("changes"), QJsonArray::fromStringList(changes) } };
        CliIo::outBytes(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (changes.isEmpty()) {
        CliIo::out(ReportCommand::tr("Current: the evidence behind %1 (made %2, %3) has not changed.")
                       .arg(QFileInfo(pdfPath).fileName(), made, stamp.fingerprint()));
    } else {
        CliIo::out(ReportCommand::tr("Out of date: the evidence changed since %1 was made (%2, %3 → now %4):")
                       .arg(QFileInfo(pdfPath).fileName(), made, stamp.fingerprint(), now.fingerprint()));
        for (const QString &c : changes)
            CliIo::out(QStringLiteral("  - ") + c);
    }
    return changes.isEmpty() ? ExitSuccess : ExitChanged;
}

} // namespace

void ReportCommand::registerCommand()
{
    CommandLine::addCommand(
        "report", QT_TRANSLATE_NOOP("CommandLine", "Write the PDF decision report, or check one against the project"),
        run, true);
}

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Writes the decision report as a PDF: the verdict and its business impact, the trade-off chart, the "
           "candidates against the margin, refusals, costs and forecast accuracy, the rollout and its audit history, "
           "and the method, with a fingerprint of the evidence. With --check, says whether the project's evidence "
           "has changed since a report was made (exit 4 when it has)."));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, { QStringLiteral("pdf"), tr("Write the report to this PDF file."), tr("file") });
    CliIo::addOption(
        p, { QStringLiteral("check"), tr("Check this report against the project's evidence now."), tr("file") });
    CliIo::addOption(
        p, { QStringLiteral("run"), tr("Report on this replay run (default: the recommendation's)."), tr("id") });
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    const bool write = p.isSet(QStringLiteral("pdf"));
    const bool checking = p.isSet(QStringLiteral("check"));
    if (project.isEmpty() || write == checking || !p.positionalArguments().isEmpty()) {
        CliIo::err(tr("usage: shadow-optic report --project P (--pdf OUT.pdf [--run N] | --check REPORT.pdf "
                      "[--json])"));
        return ExitUsage;
    }
    if (checking)
        return check(project, p.value(QStringLiteral("check")), p.isSet(QStringLiteral("json")));

    ReportJob::Request request;
    if (p.isSet(QStringLiteral("run"))) {
        bool ok = false;
        request.runId = p.value(QStringLiteral("run")).toLongLong(&ok);
        if (!ok || request.runId <= 0) {
            CliIo::err(tr("--run must be a replay run id."));
            return ExitUsage;
        }
    }
    const QString out = QFileInfo(p.value(QStringLiteral("pdf"))).absoluteFilePath();
    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    ReportJob job(&session);
    job.setRequest(request);
    const Job::State state = CliJob::run(&job);
    if (state == Job::State::Cancelled) {
        CliIo::err(tr("The report was cancelled."));
        return ExitCancelled;
    }
    if (state != Job::State::Succeeded)
        return ExitError;
    int pages = 0;
    QString error;
    if (!ReportWriter::write(job.result(), out, &pages, &error)) {
        CliIo::err(error);
        return ExitError;
    }
    if (ProjectStore *store = ThreadStore::get(session.projectPath(), &error);
        !store || !ReportStore(*store).saveLastReport(out, job.result().stamp, &error))
        CliIo::err(tr("Warning: the project does not remember this report: %1").arg(error));
    CliIo::out(tr("Wrote %1: %n page(s), %2 KB, evidence %3.", nullptr, pages)
                   .arg(QDir::toNativeSeparators(out))
                   .arg(QFileInfo(out).size() / 1024)
                   .arg(job.result().stamp.fingerprint()));
    return ExitSuccess;
}

} // namespace ShadowOptic
