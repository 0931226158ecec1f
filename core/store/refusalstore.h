// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace ShadowOptic {

class ProjectStore;

/** The answers refusal analysis reads: the newest replayed answer of every (prompt, model) and the logged answers
 *  of the replayed prompts, each with the refusal verdict stored for it (empty when none is). Reads only. */
class RefusalStore
{
public:
    explicit RefusalStore(const ProjectStore &store);

    struct Answer
    {
        QString logId;
        QString model;
        qint64 runId = 0; // 0 for a logged answer
        bool logged = false;
        QString prompt; // the last user turn, shortened (prompt_preview)
        QString answer;
        QString finishReason;
        int statusCode = 0;
        QString refusalKind; // stored verdict; empty when none is stored
        QString refusalType;
        QString refusalRule;
    };

    /** A logged answer whose refusal verdict the Logs table has not got yet. */
    struct Unscanned
    {
        qint64 rowId = 0;
        QString prompt;
        QString answer;
        QString finishReason;
        int statusCode = 0;
    };
    /** Up to limit logged rows with no stored verdict (logs.refusal NULL) after rowId after, by row id. */
    bool unscannedLogs(qint64 after, int limit, QList<Unscanned> *rows, QString *error) const;
    /** Rows without a verdict. */
    qint64 unscannedCount() const;
    /** Stores "none", "partial:TYPE" or "full:TYPE" per row in one transaction. */
    bool storeLogVerdicts(const QList<std::pair<qint64, QString>> &verdicts, QString *error) const;

    /** The newest answered (or guardrail-denied) replay of every prompt and model, oldest prompt first. */
    bool replayedAnswers(QList<Answer> *answers, QString *error) const;
    /** The successful logged answers of the prompts any run replayed. */
    bool loggedAnswersOfReplayedPrompts(QList<Answer> *answers, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
