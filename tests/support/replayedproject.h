// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replayprogress.h"
#include "replay/replaytarget.h"

#include <QStringList>

namespace ShadowOptic {

/** The tests' common starting point: a project of generated Portkey logs, optionally with one replay run through
 *  a target. Every step reports failure, so a test's setup fails loudly instead of warning and carrying on. */
class ReplayedProject
{
public:
    struct Options
    {
        qint64 rows = 80;
        quint64 seed = 7;
        double tokenScale = 0.05;
        QStringList models; // empty: no replay
        int sample = 15;
        QString sampleModel; // only logs of this model (empty = all)
        int concurrency = 16;
        double sensitiveShare = 0.04; // LogGenerator::Options
        double benignSensitiveShare = 0.0;
    };

    /** Writes the logs and imports them into dir/name; false with *error. */
    static bool create(const QString &dir, const QString &name, const Options &options, QString *project,
                       QString *error);
    /** Replays options.models on a sample of the project through target and waits for the run. */
    static bool replay(const QString &project, const ReplayTarget &target, const Options &options,
                       ReplayProgress *result, QString *error);
};

} // namespace ShadowOptic
