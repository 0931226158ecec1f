// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

struct ReplayProgress;

/** `replay ...` (replay a sample against candidate models) and `simulate --port N` (the built-in gateway). */
class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayCommand)

public:
    static int runReplay(const QStringList &arguments);
    static int runSimulate(const QStringList &arguments);
    /** The exit code for a finished run (see ExitCode), after printing why on stderr: failures grouped by reason,
     *  a budget stop, a cancel. */
    static int exitCodeFor(const ReplayProgress &result);
};

} // namespace ShadowOptic
