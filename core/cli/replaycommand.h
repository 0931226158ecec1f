// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace ShadowOptic {

/** `replay ...` (replay a sample against candidate models) and `simulate --port N` (the built-in gateway). */
class ReplayCommand
{
public:
    static int runReplay(const QStringList &arguments);
    static int runSimulate(const QStringList &arguments);
};

} // namespace ShadowOptic
