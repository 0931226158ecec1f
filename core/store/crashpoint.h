// SPDX-License-Identifier: MIT
#pragma once

namespace ShadowOptic {

/** Fault injection for crash-safety tests: SO_CRASH_POINT=KIND:N (read once) makes the process SIGKILL itself
 *  at the Nth event of that kind, after writing "crash point KIND:N reached" to stderr:
 *  - commit:N      a store commit whose rows are written but whose COMMIT has not been issued
 *                  (ImportStore::commitWrite, ReplayStore::storeResults);
 *  - wal:N         the Nth write of WAL frames, i.e. inside SQLite's commit (or a cache spill) of a transaction;
 *  - checkpoint:N  the Nth page SQLite copies from the WAL into the database file, i.e. inside a checkpoint.
 *  wal and checkpoint are counted by a VFS that wraps SQLite's default one; without the variable nothing is
 *  installed and every call here is a no-op. */
class CrashPoint
{
public:
    enum class Kind { Commit, WalWrite, Checkpoint };
    /** Installs the VFS when SO_CRASH_POINT asks for it; call before the first connection is opened. */
    static void install();
    static void reached(Kind kind);
};

} // namespace ShadowOptic
