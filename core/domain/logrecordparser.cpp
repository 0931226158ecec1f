// SPDX-License-Identifier: MIT
#include "logrecordparser.h"

#include "chatmessages.h"
#include "timestampparser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <cmath>
#include <limits>

namespace ShadowOptic {

namespace {

QJsonValue firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const auto it = o.constFind(QLatin1String(k));
        if (it != o.constEnd() && !it->isNull() && !it->isUndefined())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Numbers may arrive as JSON numbers or as strings (CSV, some exports). Empty means absent.
bool toNumber(const QJsonValue &v, double *out, bool *present)
{
    *present = false;
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isDouble()) {
        *out = v.toDouble();
        *present = std::isfinite(*out);
        return *present;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return true;
        bool ok = false;
        *out = s.toDouble(&ok);
        *present = ok && std::isfinite(*out);
        return *present;
    }
    return false;
}

// limit: the magnitude the field's integer type holds; a larger number is refused, as converting it is undefined.
bool numberField(const QJsonObject &row, std::initializer_list<const char *> keys, double *out, bool *present,
                 QString *error, double limit = std::numeric_limits<double>::infinity())
{
    const QJsonValue v = firstOf(row, keys);
    if (!toNumber(v, out, present)) {
        *error = LogRecordParser::tr("field '%1' is not a number").arg(QLatin1String(*keys.begin()));
        return false;
    }
    if (*present && !(std::abs(*out) < limit)) {
        *error = LogRecordParser::tr("field '%1' is out of range").arg(QLatin1String(*keys.begin()));
        return false;
    }
    return true;
}

// A token count: a number of tokens, so a negative one is as invalid as one that is not a number.
bool countField(const QJsonObject &row, std::initializer_list<const char *> keys, qint64 *out, QString *error)
{
    double v = 0;
    bool present = false;
    if (!numberField(row, keys, &v, &present, error, 9223372036854775808.0)) // 2^63
        return false;
    if (!present)
        return true;
    if (v < 0) {
        *error = LogRecordParser::tr("field '%1' is negative").arg(QLatin1String(*keys.begin()));
        return false;
    }
    *out = qint64(v);
    return true;
}

bool toBool(const QJsonValue &v, bool *out)
{
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble()) {
        *out = v.toDouble() != 0.0;
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes")) {
            *out = true;
            return true;
        }
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no")) {
            *out = false;
            return true;
        }
    }
    return false;
}

QString stringField(const QJsonObject &row, std::initializer_list<const char *> keys)
{
    const QJsonValue v = firstOf(row, keys);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return QString();
}

// A payload may be an object, a JSON-encoded string of one, or wrapped as {url,method,headers,body} /
// {status,headers,body}. Returns the innermost body object.
bool unwrapPayload(const QJsonValue &v, QJsonObject *body, int *wrappedStatus, QString *error, const char *name)
{
    QJsonValue cur = v;
    for (int depth = 0; depth < 4; ++depth) {
        if (cur.isString()) {
            const QString s = cur.toString().trimmed();
            if (s.isEmpty())
                return true;
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                *error = LogRecordParser::tr("field '%1' is a string but not a JSON object").arg(QLatin1String(name));
                return false;
            }
            cur = doc.object();
            continue;
        }
        if (!cur.isObject()) {
            *error = LogRecordParser::tr("field '%1' is not an object").arg(QLatin1String(name));
            return false;
        }
        const QJsonObject o = cur.toObject();
        const bool looksWrapped = o.contains(QLatin1String("body"))
            && (o.contains(QLatin1String("url")) || o.contains(QLatin1String("method"))
                || o.contains(QLatin1String("headers")) || o.contains(QLatin1String("status"))
                || o.contains(QLatin1String("responseTime")));
        if (looksWrapped) {
            if (wrappedStatus && o.value(QLatin1String("status")).isDouble())
                *wrappedStatus = o.value(QLatin1String("status")).toInt();
            cur = o.value(QLatin1String("body"));
            if (cur.isNull() || cur.isUndefined())
                return true;
            continue;
        }
        *body = o;
        return true;
    }
    *error = LogRecordParser::tr("field '%1' is nested too deeply").arg(QLatin1String(name));
    return false;
}

bool parseMessages(const QJsonObject &body, QList<ChatMessage> *out, QString *error)
{
    const QJsonValue mv = body.value(QLatin1String("messages"));
    if (mv.isUndefined() || mv.isNull()) {
        // Completions-style prompt.
        const QJsonValue p = body.value(QLatin1String("prompt"));
        if (p.isString())
            out->append({ QStringLiteral("user"), p.toString() });
        return true;
    }
    if (!mv.isArray()) {
        *error = LogRecordParser::tr("request.messages is not an array");
        return false;
    }
    const QJsonArray arr = mv.toArray();
    out->reserve(arr.size());
    for (const QJsonValue &m : arr) {
        if (!m.isObject()) {
            *error = LogRecordParser::tr("request.messages contains a non-object entry");
            return false;
        }
        const QJsonObject mo = m.toObject();
        const QJsonValue role = mo.value(QLatin1String("role"));
        if (!role.isString()) {
            *error = LogRecordParser::tr("a message has no string 'role'");
            return false;
        }
        const QJsonValue content = mo.value(QLatin1String("content"));
        if (!content.isString() && !content.isArray() && !content.isNull() && !content.isUndefined()) {
            *error = LogRecordParser::tr("a message 'content' is neither a string nor an array of parts");
            return false;
        }
        out->append({ role.toString(), ChatMessages::text(content) });
    }
    return true;
}

void parseResponse(const QJsonObject &body, LogRecord *r)
{
    const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject c0 = choices.first().toObject();
        const QJsonObject msg = c0.value(QLatin1String("message")).toObject();
        r->responseText = ChatMessages::text(msg.value(QLatin1String("content")));
        if (r->responseText.isEmpty())
            r->responseText = c0.value(QLatin1String("text")).toString();
        r->finishReason = c0.value(QLatin1String("finish_reason")).toString();
    } else if (body.value(QLatin1String("content")).isArray()) { // Anthropic messages shape
        r->responseText = ChatMessages::text(body.value(QLatin1String("content")));
        r->finishReason = body.value(QLatin1String("stop_reason")).toString();
    }
    const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
    TokenUsage u;
    bool hasInput = false, hasOutput = false;
    if (TokenUsage::fromUsage(usage, &u, &hasInput, &hasOutput)) {
        // Top-level counts win, as for every alias, except a prompt count equal to the uncached part: that is
        // what Portkey logs for Anthropic, whose cache reads and writes come beside it.
        if (hasInput && (r->promptTokens < 0 || r->promptTokens == u.uncachedInput()))
            r->promptTokens = u.input;
        if (hasOutput && r->completionTokens < 0)
            r->completionTokens = u.output;
        r->cacheReadTokens = u.cacheRead;
        r->cacheWriteTokens = u.cacheWrite;
        r->reasoningTokens = u.reasoning;
    }
    const QJsonValue total = usage.value(QLatin1String("total_tokens"));
    // As TokenUsage reads the other counts: a negative or non-numeric total is no total.
    if (r->totalTokens < 0 && total.isDouble() && total.toDouble() >= 0 && total.toDouble() < 9223372036854775808.0)
        r->totalTokens = qint64(total.toDouble());
    if (r->model.isEmpty())
        r->model = body.value(QLatin1String("model")).toString();
}

// m.content.simplified().toUtf8() in one pass and without the two temporary strings: white space as QChar::isSpace
// judges each UTF-16 unit, and an unpaired surrogate becomes '?' as in toUtf8().
void addSimplifiedUtf8(QCryptographicHash &h, const QString &s, QByteArray &buffer)
{
    buffer.resize(s.size() * 3);
    char *const begin = buffer.data();
    char *out = begin;
    bool pendingSpace = false;
    const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = src + s.size();
    while (src != end) {
        const char16_t c = *src++;
        if (c < 0x80 ? c == u' ' || (c >= 0x09 && c <= 0x0d) : QChar::isSpace(c)) {
            pendingSpace = out != begin;
            continue;
        }
        if (pendingSpace) {
            *out++ = ' ';
            pendingSpace = false;
        }
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t u = QChar::surrogateToUcs4(c, *src++);
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            *out++ = '?';
        }
    }
    h.addData(QByteArrayView(begin, out - begin));
}

} // namespace

QString LogRecordParser::conversationHash(const QList<ChatMessage> &messages)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    QByteArray buffer;
    for (const auto &m : messages) {
        h.addData(m.role.toLower().toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
        addSimplifiedUtf8(h, m.content, buffer);
        h.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(h.result().toHex());
}

bool LogRecordParser::parse(const QJsonObject &row, const QByteArray &rawJson, LogRecord *r, QString *error)
{
    r->rawJson = rawJson;
    r->logId = stringField(row, { "id", "log_id" });
    r->traceId = stringField(row, { "trace_id" });
    r->provider = stringField(row, { "ai_org", "ai_provider", "provider" });
    r->model = stringField(row, { "ai_model", "model" });
    r->mode = stringField(row, { "mode" }).toLower();
    r->config = stringField(row, { "config", "config_slug" });
    r->promptSlug = stringField(row, { "prompt_slug" });
    r->requestUrl = stringField(row, { "request_url" });

    const QJsonValue created = firstOf(row, { "created_at", "timestamp" });
    if (created.isString() || created.isDouble()) {
        const QString s = created.isString() ? created.toString() : QString::number(created.toDouble(), 'f', 3);
        if (!s.trimmed().isEmpty() && !TimestampParser::parse(s, &r->createdAtMs)) {
            *error = tr("unrecognised created_at '%1'").arg(s.left(60));
            return false;
        }
    } else if (!created.isUndefined()) {
        *error = tr("field 'created_at' is not a string");
        return false;
    }

    double v = 0;
    bool present = false;
    constexpr double Int64Limit = 9223372036854775808.0; // 2^63
    constexpr double IntLimit = 2147483648.0; // 2^31
    if (!countField(row, { "req_units", "request_tokens", "prompt_tokens" }, &r->promptTokens, error)
        || !countField(row, { "res_units", "response_tokens", "completion_tokens" }, &r->completionTokens, error)
        || !countField(row, { "total_units", "total_tokens" }, &r->totalTokens, error)
        // Exports that flatten usage put the cache and reasoning counts beside the totals.
        || !countField(row, { "cache_read_input_tokens" }, &r->cacheReadTokens, error)
        || !countField(row, { "cache_creation_input_tokens" }, &r->cacheWriteTokens, error)
        || !countField(row, { "reasoning_tokens" }, &r->reasoningTokens, error))
        return false;
    // An OpenAI batch output line carries custom_id; Portkey's batch proxy logs the /batches URL.
    const QJsonValue batch = row.value(QLatin1String("batch"));
    if (!batch.isUndefined() && !batch.isNull() && !toBool(batch, &r->batch)) {
        *error = tr("field 'batch' is not a boolean");
        return false;
    }
    r->batch = r->batch || row.contains(QLatin1String("custom_id"))
        || row.value(QLatin1String("request_url")).toString().contains(QLatin1String("/batches"));
    if (!numberField(row, { "cost" }, &v, &present, error))
        return false;
    if (present && v > 0)
        r->costUsd = v / 100.0; // Portkey reports cents
    if (!numberField(row, { "response_time", "latency_ms" }, &v, &present, error, Int64Limit))
        return false;
    if (present)
        r->latencyMs = qint64(v);
    if (!numberField(row, { "response_status_code", "status_code" }, &v, &present, error, IntLimit))
        return false;
    if (present)
        r->statusCode = int(v);

    int wrappedStatus = 0;
    QJsonObject requestBody;
    const QJsonValue request = row.value(QLatin1String("request"));
    if (!request.isUndefined() && !request.isNull()) {
        if (!unwrapPayload(request, &requestBody, nullptr, error, "request"))
            return false;
        if (!parseMessages(requestBody, &r->messages, error))
            return false;
        if (r->model.isEmpty())
            r->model = requestBody.value(QLatin1String("model")).toString();
        QJsonObject params = requestBody;
        params.remove(QLatin1String("messages"));
        params.remove(QLatin1String("model"));
        params.remove(QLatin1String("prompt"));
        if (!params.isEmpty())
            r->paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    }
    const QJsonValue response = row.value(QLatin1String("response"));
    if (!response.isUndefined() && !response.isNull()) {
        QJsonObject responseBody;
        if (!unwrapPayload(response, &responseBody, &wrappedStatus, error, "response"))
            return false;
        parseResponse(responseBody, r);
    }
    if (r->statusCode == 0 && wrappedStatus != 0)
        r->statusCode = wrappedStatus;

    const QJsonValue success = row.value(QLatin1String("is_success"));
    if (!success.isUndefined() && !success.isNull()) {
        if (!toBool(success, &r->isSuccess)) {
            *error = tr("field 'is_success' is not a boolean");
            return false;
        }
    } else if (r->statusCode != 0) {
        r->isSuccess = (r->statusCode >= 200 && r->statusCode < 300) || r->statusCode == 246;
    }

    QJsonValue meta = row.value(QLatin1String("metadata"));
    if (meta.isString() && !meta.toString().trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(meta.toString().toUtf8());
        if (!doc.isObject()) {
            *error = tr("field 'metadata' is not a JSON object");
            return false;
        }
        meta = doc.object();
    }
    if (meta.isObject()) {
        const QJsonObject mo = meta.toObject();
        r->useCase = stringField(mo, { "use_case", "useCase" });
        r->experimentId = stringField(mo, { "experiment_id" });
        if (!mo.isEmpty())
            r->metadataJson = QJsonDocument(mo).toJson(QJsonDocument::Compact);
    } else if (!meta.isUndefined() && !meta.isNull() && !meta.isString()) {
        *error = tr("field 'metadata' is not an object");
        return false;
    }

    if (r->totalTokens < 0 && r->promptTokens >= 0 && r->completionTokens >= 0)
        r->totalTokens = r->promptTokens + r->completionTokens;
    if (!r->messages.isEmpty())
        r->conversationHash = conversationHash(r->messages);
    if (r->logId.isEmpty())
        r->logId = QLatin1String("h:")
            + QString::fromLatin1(QCryptographicHash::hash(rawJson, QCryptographicHash::Sha1).toHex());
    return true;
}

QByteArray LogRecordParser::storedMessagesJson(const QVariant &messagesJsonColumn, const QVariant &rawJsonColumn)
{
    if (!messagesJsonColumn.isNull())
        return messagesJsonColumn.toString().toUtf8();
    if (rawJsonColumn.isNull())
        return QByteArray();
    const QByteArray raw = rawJsonColumn.toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    LogRecord r;
    QString error;
    if (!doc.isObject() || !parse(doc.object(), raw, &r, &error) || r.messages.isEmpty())
        return QByteArray();
    return r.messagesJson();
}

} // namespace ShadowOptic
