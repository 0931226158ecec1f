// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

class ProjectStore;

/** Answers to grade and their grades in the `evaluations` table: what the evaluator aggregates and the judge
 *  reads and writes. Works on the ProjectStore it is given (one per thread). */
class EvaluationStore
{
public:
    explicit EvaluationStore(const ProjectStore &store);

    /** One graded answer as stored: a replayed completion or a logged answer, with its refusal and judge columns. */
    struct SampleRow
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        bool success = false; // a logged answer without a recorded outcome counts as a success
        int statusCode = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double costUsd = 0.0; // what the completion or the logged request cost
        qint64 latencyMs = -1; // -1: unknown; a cache hit carries the latency of the replay that filled the cache
        bool cacheHit = false;
        QString refusalKind;
        QString refusalType;
        QString useCase;
        QString cluster; // "user:<metadata._user>", else "session:<metadata.session_id>", else empty
        bool hasJudge = false; // a judge verdict (valid or failed) is stored
        bool judgeOk = false;
        double accuracy = 0.0, helpfulness = 0.0, clarity = 0.0, completeness = 0.0, overall = 0.0;
        QString rubricVersion;
        QString judgeModel;
    };

    /** An answer to send to the judge, with the request it answered. */
    struct Answer
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        QString answer;
        QByteArray messagesJson;
    };

    struct AnswerKey
    {
        qint64 runId = 0;
        QString logId;
        QString model;
    };

    /** A grade to store; refusal columns only where hasRefusal, scores only where judgeOk. */
    struct Score
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        AnswerSource::Value source = AnswerSource::Value::Replay;
        bool hasRefusal = false;
        QString refusalKind, refusalType, refusalRule;
        bool judgeOk = false;
        double accuracy = 0.0, helpfulness = 0.0, clarity = 0.0, completeness = 0.0, overall = 0.0;
        QString reasoning; // the judge's reasoning, or why judging failed
    };

    /** Runs that hold replayed answers, newest first. */
    QList<qint64> replayRunIds() const;
    /** The logged model of most of the prompts these runs replayed. */
    QString mostReplayedLoggedModel(const QList<qint64> &runIds) const;
    /** Replayed completions of these runs, in run and completion order. */
    bool replaySamples(const QList<qint64> &runIds, QList<SampleRow> *rows, QString *error) const;
    /** Logged answers graded as baselines of these runs. */
    bool baselineSamples(const QList<qint64> &runIds, QList<SampleRow> *rows, QString *error) const;

    /** scoreKey()s of the answers graded by this judge model with this rubric. */
    QSet<QString> scoredKeys(const QString &judgeModel, const QString &rubricVersion) const;
    static QString scoreKey(qint64 runId, const QString &logId, const QString &model, AnswerSource::Value source);

    /** Successful, non-denied replayed answers of a run. */
    bool replayAnswers(qint64 runId, QList<Answer> *answers, QString *error) const;
    /** The successful logged answers of the prompts a run replayed (runId left 0). */
    bool loggedAnswers(qint64 runId, QList<Answer> *answers, QString *error) const;
    /** The successful, non-denied replayed answers among these keys, in their order. */
    bool replayAnswers(const QList<AnswerKey> &keys, QList<Answer> *answers, QString *error) const;
    /** The successful logged answers of these logs, in their order (runId left 0). */
    bool loggedAnswers(const QStringList &logIds, QList<Answer> *answers, QString *error) const;

    /** Upserts in one transaction; judge columns are replaced, stored refusal verdicts kept. On failure nothing is
     *  written and *failedIndex names the score that failed (-1: the transaction itself). */
    bool storeScores(const QList<Score> &scores, const QString &judgeModel, const QString &rubricVersion,
                     QString *error, qsizetype *failedIndex) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
