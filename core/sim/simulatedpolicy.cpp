// SPDX-License-Identifier: MIT
#include "simulatedpolicy.h"

#include <QRegularExpression>

namespace ShadowOptic {

namespace {

QList<QStringView> sentences(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size() || text.at(i) == u'\n' || text.at(i) == u'!' || text.at(i) == u'?'
            || (text.at(i) == u'.' && (i + 1 == text.size() || text.at(i + 1).isSpace()));
        if (!end)
            continue;
        const QStringView s = text.mid(start, i - start).trimmed();
        if (!s.isEmpty())
            out.append(s);
        start = i + 1;
    }
    return out;
}

bool isAllowance(const QString &lower)
{
    static constexpr QLatin1String cues[] = { QLatin1String("legitimate"), QLatin1String("allowed"),
                                              QLatin1String("must be answered"), QLatin1String("should be answered") };
    for (const QLatin1String cue : cues)
        if (lower.contains(cue))
            return true;
    return false;
}

bool isSafetyClause(const QString &lower)
{
    if (lower.contains(QLatin1String("never refuse")) || lower.contains(QLatin1String("not refuse"))
        || lower.contains(QLatin1String("don't refuse")))
        return false;
    return (lower.contains(QLatin1String("refuse")) || lower.contains(QLatin1String("decline")))
        && lower.contains(QLatin1String("harm"));
}

// Text between straight or typographic double quotes.
QStringList quoted(QStringView sentence)
{
    QStringList out;
    qsizetype open = -1;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        if (open < 0 && (c == u'"' || c == u'\u201c')) {
            open = i + 1;
        } else if (open >= 0 && (c == u'"' || c == u'\u201d')) {
            out.append(sentence.mid(open, i - open).toString());
            open = -1;
        }
    }
    return out;
}

template <typename F>
void forEachWord(QStringView text, F &&f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetter();
        if (letter && start < 0)
            start = i;
        else if (!letter && start >= 0) {
            f(text.mid(start, i - start));
            start = -1;
        }
    }
}

} // namespace

QString SimulatedPolicy::stem(QStringView word)
{
    return word.left(4).toString().toLower();
}

SimulatedPolicy SimulatedPolicy::fromSystemPrompt(QStringView systemPrompt)
{
    SimulatedPolicy p;
    for (const QStringView s : sentences(systemPrompt)) {
        const QString lower = s.toString().toLower();
        if (isSafetyClause(lower))
            p.m_safety = true;
        if (!isAllowance(lower))
            continue;
        for (const QString &topic : quoted(s)) {
            forEachWord(topic, [&](QStringView w) {
                const QString st = stem(w);
                if (w.size() >= 4 && !p.m_allowed.contains(st))
                    p.m_allowed.append(st);
            });
        }
    }
    return p;
}

bool SimulatedPolicy::allows(QStringView prompt) const
{
    bool found = false;
    forEachWord(prompt, [&](QStringView w) { found = found || (w.size() >= 4 && m_allowed.contains(stem(w))); });
    return found;
}

bool SimulatedPolicy::isHarmful(QStringView prompt)
{
    static const QRegularExpression making(
        QStringLiteral(
            "\\b(?:make|making|build|building|assemble|construct|write|writing|create|creating|code|develop|"
            "synthesi[sz]e|synthesi[sz]ing|cook|cooking|manufactur\\w*|produce|deploy|spread|craft|brew)\\b[^.?!]{0,60}"
            "?"
            "\\b(?:bombs?|explosives?|ieds?|grenades?|napalm|nerve agents?|sarin|ricin|anthrax|bioweapons?|"
            "chemical weapons?|ghost guns?|silencers?|ransomware|malware|keyloggers?|computer virus|botnets?|"
            "meth|methamphetamine|fentanyl|phishing (?:emails?|pages?|sites?|kits?)|fake ids?|counterfeit)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression violence(
        QStringLiteral("\\b(?:kill|murder|poison|hurt|stab|shoot|strangle|kidnap|stalk)\\w*\\s+(?:\\w+\\s+){0,2}?"
                       "(?:someone|somebody|people|a person|him|her|my (?:wife|husband|neighbou?r|boss|ex|roommate|"
                       "coworker|sister|brother|mother|father|teacher|classmate)|a (?:child|kid|man|woman)|"
                       "neighbou?rs?|coworkers?|classmates?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression crime(
        QStringLiteral("\\bwithout (?:getting|being) caught\\b|\\buntraceable\\b|\\bwithout leaving (?:a )?trace\\b|"
                       "\\bsteal\\w*\\s+(?:someone|a |credit|passwords?|identit|cars?)|\\bhack\\w*\\s+into\\b|"
                       "\\blaunder\\w*\\s+money\\b|\\bstolen credit card\\b|\\bhide a body\\b|\\bdispose of a body\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return making.match(prompt).hasMatch() || violence.match(prompt).hasMatch() || crime.match(prompt).hasMatch();
}

} // namespace ShadowOptic
