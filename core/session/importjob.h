// SPDX-License-Identifier: MIT
#pragma once

#include "domain/importreport.h"
#include "import/logimporter.h"
#include "job.h"
#include "store/importstore.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace ShadowOptic {

/**
 * Imports Portkey exports into the session's project (created when missing) on the thread pool, with progress by
 * bytes and cancel. The result is the import report, also after a cancel (rows committed so far stay imported);
 * Failed only when the project itself cannot be opened.
 */
class ImportJob : public Job
{
    Q_OBJECT
public:
    explicit ImportJob(Session *session, QObject *parent = nullptr);
    ~ImportJob() override;

    void setFiles(const QStringList &files) { m_files = files; }
    const QStringList &files() const { return m_files; }
    /** A transaction commits at least this often (LogImportOptions::commitIntervalMs). */
    void setCommitIntervalMs(int ms) { m_commitIntervalMs = ms; }
    const ImportReport &result() const { return m_report; }
    /** Earlier imports that never finished (a crash, a kill) and no later import of their files completed. */
    const QList<ImportStore::Unfinished> &unfinishedImports() const { return m_unfinished; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Outcome;

    QStringList m_files;
    int m_commitIntervalMs = LogImportOptions().commitIntervalMs;
    ImportReport m_report;
    QList<ImportStore::Unfinished> m_unfinished;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_run = 0; // the report of a cancelled run still counts, so results are matched to their run here
};

} // namespace ShadowOptic
