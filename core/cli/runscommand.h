// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `runs --project P [--json]`: the project's replay runs (id, status, target, models, progress, spend). */
class RunsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
