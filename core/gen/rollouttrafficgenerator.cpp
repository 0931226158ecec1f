// SPDX-License-Identifier: MIT
#include "rollouttrafficgenerator.h"

#include <QDateTime>
#include <QSaveFile>

#include <cmath>
#include <random>

namespace ShadowOptic {

namespace {

const char *const questions[] = {
    "Summarise the attached meeting notes in three bullet points.",
    "Write a SQL query that lists customers with more than five orders.",
    "Translate 'the invoice is overdue' into German and French.",
    "Explain the difference between a process and a thread.",
    "Draft a polite reply declining the vendor's proposal.",
    "What are the main risks of migrating our database to the cloud?",
    "Classify this support ticket: 'my card was charged twice'.",
    "Suggest a name for a budgeting app for students.",
};

QByteArray jsonString(const QString &s)
{
    QByteArray out = "\"";
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        out += QString(c).toUtf8();
    }
    return out + "\"";
}

} // namespace

bool RolloutTrafficGenerator::write(const QString &path, const Options &o, QString *error)
{
    if (o.rows <= 0 || o.endMs <= o.startMs || o.production.model.isEmpty() || o.challenger.model.isEmpty()) {
        *error = tr("Rollout traffic needs rows, a time window and both models.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    std::mt19937_64 rng(o.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.35);
    const double step = double(o.endMs - o.startMs) / double(o.rows);
    for (qint64 i = 0; i < o.rows; ++i) {
        const bool toChallenger = unit(rng) < o.challengerShare;
        const Arm &arm = toChallenger ? o.challenger : o.production;
        const qint64 at = o.startMs + qint64(step * (double(i) + 0.5));
        const int user = int(unit(rng) * std::max(1, o.users));
        const bool failed = unit(rng) < arm.errorRate;
        const bool refused = !failed && unit(rng) < arm.refusalRate;
        const qint64 latency = qint64(arm.latencyMs * std::exp(noise(rng) - 0.35 * 0.35 / 2.0));
        const QString question = QString::fromLatin1(questions[i % std::size(questions)]);
        const QString answer = refused ? QStringLiteral("I'm sorry, but I can't help with that.")
                                       : QStringLiteral("Here is what I suggest: ") + question.section(u' ', 1, 4)
                + QStringLiteral(" — done carefully, step by step.");
        const int promptTokens = 20 + int(i % 40);
        const int completionTokens = failed ? 0 : 40 + int(i % 90);
        QByteArray line;
        line += "{\"id\":\"ro-" + QByteArray::number(o.seed) + "-" + QByteArray::number(i) + "\",";
        line += "\"created_at\":\"" + QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()
            + "\",";
        line += "\"ai_org\":" + jsonString(arm.provider) + ",\"ai_model\":" + jsonString(arm.model) + ",";
        line += "\"req_units\":" + QByteArray::number(promptTokens)
            + ",\"res_units\":" + QByteArray::number(completionTokens)
            + ",\"total_units\":" + QByteArray::number(promptTokens + completionTokens) + ",";
        line += "\"response_time\":" + QByteArray::number(latency) + ",\"response_status_code\":"
            + (failed ? QByteArray("500") : QByteArray("200")) + ",\"is_success\":" + (failed ? "false" : "true") + ",";
        line += "\"mode\":\"loadbalance\",\"metadata\":{\"_user\":\"user-" + QByteArray::number(user) + "\"";
        if (!o.experimentId.isEmpty())
            line += ",\"experiment_id\":" + jsonString(o.experimentId);
        line += "},\"request\":{\"model\":" + jsonString(arm.model)
            + ",\"messages\":[{\"role\":\"user\",\"content\":" + jsonString(question) + "}]},";
        if (failed)
            line += "\"response\":{\"error\":{\"message\":\"upstream error\",\"type\":\"server_error\"}}}\n";
        else
            line += "\"response\":{\"object\":\"chat.completion\",\"model\":" + jsonString(arm.model)
                + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + jsonString(answer)
                + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + QByteArray::number(promptTokens)
                + ",\"completion_tokens\":" + QByteArray::number(completionTokens) + "}}}\n";
        if (file.write(line) != line.size()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ShadowOptic
