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
     * Orderly end of the process's database work; call before leaving main(), after every object that owns a thread
     * pool is gone. Closes the calling thread's connection, drains the global thread pool (its threads close their
     * connections as they finish) and waits until no connection is open. A connection closed later, while the process
     * exits, reaches for Qt Sql's connection registry after it is destroyed. Returns false if connections were still
     * open after timeoutMs.
     */
    static bool shutdown(int timeoutMs = 10000);
    /** Connections currently open through ThreadStore, over all threads. */
    static int openCount();
};

} // namespace ShadowOptic
