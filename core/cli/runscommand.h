// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShadowOptic {

/** `runs --project P [--json]`: the project's replay runs (id, status, target, models, progress, spend). */
class RunsCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
