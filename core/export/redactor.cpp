// SPDX-License-Identifier: MIT
#include "redactor.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ShadowOptic {

namespace {

const QString KeyMark = QStringLiteral("[KEY]");
const QString EmailMark = QStringLiteral("[EMAIL]");
const QString CardMark = QStringLiteral("[CARD]");
const QString PhoneMark = QStringLiteral("[PHONE]");

// Replaces each match for which fn gives a non-null replacement; the rest of the text is copied as it is.
QString replaceEach(const QString &text, const QRegularExpression &re,
                    const std::function<QString(const QRegularExpressionMatch &)> &fn, qint64 *count)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString out;
    qsizetype from = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString replacement = fn(m);
        if (replacement.isNull())
            continue;
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += replacement;
        from = m.capturedEnd();
        ++*count;
    }
    if (from == 0)
        return text;
    out += QStringView(text).mid(from);
    return out;
}

int digitCount(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

double entropyBits(QStringView s)
{
    QHash<QChar, int> counts;
    for (QChar c : s)
        ++counts[c];
    double h = 0.0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(s.size());
        h -= p * std::log2(p);
    }
    return h;
}

// A long random-looking token: mixed case and digits (so words, hex hashes, UUIDs and snake_case names survive)
// and close to the entropy of random characters.
bool highEntropyToken(QStringView t)
{
    int upper = 0, lower = 0, digits = 0;
    for (QChar c : t) {
        upper += c.isUpper() ? 1 : 0;
        lower += c.isLower() ? 1 : 0;
        digits += c.isDigit() ? 1 : 0;
    }
    return upper >= 2 && lower >= 2 && digits >= 2 && entropyBits(t) >= 3.8;
}

// Cards are written as one block or in the issuers' groups (4-4-4-4[-1..3], Amex 4-6-5, Diners 4-6-4); a run of
// years ("2019 2020 2021 2022") is not a card even when it passes Luhn.
bool cardShaped(QStringView text)
{
    static const QRegularExpression sep(QStringLiteral("[ \\-]"));
    const QStringList groups = text.toString().split(sep);
    QString digits = groups.join(QString());
    if (digits.size() < 13 || digits.size() > 19 || digits.count(digits.at(0)) == digits.size())
        return false;
    // Issuers' numbers begin with 2-6 (Mastercard, Amex/Diners/JCB, Visa, Mastercard/Maestro, Discover/UnionPay);
    // millisecond timestamps and most order numbers begin with 1.
    if (digits.at(0) < u'2' || digits.at(0) > u'6')
        return false;
    if (groups.size() > 1) {
        QList<int> sizes;
        bool years = true;
        for (const QString &g : groups) {
            sizes.append(int(g.size()));
            const int v = g.toInt();
            years = years && g.size() == 4 && v >= 1900 && v <= 2099;
        }
        if (years)
            return false;
        const bool fours = std::all_of(sizes.begin(), sizes.end() - 1, [](int n) { return n == 4; })
            && sizes.last() >= 1 && sizes.last() <= 4;
        const bool amex = sizes == QList<int> { 4, 6, 5 } || sizes == QList<int> { 4, 6, 4 };
        if (!fours && !amex)
            return false;
    }
    return Redactor::luhnValid(digits);
}

} // namespace

Redactor::Redactor(bool personalData, const QStringList &secrets)
    : m_personalData(personalData)
{
    for (const QString &s : secrets) {
        const QString t = s.trimmed();
        if (t.size() >= 8 && !m_secrets.contains(t))
            m_secrets.append(t);
    }
    // Longest first, so a key that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool Redactor::luhnValid(QStringView digits)
{
    int sum = 0;
    int n = 0;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit())
            continue;
        int d = c.digitValue();
        if (n++ % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return n > 0 && sum % 10 == 0;
}

QString Redactor::scrubSecrets(const QString &text, Counts *counts) const
{
    QString out = text;
    for (const QString &secret : m_secrets) {
        const qsizetype n = out.count(secret);
        if (n == 0)
            continue;
        out.replace(secret, KeyMark);
        if (counts)
            counts->keys += n;
    }
    return out;
}

QString Redactor::redact(const QString &text, Counts *counts) const
{
    Counts local;
    Counts &c = counts ? *counts : local;
    QString out = scrubSecrets(text, &c);
    if (!m_personalData || out.isEmpty())
        return out;
    // One pass decides which patterns could match at all: most answers have no '@', few digits and no long
    // unbroken token, and skipping those patterns halves the cost of a redacted export.
    int digits = 0;
    int run = 0;
    int longestRun = 0;
    bool at = false;
    for (QChar ch : std::as_const(out)) {
        const char16_t u = ch.unicode();
        digits += (u >= '0' && u <= '9') ? 1 : 0;
        at = at || u == '@';
        const bool tokenChar = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_'
            || u == '-' || u == '+';
        run = tokenChar ? run + 1 : 0;
        longestRun = qMax(longestRun, run);
    }

    // Keys first: they hold digits that must not turn into phones or cards.
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer\\s+)[A-Za-z0-9._~+/=\\-]{12,}"));
    if (out.contains(QLatin1String("Bearer")))
        out = replaceEach(
            out, bearer, [](const QRegularExpressionMatch &m) { return QString(m.captured(1) + KeyMark); }, &c.keys);
    static const QRegularExpression prefixed(QStringLiteral(
        "(?<![A-Za-z0-9_\\-])(?:(?:sk|pk|rk)-[A-Za-z0-9_\\-]{16,}|(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}"
        "|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|xox[abposre]-[A-Za-z0-9\\-]{10,})(?![A-Za-z0-9_\\-]"
        ")"));
    if (longestRun >= 15)
        out = replaceEach(
            out, prefixed,
            [](const QRegularExpressionMatch &m) { return digitCount(m.capturedView()) > 0 ? KeyMark : QString(); },
            &c.keys);
    static const QRegularExpression token(
        QStringLiteral("(?<![A-Za-z0-9_+/\\-])[A-Za-z0-9_+\\-]{32,}={0,2}(?![A-Za-z0-9_+/=\\-])"));
    if (longestRun >= 32)
        out = replaceEach(
            out, token,
            [](const QRegularExpressionMatch &m) { return highEntropyToken(m.capturedView()) ? KeyMark : QString(); },
            &c.keys);

    static const QRegularExpression email(QStringLiteral(
        "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?"
        "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}(?![\\p{L}\\p{N}\\-])"));
    if (at)
        out = replaceEach(
            out, email, [](const QRegularExpressionMatch &) { return EmailMark; }, &c.emails);

    static const QRegularExpression card(QStringLiteral("(?<![\\d\\-+(.,])\\d(?:[ \\-]?\\d){12,18}(?![\\d]|[.,]\\d)"));
    if (digits >= 13)
        out = replaceEach(
            out, card,
            [](const QRegularExpressionMatch &m) { return cardShaped(m.capturedView()) ? CardMark : QString(); },
            &c.cards);

    // International (+country), North American (555) 123-4567 / 555-123-4567, and national numbers with a trunk 0
    // written in groups (030 1234567, 01 23 45 67 89, 07700 900123). Dates, times and versions are not followed
    // by these shapes' boundaries.
    static const QRegularExpression phone(QStringLiteral(
        "(?<![\\w+])\\+\\d{1,3}(?:[ .\\-]?\\(\\d{1,4}\\))?(?:[ .\\-/]?\\d{1,5}){1,6}(?![\\w\\-/:]|[.,]\\d)"
        "|(?<![\\w.\\-+/(])(?:\\(\\d{3}\\)\\s?|\\d{3}[.\\- ])\\d{3}[.\\- ]\\d{4}(?![\\w\\-/:]|[.,]\\d)"
        "|(?<![\\w.\\-+/(])0\\d{1,4}(?:[ \\-/]\\d{2,8}){1,4}(?![\\w\\-/:]|[.,]\\d)"));
    if (digits >= 8)
        out = replaceEach(
            out, phone,
            [](const QRegularExpressionMatch &m) {
                const int digits = digitCount(m.capturedView());
                const bool international = m.capturedView().startsWith(QLatin1Char('+'));
                return (international ? digits >= 8 && digits <= 15 : digits >= 9 && digits <= 12) ? PhoneMark
                                                                                                   : QString();
            },
            &c.phones);
    return out;
}

} // namespace ShadowOptic
