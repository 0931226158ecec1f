// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "domain/tokenusage.h"
#include "refusal/refusaldetector.h"
#include "replayjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

QString ResponseParser::errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue err = o.value(QLatin1String("error"));
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        QString msg = e.value(QLatin1String("message")).toString();
        const QString type = e.value(QLatin1String("type")).toString();
        if (!type.isEmpty())
            msg += QStringLiteral(" (") + type + QLatin1Char(')');
        return msg;
    }
    if (err.isString())
        return err.toString();
    if (o.value(QLatin1String("status")).toString() == QLatin1String("failure"))
        return o.value(QLatin1String("message")).toString();
    if (!o.isEmpty() && o.contains(QLatin1String("message")))
        return o.value(QLatin1String("message")).toString();
    return QString::fromUtf8(body.left(200)).simplified();
}

ReplayResult ResponseParser::parse(const ReplayJob &job, const Http &http, const PriceCatalog &catalog)
{
    static const RefusalDetector detector;
    ReplayResult r;
    r.logId = job.logId;
    r.model = job.model;
    r.role = job.role;
    r.statusCode = http.status;
    r.latencyMs = http.latencyMs;
    r.attempts = http.attempts;
    r.gatewayTarget = QString::fromLatin1(http.lastUsedOptionIndex);
    r.requestJson = job.body;
    r.responseJson = http.body.left(256 * 1024);

    if (!http.networkError.isEmpty() && http.status == 0) {
        r.error = http.networkError;
        return r;
    }
    const bool success = (http.status >= 200 && http.status < 300) || http.status == 246;
    if (http.status == 446) {
        r.ok = true;
        r.refusalKind = QStringLiteral("full");
        r.refusalType = QStringLiteral("POLICY");
        r.refusalRule = QStringLiteral("status:446");
        r.error = tr("guardrail denied: %1").arg(errorMessage(http.body));
        return r;
    }
    if (!success) {
        r.error = tr("HTTP %1: %2").arg(http.status).arg(errorMessage(http.body));
        return r;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.error = tr("malformed JSON in the response (%1 at byte %2)").arg(pe.errorString()).arg(pe.offset);
        return r;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("status")).toString() == QLatin1String("failure")
        || o.value(QLatin1String("error")).isObject()) {
        r.error = tr("gateway error: %1").arg(errorMessage(http.body));
        return r;
    }
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty()) {
        r.error = tr("the response has no choices");
        return r;
    }
    const QJsonObject c0 = choices.first().toObject();
    const QJsonObject msg = c0.value(QLatin1String("message")).toObject();
    r.responseText = ChatMessages::text(msg.value(QLatin1String("content")));
    r.finishReason = c0.value(QLatin1String("finish_reason")).toString();
    const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
    TokenUsage u;
    bool hasInput = false, hasOutput = false;
    TokenUsage::fromUsage(usage, &u, &hasInput, &hasOutput);
    r.promptTokens = u.input;
    r.completionTokens = u.output;
    r.cacheReadTokens = u.cacheRead;
    r.cacheWriteTokens = u.cacheWrite;
    r.reasoningTokens = u.reasoning;
    if (const ModelInfo *m = catalog.find(job.model); m && m->isPriced()) {
        r.costUsd = m->costUsd(u);
        r.priced = true;
    }
    r.ok = true;

    RefusalDetector::Input in;
    in.responseText = r.responseText;
    in.finishReason = r.finishReason;
    in.httpStatus = http.status;
    in.messageRefusal = msg.value(QLatin1String("refusal")).toString();
    in.promptText = job.promptText;
    if (job.role == QLatin1String("replay")) {
        const RefusalVerdict v = detector.detect(in);
        r.refusalKind = RefusalVerdict::kindToString(v.kind);
        r.refusalType = RefusalVerdict::typeToString(v.type);
        r.refusalRule = v.rule;
    }
    return r;
}

} // namespace ShadowOptic
