// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "import/logimporter.h"
#include "session.h"
#include "store/projectstore.h"

#include <QPointer>
#include <QtConcurrent>

namespace ShadowOptic {

struct ImportJob::Outcome
{
    ImportReport report;
    QString error; // the project could not be opened
    QList<ImportStore::Unfinished> unfinished;
};

ImportJob::ImportJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

ImportJob::~ImportJob()
{
    if (m_cancel)
        *m_cancel = true;
}

bool ImportJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project before importing.");
        return false;
    }
    if (m_files.isEmpty()) {
        *error = tr("Choose at least one file to import.");
        return false;
    }
    m_report = ImportReport();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 run = ++m_run;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const QStringList files = m_files;
    LogImportOptions options;
    options.commitIntervalMs = m_commitIntervalMs;
    QPointer<ImportJob> self(this);
    reportProgress(0, tr("Importing…"));
    auto task = QtConcurrent::run([project, files, cancel, self, run, options] {
        Outcome out;
        LogImporter::run(
            project, files, &out.report, &out.error,
            [self, run](qint64 done, qint64 total, const QString &text) {
                const int permille = total > 0 ? int(done * 1000 / total) : 1000;
                QMetaObject::invokeMethod(
                    self,
                    [self, run, permille, text] {
                        if (self && self->m_run == run)
                            self->reportProgress(permille, tr("%1% %2").arg(permille / 10).arg(text));
                    },
                    Qt::QueuedConnection);
            },
            [cancel] { return cancel->load(); }, options);
        ProjectStore store;
        QString ignored; // the import said what failed
        if (out.error.isEmpty() && store.open(project, &ignored, ProjectStore::OpenMode::OpenExisting))
            out.unfinished = ImportStore::unfinishedImports(store, &ignored);
        return out;
    });
    thenQueued(task, this, [this, run](const Outcome &out) {
        if (run != m_run)
            return;
        m_report = out.report;
        m_unfinished = out.unfinished;
        if (!out.error.isEmpty())
            complete(State::Failed, out.error);
        else
            complete(m_report.cancelled ? State::Cancelled : State::Succeeded);
    });
    return true;
}

void ImportJob::abort()
{
    // The importer stops at its next batch and reports what it committed; finished() follows with that report.
    if (m_cancel)
        *m_cancel = true;
}

} // namespace ShadowOptic
