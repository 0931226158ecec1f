// SPDX-License-Identifier: MIT
#include "refusalreport.h"

#include <QJsonArray>

namespace ShadowOptic {

namespace {

QJsonObject typesJson(const QMap<RefusalType, qint64> &types)
{
    QJsonObject o;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        o.insert(RefusalVerdict::typeToString(it.key()), it.value());
    return o;
}

QJsonObject clusterCounts(const QMap<int, qint64> &byCluster)
{
    QJsonObject o;
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it)
        o.insert(QString::number(it.key()), it.value());
    return o;
}

} // namespace

const RefusalDelta *RefusalReport::deltaFor(const QString &candidate) const
{
    for (const RefusalDelta &d : deltas)
        if (d.candidate == candidate)
            return &d;
    return nullptr;
}

int RefusalReport::clusterOf(int refusalIndex) const
{
    return refusalIndex >= 0 && refusalIndex < clustering.labels.size() ? clustering.labels.at(refusalIndex) : 0;
}

QJsonObject RefusalReport::toJson() const
{
    QJsonArray models;
    for (const RefusalModelStats &m : this->models)
        models.append(
            QJsonObject { { QStringLiteral("model"), m.model },
                          { QStringLiteral("source"), m.logged ? QStringLiteral("logged") : QStringLiteral("replay") },
                          { QStringLiteral("answers"), m.answers },
                          { QStringLiteral("full_refusals"), m.full },
                          { QStringLiteral("partial_refusals"), m.partial },
                          { QStringLiteral("full_refusal_rate"), m.fullRate() },
                          { QStringLiteral("partial_refusal_rate"), m.partialRate() },
                          { QStringLiteral("types"), typesJson(m.types) } });
    QJsonArray clusters;
    for (const RefusalCluster &c : clustering.clusters) {
        QJsonArray reps;
        for (int i : c.representatives) {
            const RefusalAnswer &a = refusals.at(i);
            reps.append(QJsonObject { { QStringLiteral("log_id"), a.logId },
                                      { QStringLiteral("model"), a.model },
                                      { QStringLiteral("prompt"), a.prompt },
                                      { QStringLiteral("answer"), a.answer },
                                      { QStringLiteral("kind"), RefusalVerdict::kindToString(a.verdict.kind) },
                                      { QStringLiteral("type"), RefusalVerdict::typeToString(a.verdict.type) } });
        }
        QMap<RefusalType, qint64> types;
        for (auto it = c.types.cbegin(); it != c.types.cend(); ++it)
            types.insert(it.key(), it.value());
        clusters.append(
            QJsonObject { { QStringLiteral("id"), c.id },
                          { QStringLiteral("size"), c.members.size() },
                          { QStringLiteral("top_terms"), QJsonArray::fromStringList(c.topTerms) },
                          { QStringLiteral("trigger_phrases"), QJsonArray::fromStringList(c.triggerPhrases) },
                          { QStringLiteral("models"), QJsonArray::fromStringList(c.models) },
                          { QStringLiteral("types"), typesJson(types) },
                          { QStringLiteral("overcautious_share"), c.overcautiousShare },
                          { QStringLiteral("representatives"), reps } });
    }
    QJsonArray deltas;
    for (const RefusalDelta &d : this->deltas)
        deltas.append(
            QJsonObject { { QStringLiteral("baseline"), d.baseline },
                          { QStringLiteral("candidate"), d.candidate },
                          { QStringLiteral("pairs"), d.pairs },
                          { QStringLiteral("baseline_refused"), d.baselineRefused },
                          { QStringLiteral("candidate_refused"), d.candidateRefused },
                          { QStringLiteral("delta_points"), d.deltaPoints() },
                          { QStringLiteral("newly_refused"), QJsonArray::fromStringList(d.newlyRefused) },
                          { QStringLiteral("newly_answered"), QJsonArray::fromStringList(d.newlyAnswered) },
                          { QStringLiteral("newly_refused_by_cluster"), clusterCounts(d.newlyRefusedByCluster) },
                          { QStringLiteral("newly_answered_by_cluster"), clusterCounts(d.newlyAnsweredByCluster) },
                          { QStringLiteral("mcnemar_p"), d.test.pValue },
                          { QStringLiteral("mcnemar_exact"), d.test.exact } });
    return QJsonObject { { QStringLiteral("baseline_model"), baselineModel },
                         { QStringLiteral("answers"), answers },
                         { QStringLiteral("refusals"), refusals.size() },
                         { QStringLiteral("unclustered"), clustering.noise.size() },
                         { QStringLiteral("models"), models },
                         { QStringLiteral("clusters"), clusters },
                         { QStringLiteral("deltas"), deltas } };
}

} // namespace ShadowOptic
