// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <functional>

namespace ShadowOptic {

/** The scriptable twin of the GUI: `shadow-optic <command> ...` with no window. */
class CommandLine
{
public:
    /** True when arguments name a subcommand (so main() must not create a window). */
    static bool isCommand(const QStringList &arguments);
    /** Runs the subcommand in arguments (arguments[0] is the program); returns the process exit code. */
    static int run(const QStringList &arguments);
    static QStringList commands();
    /** Adds a command implemented above core (the PDF report lays out with QtGui); main() adds it before
     *  isCommand(). help is a QT_TRANSLATE_NOOP("CommandLine", …) literal. */
    static void addCommand(const char *name, const char *help, std::function<int(const QStringList &)> run,
                           bool needsGui);
    /** True when the command in arguments needs a QGuiApplication (a headless one is fine). */
    static bool needsGui(const QStringList &arguments);
    /** The top-level help: commands, desktop options, exit codes. */
    static QString usage();
};

} // namespace ShadowOptic
