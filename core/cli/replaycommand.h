// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

struct ReplayProgress;

/** `replay ...`: replays a sample of the project's logs against candidate models (ReplayRunJob), or resumes a run. */
class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReplayCommand)

public:
    static int run(const QStringList &arguments);
    /** The exit code for a finished run (see ExitCode), after printing why on stderr: failures grouped by reason,
     *  a budget stop, a cancel. */
    static int exitCodeFor(const ReplayProgress &result);
};

} // namespace ShadowOptic
