// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ShadowOptic {

class ProjectStore;

/** Typed reads of imported logs for replay planning, recommendation and the panels. Works on the ProjectStore
 *  it is given (one per thread). */
class LogStore
{
public:
    explicit LogStore(const ProjectStore &store);

    /** What a replay needs of one log: its messages (as LogRecord::messagesJson() writes them) and parameters. */
    struct Prompt
    {
        QString logId;
        QByteArray messagesJson;
        QByteArray paramsJson;
        qint64 promptTokens = -1; // -1: absent
        qint64 completionTokens = -1;
        QString useCase;
    };

    /** The logged request and answer a replay is compared with. */
    struct OriginalLog
    {
        bool found = false;
        QString model;
        QByteArray messagesJson;
        QString response;
        QString finishReason;
    };

    /** Row ids of the logs that have messages, of one model (empty: all) and containing search (empty: any). */
    bool replayableLogIds(const QString &model, const QString &search, QList<qint64> *ids, QString *error) const;
    /** The prompts of these rows, in the same order; false when one is missing. */
    bool prompts(const QList<qint64> &ids, QList<Prompt> *prompts, QString *error) const;
    /** The prompts of these logs by log id; false with *missingLogId when one is not in the project. */
    bool promptsByLogId(const QStringList &logIds, QHash<QString, Prompt> *prompts, QString *missingLogId) const;
    /** Logged answer lengths (completion tokens > 0) of a use case (empty: logs without one), at most 5000. */
    QList<qint64> answerLengths(const QString &useCase) const;

    /** How many logs of the model have messages; -1 when the count fails. */
    qint64 replayableLogCount(const QString &model) const;
    /** The model of each of these logs that has messages (logs without messages are left out). */
    QHash<QString, QString> replayableLogModels(const QStringList &logIds) const;

    OriginalLog originalLog(const QString &logId) const;
    /** Logged models, most logged first (ties by name). */
    QStringList modelsByLogCount() const;
    /** Mean response time (ms) of each model's successful logged requests. */
    QHash<QString, double> meanLatencyByModel() const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
