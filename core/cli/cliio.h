// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

namespace ShadowOptic {

/** Console output for commands: stdout for results, stderr for progress and errors. */
class CliIo
{
public:
    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    static void err(const QString &text);
    /** A single self-overwriting progress line on a terminal, plain lines otherwise; throttled. */
    static void progress(const QString &text);
    static void endProgress();
    /** Adds the option with its default value named in the description, so --help shows it. */
    static void addOption(QCommandLineParser &parser, QCommandLineOption option);
    /** The parser's help text with "shadow-optic COMMAND" as the program (not the binary's path). */
    static QString helpText(const QCommandLineParser &parser, const QString &command);
    /** Adds --help and parses arguments (arguments[0] is "shadow-optic COMMAND"): -1 to go on, else the exit code
     *  (0 after printing the help, 2 after printing a parse error). */
    static int parse(QCommandLineParser &parser, const QStringList &arguments);
    /** -p/--project FILE and --json, the same in every command. */
    static QCommandLineOption projectOption();
    static QCommandLineOption jsonOption();
};

} // namespace ShadowOptic
