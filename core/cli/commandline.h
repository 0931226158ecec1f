// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

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
    /** The top-level help: commands, desktop options, exit codes. */
    static QString usage();
};

} // namespace ShadowOptic
