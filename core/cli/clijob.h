// SPDX-License-Identifier: MIT
#pragma once

#include "session/job.h"

#include <QCoreApplication>

namespace ShadowOptic {

class Session;

/** Runs a session job from a command: its progress on one stderr line, its warnings on stderr, Ctrl+C cancels it,
 *  and the call returns when it has finished — the same job the panels run. */
class CliJob
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CliJob)

public:
    /** Starts job and waits for it; on a start failure prints why and returns Failed. */
    static Job::State run(Job *job, const QString &cancelText = QString());
    /** Makes an existing project the session's; a missing file or one that is not a project (another application's
     *  database) is said on stderr and false returned — commands that only read never create a project. */
    static bool openProject(Session *session, const QString &path);
};

} // namespace ShadowOptic
