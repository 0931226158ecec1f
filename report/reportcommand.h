// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `report --project P --pdf OUT.pdf [--run N]` writes the decision report; `report --project P --check OUT.pdf
 *  [--json]` says whether the project's evidence has changed since that report was made (exit 4 when it has). */
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportCommand)

public:
    static int run(const QStringList &arguments);
    /** Adds `report` to the command line (it needs a GUI application for fonts, so it lives above core). */
    static void registerCommand();
};

} // namespace ShadowOptic
