// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `generate-logs --rows N --seed S --out FILE`: a realistic synthetic Portkey export. */
class GenerateLogsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::GenerateLogsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
