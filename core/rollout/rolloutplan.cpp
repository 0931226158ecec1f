// SPDX-License-Identifier: MIT
#include "rolloutplan.h"

#include <QSet>

namespace ShadowOptic {

namespace {

RolloutStage stage(const char *name, double share, qint64 samples, double hours, QList<RolloutGate> gates)
{
    RolloutStage s;
    s.name = QString::fromLatin1(name);
    s.challengerShare = share;
    s.minSamples = samples;
    s.minDurationHours = hours;
    s.gates = std::move(gates);
    return s;
}

RolloutGate gate(RolloutGate::Metric metric, double threshold)
{
    RolloutGate g;
    g.metric = metric;
    g.threshold = threshold;
    return g;
}

} // namespace

RolloutPlan RolloutPlan::defaults()
{
    using M = RolloutGate::Metric;
    const QList<RolloutGate> shadowGates { gate(M::Quality, 0.85), gate(M::Faithfulness, 0.90) };
    return RolloutPlan({
        stage("shadow", 0.0, 100, 24, shadowGates),
        stage("canary", 0.01, 1000, 4,
              shadowGates + QList<RolloutGate> { gate(M::ErrorRate, 0.005), gate(M::LatencyDelta, 0.20) }),
        stage("graduated", 0.10, 5000, 12,
              { gate(M::ErrorRate, 0.002), gate(M::LatencyDelta, 0.15), gate(M::RefusalDelta, 0.005) }),
        stage("ramping", 0.50, 10000, 24,
              { gate(M::ErrorRate, 0.001), gate(M::LatencyDelta, 0.10), gate(M::RefusalDelta, 0.003) }),
        stage("majority", 0.90, 50000, 48,
              { gate(M::ErrorRate, 0.001), gate(M::LatencyDelta, 0.10), gate(M::RefusalDelta, 0.002) }),
        stage("full", 1.0, 0, 0, {}),
    });
}

int RolloutPlan::indexOf(const QString &name) const
{
    for (int i = 0; i < m_stages.size(); ++i)
        if (m_stages.at(i).name == name)
            return i;
    return -1;
}

QStringList RolloutPlan::names() const
{
    QStringList n;
    for (const RolloutStage &s : m_stages)
        n.append(s.name);
    return n;
}

QString RolloutPlan::validationError() const
{
    if (m_stages.size() < 2)
        return tr("A rollout needs at least two stages.");
    if (!m_stages.first().isShadow())
        return tr("The first stage must send the challenger no live traffic (shadow).");
    if (!m_stages.last().isFull())
        return tr("The last stage must send the challenger all traffic (full).");
    QSet<QString> seen;
    for (int i = 0; i < m_stages.size(); ++i) {
        const RolloutStage &s = m_stages.at(i);
        if (seen.contains(s.name))
            return tr("Two stages are called %1.").arg(s.name);
        seen.insert(s.name);
        if (i > 0 && !(s.challengerShare > m_stages.at(i - 1).challengerShare))
            return tr("Stage %1 must give the challenger more traffic than %2.").arg(s.name, m_stages.at(i - 1).name);
        if (s.minSamples < 0 || s.minDurationHours < 0)
            return tr("Stage %1: minimum samples and duration cannot be negative.").arg(s.name);
    }
    return {};
}

QJsonArray RolloutPlan::toJson() const
{
    QJsonArray a;
    for (const RolloutStage &s : m_stages)
        a.append(s.toJson());
    return a;
}

RolloutPlan RolloutPlan::fromJson(const QJsonArray &a, QString *error)
{
    QList<RolloutStage> stages;
    for (const QJsonValue &v : a) {
        const auto s = RolloutStage::fromJson(v.toObject(), error);
        if (!s)
            return {};
        stages.append(*s);
    }
    RolloutPlan plan(std::move(stages));
    const QString why = plan.validationError();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return plan;
}

} // namespace ShadowOptic
