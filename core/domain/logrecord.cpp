// SPDX-License-Identifier: MIT
#include "logrecord.h"

#include "chatmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

namespace {

// The first `limit` + 1 code units of s.simplified(), without simplifying all of a long prompt.
QString simplifiedPrefix(const QString &s, qsizetype limit)
{
    if (s.isEmpty())
        return s; // keeps a null string null, as simplified() does
    QString out;
    out.reserve(qMin(s.size(), limit + 1));
    bool pendingSpace = false;
    for (const QChar c : s) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (out.size() > limit)
            break;
        out.append(c);
    }
    return out;
}

// s.left(n), one unit shorter where the cut would separate a surrogate pair (toUtf8() makes a lone half a '?').
QString leftWhole(const QString &s, qsizetype n)
{
    if (n > 0 && n < s.size() && s.at(n - 1).isHighSurrogate() && s.at(n).isLowSurrogate())
        --n;
    return s.left(n);
}

inline char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// JSON string escaping exactly as Qt's JSON writer does it: short escapes for \b \f \n \r \t, \u00xx for other
// control characters, raw UTF-8 otherwise, and \uxxxx for unpaired surrogates.
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(s.constData());
    const char16_t *const end = src + s.size();
    while (src != end) {
        const char16_t *run = src;
        while (src != end && *src >= 0x20 && *src < 0x80 && *src != u'"' && *src != u'\\')
            ++src;
        if (src != run) {
            const qsizetype n = src - run;
            const qsizetype at = out.size();
            out.resize(at + n);
            char *dst = out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i]);
        }
        if (src == end)
            break;
        const char16_t u = *src++;
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case u'"':
                out += '"';
                break;
            case u'\\':
                out += '\\';
                break;
            case 0x8:
                out += 'b';
                break;
            case 0xc:
                out += 'f';
                break;
            case 0xa:
                out += 'n';
                break;
            case 0xd:
                out += 'r';
                break;
            case 0x9:
                out += 't';
                break;
            default:
                out += "u00";
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += "\\u";
            out += hexDigit((u >> 12) & 0xf);
            out += hexDigit((u >> 8) & 0xf);
            out += hexDigit((u >> 4) & 0xf);
            out += hexDigit(u & 0xf);
        }
    }
    out += '"';
}

} // namespace

QString LogRecord::promptPreview(int maxChars) const
{
    // The last user turn is what an analyst recognises a request by.
    const qsizetype turn = ChatMessages::lastUserIndex(messages);
    if (turn < 0)
        return QString();
    const ChatMessage &m = messages.at(turn);
    QString text = simplifiedPrefix(m.content, maxChars);
    if (m.role != QLatin1String("user"))
        return leftWhole(text, maxChars);
    if (text.size() > maxChars)
        text = leftWhole(text, maxChars - 1) + QChar(0x2026);
    return text;
}

QByteArray LogRecord::messagesJson() const
{
    // Byte for byte what QJsonDocument(QJsonArray of {role, content}).toJson(Compact) writes (keys sorted), without
    // building the JSON objects: this runs once per imported row over the whole prompt.
    qsizetype size = 2;
    for (const auto &m : messages)
        size += m.content.size() + m.role.size() + 24;
    QByteArray out;
    out.reserve(size + size / 8);
    out += '[';
    for (const auto &m : messages) {
        if (out.size() > 1)
            out += ',';
        out += "{\"content\":";
        appendJsonString(out, m.content);
        out += ",\"role\":";
        appendJsonString(out, m.role);
        out += '}';
    }
    out += ']';
    return out;
}

TokenUsage LogRecord::usage() const
{
    return { .input = qMax<qint64>(0, promptTokens),
             .cacheRead = cacheReadTokens,
             .cacheWrite = cacheWriteTokens,
             .output = qMax<qint64>(0, completionTokens),
             .reasoning = reasoningTokens,
             .batch = batch };
}

} // namespace ShadowOptic
