// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `simulate --port N`: the built-in simulated gateway until interrupted. */
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::SimulateCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
