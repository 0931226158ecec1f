// SPDX-License-Identifier: MIT
#include "runscommand.h"

#include "cliio.h"
#include "clijob.h"
#include "exitcode.h"
#include "session/runsjob.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

const QStringList actions { QStringLiteral("list"), QStringLiteral("rename"), QStringLiteral("delete"),
                            QStringLiteral("compare") };

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString listText(const QList<RunSummary> &runs)
{
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11\n")
                       .arg(RunsCommand::tr("id"), 4)
                       .arg(RunsCommand::tr("status"), -11)
                       .arg(RunsCommand::tr("kind"), -6)
                       .arg(RunsCommand::tr("name"), -20)
                       .arg(RunsCommand::tr("done/total"), 11)
                       .arg(RunsCommand::tr("failed"), 6)
                       .arg(RunsCommand::tr("spent USD"), 10)
                       .arg(RunsCommand::tr("judged"), 6)
                       .arg(RunsCommand::tr("started"), -19)
                       .arg(RunsCommand::tr("target"), -40)
                       .arg(RunsCommand::tr("models"));
    for (const RunSummary &s : runs) {
        const ReplayRunInfo &r = s.info;
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11\n")
                    .arg(r.id, 4)
                    .arg(RunStatus::name(r.status), -11)
                    .arg(s.isJudgePass() ? RunsCommand::tr("judge") : RunsCommand::tr("replay"), -6)
                    .arg(s.name.isEmpty() ? QStringLiteral("-") : s.name, -20)
                    .arg(QStringLiteral("%1/%2").arg(r.completed).arg(r.planned), 11)
                    .arg(r.failed, 6)
                    .arg(r.spentUsd, 10, 'f', 4)
                    .arg(s.isJudgePass() ? QStringLiteral("-") : QString::number(s.judgedAnswers), 6)
                    .arg(timeText(r.createdAtMs), -19)
                    .arg(r.target.describe(), -40)
                    .arg(r.models.join(QLatin1Char(',')));
    }
    return text;
}

QString signedText(double v, int decimals, const QString &unit)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    const QString n = QString::number(std::abs(v), 'f', decimals);
    const QString sign = n == QString::number(0.0, 'f', decimals) ? QString()
        : v < 0                                                   ? QStringLiteral("-")
                                                                  : QStringLiteral("+");
    return QString(sign + n + unit);
}

QString qualityText(const ModelAggregate &m)
{
    if (!m.quality.isValid())
        return RunsCommand::tr("not judged");
    return QStringLiteral("%1 [%2, %3]")
        .arg(m.quality.estimate, 0, 'f', 1)
        .arg(m.quality.lower, 0, 'f', 1)
        .arg(m.quality.upper, 0, 'f', 1);
}

QString compareText(const RunComparison &c)
{
    const QString nan = QStringLiteral("-");
    QString text = RunsCommand::tr("A = %1, B = %2; differences are B − A.\n").arg(c.a.label(), c.b.label());
    const auto line = [](const QString &what, const QString &a, const QString &b, const QString &d) {
        return QStringLiteral("  %1  %2  %3  %4\n").arg(what, -16).arg(a, -22).arg(b, -22).arg(d);
    };
    text += QLatin1Char('\n') + line(QString(), QStringLiteral("A"), QStringLiteral("B"), RunsCommand::tr("B − A"));
    for (const RunComparison::Row &r : c.rows) {
        text += QLatin1Char('\n') + r.model;
        if (!r.inBoth()) {
            text += QStringLiteral("  ")
                + (r.inA ? RunsCommand::tr("(only in A, %1)").arg(c.a.displayName())
                         : RunsCommand::tr("(only in B, %1)").arg(c.b.displayName()))
                + QLatin1Char('\n');
        } else {
            text += QLatin1Char('\n');
        }
        const auto side = [&](bool in, const QString &value) { return in ? value : nan; };
        const auto cost = [](const ModelAggregate &m) {
            return m.priced && m.successes > 0 ? QStringLiteral("$%1").arg(m.costPerRequest, 0, 'f', 6)
                                               : RunsCommand::tr("unpriced");
        };
        const auto latency = [](const ModelAggregate &m) {
            return m.successes > 0 ? QStringLiteral("%1 ms").arg(m.latencyMeanMs, 0, 'f', 0) : QStringLiteral("-");
        };
        text += line(RunsCommand::tr("requests"), side(r.inA, QString::number(r.a.samples)),
                     side(r.inB, QString::number(r.b.samples)),
                     r.inBoth() ? signedText(double(r.b.samples - r.a.samples), 0, QString()) : nan);
        text += line(RunsCommand::tr("cost/request"), side(r.inA, cost(r.a)), side(r.inB, cost(r.b)),
                     r.hasCost() ? signedText(r.costDeltaPercent(), 1, QStringLiteral(" %")) : nan);
        text += line(RunsCommand::tr("quality (95% CI)"), side(r.inA, qualityText(r.a)), side(r.inB, qualityText(r.b)),
                     r.hasQuality() ? signedText(r.qualityDelta(), 1, RunsCommand::tr(" points")) : nan);
        text += line(RunsCommand::tr("refusals"),
                     side(r.inA, QStringLiteral("%1 %").arg(100 * r.a.refusalRate(), 0, 'f', 1)),
                     side(r.inB, QStringLiteral("%1 %").arg(100 * r.b.refusalRate(), 0, 'f', 1)),
                     r.inBoth() ? signedText(r.refusalDeltaPoints(), 1, RunsCommand::tr(" points")) : nan);
        text += line(RunsCommand::tr("latency (mean)"), side(r.inA, latency(r.a)), side(r.inB, latency(r.b)),
                     r.hasLatency() ? signedText(r.latencyDeltaMs(), 0, QStringLiteral(" ms")) : nan);
    }
    const QStringList sentences = c.sentences();
    if (!sentences.isEmpty())
        text += QLatin1Char('\n') + sentences.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return text;
}

} // namespace

int RunsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The project's replay runs: list them (newest first), name one, delete one with its answers and grades, "
           "or compare two model by model."));
    p.addPositionalArgument(QStringLiteral("action"), actions.join(QStringLiteral(" | ")) + tr(" (default: list)"));
    CliIo::addOption(p, CliIo::projectOption());
    CliIo::addOption(p,
                     { QStringLiteral("run"),
                       tr("rename, delete: the run; compare: give it twice, A then B (differences are B − A)."),
                       tr("id") });
    CliIo::addOption(p, { QStringLiteral("name"), tr("rename: the new name (empty: back to \"Run N\")."), tr("text") });
    CliIo::addOption(p, { QStringLiteral("yes"), tr("delete: really delete (it cannot be undone).") });
    CliIo::addOption(p, CliIo::jsonOption());
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;

    const QString usage = tr("usage: shadow-optic runs [list] --project P [--json]\n"
                             "       shadow-optic runs rename --project P --run N --name TEXT\n"
                             "       shadow-optic runs delete --project P --run N --yes\n"
                             "       shadow-optic runs compare --project P --run A --run B [--json]");
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const QString project = p.value(QStringLiteral("project"));
    if (positional.size() > 1) {
        CliIo::err(tr("runs takes one action, not '%1'.\n%2").arg(positional.join(QLatin1Char(' ')), usage));
        return ExitUsage;
    }
    if (!actions.contains(action)) {
        CliIo::err(tr("Unknown action '%1' (use list, rename, delete or compare).\n%2").arg(action, usage));
        return ExitUsage;
    }
    if (project.isEmpty()) {
        CliIo::err(tr("runs needs --project.\n%1").arg(usage));
        return ExitUsage;
    }
    QList<qint64> ids;
    for (const QString &v : p.values(QStringLiteral("run"))) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0) {
            CliIo::err(tr("--run: '%1' is not a run id (a positive whole number; see 'runs --project P').").arg(v));
            return ExitUsage;
        }
        ids.append(id);
    }
    const bool json = p.isSet(QStringLiteral("json"));

    RunsJob::Request request;
    if (action == QLatin1String("list")) {
        if (!ids.isEmpty() || p.isSet(QStringLiteral("name")) || p.isSet(QStringLiteral("yes"))) {
            CliIo::err(tr("runs list takes only --project and --json.\n%1").arg(usage));
            return ExitUsage;
        }
    } else if (action == QLatin1String("compare")) {
        if (ids.size() != 2) {
            CliIo::err(tr("runs compare needs --run twice (A, then B), got %n.", nullptr, int(ids.size())));
            return ExitUsage;
        }
        if (ids.at(0) == ids.at(1)) {
            CliIo::err(tr("runs compare needs two different runs (both are %1).").arg(ids.at(0)));
            return ExitUsage;
        }
        request.action = RunsJob::Action::Compare;
        request.runId = ids.at(0);
        request.otherRunId = ids.at(1);
    } else {
        if (ids.size() != 1) {
            CliIo::err(tr("runs %1 needs exactly one --run.").arg(action));
            return ExitUsage;
        }
        request.runId = ids.at(0);
        if (action == QLatin1String("rename")) {
            if (!p.isSet(QStringLiteral("name"))) {
                CliIo::err(tr("runs rename needs --name TEXT (--name \"\" removes the name)."));
                return ExitUsage;
            }
            request.action = RunsJob::Action::Rename;
            request.name = p.value(QStringLiteral("name"));
            if (const QString why = RunsJob::nameError(request.name); !why.isEmpty()) {
                CliIo::err(QStringLiteral("--name: ") + why);
                return ExitUsage;
            }
        } else {
            if (!p.isSet(QStringLiteral("yes"))) {
                CliIo::err(tr("runs delete needs --yes: deleting run %1 removes its answers, plan and grades and "
                              "cannot be undone.")
                               .arg(request.runId));
                return ExitUsage;
            }
            request.action = RunsJob::Action::Delete;
        }
    }

    Session session;
    if (!CliJob::openProject(&session, project))
        return ExitError;
    RunsJob job(&session);
    job.setRequest(request);
    if (CliJob::run(&job) != Job::State::Succeeded)
        return ExitError;
    const RunsJob::Result &r = job.result();
    switch (request.action) {
    case RunsJob::Action::List:
        if (json) {
            QJsonArray arr;
            for (const RunSummary &s : r.runs)
                arr.append(s.toJson());
            CliIo::outBytes(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        } else if (r.runs.isEmpty()) {
            CliIo::out(tr("No replay runs in this project yet (start one with 'shadow-optic replay')."));
        } else {
            CliIo::out(listText(r.runs));
        }
        break;
    case RunsJob::Action::Compare:
        if (json)
            CliIo::outBytes(QJsonDocument(r.comparison.toJson()).toJson(QJsonDocument::Indented));
        else
            CliIo::out(compareText(r.comparison));
        break;
    case RunsJob::Action::Delete:
        if (json)
            CliIo::outBytes(QJsonDocument(r.footprint.toJson()).toJson(QJsonDocument::Indented));
        else
            CliIo::out(r.message);
        break;
    default:
        if (json)
            CliIo::outBytes(QJsonDocument(r.run.toJson()).toJson(QJsonDocument::Indented));
        else
            CliIo::out(r.message);
        break;
    }
    return ExitSuccess;
}

} // namespace ShadowOptic
