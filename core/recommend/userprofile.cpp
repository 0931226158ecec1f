// SPDX-License-Identifier: MIT
#include "userprofile.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace ShadowOptic {

namespace {

QJsonObject settingsJson(const UserProfile &p)
{
    return QJsonObject {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("currentModel"), p.currentModel },
        { QStringLiteral("useCase"), p.useCase },
        { QStringLiteral("constraints"),
          QJsonObject { { QStringLiteral("maxCostPerRequestUsd"), p.maxCostPerRequestUsd },
                        { QStringLiteral("maxLatencyMs"), p.maxLatencyMs },
                        { QStringLiteral("minQuality"), p.minQuality },
                        { QStringLiteral("requiredCapabilities"), QJsonArray::fromStringList(p.requiredCapabilities) },
                        { QStringLiteral("blockedProviders"), QJsonArray::fromStringList(p.blockedProviders) } } },
        { QStringLiteral("avgInputTokens"),
          p.tokensMeasured ? QJsonValue(QJsonValue::Null) : QJsonValue(p.avgInputTokens) },
        { QStringLiteral("avgOutputTokens"),
          p.tokensMeasured ? QJsonValue(QJsonValue::Null) : QJsonValue(p.avgOutputTokens) },
        { QStringLiteral("monthlyVolume"), p.volumeSet ? QJsonValue(p.monthlyVolume) : QJsonValue(QJsonValue::Null) },
    };
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

QJsonObject UserProfile::toJson() const
{
    QJsonObject o = settingsJson(*this);
    o.insert(QStringLiteral("avgInputTokens"), avgInputTokens);
    o.insert(QStringLiteral("avgOutputTokens"), avgOutputTokens);
    o.insert(QStringLiteral("tokensMeasured"), tokensMeasured);
    o.insert(QStringLiteral("monthlyVolume"), monthlyVolume);
    o.insert(QStringLiteral("volumeMeasured"), volumeMeasured);
    o.insert(QStringLiteral("volumeSet"), volumeSet);
    o.insert(QStringLiteral("volumeSpanHours"), volumeSpanHours);
    o.insert(QStringLiteral("longestPromptTokens"), longestPromptTokens);
    o.insert(QStringLiteral("loggedCostPerRequestUsd"), loggedCostPerRequestUsd);
    o.insert(QStringLiteral("loggedRequests"), loggedRequests);
    return o;
}

UserProfile UserProfile::fromJson(const QJsonObject &o)
{
    UserProfile p;
    p.name = o.value(QLatin1String("name")).toString(p.name);
    p.currentModel = o.value(QLatin1String("currentModel")).toString();
    p.useCase = o.value(QLatin1String("useCase")).toString(p.useCase);
    const QJsonObject c = o.value(QLatin1String("constraints")).toObject();
    p.maxCostPerRequestUsd = c.value(QLatin1String("maxCostPerRequestUsd")).toDouble(p.maxCostPerRequestUsd);
    p.maxLatencyMs = c.value(QLatin1String("maxLatencyMs")).toInt(p.maxLatencyMs);
    p.minQuality = c.value(QLatin1String("minQuality")).toDouble(p.minQuality);
    p.requiredCapabilities = strings(c.value(QLatin1String("requiredCapabilities")));
    p.blockedProviders = strings(c.value(QLatin1String("blockedProviders")));
    p.avgInputTokens = o.value(QLatin1String("avgInputTokens")).toDouble(p.avgInputTokens);
    p.avgOutputTokens = o.value(QLatin1String("avgOutputTokens")).toDouble(p.avgOutputTokens);
    p.tokensMeasured = o.value(QLatin1String("tokensMeasured")).toBool();
    p.monthlyVolume = o.value(QLatin1String("monthlyVolume")).toDouble(p.monthlyVolume);
    p.volumeMeasured = o.value(QLatin1String("volumeMeasured")).toBool();
    p.volumeSet = o.value(QLatin1String("volumeSet")).toBool();
    p.volumeSpanHours = o.value(QLatin1String("volumeSpanHours")).toDouble();
    p.longestPromptTokens = o.value(QLatin1String("longestPromptTokens")).toInteger();
    p.loggedCostPerRequestUsd = o.value(QLatin1String("loggedCostPerRequestUsd")).toDouble();
    p.loggedRequests = o.value(QLatin1String("loggedRequests")).toInteger();
    return p;
}

QString UserProfile::fingerprint() const
{
    const QByteArray json = QJsonDocument(settingsJson(*this)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace ShadowOptic
