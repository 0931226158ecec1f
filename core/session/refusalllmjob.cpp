// SPDX-License-Identifier: MIT
#include "refusalllmjob.h"

#include "refusal/refusalllmclassifier.h"
#include "session.h"
#include "store/evaluationstore.h"
#include "store/projectstore.h"

namespace ShadowOptic {

RefusalLlmJob::RefusalLlmJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_classifier(new RefusalLlmClassifier(this))
{
    connect(m_classifier, &RefusalLlmClassifier::progressChanged, this, &RefusalLlmJob::reportProgress);
    connect(m_classifier, &RefusalLlmClassifier::finished, this, [this](const RefusalLlmSummary &summary) {
        m_result = summary;
        complete(summary.cancelled ? State::Cancelled : State::Succeeded);
    });
    connect(m_classifier, &RefusalLlmClassifier::failed, this, [this](const QString &message) {
        m_result = m_classifier->summary();
        complete(isCancelRequested() ? State::Cancelled : State::Failed, message);
    });
}

RefusalLlmJob::~RefusalLlmJob()
{
    m_classifier->cancel();
}

bool RefusalLlmJob::run(QString *error)
{
    const QString project = session()->projectPath();
    if (project.isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    if (m_request.budgetUsd <= 0) {
        *error = tr("The refusal classification needs a budget above $0.");
        return false;
    }
    QList<RefusalLlmClassifier::Item> items;
    {
        // A short read on this thread: the items are the run's stored answers, not the calls.
        ProjectStore store;
        if (!store.open(project, error, ProjectStore::OpenMode::OpenExisting))
            return false;
        qint64 runId = m_request.runId;
        if (runId == 0) {
            const QList<qint64> runs = EvaluationStore(store).replayRunIds();
            if (runs.isEmpty()) {
                *error = tr("The project has no replay runs yet: replay a sample first.");
                return false;
            }
            runId = runs.first();
        }
        if (!RefusalLlmClassifier::collect(store, runId, m_request.includeBaselines, &items, error))
            return false;
    }
    ReplayTarget target;
    if (!session()->resolveTarget(&target, error))
        return false;
    RefusalLlmClassifier::Options o;
    o.model = session()->judgeModel();
    o.replay.budgetUsd = m_request.budgetUsd;
    m_result = RefusalLlmSummary();
    return m_classifier->start(project, target, o, items, error);
}

void RefusalLlmJob::abort()
{
    if (m_classifier->isRunning())
        m_classifier->cancel();
    else
        complete(State::Cancelled);
}

} // namespace ShadowOptic
