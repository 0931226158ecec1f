// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace ShadowOptic {

struct RolloutStatus;

/** `rollout create|status|check|promote|rollback|kill|auto|config|simulate`: the staged rollout of SPEC §9 through
 *  RolloutJob, the same moves as the Rollout panel. */
class RolloutCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RolloutCommand)

public:
    static int run(const QStringList &arguments);

private:
    static void printStatus(const RolloutStatus &status);
    static int printConfig(const QCommandLineParser &parser, const RolloutStatus &status);
    static int printSimulation(const QCommandLineParser &parser, const RolloutStatus &status);
};

} // namespace ShadowOptic
