// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `forecast`: what a replay would cost on each model before it is sent, the sample a budget buys, and the
 *  imported period's spend on each model (CostForecastJob). Reads the project only. */
class ForecastCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ForecastCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
