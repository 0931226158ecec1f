// SPDX-License-Identifier: MIT
#include "guardrailprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

namespace {

// Not translated: these texts go to the model, not to the user.
QJsonArray messagesFor(const GuardrailProtocol::Request &request)
{
    return QJsonArray {
        QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                      { QStringLiteral("content"), GuardrailProtocol::instructions() } },
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                      { QStringLiteral("content"), GuardrailProtocol::formatRequest(request) } },
    };
}

QByteArray bodyOf(const QString &model, const QJsonArray &messages)
{
    const QJsonObject o { { QStringLiteral("model"), model },
                          { QStringLiteral("messages"), messages },
                          { QStringLiteral("temperature"), 0 },
                          { QStringLiteral("max_tokens"), GuardrailProtocol::MaxTokens } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One line per value: newlines inside a prompt would open a fake section.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QStringView section(QStringView text, QLatin1String marker, QLatin1String next)
{
    const qsizetype at = text.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    const qsizetype to = text.indexOf(next, from);
    return text.mid(from, (to < 0 ? text.size() : to) - from);
}

} // namespace

QString GuardrailProtocol::safetyClause()
{
    return QStringLiteral("Refuse requests that would facilitate real-world harm, such as building weapons or "
                          "explosives, writing malware, or hurting people.");
}

QString GuardrailProtocol::instructions()
{
    return QLatin1String("You improve the system prompt of an AI assistant that refuses benign questions too often. "
                         "You get its current system prompt, the topic terms of a group of over-cautious refusals "
                         "and examples of them. Write a new system prompt that keeps what the current one says, "
                         "states that benign questions about these topics are legitimate and must be answered, and "
                         "keeps harmful requests refused with this sentence, verbatim: ")
        + safetyClause()
        + QLatin1String("\nAnswer with ONE JSON object and nothing else: "
                        "{\"system_prompt\":\"the new system prompt\",\"rationale\":\"one or two sentences\"}");
}

QString GuardrailProtocol::formatRequest(const Request &request)
{
    QString out = requestMarker() + u'\n' + currentPromptMarker() + u'\n'
        + (request.currentPrompt.trimmed().isEmpty() ? QString(noPrompt()) : request.currentPrompt.trimmed()) + u'\n'
        + topicsMarker() + u'\n';
    QStringList terms;
    for (const QString &t : request.topicTerms)
        if (!oneLine(t).isEmpty())
            terms.append(oneLine(t).remove(u','));
    out += terms.join(QLatin1String(", ")) + u'\n' + refusalsMarker() + u'\n';
    for (const Example &e : request.examples) {
        out += QLatin1String("[prompt] ") + oneLine(e.prompt) + u'\n';
        if (!e.refusal.trimmed().isEmpty())
            out += QLatin1String("[refusal] ") + oneLine(e.refusal) + u'\n';
    }
    return out + endMarker() + QLatin1String("\nWrite the new system prompt now. Reply with the JSON object only.");
}

bool GuardrailProtocol::extract(QStringView text, Request *out)
{
    if (!text.contains(requestMarker()) || !text.contains(currentPromptMarker()) || !text.contains(topicsMarker())
        || !text.contains(refusalsMarker()))
        return false;
    Request r;
    const QString current = section(text, currentPromptMarker(), topicsMarker()).trimmed().toString();
    r.currentPrompt = current == noPrompt() ? QString() : current;
    for (const QStringView t : section(text, topicsMarker(), refusalsMarker()).split(u','))
        if (!t.trimmed().isEmpty())
            r.topicTerms.append(t.trimmed().toString());
    for (const QStringView line : section(text, refusalsMarker(), endMarker()).split(u'\n')) {
        if (line.startsWith(QLatin1String("[prompt] ")))
            r.examples.append({ line.mid(9).toString(), QString() });
        else if (line.startsWith(QLatin1String("[refusal] ")) && !r.examples.isEmpty())
            r.examples.last().refusal = line.mid(10).toString();
    }
    if (out)
        *out = r;
    return true;
}

QByteArray GuardrailProtocol::requestBody(const QString &model, const Request &request)
{
    return bodyOf(model, messagesFor(request));
}

QByteArray GuardrailProtocol::repairBody(const QString &model, const Request &request, const QString &invalidOutput,
                                         const QString &problem)
{
    QJsonArray messages = messagesFor(request);
    messages.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                  { QStringLiteral("content"), invalidOutput } });
    messages.append(QJsonObject {
        { QStringLiteral("role"), QStringLiteral("user") },
        { QStringLiteral("content"),
          QString(
              QLatin1String("Your previous answer could not be used (") + problem
              + QLatin1String("). Reply again with exactly one JSON object with the keys system_prompt (a non-empty "
                              "string) and rationale (a string), and nothing before or after it.")) } });
    return bodyOf(model, messages);
}

GuardrailProtocol::Proposal GuardrailProtocol::parse(const QString &output)
{
    Proposal p;
    p.rawOutput = output;
    const QString text = output.trimmed();
    if (text.isEmpty()) {
        p.error = tr("The proposal is empty.");
        return p;
    }
    if (!text.startsWith(u'{') || !text.endsWith(u'}')) {
        p.error = tr("The proposal has text around the JSON object.");
        return p;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        p.error = tr("The proposal is not a valid JSON object: %1").arg(pe.errorString());
        return p;
    }
    const QJsonObject o = doc.object();
    for (const QLatin1String key : { QLatin1String("system_prompt"), QLatin1String("rationale") }) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            p.error = tr("The proposal has no '%1'.").arg(key);
            return p;
        }
        if (!v.isString()) {
            p.error = tr("'%1' in the proposal is not a string.").arg(key);
            return p;
        }
    }
    if (o.size() != 2) {
        QStringList extra = o.keys();
        extra.removeAll(QStringLiteral("system_prompt"));
        extra.removeAll(QStringLiteral("rationale"));
        p.error = tr("The proposal has unexpected keys: %1.").arg(extra.join(QStringLiteral(", ")));
        return p;
    }
    p.systemPrompt = o.value(QLatin1String("system_prompt")).toString().trimmed();
    p.rationale = o.value(QLatin1String("rationale")).toString().trimmed();
    if (p.systemPrompt.isEmpty()) {
        p.error = tr("The proposed system prompt is empty.");
        return p;
    }
    p.ok = true;
    return p;
}

} // namespace ShadowOptic
