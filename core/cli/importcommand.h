// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `import --project P.sqlite [--json] FILE...` and `summary --project P.sqlite [--json]`. */
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ImportCommand)

public:
    static int runImport(const QStringList &arguments);
    static int runSummary(const QStringList &arguments);
    static int runGenerate(const QStringList &arguments);
    static int runCatalog(const QStringList &arguments);
};

} // namespace ShadowOptic
