// SPDX-License-Identifier: MIT
#include "pretokenizer.h"

#include <QChar>
#include <QFile>
#include <QHash>

#include <array>

namespace ShadowOptic {

namespace {
// Character classes of the patterns. UP = [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}], LO = [\p{Ll}\p{Lm}\p{Lo}\p{M}] (o200k).
enum : quint8 { L = 1, N = 2, WS = 4, NL = 8, UP = 16, LO = 32 };

constexpr std::array<quint8, 128> asciiClasses()
{
    std::array<quint8, 128> t {};
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = L | UP;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = L | LO;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = N;
    for (int c : { '\t', '\v', '\f', ' ' })
        t[c] = WS;
    t['\n'] = WS | NL;
    t['\r'] = WS | NL;
    return t;
}
constexpr std::array<quint8, 128> kAscii = asciiClasses();

// Only when the generated table is missing: Qt 6.4's categories are Unicode 14, a version behind node and tiktoken.
quint8 qtClass(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Titlecase:
        return L | UP;
    case QChar::Letter_Lowercase:
        return L | LO;
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return L | UP | LO;
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return UP | LO;
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return N;
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return WS;
    default:
        return c == 0xFEFF ? WS : 0; // JavaScript counts the BOM as white space
    }
}

// The classes of every code point as node's regular expressions see them (resources/tokenizers/unicode-classes.bin,
// made by packaging/convert-tiktoken-ranks.mjs), in a two-level table of deduplicated 256-code-point blocks.
class UnicodeClasses
{
public:
    static const UnicodeClasses &instance()
    {
        static const UnicodeClasses classes;
        return classes;
    }
    quint8 of(char32_t c) const { return m_blocks[size_t(m_index[c >> 8]) * 256 + (c & 0xFF)]; }

private:
    UnicodeClasses()
    {
        std::vector<quint8> flat(0x110000, 0);
        if (!readTable(flat)) {
            qWarning("PreTokenizer: unicode-classes.bin is missing or corrupt; using Qt's Unicode tables");
            for (char32_t c = 0x80; c < 0x110000; ++c)
                flat[c] = qtClass(c);
        }
        for (char32_t c = 0; c < 0x80; ++c)
            flat[c] = kAscii[c];
        QHash<QByteArray, quint16> seen;
        m_index.resize(0x1100);
        for (size_t block = 0; block < 0x1100; ++block) {
            const QByteArray bytes(reinterpret_cast<const char *>(flat.data() + block * 256), 256);
            auto it = seen.constFind(bytes);
            if (it == seen.constEnd()) {
                it = seen.insert(bytes, quint16(m_blocks.size() / 256));
                m_blocks.insert(m_blocks.end(), flat.begin() + qsizetype(block * 256),
                                flat.begin() + qsizetype(block * 256 + 256));
            }
            m_index[block] = it.value();
        }
    }

    static bool readTable(std::vector<quint8> &flat)
    {
        QFile file(QStringLiteral(":/tokenizers/unicode-classes.bin"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray data = qUncompress(file.readAll());
        const auto *p = reinterpret_cast<const uchar *>(data.constData());
        const auto u32 = [p](qsizetype at) {
            return quint32(p[at]) | quint32(p[at + 1]) << 8 | quint32(p[at + 2]) << 16 | quint32(p[at + 3]) << 24;
        };
        if (data.size() < 12 || !data.startsWith(QByteArrayView("SOUCD1\0\0", 8)))
            return false;
        const quint32 runs = u32(8);
        if (data.size() != 12 + qsizetype(runs) * 9)
            return false;
        for (quint32 r = 0; r < runs; ++r) {
            const qsizetype at = 12 + qsizetype(r) * 9;
            const quint32 first = u32(at), last = u32(at + 4);
            if (first > last || last >= 0x110000)
                return false;
            std::fill(flat.begin() + first, flat.begin() + last + 1, p[at + 8]);
        }
        return true;
    }

    std::vector<quint16> m_index;
    std::vector<quint8> m_blocks;
};

struct CodePoint
{
    quint8 cls;
    quint8 len;
};

class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : s(reinterpret_cast<const uchar *>(text.data()))
        , n(qsizetype(text.size()))
        , classes(UnicodeClasses::instance())
    {
    }

    CodePoint at(qsizetype i) const
    {
        const uchar b = s[i];
        if (b < 0x80)
            return { kAscii[b], 1 };
        return decode(i);
    }
    quint8 classAt(qsizetype i) const { return i < n ? at(i).cls : 0; }
    bool byteIs(qsizetype i, char c) const { return i < n && s[i] == uchar(c); }

    // Length of a "'s|'t|'re|'ve|'m|'ll|'d" contraction (either case per letter) at i, or 0.
    int contraction(qsizetype i) const
    {
        if (!byteIs(i, '\'') || i + 1 >= n)
            return 0;
        const uchar a = s[i + 1] | 0x20;
        if (a == 's' || a == 't' || a == 'm' || a == 'd')
            return 2;
        if (i + 2 >= n)
            return 0;
        const uchar b = s[i + 2] | 0x20;
        return ((a == 'r' || a == 'v') && b == 'e') || (a == 'l' && b == 'l') ? 3 : 0;
    }

    // End of the run of code points starting at i whose class has any of `mask`.
    qsizetype runEnd(qsizetype i, quint8 mask) const
    {
        while (i < n) {
            const CodePoint c = at(i);
            if (!(c.cls & mask))
                break;
            i += c.len;
        }
        return i;
    }

    // [\p{N}]{1,3} from i, which holds a number.
    qsizetype digitsEnd(qsizetype i) const
    {
        for (int k = 0; k < 3 && i < n; ++k) {
            const CodePoint c = at(i);
            if (!(c.cls & N))
                break;
            i += c.len;
        }
        return i;
    }

    // Punctuation run ([^\s\p{L}\p{N}]+) from i, then [\r\n]* (cl100k) or [\r\n/]* (o200k: "();\n//").
    qsizetype punctuationEnd(qsizetype i, bool slash) const
    {
        while (i < n) {
            const CodePoint c = at(i);
            if (c.cls & (WS | L | N))
                break;
            i += c.len;
        }
        while (i < n && (s[i] == '\r' || s[i] == '\n' || (slash && s[i] == '/')))
            ++i;
        return i;
    }

    // \s*[\r\n]+ | \s+(?!\S) | \s+ from i, which holds white space.
    qsizetype whitespaceEnd(qsizetype i) const
    {
        qsizetype lastNewline = -1, lastStart = i;
        qsizetype j = i;
        while (j < n) {
            const CodePoint c = at(j);
            if (!(c.cls & WS))
                break;
            if (c.cls & NL)
                lastNewline = j;
            lastStart = j;
            j += c.len;
        }
        if (lastNewline >= 0)
            return lastNewline + 1;
        if (j == n || lastStart == i)
            return j;
        return lastStart; // leave the last space to prefix the next word
    }

    // o200k's first word alternative from p: [UP]*[LO]+ with backtracking; -1 when it does not match.
    qsizetype lowerWordEnd(qsizetype p) const
    {
        qsizetype q = p, afterLastLower = -1;
        while (q < n) {
            const CodePoint c = at(q);
            if (!(c.cls & UP))
                break;
            q += c.len;
            if (c.cls & LO)
                afterLastLower = q;
        }
        if (classAt(q) & LO)
            return runEnd(q, LO);
        // Backtracking gives the last lower-capable code point of the run to [LO]+, which then stops there.
        return afterLastLower;
    }

    qsizetype cl100k(qsizetype i) const
    {
        if (const int k = contraction(i))
            return i + k;
        const CodePoint c = at(i);
        if (!(c.cls & (NL | L | N)) && (classAt(i + c.len) & L))
            return runEnd(i + c.len, L);
        if (c.cls & L)
            return runEnd(i, L);
        if (c.cls & N)
            return digitsEnd(i);
        if (s[i] == ' ' && i + 1 < n && !(at(i + 1).cls & (WS | L | N)))
            return punctuationEnd(i + 1, false);
        if (!(c.cls & (WS | L | N)))
            return punctuationEnd(i, false);
        return whitespaceEnd(i);
    }

    qsizetype o200k(qsizetype i) const
    {
        const CodePoint c = at(i);
        const bool prefix = !(c.cls & (NL | L | N)) && i + c.len < n;
        qsizetype e = prefix ? lowerWordEnd(i + c.len) : -1;
        if (e < 0)
            e = lowerWordEnd(i);
        if (e < 0 && prefix && (classAt(i + c.len) & UP))
            e = runEnd(runEnd(i + c.len, UP), LO);
        if (e < 0 && (c.cls & UP))
            e = runEnd(runEnd(i, UP), LO);
        if (e >= 0)
            return e + contraction(e);
        if (c.cls & N)
            return digitsEnd(i);
        if (s[i] == ' ' && i + 1 < n && !(at(i + 1).cls & (WS | L | N)))
            return punctuationEnd(i + 1, true);
        if (!(c.cls & (WS | L | N)))
            return punctuationEnd(i, true);
        return whitespaceEnd(i);
    }

private:
    CodePoint decode(qsizetype i) const
    {
        const uchar b = s[i];
        int len;
        char32_t cp;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            cp = b & 0x07;
        } else {
            return { 0, 1 };
        }
        if (i + len > n)
            return { 0, 1 };
        for (int k = 1; k < len; ++k) {
            const uchar cb = s[i + k];
            if ((cb & 0xC0) != 0x80)
                return { 0, 1 };
            cp = (cp << 6) | (cb & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return { 0, 1 };
        return { classes.of(cp), quint8(len) };
    }

    const uchar *s;
    qsizetype n;
    const UnicodeClasses &classes;
};
} // namespace

PreTokenizer::PreTokenizer(Pattern pattern)
    : m_pattern(pattern)
{
}

qsizetype PreTokenizer::pieceEnd(std::string_view text, qsizetype start) const
{
    const Scanner scanner(text);
    return m_pattern == Pattern::O200k ? scanner.o200k(start) : scanner.cl100k(start);
}

std::vector<std::string_view> PreTokenizer::split(std::string_view text) const
{
    std::vector<std::string_view> pieces;
    for (qsizetype i = 0; i < qsizetype(text.size());) {
        const qsizetype end = pieceEnd(text, i);
        pieces.push_back(text.substr(size_t(i), size_t(end - i)));
        i = end;
    }
    return pieces;
}

} // namespace ShadowOptic
