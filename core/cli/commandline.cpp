// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "catalogcommand.h"
#include "cliio.h"
#include "costscommand.h"
#include "evaluatecommand.h"
#include "exitcode.h"
#include "exportcommand.h"
#include "forecastcommand.h"
#include "generatelogscommand.h"
#include "importcommand.h"
#include "pullcommand.h"
#include "recommendcommand.h"
#include "refusalscommand.h"
#include "replaycommand.h"
#include "rolloutcommand.h"
#include "runscommand.h"
#include "simulatecommand.h"
#include "store/threadstore.h"
#include "summarycommand.h"

#include <QCoreApplication>

#include <functional>

namespace ShadowOptic {

namespace {

struct Command
{
    const char *name;
    const char *help;
    std::function<int(const QStringList &)> run;
    bool gui = false; // needs a QGuiApplication (fonts), not only a QCoreApplication
};

QList<Command> &table()
{
    static QList<Command> commands = {
        { "import", QT_TRANSLATE_NOOP("CommandLine", "Import Portkey exports into a project"), ImportCommand::run },
        { "pull", QT_TRANSLATE_NOOP("CommandLine", "Pull new logs from Portkey's Log Export API into a project"),
          PullCommand::run },
        { "summary", QT_TRANSLATE_NOOP("CommandLine", "Per-model totals of the imported logs"), SummaryCommand::run },
        { "costs", QT_TRANSLATE_NOOP("CommandLine", "The logged bill against the catalog, and re-priced"),
          CostsCommand::run },
        { "generate-logs", QT_TRANSLATE_NOOP("CommandLine", "Write a synthetic Portkey export"),
          GenerateLogsCommand::run },
        { "catalog", QT_TRANSLATE_NOOP("CommandLine", "Show or import the model price catalog"), CatalogCommand::run },
        { "replay", QT_TRANSLATE_NOOP("CommandLine", "Replay logged prompts against candidate models"),
          ReplayCommand::run },
        { "runs", QT_TRANSLATE_NOOP("CommandLine", "List, rename, compare or delete the project's replay runs"),
          RunsCommand::run },
        { "simulate", QT_TRANSLATE_NOOP("CommandLine", "Run the built-in simulated gateway"), SimulateCommand::run },
        { "evaluate", QT_TRANSLATE_NOOP("CommandLine", "Judge a replay run and print per-model aggregates"),
          EvaluateCommand::run },
        { "recommend", QT_TRANSLATE_NOOP("CommandLine", "Recommend a cheaper model, verified on the logs"),
          RecommendCommand::run },
        { "refusals", QT_TRANSLATE_NOOP("CommandLine", "refusal rates, clusters and deltas; refusals classify: a CSV"),
          RefusalsCommand::run },
        { "rollout",
          QT_TRANSLATE_NOOP("CommandLine",
                            "staged rollout: create, check, promote, roll back, kill, configs, simulate"),
          RolloutCommand::run },
        { "forecast", QT_TRANSLATE_NOOP("CommandLine", "Predict replay costs, choose a sample for a budget, what-if"),
          ForecastCommand::run },
        { "export", QT_TRANSLATE_NOOP("CommandLine", "Export results, replays, recommendations, clusters or audit log"),
          ExportCommand::run },
    };
    return commands;
}

const Command *find(const QString &name)
{
    for (const Command &c : table())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

void CommandLine::addCommand(const char *name, const char *help, std::function<int(const QStringList &)> run,
                             bool needsGui)
{
    if (!find(QLatin1String(name)))
        table().append({ name, help, std::move(run), needsGui });
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const Command *c = arguments.size() > 1 ? find(arguments.at(1)) : nullptr;
    return c && c->gui;
}

QStringList CommandLine::commands()
{
    QStringList names;
    for (const auto &c : table())
        names.append(QLatin1String(c.name));
    return names;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // The desktop application takes options and a project file (`shadow-optic FILE.sqlite`, as "Open with" passes
    // it); any other word is a command, known or not, and never opens a window (an unknown word must not start the
    // GUI, which aborts without a display).
    if (first.endsWith(QLatin1String(".sqlite"), Qt::CaseInsensitive))
        return false;
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v");
}

QString CommandLine::usage()
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: shadow-optic [COMMAND] [OPTIONS]\n"
                                               "Without a command the desktop application starts.\n\n"
                                               "Commands:\n");
    for (const auto &c : table())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(c.name), -16)
                    .arg(QCoreApplication::translate("CommandLine", c.help));
    text += QCoreApplication::translate("CommandLine",
                                        "\nDesktop options:\n"
                                        "  --project FILE   open this project\n"
                                        "  --import FILE    import this log file on start\n"
                                        "  --demo           a sample project on the built-in simulated gateway\n"
                                        "  --screenshot PNG save a screenshot after start-up and quit\n"
                                        "  --dock NAME      with --screenshot: raise this dock and shoot it alone\n"
                                        "                   (ReplayDock, TradeoffDock, RecommendationDock, CostsDock)\n"
                                        "  --version        print the version\n"
                                        "\nExit codes: 0 success, 1 error, 2 usage error, 3 finished with failures, "
                                        "4 report out of date (report --check), 130 cancelled.\n"
                                        "Results go to standard output, progress and diagnostics to standard error.\n"
                                        "Run 'shadow-optic COMMAND --help' for a command's options.");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    for (const auto &c : table()) {
        if (name == QLatin1String(c.name)) {
            QStringList sub = arguments.mid(1);
            sub[0] = QStringLiteral("shadow-optic ") + name;
            const int rc = c.run(sub);
            // Before the application object and the Qt Sql connection registry go away.
            if (!ThreadStore::shutdown()) {
                const int open = ThreadStore::openCount();
                CliIo::err(QCoreApplication::translate(
                    "CommandLine", "Warning: %n project connection(s) still open at exit.", nullptr, open));
            }
            return rc;
        }
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v") || name == QLatin1String("version")) {
        CliIo::out(QStringLiteral("shadow-optic %1").arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }
    if (name.isEmpty() || name == QLatin1String("help") || name == QLatin1String("--help")
        || name == QLatin1String("-h")) {
        CliIo::out(usage());
        return ExitSuccess;
    }
    CliIo::err(QCoreApplication::translate("CommandLine", "Unknown command '%1'.").arg(name) + QLatin1String("\n\n")
               + usage());
    return ExitUsage;
}

} // namespace ShadowOptic
