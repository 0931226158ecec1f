// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "recommend/recommendation.h"
#include "recommend/recommender.h"

namespace ShadowOptic {

/**
 * The three-layer recommendation of SPEC §6 on the session's project: verification replays and judge calls go
 * through the session's target with the session's judge model, and only to models the target serves.
 */
class RecommendationJob : public Job
{
    Q_OBJECT
public:
    explicit RecommendationJob(Session *session, QObject *parent = nullptr);
    ~RecommendationJob() override;

    /** judgeModel and availableModels are taken from the session when the job starts. */
    void setOptions(const Recommender::Options &options) { m_options = options; }
    const Recommender::Options &options() const { return m_options; }
    const Recommendation &result() const { return m_result; }

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    void onFinished(const Recommendation &recommendation);

    Recommender::Options m_options;
    Recommendation m_result;
    QString m_failure;
    Recommender *m_recommender;
};

} // namespace ShadowOptic
