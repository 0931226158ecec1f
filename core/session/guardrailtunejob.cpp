// SPDX-License-Identifier: MIT
#include "guardrailtunejob.h"

#include "session.h"

#include <QHash>

namespace ShadowOptic {

GuardrailTuneJob::GuardrailTuneJob(Session *session, QObject *parent)
    : Job(session, parent)
    , m_tuner(new GuardrailTuner(this))
{
    connect(m_tuner, &GuardrailTuner::progressChanged, this, &GuardrailTuneJob::reportProgress);
    connect(m_tuner, &GuardrailTuner::finished, this, [this](const GuardrailTuning &tuning) {
        m_result = tuning;
        complete(State::Succeeded);
    });
    connect(m_tuner, &GuardrailTuner::failed, this, [this](const QString &message) {
        m_result = m_tuner->result();
        complete(isCancelRequested() ? State::Cancelled : State::Failed, message);
    });
}

bool GuardrailTuneJob::optionsFor(const Request &request, GuardrailTuner::Options *o, QString *error)
{
    const RefusalCluster *cluster = nullptr;
    for (const RefusalCluster &c : request.report.clustering.clusters)
        if (c.id == request.clusterId)
            cluster = &c;
    if (!cluster) {
        *error = tr("There is no refusal cluster %1 (the analysis has %2).")
                     .arg(request.clusterId)
                     .arg(request.report.clustering.clusters.size());
        return false;
    }
    QHash<QString, int> perModel;
    for (int i : cluster->members) {
        const RefusalAnswer &a = request.report.refusals.at(i);
        if (a.verdict.type == RefusalType::Overcautious)
            ++perModel[a.model];
    }
    if (perModel.isEmpty()) {
        *error = tr("Cluster %1 has no over-cautious refusals: its prompts were refused for a reason (%2), so there "
                    "is nothing to tune away.")
                     .arg(cluster->id)
                     .arg(request.report.refusals.at(cluster->members.first()).verdict.type == RefusalType::Safety
                              ? tr("safety")
                              : tr("policy, capability or unclear"));
        return false;
    }
    o->model = request.model;
    if (o->model.isEmpty()) {
        int most = 0;
        for (auto it = perModel.cbegin(); it != perModel.cend(); ++it)
            if (it.value() > most || (it.value() == most && it.key() < o->model)) {
                most = it.value();
                o->model = it.key();
            }
    }
    o->clusterKey = QStringLiteral("cluster:") + cluster->topTerms.join(QLatin1Char(','));
    o->topicTerms = cluster->topTerms;
    o->currentSystemPrompt = request.systemPrompt;
    QSet<QString> seen;
    for (int i : cluster->members) {
        const RefusalAnswer &a = request.report.refusals.at(i);
        if (a.verdict.type != RefusalType::Overcautious || seen.contains(a.logId))
            continue;
        seen.insert(a.logId);
        o->cluster.append({ a.logId, a.prompt, a.answer });
    }
    o->replay.budgetUsd = request.budgetUsd;
    if (!request.suitePath.isEmpty() && !SafetySuite::load(request.suitePath, &o->suite, error))
        return false;
    return true;
}

bool GuardrailTuneJob::run(QString *error)
{
    if (session()->projectPath().isEmpty()) {
        *error = tr("Open or create a project first.");
        return false;
    }
    if (m_request.budgetUsd <= 0) {
        *error = tr("Guardrail tuning needs a budget above $0.");
        return false;
    }
    GuardrailTuner::Options o;
    if (!optionsFor(m_request, &o, error))
        return false;
    o.tunerModel = session()->judgeModel();
    ReplayTarget target;
    if (!session()->resolveTarget(&target, error))
        return false;
    m_result = GuardrailTuning();
    return m_tuner->start(session()->projectPath(), target, o, error);
}

void GuardrailTuneJob::abort()
{
    if (m_tuner->isRunning())
        m_tuner->cancel(); // failed() follows
    else
        complete(State::Cancelled);
}

} // namespace ShadowOptic
