// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

class QObject;

namespace ShadowOptic {

/** SIGINT and SIGTERM become a call on the main thread's event loop (a signal handler may do almost nothing). */
class CliSignals
{
public:
    /** onInterrupt runs in context's thread for every SIGINT/SIGTERM while context lives. */
    static void onInterrupt(QObject *context, const std::function<void()> &onInterrupt);
};

} // namespace ShadowOptic
