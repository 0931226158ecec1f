// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

#include "domain/importreport.h"

#include <functional>

namespace ShadowOptic {

struct LogImportOptions
{
    int batchRows = 2000;
    qint64 batchBytes = 4 * 1024 * 1024; // a batch also ends at this much raw input, which bounds memory
    // Input per transaction (rows count as imported once committed). Each commit rewrites every page of the
    // randomly keyed log_id index it touched: at a million rows 64 MB commits cost 98 MB/s, 256 MB ones 108 MB/s.
    qint64 commitBytes = 256 * 1024 * 1024;
    // A transaction also ends this long after it began, so a crash late in a long import (or on a slow disk, or
    // in a file smaller than commitBytes) keeps all but the last moments of it.
    int commitIntervalMs = 2000;
    qint64 maxRecordBytes = 16 * 1024 * 1024;
    int batchesAhead = 2; // batches read and parsing (or parsed) while one is written
    int progressSliceRows = 250; // rows written between progress reports within a batch
    int progressIntervalMs = 100; // at most one progress report this often (0: after every slice)
    // One more parse thread than cores: the writer thread sleeps while SQLite waits on I/O and spills pages, and
    // the spare thread keeps that core busy (1M rows on 2 cores, reading still on the writer thread: 2 threads
    // 92-97 MB/s, 3 threads 101-104 MB/s; with the reader on its own thread both reach 119 MB/s).
    int parseThreads = idealParseThreads();
    static int idealParseThreads();
};

/** Imports Portkey exports into a project. Writes on the calling thread (call it from the pool); a reader
 *  thread reads batches ahead and a private pool parses them meanwhile. Opens its own database connection. */
class LogImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogImporter)

public:
    using Options = LogImportOptions;
    /** done/total in bytes over all files, plus a short text. Called at most every ~100 ms. */
    using ProgressFn = std::function<void(qint64 done, qint64 total, const QString &text)>;
    using CancelFn = std::function<bool()>;

    static ImportReport run(const QString &projectPath, const QStringList &files, const ProgressFn &progress = {},
                            const CancelFn &cancelled = {}, const Options &options = Options());
    /** Same, but returns false when the project itself cannot be opened. */
    static bool run(const QString &projectPath, const QStringList &files, ImportReport *report, QString *error,
                    const ProgressFn &progress = {}, const CancelFn &cancelled = {},
                    const Options &options = Options());
};

} // namespace ShadowOptic
