// SPDX-License-Identifier: MIT
#include "runscommand.h"

#include "cliio.h"
#include "exitcode.h"
#include "store/projectstore.h"
#include "store/replaystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ShadowOptic {

namespace {

QString startedText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

int RunsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the project's replay runs, newest first."));
    p.addHelpOption();
    p.addOption({ { QStringLiteral("p"), QStringLiteral("project") }, tr("Project database."), tr("file") });
    p.addOption({ QStringLiteral("json"), tr("Print the runs as JSON.") });
    if (!p.parse(arguments)) {
        CliIo::err(p.errorText());
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        CliIo::out(CliIo::helpText(p, QStringLiteral("runs")));
        return ExitSuccess;
    }
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic runs --project P [--json]"));
        return ExitUsage;
    }
    ProjectStore store;
    QString error;
    if (!store.open(project, &error, ProjectStore::OpenMode::OpenExisting)) {
        CliIo::err(error);
        return ExitError;
    }
    const QList<ReplayRunInfo> runs = ReplayStore(store).runs();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ReplayRunInfo &r : runs) {
            QJsonObject o { { QStringLiteral("id"), r.id },
                            { QStringLiteral("uuid"), r.uuid },
                            { QStringLiteral("status"), RunStatus::name(r.status) },
                            { QStringLiteral("role"),
                              r.role.startsWith(QLatin1String("judge")) ? QStringLiteral("judge")
                                                                        : QStringLiteral("replay") },
                            { QStringLiteral("target"), r.target.toJson() },
                            { QStringLiteral("models"), QJsonArray::fromStringList(r.models) },
                            { QStringLiteral("done"), r.completed },
                            { QStringLiteral("total"), r.planned },
                            { QStringLiteral("failed"), r.failed },
                            { QStringLiteral("spent_usd"), r.spentUsd },
                            { QStringLiteral("budget_usd"), r.budgetUsd },
                            { QStringLiteral("started_at"),
                              QDateTime::fromMSecsSinceEpoch(r.createdAtMs).toUTC().toString(Qt::ISODateWithMs) },
                            { QStringLiteral("settings"), r.settings } };
            arr.append(o);
        }
        CliIo::outBytes(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (runs.isEmpty()) {
        CliIo::out(tr("No replay runs in this project yet (start one with 'shadow-optic replay')."));
        return ExitSuccess;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                       .arg(tr("id"), 4)
                       .arg(tr("status"), -11)
                       .arg(tr("kind"), -6)
                       .arg(tr("done/total"), 11)
                       .arg(tr("failed"), 6)
                       .arg(tr("spent USD"), 10)
                       .arg(tr("started"), -19)
                       .arg(tr("target"), -40)
                       .arg(tr("models"));
    for (const ReplayRunInfo &r : runs) {
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                    .arg(r.id, 4)
                    .arg(RunStatus::name(r.status), -11)
                    .arg(r.role.startsWith(QLatin1String("judge")) ? tr("judge") : tr("replay"), -6)
                    .arg(QStringLiteral("%1/%2").arg(r.completed).arg(r.planned), 11)
                    .arg(r.failed, 6)
                    .arg(r.spentUsd, 10, 'f', 4)
                    .arg(startedText(r.createdAtMs), -19)
                    .arg(r.target.describe(), -40)
                    .arg(r.models.join(QLatin1Char(',')));
    }
    CliIo::out(text);
    return ExitSuccess;
}

} // namespace ShadowOptic
