// SPDX-License-Identifier: MIT
#include "fastlogparser.h"

#include "domain/chatmessages.h"
#include "domain/logrecordparser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bitset>

namespace ShadowOptic {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

QString qstring(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A string or key that starts with U+FEFF: QJsonDocument drops it when raw and keeps it when escaped (\ufeff), and
// simdjson's unescaped bytes cannot tell the two apart, so such a record is left to the full parser.
bool leadingBom(std::string_view s)
{
    return s.starts_with("\xef\xbb\xbf");
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
            if (leadingBom(field.key))
                return false;
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
        if (leadingBom(std::string_view(e)))
            return false;
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

// Top-level keys LogRecordParser reads (see its parse()); the others never reach a column (raw_json keeps them), so
// they are not copied into the QJsonObject. Sorted for binary search.
constexpr std::array<std::string_view, 37> readKeys {
    "ai_model",
    "ai_org",
    "ai_provider",
    "batch",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "completion_tokens",
    "config",
    "config_slug",
    "cost",
    "created_at",
    "custom_id",
    "id",
    "is_success",
    "latency_ms",
    "log_id",
    "metadata",
    "mode",
    "model",
    "prompt_slug",
    "prompt_tokens",
    "provider",
    "reasoning_tokens",
    "req_units",
    "request",
    "request_tokens",
    "request_url",
    "res_units",
    "response",
    "response_status_code",
    "response_time",
    "response_tokens",
    "status_code",
    "timestamp",
    "total_tokens",
    "total_units",
    "trace_id",
};

bool isReadKey(std::string_view key)
{
    return std::binary_search(readKeys.begin(), readKeys.end(), key);
}

// The parts of a response body LogRecordParser looks at: the first choice, usage, the Anthropic content, and the
// keys that mark a {status, headers, body} wrapper (whose values, but for status and body, are never read).
bool responseSubset(element e, QJsonValue *out, int depth = 0)
{
    if (e.type() != element_type::OBJECT || depth > 4)
        return toJsonValue(e, out);
    QJsonObject o;
    for (const auto field : simdjson::dom::object(e)) {
        const std::string_view k = field.key;
        if (leadingBom(k))
            return false;
        QJsonValue v;
        if (k == "choices" && field.value.type() == element_type::ARRAY) {
            QJsonArray first;
            for (const element c : simdjson::dom::array(field.value)) {
                QJsonValue cv;
                if (!toJsonValue(c, &cv))
                    return false;
                first.append(cv);
                break;
            }
            v = first;
        } else if (k == "body") {
            if (!responseSubset(field.value, &v, depth + 1))
                return false;
        } else if (k == "url" || k == "method" || k == "headers" || k == "responseTime") {
            v = QJsonValue(QJsonValue::Null); // only whether the key is there matters
        } else if (k == "choices" || k == "status" || k == "content" || k == "stop_reason" || k == "usage"
                   || k == "model") {
            if (!toJsonValue(field.value, &v))
                return false;
        } else {
            continue;
        }
        const QString key = qstring(k);
        if (o.contains(key))
            return false;
        o.insert(key, v);
    }
    *out = o;
    return true;
}

// Which BMP code units QChar::isSpace, and so QString::simplified(), takes for white space; looked up once rather
// than through Qt's category tables per character. Supplementary characters are judged per surrogate: never.
const std::bitset<0x10000> &spaceUnits()
{
    static const std::bitset<0x10000> table = [] {
        std::bitset<0x10000> t;
        for (uint u = 0; u < 0x10000; ++u)
            t[u] = QChar(char16_t(u)).isSpace();
        return t;
    }();
    return table;
}

// LogRecordParser::conversationHash, fed from the UTF-8 the record already holds (no UTF-16 copy, no simplified()
// and toUtf8() temporaries): the role lower-cased, the content with white space simplified. The role must be
// ASCII, where that is byte for byte what Qt's QString path does; a non-ASCII role or malformed UTF-8 returns
// false, and the caller takes Qt's path.
class Utf8ConversationHash
{
public:
    Utf8ConversationHash()
        : m_hash(QCryptographicHash::Sha1)
    {
    }
    bool add(std::string_view role, std::string_view content)
    {
        // Folding never lengthens the text; the branch-free loop stores one byte past the end at most.
        m_buffer.resize(qsizetype(role.size() + content.size() + 3));
        char *const begin = m_buffer.data();
        char *out = begin;
        for (const char c : role) {
            if (uchar(c) >= 0x80)
                return false;
            *out++ = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
        *out++ = '\x1f';
        // Branch-free: a prompt is kilobytes of text with a space every few characters, which a branchy loop
        // mispredicts. Block by block, so that text with a non-ASCII character is decoded from its block on
        // rather than walked twice.
        char *const contentBegin = out;
        bool pendingSpace = false;
        const char *src = content.data();
        const char *const srcEnd = src + content.size();
        while (src != srcEnd) {
            const char *const blockEnd = src + std::min<qsizetype>(64, srcEnd - src);
            char *const blockOut = out;
            const bool blockPending = pendingSpace;
            uchar high = 0;
            for (const char *q = src; q != blockEnd; ++q) {
                high |= uchar(*q);
                addAscii(uchar(*q), contentBegin, &out, &pendingSpace);
            }
            if (high & 0x80) {
                out = blockOut;
                pendingSpace = blockPending;
                if (!addUtf8(src, srcEnd, contentBegin, &out, pendingSpace))
                    return false;
                break;
            }
            src = blockEnd;
        }
        *out++ = '\x1e';
        m_hash.addData(QByteArrayView(begin, out - begin));
        return true;
    }
    QString result() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    static void addAscii(uchar c, char *const contentBegin, char **out, bool *pendingSpace)
    {
        const bool space = c == ' ' || uchar(c - 0x09) <= 0x04;
        **out = ' ';
        *out += *pendingSpace && !space;
        **out = char(c);
        *out += !space;
        *pendingSpace = space && *out != contentBegin;
    }

    // The rest of the content, decoded only as far as white space needs: Qt's white space outside ASCII is all in
    // the BMP, and every other character is copied as its bytes.
    static bool addUtf8(const char *src, const char *const srcEnd, char *const contentBegin, char **end,
                        bool pendingSpace)
    {
        const auto *p = reinterpret_cast<const uchar *>(src);
        const auto *const last = reinterpret_cast<const uchar *>(srcEnd);
        const std::bitset<0x10000> &spaces = spaceUnits();
        char *out = *end;
        while (p != last) {
            const uchar c = *p;
            if (c < 0x80) {
                addAscii(c, contentBegin, &out, &pendingSpace);
                ++p;
                continue;
            }
            qsizetype n = 0;
            char32_t u = 0;
            if (c >= 0xc2 && c < 0xe0) {
                n = 2;
                u = c & 0x1f;
            } else if (c >= 0xe0 && c < 0xf0) {
                n = 3;
                u = c & 0x0f;
            } else if (c >= 0xf0 && c < 0xf5) {
                n = 4;
                u = c & 0x07;
            } else {
                return false;
            }
            if (last - p < n)
                return false;
            for (qsizetype i = 1; i < n; ++i) {
                if ((p[i] & 0xc0) != 0x80)
                    return false;
                u = (u << 6) | (p[i] & 0x3f);
            }
            if ((n == 3 && (u < 0x800 || (u >= 0xd800 && u <= 0xdfff))) || (n == 4 && (u < 0x10000 || u > 0x10ffff)))
                return false;
            if (u < 0x10000 && spaces[u]) {
                pendingSpace = out != contentBegin;
                p += n;
                continue;
            }
            if (pendingSpace) {
                *out++ = ' ';
                pendingSpace = false;
            }
            for (qsizetype i = 0; i < n; ++i)
                *out++ = char(p[i]);
            p += n;
        }
        *end = out;
        return true;
    }

    QCryptographicHash m_hash;
    QByteArray m_buffer;
};

// request.messages as LogRecordParser reads them; false for anything it would reject. *hash is the conversation
// hash when every message was plain text Utf8ConversationHash takes, else empty.
bool readMessages(element messages, QList<ChatMessage> *out, QString *hash)
{
    Utf8ConversationHash utf8Hash;
    bool hashed = true;
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
            if (leadingBom(field.key))
                return false;
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
        if (!hasRole || role.type() != element_type::STRING || leadingBom(std::string_view(role)))
            return false;
        QJsonValue contentValue; // undefined when absent
        if (hasContent) {
            if (content.type() == element_type::STRING) {
                // The common case, without a QJsonValue copy of a long prompt.
                const std::string_view text(content);
                // A leading U+FEFF: QString::fromUtf8 drops it, QJsonDocument drops it when raw but keeps it when
                // escaped, which only the full parser can tell apart.
                if (text.starts_with("\xef\xbb\xbf"))
                    return false;
                if (!text.empty()) {
                    hashed = hashed && utf8Hash.add(std::string_view(role), text);
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
        hashed = false;
        out->append({ qstring(std::string_view(role)), ChatMessages::text(contentValue) });
    }
    if (hashed && !out->isEmpty())
        *hash = utf8Hash.result();
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
        if (leadingBom(field.key))
            return false;
        if (!isReadKey(field.key))
            continue;
        const QString key = qstring(field.key);
        if (row.contains(key))
            return false;
        if (key == QLatin1String("response")) {
            QJsonValue v;
            if (!responseSubset(field.value, &v))
                return false;
            row.insert(key, v);
            continue;
        }
        if (key != QLatin1String("request") || field.value.type() != element_type::OBJECT) {
            QJsonValue v;
            if (!toJsonValue(field.value, &v))
                return false;
            row.insert(key, v);
            continue;
        }
        QJsonObject request;
        for (const auto r : simdjson::dom::object(field.value)) {
            if (leadingBom(r.key))
                return false;
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
        QString hash;
        if (!readMessages(messages, &r.messages, &hash))
            return false;
        if (!hash.isEmpty())
            r.conversationHash = hash;
        else if (!r.messages.isEmpty())
            r.conversationHash = LogRecordParser::conversationHash(r.messages);
    }
    *out = std::move(r);
    return true;
}

} // namespace ShadowOptic
