// SPDX-License-Identifier: MIT
#include "judgerubric.h"

#include "domain/chatmessages.h"
#include "judgeprotocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

QString loadDefault()
{
    QFile f(QStringLiteral(":/rubric/judge-rubric.txt"));
    if (f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readAll()).trimmed();
    // The resource is linked into core; this fallback only keeps a broken build usable.
    return QStringLiteral("You are an impartial evaluator of AI assistant answers. Answer with ONE JSON object:\n"
                          "{\"accuracy\":0-100,\"helpfulness\":0-100,\"clarity\":0-100,\"completeness\":0-100,"
                          "\"overall\":0-100,\"reasoning\":\"one or two sentences\"}");
}

QJsonArray judgeMessages(const QString &rubric, const QJsonArray &original, const QString &candidate)
{
    QList<std::pair<QString, QString>> turns;
    for (const QJsonValue &v : original) {
        const QJsonObject m = v.toObject();
        turns.append(
            { m.value(QLatin1String("role")).toString(), ChatMessages::text(m.value(QLatin1String("content"))) });
    }
    const QString user = JudgeProtocol::embed(JudgeProtocol::formatConversation(turns), candidate)
        + QLatin1String("Grade the candidate response now. Reply with the JSON object only.");
    return QJsonArray {
        QJsonObject { { QStringLiteral("role"), QStringLiteral("system") }, { QStringLiteral("content"), rubric } },
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") }, { QStringLiteral("content"), user } }
    };
}

QByteArray body(const QString &model, const QJsonArray &messages)
{
    // Temperature 0 keeps the judge as repeatable as the provider allows.
    const QJsonObject o { { QStringLiteral("model"), model },
                          { QStringLiteral("messages"), messages },
                          { QStringLiteral("temperature"), 0 },
                          { QStringLiteral("max_tokens"), JudgeRubric::MaxTokens } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

JudgeRubric::JudgeRubric()
    : JudgeRubric(loadDefault())
{
}

JudgeRubric::JudgeRubric(const QString &text)
    : m_text(text)
    , m_version(
          QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
{
}

QByteArray JudgeRubric::requestBody(const QString &judgeModel, const QJsonArray &originalMessages,
                                    const QString &candidate) const
{
    return body(judgeModel, judgeMessages(m_text, originalMessages, candidate));
}

QByteArray JudgeRubric::repairBody(const QString &judgeModel, const QJsonArray &originalMessages,
                                   const QString &candidate, const QString &invalidOutput, const QString &problem) const
{
    QJsonArray messages = judgeMessages(m_text, originalMessages, candidate);
    messages.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                  { QStringLiteral("content"), invalidOutput } });
    // Not translated: this text goes to the model, not to the user.
    const QString demand = QLatin1String("Your previous answer could not be used (") + problem
        + QLatin1String("). Reply again with exactly one JSON object with the keys accuracy, helpfulness, clarity, "
                        "completeness, overall (numbers from 0 to 100) and reasoning (a string), and nothing before "
                        "or after it.");
    messages.append(
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") }, { QStringLiteral("content"), demand } });
    return body(judgeModel, messages);
}

JudgeVerdict JudgeRubric::validate(const QString &output)
{
    JudgeVerdict v;
    v.rawOutput = output;
    const QString text = output.trimmed();
    if (text.isEmpty()) {
        v.error = tr("The judge answer is empty.");
        return v;
    }
    if (!text.startsWith(QLatin1Char('{')) || !text.endsWith(QLatin1Char('}'))) {
        v.error = tr("The judge answer has text around the JSON object.");
        return v;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        v.error = tr("The judge answer is not a valid JSON object: %1").arg(pe.errorString());
        return v;
    }
    const QJsonObject o = doc.object();
    static const char *const numeric[] = { "accuracy", "helpfulness", "clarity", "completeness", "overall" };
    double *targets[] = { &v.accuracy, &v.helpfulness, &v.clarity, &v.completeness, &v.overall };
    for (size_t i = 0; i < std::size(numeric); ++i) {
        const QLatin1String key(numeric[i]);
        const QJsonValue value = o.value(key);
        if (value.isUndefined()) {
            v.error = tr("The judge answer has no '%1'.").arg(key);
            return v;
        }
        if (!value.isDouble()) {
            v.error = tr("'%1' in the judge answer is not a number.").arg(key);
            return v;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0.0 || d > 100.0) {
            v.error = tr("'%1' in the judge answer is %2, outside 0–100.").arg(key).arg(d);
            return v;
        }
        *targets[i] = d;
    }
    const QJsonValue reasoning = o.value(QLatin1String("reasoning"));
    if (!reasoning.isString()) {
        v.error = reasoning.isUndefined() ? tr("The judge answer has no 'reasoning'.")
                                          : tr("'reasoning' in the judge answer is not a string.");
        return v;
    }
    v.reasoning = reasoning.toString();
    if (o.size() != int(std::size(numeric)) + 1) {
        QStringList extra;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it.key() != QLatin1String("reasoning")
                && std::none_of(std::begin(numeric), std::end(numeric),
                                [&](const char *k) { return it.key() == QLatin1String(k); }))
                extra.append(it.key());
        v.error = tr("The judge answer has unexpected keys: %1.").arg(extra.join(QStringLiteral(", ")));
        return v;
    }
    v.ok = true;
    return v;
}

} // namespace ShadowOptic
