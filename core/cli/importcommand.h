// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `import --project P.sqlite [--json] FILE...`: imports Portkey log exports into a project. */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ImportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
