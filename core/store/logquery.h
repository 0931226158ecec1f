// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** One row of the Logs table: only the columns the table shows (the full record is fetched on demand). */
struct LogRow
{
    qint64 rowId = 0;
    QString logId;
    qint64 createdAtMs = 0;
    QString model;
    QString provider;
    int statusCode = 0;
    bool isSuccess = true;
    QString promptPreview;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    double costUsd = -1.0;
    bool costEstimated = false;
    qint64 latencyMs = -1;
    QString refusal;
};

/** Filter and sort of the Logs table, done in SQL so a million rows never come into memory. */
struct LogFilter
{
    enum class SortKey { Time, Model, Provider, Status, Prompt, TokensIn, TokensOut, Cost, Latency, Refusal };
    QString search; // substring of prompt or response text
    QString model; // exact model, empty = all
    /** Rows by the refusal verdict of their logged answer (RefusalScanJob): any, refusals (full or partial), full,
     *  partial, none (compliant), or not classified yet. */
    enum class Refusal { Any, Refusals, Full, Partial, None, Unscanned };
    Refusal refusal = Refusal::Any;
    SortKey sortKey = SortKey::Time;
    bool descending = true;
};

class LogQuery
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogQuery)

public:
    static bool fetchPage(const ProjectStore &store, const LogFilter &filter, qint64 offset, int limit,
                          QList<LogRow> *rows, QString *error);
    static bool count(const ProjectStore &store, const LogFilter &filter, qint64 *count, QString *error);
    static QStringList models(const ProjectStore &store);
    /** The stored raw JSON and parsed columns of one record, for the detail view. */
    static bool fetchDetail(const ProjectStore &store, qint64 rowId, QVariantMap *detail, QString *error);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::LogRow)
