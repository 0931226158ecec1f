// SPDX-License-Identifier: MIT
#pragma once

#include "session/job.h"

#include <QCoreApplication>

namespace ShadowOptic {

/** Runs a session job from a command: its progress on one stderr line, its warnings on stderr, Ctrl+C cancels it,
 *  and the call returns when it has finished — the same job the panels run. */
class CliJob
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CliJob)

public:
    /** Starts job and waits for it; on a start failure prints why and returns Failed. */
    static Job::State run(Job *job, const QString &cancelText = QString());
};

} // namespace ShadowOptic
