// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `summary --project P.sqlite [--json]`: per-model totals of the imported logs and catalog conflicts. */
class SummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::SummaryCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
