// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "cliio.h"
#include "evaluatecommand.h"
#include "importcommand.h"
#include "replaycommand.h"

#include <QCoreApplication>

#include <functional>

namespace ShadowOptic {

namespace {

struct Command
{
    const char *name;
    const char *help;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &table()
{
    static const QList<Command> commands = {
        { "import", QT_TRANSLATE_NOOP("CommandLine", "Import Portkey exports into a project"), ImportCommand::runImport },
        { "summary", QT_TRANSLATE_NOOP("CommandLine", "Per-model totals of the imported logs"), ImportCommand::runSummary },
        { "generate-logs", QT_TRANSLATE_NOOP("CommandLine", "Write a synthetic Portkey export"), ImportCommand::runGenerate },
        { "catalog", QT_TRANSLATE_NOOP("CommandLine", "Show or import the model price catalog"), ImportCommand::runCatalog },
        { "replay", QT_TRANSLATE_NOOP("CommandLine", "Replay logged prompts against candidate models"), ReplayCommand::runReplay },
        { "simulate", QT_TRANSLATE_NOOP("CommandLine", "Run the built-in simulated gateway"), ReplayCommand::runSimulate },
        { "evaluate", QT_TRANSLATE_NOOP("CommandLine", "Judge a replay run and print per-model aggregates"), EvaluateCommand::runEvaluate },
        { "recommend", QT_TRANSLATE_NOOP("CommandLine", "Recommend a cheaper model, verified on the logs"), EvaluateCommand::runRecommend },
        { "refusals", QT_TRANSLATE_NOOP("CommandLine", "refusals classify: refusal columns for a CSV"), EvaluateCommand::runRefusals },
    };
    return commands;
}

} // namespace

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
    return commands().contains(first) || first == QLatin1String("help") || first == QLatin1String("--help")
        || first == QLatin1String("-h");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    for (const auto &c : table()) {
        if (name == QLatin1String(c.name)) {
            QStringList sub = arguments.mid(1);
            sub[0] = arguments.at(0) + QLatin1Char(' ') + name;
            return c.run(sub);
        }
    }
    QString text = QCoreApplication::translate("CommandLine", "Usage: shadow-optic [COMMAND] [OPTIONS]\n"
                                                              "Without a command the desktop application starts.\n\n"
                                                              "Commands:\n");
    for (const auto &c : table())
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), -16).arg(QCoreApplication::translate("CommandLine", c.help));
    text += QCoreApplication::translate("CommandLine", "\nRun 'shadow-optic COMMAND --help' for a command's options.");
    CliIo::out(text);
    return name.isEmpty() || name == QLatin1String("help") || name.startsWith(QLatin1Char('-')) ? 0 : 2;
}

} // namespace ShadowOptic
