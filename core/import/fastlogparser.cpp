// SPDX-License-Identifier: MIT
#include "fastlogparser.h"

#include "logrecordparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <simdjson.h>

namespace ShadowOptic {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

QString qstring(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The QJsonValue QJsonDocument would have built; false on duplicate keys (where parsers disagree) or odd numbers.
bool toJsonValue(element e, QJsonValue *out, int depth = 0)
{
    if (depth > 64)
        return false;
    switch (e.type()) {
    case element_type::OBJECT: {
        QJsonObject o;
        for (const auto field : simdjson::dom::object(e)) {
            const QString key = qstring(field.key);
            QJsonValue v;
            if (o.contains(key) || !toJsonValue(field.value, &v, depth + 1))
                return false;
            o.insert(key, v);
        }
        *out = o;
        return true;
    }
    case element_type::ARRAY: {
        QJsonArray a;
        for (const element item : simdjson::dom::array(e)) {
            QJsonValue v;
            if (!toJsonValue(item, &v, depth + 1))
                return false;
            a.append(v);
        }
        *out = a;
        return true;
    }
    case element_type::STRING:
        *out = QJsonValue(qstring(std::string_view(e)));
        return true;
    case element_type::INT64:
        *out = QJsonValue(qint64(int64_t(e)));
        return true;
    case element_type::DOUBLE:
        *out = QJsonValue(double(e));
        return true;
    case element_type::BOOL:
        *out = QJsonValue(bool(e));
        return true;
    case element_type::NULL_VALUE:
        *out = QJsonValue(QJsonValue::Null);
        return true;
    case element_type::UINT64: // above INT64_MAX: leave the rounding to the full parser
        return false;
    }
    return false;
}

// request.messages as LogRecordParser reads them; false for anything it would reject.
bool readMessages(element messages, QList<ChatMessage> *out)
{
    simdjson::dom::array arr;
    if (messages.get(arr) != simdjson::SUCCESS)
        return false;
    out->reserve(qsizetype(arr.size()));
    for (const element m : arr) {
        simdjson::dom::object mo;
        if (m.get(mo) != simdjson::SUCCESS)
            return false;
        element role;
        element content;
        bool hasRole = false;
        bool hasContent = false;
        for (const auto field : mo) {
            if (field.key == "role") {
                if (hasRole)
                    return false;
                hasRole = true;
                role = field.value;
            } else if (field.key == "content") {
                if (hasContent)
                    return false;
                hasContent = true;
                content = field.value;
            }
        }
        if (!hasRole || role.type() != element_type::STRING)
            return false;
        QJsonValue contentValue; // undefined when absent
        if (hasContent) {
            if (content.type() == element_type::STRING) {
                // The common case, without a QJsonValue copy of a long prompt.
                const std::string_view text(content);
                if (!text.empty()) {
                    out->append({ qstring(std::string_view(role)), qstring(text) });
                    continue;
                }
            }
            if (!toJsonValue(content, &contentValue))
                return false;
            if (!contentValue.isString() && !contentValue.isArray() && !contentValue.isNull())
                return false;
        } else {
            contentValue = QJsonValue(QJsonValue::Undefined);
        }
        out->append({ qstring(std::string_view(role)), LogRecordParser::contentText(contentValue) });
    }
    return true;
}

} // namespace

bool FastLogParser::parse(const QByteArray &json, LogRecord *out)
{
    thread_local simdjson::dom::parser parser;
    element doc;
    if (parser.parse(json.constData(), size_t(json.size())).get(doc) != simdjson::SUCCESS)
        return false;
    simdjson::dom::object top;
    if (doc.get(top) != simdjson::SUCCESS)
        return false;

    // Everything but the request's messages goes to LogRecordParser as a (small) QJsonObject.
    QJsonObject row;
    element messages;
    bool hasMessages = false;
    for (const auto field : top) {
        const QString key = qstring(field.key);
        if (row.contains(key))
            return false;
        if (key != QLatin1String("request") || field.value.type() != element_type::OBJECT) {
            QJsonValue v;
            if (!toJsonValue(field.value, &v))
                return false;
            row.insert(key, v);
            continue;
        }
        QJsonObject request;
        for (const auto r : simdjson::dom::object(field.value)) {
            const QString rkey = qstring(r.key);
            if (request.contains(rkey) || (rkey == QLatin1String("messages") && hasMessages))
                return false;
            if (rkey == QLatin1String("body"))
                return false; // possibly a {url, method, headers, body} wrapper: the full parser decides
            if (rkey == QLatin1String("messages") && r.value.type() != element_type::NULL_VALUE) {
                hasMessages = true;
                messages = r.value;
                continue;
            }
            QJsonValue v;
            if (!toJsonValue(r.value, &v))
                return false;
            request.insert(rkey, v);
        }
        // With messages present, LogRecordParser ignores a completions-style prompt.
        if (hasMessages)
            request.remove(QLatin1String("prompt"));
        row.insert(key, request);
    }

    LogRecord r;
    QString error;
    if (!LogRecordParser::parse(row, json, &r, &error))
        return false;
    if (hasMessages) {
        if (!readMessages(messages, &r.messages))
            return false;
        if (!r.messages.isEmpty())
            r.conversationHash = LogRecordParser::conversationHash(r.messages);
    }
    *out = std::move(r);
    return true;
}

} // namespace ShadowOptic
