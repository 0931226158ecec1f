// SPDX-License-Identifier: MIT
#include "logquery.h"

#include "domain/logrecordparser.h"

#include "likepattern.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ShadowOptic {

namespace {

QString sortColumn(LogFilter::SortKey k)
{
    switch (k) {
    case LogFilter::SortKey::Time:
        return QStringLiteral("created_at");
    case LogFilter::SortKey::Model:
        return QStringLiteral("model");
    case LogFilter::SortKey::Provider:
        return QStringLiteral("provider");
    case LogFilter::SortKey::Status:
        return QStringLiteral("status_code");
    case LogFilter::SortKey::Prompt:
        return QStringLiteral("prompt_preview");
    case LogFilter::SortKey::TokensIn:
        return QStringLiteral("prompt_tokens");
    case LogFilter::SortKey::TokensOut:
        return QStringLiteral("completion_tokens");
    case LogFilter::SortKey::Cost:
        return QStringLiteral("cost_usd");
    case LogFilter::SortKey::Latency:
        return QStringLiteral("latency_ms");
    case LogFilter::SortKey::Refusal:
        return QStringLiteral("refusal");
    }
    return QStringLiteral("created_at");
}

QString whereClause(const LogFilter &f, QVariantList *binds)
{
    QStringList parts;
    if (!f.model.isEmpty()) {
        parts.append(QStringLiteral("model = ?"));
        binds->append(f.model);
    }
    switch (f.refusal) {
    case LogFilter::Refusal::Any:
        break;
    case LogFilter::Refusal::Refusals:
        parts.append(QStringLiteral("(refusal LIKE 'full%' OR refusal LIKE 'partial%')"));
        break;
    case LogFilter::Refusal::Full:
        parts.append(QStringLiteral("refusal LIKE 'full%'"));
        break;
    case LogFilter::Refusal::Partial:
        parts.append(QStringLiteral("refusal LIKE 'partial%'"));
        break;
    case LogFilter::Refusal::None:
        parts.append(QStringLiteral("refusal = 'none'"));
        break;
    case LogFilter::Refusal::Unscanned:
        parts.append(QStringLiteral("refusal IS NULL"));
        break;
    }
    const QString text = f.search.trimmed();
    if (!text.isEmpty()) {
        // Prompts of rows imported since schema 3 are only in raw_json (messages_json is NULL there). Both hold JSON,
        // where a quote or backslash of the prompt is escaped, so they are matched with the JSON form of the text.
        const QStringList inJson = LikePattern::containsInJson(text);
        parts.append(QLatin1Char('(')
                     + LikePattern::anyLike(QStringLiteral("COALESCE(messages_json, raw_json)"), inJson.size())
                     + QStringLiteral(" OR ") + LikePattern::anyLike(QStringLiteral("response_text"), 1)
                     + QStringLiteral(" OR ") + LikePattern::anyLike(QStringLiteral("log_id"), 1) + QLatin1Char(')'));
        for (const QString &pattern : inJson)
            binds->append(pattern);
        const QString plain = LikePattern::contains(text);
        binds->append(plain);
        binds->append(plain);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

bool LogQuery::fetchPage(const ProjectStore &store, const LogFilter &filter, qint64 offset, int limit,
                         QList<LogRow> *rows, QString *error)
{
    QVariantList binds;
    const QString order = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT id, log_id, created_at, model, provider, status_code, is_success, "
                                       "prompt_preview, prompt_tokens, completion_tokens, cost_usd, cost_estimated, "
                                       "latency_ms, refusal FROM logs")
        + whereClause(filter, &binds) + QStringLiteral(" ORDER BY ") + sortColumn(filter.sortKey) + order
        + QStringLiteral(", id") + order + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    QSqlQuery q(StoreAccess::database(store));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        LogRow r;
        r.rowId = q.value(0).toLongLong();
        r.logId = q.value(1).toString();
        r.createdAtMs = q.value(2).toLongLong();
        r.model = q.value(3).toString();
        r.provider = q.value(4).toString();
        r.statusCode = q.value(5).toInt();
        r.isSuccess = q.value(6).toInt() != 0;
        r.promptPreview = q.value(7).toString();
        r.promptTokens = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
        r.completionTokens = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
        r.costUsd = q.value(10).isNull() ? -1.0 : q.value(10).toDouble();
        r.costEstimated = q.value(11).toInt() != 0;
        r.latencyMs = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
        // NULL: not classified yet; empty: classified, no answer.
        r.refusal = q.value(13).isNull() ? QString() : q.value(13).toString();
        if (!q.value(13).isNull() && r.refusal.isNull())
            r.refusal = QStringLiteral("");
        rows->append(r);
    }
    return true;
}

bool LogQuery::count(const ProjectStore &store, const LogFilter &filter, qint64 *count, QString *error)
{
    QVariantList binds;
    QSqlQuery q(StoreAccess::database(store));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM logs") + whereClause(filter, &binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *count = q.value(0).toLongLong();
    return true;
}

QStringList LogQuery::models(const ProjectStore &store)
{
    QStringList out;
    QSqlQuery q(StoreAccess::database(store));
    if (q.exec(QStringLiteral("SELECT DISTINCT model FROM logs WHERE model IS NOT NULL ORDER BY model")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

bool LogQuery::fetchDetail(const ProjectStore &store, qint64 rowId, QVariantMap *detail, QString *error)
{
    QSqlQuery q(StoreAccess::database(store));
    q.prepare(QStringLiteral("SELECT * FROM logs WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) { // deleted since the page was fetched, or another project was opened
        *error = tr("Log %1 is no longer in the project.").arg(rowId);
        return false;
    }
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        detail->insert(rec.fieldName(i), q.value(i));
    const QByteArray messages = LogRecordParser::storedMessagesJson(q.value(QStringLiteral("messages_json")),
                                                                    q.value(QStringLiteral("raw_json")));
    detail->insert(QStringLiteral("messages_json"),
                   messages.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(QString::fromUtf8(messages)));
    return true;
}

} // namespace ShadowOptic
