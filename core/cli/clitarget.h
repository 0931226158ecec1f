// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace ShadowOptic {

class Session;

/** The gateway options every command that sends requests shares (replay, evaluate, recommend): they become the
 *  session's target, validated by the session like the Replay panel's form. Keys come from PORTKEY_API_KEY and
 *  OPENAI_API_KEY only (never from the command line, where they would land in shell history). */
class CliTarget
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CliTarget)

public:
    static void addOptions(QCommandLineParser &parser);
    /** Sets the session's target from the parsed options; false with *error (a usage error) when they are invalid
     *  or the config file cannot be read. Announces the built-in simulator on stderr. */
    static bool apply(const QCommandLineParser &parser, Session *session, QString *error);
};

} // namespace ShadowOptic
