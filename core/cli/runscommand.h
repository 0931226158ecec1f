// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `runs [list|rename|delete|compare] --project P …`: the project's run history through the session's RunsJob —
 *  list (id, name, status, target, models, progress, spend, judged), rename, delete (only with --yes) and compare
 *  two replay runs model by model. */
class RunsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
