// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace ShadowOptic {

class ProjectStore;

/** What data exports read that no other store offers: the replayed answers with their judge scores and prompts,
 *  streamed with one forward-only query, and the stored recommendations. Works on the ProjectStore it is given
 *  (one per thread). */
class ExportStore
{
public:
    explicit ExportStore(const ProjectStore &store);

    /** One replayed answer. A null QVariant is a value the project does not know (an unpriced answer's cost, an
     *  unjudged answer's scores). */
    struct ReplayRow
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        QString role;
        qint64 createdAtMs = 0;
        QVariant statusCode;
        bool ok = false;
        QString error;
        QVariant costUsd;
        QVariant promptTokens;
        QVariant completionTokens;
        QVariant cacheReadTokens;
        QVariant reasoningTokens;
        QVariant latencyMs;
        QVariant attempts;
        bool cacheHit = false;
        QString refusalKind; // empty: not classified
        QString refusalType;
        QVariant judgeOk;
        QVariant accuracy;
        QVariant helpfulness;
        QVariant clarity;
        QVariant completeness;
        QVariant overall;
        QString judgeModel;
        QString prompt; // the last user turn of the logged request
        QString answer;
    };

    struct StoredRecommendation
    {
        qint64 id = 0;
        qint64 createdAtMs = 0;
        QJsonObject data; // Recommendation::toJson()
    };

    /** Replayed answers (judge calls and other service requests left out) of one run, or of every run (runId 0). */
    qint64 replayCount(qint64 runId) const;
    /** Calls row for each answer, run by run, prompt by prompt; stops early (true) when row returns false. */
    bool forEachReplay(qint64 runId, const std::function<bool(const ReplayRow &)> &row, QString *error) const;
    /** Whether the project has a replay run with this id. */
    bool runExists(qint64 runId) const;
    /** Replay runs that replayed answers (not judge runs), newest first: id and creation time. */
    QList<QPair<qint64, qint64>> answerRuns() const;
    /** Every stored recommendation, oldest first. */
    bool recommendations(QList<StoredRecommendation> *list, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
