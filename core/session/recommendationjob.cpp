// SPDX-License-Identifier: MIT
#include "recommendationjob.h"

#include "session.h"

namespace ShadowOptic {

RecommendationJob::RecommendationJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_recommender(new Recommender(this))
{
    connect(m_recommender, &Recommender::progressChanged, this, &RecommendationJob::reportProgress);
    connect(m_recommender, &Recommender::failed, this, [this](const QString &text) {
        if (m_failure.isEmpty())
            m_failure = text;
        emit warning(text);
    });
    connect(m_recommender, &Recommender::finished, this, &RecommendationJob::onFinished);
}

RecommendationJob::~RecommendationJob()
{
    m_recommender->cancel();
}

bool RecommendationJob::run(QString *error)
{
    if (session()->projectPath().isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    ReplayTarget target;
    if (!session()->resolveTarget(&target, error))
        return false;
    m_result = Recommendation();
    m_failure.clear();
    Recommender::Options o = m_options;
    o.judgeModel = session()->judgeModel();
    o.availableModels = session()->servedModels();
    reportProgress(0, tr("Preparing the recommendation…"));
    return m_recommender->start(session()->projectPath(), target, o, error);
}

void RecommendationJob::onFinished(const Recommendation &recommendation)
{
    m_result = recommendation;
    if (isCancelRequested())
        complete(State::Cancelled);
    else if (!m_failure.isEmpty())
        complete(State::Failed, m_failure);
    else
        complete(State::Succeeded);
}

void RecommendationJob::abort()
{
    if (m_recommender->isRunning())
        m_recommender->cancel(); // finished() follows
    else
        complete(State::Cancelled);
}

} // namespace ShadowOptic
