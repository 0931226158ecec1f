// SPDX-License-Identifier: MIT
#include "likepattern.h"

namespace ShadowOptic {

namespace {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString unicodeEscape(char16_t unit)
{
    return QStringLiteral("\\u%1").arg(uint(unit), 4, 16, QLatin1Char('0'));
}

/** text as it appears between the quotes of a JSON string (RFC 8259 §7). */
QString escapeJson(const QString &text, bool asciiOnly)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || (asciiOnly && c.unicode() > 0x7e))
                out += unicodeEscape(c.unicode()); // UTF-16 units, so characters beyond the BMP become a pair
            else
                out += c;
        }
    }
    return out;
}

QString surround(const QString &escaped)
{
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString LikePattern::contains(const QString &text)
{
    return surround(escapeLike(text));
}

QStringList LikePattern::containsInJson(const QString &text)
{
    QStringList patterns { surround(escapeLike(escapeJson(text, false))) };
    const QString ascii = surround(escapeLike(escapeJson(text, true)));
    if (ascii != patterns.first())
        patterns.append(ascii);
    return patterns;
}

QString LikePattern::anyLike(const QString &column, qsizetype count)
{
    QStringList any;
    for (qsizetype i = 0; i < count; ++i)
        any.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
    return QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace ShadowOptic
