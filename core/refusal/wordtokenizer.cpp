// SPDX-License-Identifier: MIT
#include "wordtokenizer.h"

#include <QSet>

namespace ShadowOptic {

namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isIdeographic(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

char32_t codePointAt(QStringView s, qsizetype i, int *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

QStringView capped(QStringView text, int maxChars)
{
    if (maxChars < 0 || text.size() <= maxChars)
        return text;
    qsizetype n = maxChars;
    if (n > 0 && text.at(n - 1).isHighSurrogate())
        --n; // never split a surrogate pair
    return text.left(n);
}

} // namespace

QStringList WordTokenizer::words(QStringView text, int maxChars)
{
    QStringList out;
    text = capped(text, maxChars);
    if (text.isEmpty())
        return out;
    const QString s = text.toString().normalized(QString::NormalizationForm_KC).toLower();
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < s.size();) {
        int units = 1;
        const char32_t c = codePointAt(s, i, &units);
        if (isIdeographic(c)) {
            flush();
            out.append(s.mid(i, units));
        } else if (isWordChar(c)) {
            word.append(s.mid(i, units));
        } else if (isApostrophe(c) && !word.isEmpty() && i + units < s.size()) {
            int nextUnits = 1;
            const char32_t next = codePointAt(s, i + units, &nextUnits);
            if (isWordChar(next) && !isIdeographic(next))
                word.append(QLatin1Char('\''));
            else
                flush();
        } else {
            flush();
        }
        i += units;
    }
    flush();
    return out;
}

QStringView WordTokenizer::firstSentence(QStringView text, int minWords)
{
    qsizetype start = 0;
    for (int sentence = 0; sentence < 2; ++sentence) {
        qsizetype end = -1;
        for (qsizetype i = start; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool last = i + 1 >= text.size();
            if (c == QLatin1Char('\n') || c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F)
                || ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026))
                    && (last || text.at(i + 1).isSpace()))) {
                end = i + 1;
                break;
            }
        }
        if (end < 0)
            return text;
        if (words(text.left(end), -1).size() >= minWords || sentence == 1)
            return text.left(end);
        start = end;
    }
    return text;
}

bool WordTokenizer::isStopWord(const QString &word)
{
    static const QSet<QString> stop = [] {
        QSet<QString> set;
        for (const char *w :
             { "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
               "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't",
               "cannot", "could", "did", "do", "does", "doing", "don't", "down", "during", "each", "few", "for", "from",
               "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "i'd",
               "i'm", "i've", "if", "in", "into", "is", "it", "it's", "its", "itself", "just", "me", "might", "more",
               "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
               "other", "our", "ours", "out", "over", "own", "please", "same", "she", "should", "so", "some", "such",
               "than", "that", "that's", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
               "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what",
               "what's", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
               "your", "yours", "yourself", "way", "ways", "tell", "give", "need", "want",
               // request boilerplate: how a prompt asks, not what about
               "best", "easiest", "easy", "someone", "someone's", "somebody", "explain", "guide", "step", "steps",
               "instructions", "help", "show", "teach", "know", "get", "use", "using", "make", "write", "possible",
               "really", "also", "like", "go", "let", "let's", "could", "may", "one" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return stop.contains(word);
}

} // namespace ShadowOptic
