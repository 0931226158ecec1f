// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** A per-thread, reused connection to a project for short background reads (each thread needs its own
 *  QSqlDatabase connection). The connection lives until the thread ends, another path is asked for, or
 *  release() / shutdown(). */
class ThreadStore
{
public:
    static ProjectStore *get(const QString &path, QString *error);
    /** Closes the calling thread's connection, if any. */
    static void release();
    /**
     * Orderly end of the process's database work; call before leaving main() and before the application object is
     * destroyed. Joins the global thread pool's threads (each closes its connection as it exits, while Qt Sql's
     * connection registry still exists) and closes the calling thread's connection. Pool threads torn down later,
     * during static destruction, would reach for a registry that is already gone.
     */
    static void shutdown();
    /** Connections currently open through ThreadStore, over all threads. */
    static int openCount();
};

} // namespace ShadowOptic
