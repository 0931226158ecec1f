// SPDX-License-Identifier: MIT
#pragma once

#include "domain/logrecord.h"
#include "domain/logrecordparser.h"
#include "store/importstore.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

/** A Portkey log row for store tests, turned into a LogRecord by LogRecordParser as the importer does, so the
 *  stored row keeps its prompt in raw_json like an imported one. Absent numbers stay absent (NULL columns). */
class LogRowBuilder
{
public:
    explicit LogRowBuilder(const QString &id) { m_row.insert(QStringLiteral("id"), id); }

    LogRowBuilder &model(const QString &model) { return set(QStringLiteral("model"), model); }
    LogRowBuilder &provider(const QString &provider) { return set(QStringLiteral("provider"), provider); }
    LogRowBuilder &prompt(const QString &text)
    {
        m_prompt = text;
        return *this;
    }
    LogRowBuilder &response(const QString &text)
    {
        m_response = text;
        return *this;
    }
    LogRowBuilder &tokens(qint64 prompt, qint64 completion)
    {
        set(QStringLiteral("prompt_tokens"), prompt);
        return set(QStringLiteral("completion_tokens"), completion);
    }
    LogRowBuilder &costUsd(double usd) { return set(QStringLiteral("cost"), usd * 100.0); } // Portkey reports cents
    LogRowBuilder &latencyMs(qint64 ms) { return set(QStringLiteral("response_time"), ms); }
    LogRowBuilder &createdAtMs(qint64 ms)
    {
        return set(QStringLiteral("created_at"),
                   QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    LogRowBuilder &status(int code, bool success)
    {
        set(QStringLiteral("response_status_code"), code);
        return set(QStringLiteral("is_success"), success);
    }
    LogRowBuilder &useCase(const QString &useCase)
    {
        return set(QStringLiteral("metadata"), QJsonObject { { QStringLiteral("use_case"), useCase } });
    }

    bool toRecord(LogRecord *out, QString *error) const
    {
        QJsonObject row = m_row;
        if (!m_prompt.isNull())
            row.insert(QStringLiteral("request"),
                       QJsonObject { { QStringLiteral("messages"),
                                       QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                                                  { QStringLiteral("content"), m_prompt } } } } });
        if (!m_response.isNull())
            row.insert(QStringLiteral("response"),
                       QJsonObject { { QStringLiteral("choices"),
                                       QJsonArray { QJsonObject {
                                           { QStringLiteral("message"),
                                             QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                                           { QStringLiteral("content"), m_response } } },
                                           { QStringLiteral("finish_reason"), QStringLiteral("stop") } } } } });
        const QByteArray raw = QJsonDocument(row).toJson(QJsonDocument::Compact);
        return LogRecordParser::parse(row, raw, out, error);
    }

    /** Inserts all rows; false with *error when one does not parse or the insert fails. */
    static bool insert(ProjectStore &store, const QList<LogRowBuilder> &rows, QString *error)
    {
        QList<LogRecord> records;
        for (const LogRowBuilder &b : rows) {
            LogRecord r;
            if (!b.toRecord(&r, error))
                return false;
            records.append(r);
        }
        ImportStore::InsertCounts counts;
        if (!ImportStore(store).insertLogs(records, 0, &counts, error))
            return false;
        if (counts.inserted != records.size()) {
            *error = QStringLiteral("%1 of %2 rows inserted").arg(counts.inserted).arg(records.size());
            return false;
        }
        return true;
    }

private:
    LogRowBuilder &set(const QString &key, const QJsonValue &value)
    {
        m_row.insert(key, value);
        return *this;
    }

    QJsonObject m_row;
    QString m_prompt;
    QString m_response;
};

} // namespace ShadowOptic
