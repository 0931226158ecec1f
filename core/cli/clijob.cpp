// SPDX-License-Identifier: MIT
#include "clijob.h"

#include "session/session.h"
#include "store/projectstore.h"

#include "cliio.h"
#include "clisignals.h"

#include <QEventLoop>

namespace ShadowOptic {

Job::State CliJob::run(Job *job, const QString &cancelText)
{
    QEventLoop loop;
    QObject::connect(job, &Job::progressChanged, &loop, [](int, const QString &text) { CliIo::progress(text); });
    QObject::connect(job, &Job::warning, &loop, [](const QString &text) {
        CliIo::endProgress();
        CliIo::err(text);
    });
    QObject::connect(job, &Job::finished, &loop, [&loop] { loop.quit(); });
    CliSignals::onInterrupt(&loop, [job, cancelText] {
        CliIo::endProgress();
        CliIo::err(cancelText.isEmpty() ? tr("Cancelling…") : cancelText);
        job->cancel();
    });
    QString error;
    if (!job->start(&error)) {
        CliIo::err(error);
        return Job::State::Failed;
    }
    if (job->isRunning())
        loop.exec();
    CliIo::endProgress();
    if (job->state() == Job::State::Failed && !job->errorText().isEmpty())
        CliIo::err(job->errorText());
    return job->state();
}

bool CliJob::openProject(Session *session, const QString &path)
{
    QString error;
    {
        ProjectStore store;
        if (!store.open(path, &error, ProjectStore::OpenMode::OpenExisting)) {
            CliIo::err(error);
            return false;
        }
    }
    session->setProjectPath(path);
    return true;
}

} // namespace ShadowOptic
