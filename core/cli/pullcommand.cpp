// SPDX-License-Identifier: MIT
#include "pullcommand.h"

#include "cliio.h"
#include "clijob.h"
#include "exitcode.h"
#include "pull/pulloptions.h"
#include "session/pulljob.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QProcessEnvironment>

namespace ShadowOptic {

int PullCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p, CliIo::jsonOption());
    CliIo::addOption(p,
                     QCommandLineOption(QStringLiteral("since"),
                                        tr("Pull logs created from this time on: ISO-8601 (UTC without a zone), "
                                           "YYYY-MM-DD, or an age like 24h or 7d. Default: where the last pull "
                                           "ended, less 5 minutes for logs Portkey wrote late, or %n days back on "
                                           "the first.",
                                           nullptr, PullOptions::DefaultHistoryDays),
                                        tr("time")));
    CliIo::addOption(p,
                     QCommandLineOption(QStringLiteral("until"),
                                        tr("Pull logs created up to this time (default: now)."), tr("time")));
    CliIo::addOption(p, QCommandLineOption(QStringLiteral("workspace"), tr("Portkey workspace id."), tr("id")));
    CliIo::addOption(p,
                     QCommandLineOption(QStringLiteral("base-url"), tr("Portkey API base URL."), tr("url"),
                                        PullOptions::defaultBaseUrl().toString()));
    p.setApplicationDescription(
        tr("Pull logs from Portkey's Log Export API into a project. The API key (scope logs.export) comes from "
           "PORTKEY_API_KEY and is never stored."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    const QString project = p.value(QStringLiteral("project"));
    if (project.isEmpty() || !p.positionalArguments().isEmpty()) {
        CliIo::err(tr("usage: shadow-optic pull --project P.sqlite [--since TIME] [--until TIME] [--workspace ID] "
                      "[--base-url URL] [--json]"));
        return ExitUsage;
    }
    PullOptions options;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[name, target] : { std::pair { QStringLiteral("since"), &options.sinceMs },
                                        std::pair { QStringLiteral("until"), &options.untilMs } }) {
        if (!p.isSet(name))
            continue;
        if (!PullOptions::parseTime(p.value(name), now, target)) {
            CliIo::err(tr("--%1: '%2' is not a time (ISO-8601, YYYY-MM-DD, or an age like 24h or 7d).")
                           .arg(name, p.value(name)));
            return ExitUsage;
        }
    }
    if (options.sinceMs >= 0 && options.untilMs >= 0 && options.sinceMs > options.untilMs) {
        CliIo::err(tr("--since %1 is after --until %2.")
                       .arg(p.value(QStringLiteral("since")), p.value(QStringLiteral("until"))));
        return ExitUsage;
    }
    options.baseUrl = QUrl(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
    const QString scheme = options.baseUrl.scheme();
    if (!options.baseUrl.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        CliIo::err(tr("--base-url: '%1' is not an http(s) URL.").arg(p.value(QStringLiteral("base-url"))));
        return ExitUsage;
    }
    options.workspaceId = p.value(QStringLiteral("workspace"));
    options.apiKey = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PORTKEY_API_KEY"));

    Session session;
    session.setProjectPath(project);
    PullJob job(&session);
    job.setOptions(options);
    const Job::State state = CliJob::run(&job, tr("Cancelling: the export jobs imported so far stay imported…"));
    const PullReport &report = job.result();
    if (p.isSet(QStringLiteral("json")))
        CliIo::outBytes(report.toJson());
    else if (state == Job::State::Succeeded || report.jobs > 0)
        CliIo::out(report.summaryText().section(u'\n', 0, 0));
    if (state == Job::State::Cancelled)
        return ExitCancelled;
    return state == Job::State::Succeeded ? ExitSuccess : ExitError; // CliJob printed why
}

} // namespace ShadowOptic
