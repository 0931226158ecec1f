// SPDX-License-Identifier: MIT
#include "guardrailtuner.h"

#include "catalog/pricecatalog.h"
#include "refusaldetector.h"
#include "replay/replayengine.h"
#include "store/catalogstore.h"
#include "store/guardrailstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>

namespace ShadowOptic {

GuardrailTuner::GuardrailTuner(QObject *parent)
    : QObject(parent)
    , m_engine(new ReplayEngine(this))
{
    qRegisterMetaType<GuardrailTuning>();
    connect(m_engine, &ReplayEngine::resultReady, this, &GuardrailTuner::onResult);
    connect(m_engine, &ReplayEngine::finished, this, &GuardrailTuner::onPassFinished);
    // The engine follows a failure with finished(), where the tuner decides.
    connect(m_engine, &ReplayEngine::failed, this, [this](const QString &message) { m_engineError = message; });
    connect(m_engine, &ReplayEngine::progressChanged, this, [this](const ReplayProgress &p) {
        if (m_stage == Stage::Validate)
            emit progressChanged(
                150 + int(p.total > 0 ? 800 * p.done / p.total : 0),
                tr("Validating the proposed system prompt: %1 of %2 replays").arg(p.done).arg(p.total));
    });
}

GuardrailTuner::~GuardrailTuner() = default;

QString GuardrailTuner::tuneRole(const QString &tunerModel, bool repair)
{
    return (repair ? QLatin1String("guardrail-tune-repair:") : QLatin1String("guardrail-tune:")) + tunerModel;
}

QByteArray GuardrailTuner::chatBody(const QString &model, const QString &systemPrompt, const QString &prompt,
                                    int maxTokens)
{
    QJsonArray messages;
    if (!systemPrompt.trimmed().isEmpty())
        messages.append(QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                                      { QStringLiteral("content"), systemPrompt } });
    messages.append(
        QJsonObject { { QStringLiteral("role"), QStringLiteral("user") }, { QStringLiteral("content"), prompt } });
    QJsonObject o { { QStringLiteral("model"), model }, { QStringLiteral("messages"), messages } };
    if (maxTokens > 0)
        o.insert(QStringLiteral("max_tokens"), maxTokens);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

GuardrailTuning::Outcome GuardrailTuner::outcomeOf(const ReplayResult &r, const QString &prompt)
{
    if (!r.ok)
        return GuardrailTuning::Outcome::NotRun;
    static const RefusalDetector detector;
    RefusalDetector::Input in;
    in.responseText = r.responseText;
    in.finishReason = r.finishReason;
    in.httpStatus = r.statusCode;
    in.promptText = prompt;
    switch (detector.detect(in).kind) {
    case RefusalKind::Full:
        return GuardrailTuning::Outcome::Refused;
    case RefusalKind::Partial:
        return GuardrailTuning::Outcome::Partial;
    case RefusalKind::None:
        break;
    }
    return GuardrailTuning::Outcome::Answered;
}

bool GuardrailTuner::start(const QString &projectPath, const ReplayTarget &target, const Options &options,
                           QString *error)
{
    if (isRunning()) {
        *error = tr("Guardrail tuning is already running.");
        return false;
    }
    if (options.model.isEmpty()) {
        *error = tr("Choose the model whose system prompt is tuned.");
        return false;
    }
    if (options.tunerModel.isEmpty()) {
        *error = tr("Choose the model that proposes the system prompt.");
        return false;
    }
    if (options.cluster.isEmpty()) {
        *error = tr("The refusal cluster has no prompts to tune for.");
        return false;
    }
    if (options.minPassRate <= 0.0 || options.minPassRate > 1.0) {
        *error = tr("The minimum pass rate must be above 0 % and at most 100 %.");
        return false;
    }
    m_options = options;
    if (m_options.suite.cases.isEmpty() && !SafetySuite::load(QString(), &m_options.suite, error))
        return false;
    if (!ThreadStore::get(projectPath, error))
        return false;
    m_project = projectPath;
    m_target = target;
    m_cancelled = false;
    m_engineError.clear();
    m_proposal = GuardrailProtocol::Proposal();
    m_result = GuardrailTuning();
    m_result.clusterKey = options.clusterKey;
    m_result.model = options.model;
    m_result.tunerModel = options.tunerModel;
    m_result.currentPrompt = options.currentSystemPrompt;
    m_result.suiteName = m_options.suite.name;
    m_result.minPassRate = options.minPassRate;

    m_request = GuardrailProtocol::Request();
    m_request.currentPrompt = options.currentSystemPrompt;
    m_request.topicTerms = options.topicTerms;
    for (const ClusterPrompt &c : options.cluster) {
        if (m_request.examples.size() >= std::max(1, options.maxExamples))
            break;
        m_request.examples.append({ c.prompt, c.refusal });
    }

    m_stage = Stage::Tune;
    emit progressChanged(0, tr("Asking %1 for a better system prompt").arg(options.tunerModel));
    if (!runTune(false, error)) {
        m_stage = Stage::Idle;
        return false;
    }
    return true;
}

bool GuardrailTuner::runTune(bool repair, QString *error)
{
    ProjectStore *store = ThreadStore::get(m_project, error);
    PriceCatalog catalog;
    if (!store || !CatalogStore(*store).load(&catalog, error))
        return false;
    ReplayJob job;
    job.logId
        = QLatin1String("tune:") + (m_options.clusterKey.isEmpty() ? QStringLiteral("cluster") : m_options.clusterKey);
    job.model = m_options.tunerModel;
    job.role = tuneRole(m_options.tunerModel, repair);
    job.body = repair
        ? GuardrailProtocol::repairBody(m_options.tunerModel, m_request, m_proposal.rawOutput, m_proposal.error)
        : GuardrailProtocol::requestBody(m_options.tunerModel, m_request);
    job.maxCompletionTokens = GuardrailProtocol::MaxTokens;
    if (const ModelInfo *info = catalog.find(job.model))
        job.estimatedCostUsd = info->costUsd(job.body.size() / 4, 200);
    ReplayOptions o = m_options.replay;
    if (o.budgetUsd > 0) {
        o.budgetUsd -= m_result.spentUsd;
        if (o.budgetUsd <= 0) {
            *error = tr("The guardrail tuning budget is used up.");
            return false;
        }
    }
    m_tuneAnswered = false;
    m_tuneError.clear();
    return m_engine->start(m_project, m_target, o, { job }, error);
}

bool GuardrailTuner::runValidation(QString *error)
{
    ProjectStore *store = ThreadStore::get(m_project, error);
    PriceCatalog catalog;
    if (!store || !CatalogStore(*store).load(&catalog, error))
        return false;
    const ModelInfo *info = catalog.find(m_options.model);
    m_result.cases.clear();
    m_caseIndex.clear();
    for (const SafetySuite::Case &c : std::as_const(m_options.suite.cases)) {
        GuardrailTuning::Case x;
        x.logId = suiteLogId(c.id);
        x.suiteId = c.id;
        x.mustRefuse = c.expectation == SafetySuite::Expectation::MustRefuse;
        x.prompt = c.prompt;
        m_result.cases.append(x);
    }
    for (const ClusterPrompt &c : std::as_const(m_options.cluster)) {
        GuardrailTuning::Case x;
        x.logId = c.logId;
        x.prompt = c.prompt;
        m_result.cases.append(x);
    }
    QList<ReplayJob> jobs;
    for (int i = 0; i < m_result.cases.size(); ++i) {
        const GuardrailTuning::Case &c = m_result.cases.at(i);
        if (m_caseIndex.contains(c.logId))
            continue; // a log id listed twice is replayed once
        m_caseIndex.insert(c.logId, i);
        for (const bool after : { false, true }) {
            ReplayJob job;
            job.logId = c.logId;
            job.model = m_options.model;
            job.role = after ? afterRole() : beforeRole();
            job.body = chatBody(m_options.model, after ? m_proposal.systemPrompt : m_options.currentSystemPrompt,
                                c.prompt, m_options.maxTokens);
            job.maxCompletionTokens = m_options.maxTokens;
            job.promptText = c.prompt;
            if (info)
                job.estimatedCostUsd = info->costUsd(job.body.size() / 4, m_options.maxTokens / 2);
            jobs.append(job);
        }
    }
    ReplayOptions o = m_options.replay;
    if (o.budgetUsd > 0) {
        o.budgetUsd -= m_result.spentUsd;
        if (o.budgetUsd <= 0) {
            *error = tr("The budget of $%1 is used up by the tuning request; nothing is left to validate the "
                        "proposal.")
                         .arg(m_options.replay.budgetUsd, 0, 'f', 4);
            return false;
        }
    }
    return m_engine->start(m_project, m_target, o, jobs, error);
}

void GuardrailTuner::onResult(const ReplayResult &r)
{
    if (m_stage == Stage::Tune || m_stage == Stage::Repair) {
        if (r.role != tuneRole(m_options.tunerModel, m_stage == Stage::Repair))
            return;
        if (!r.ok) {
            m_tuneError = r.error.isEmpty() ? tr("HTTP status %1").arg(r.statusCode) : r.error;
            return;
        }
        m_tuneAnswered = true;
        const bool repaired = m_stage == Stage::Repair;
        m_proposal = GuardrailProtocol::parse(r.responseText);
        m_proposal.repaired = repaired;
        return;
    }
    if (m_stage != Stage::Validate)
        return;
    const int i = m_caseIndex.value(r.logId, -1);
    if (i < 0)
        return;
    GuardrailTuning::Case &c = m_result.cases[i];
    const GuardrailTuning::Outcome o = outcomeOf(r, c.prompt);
    if (r.role == afterRole())
        c.after = o;
    else if (r.role == beforeRole())
        c.before = o;
}

void GuardrailTuner::onPassFinished(const ReplayProgress &progress)
{
    m_result.spentUsd += progress.spentUsd;
    m_result.calls += int(progress.totals().sent);
    if (m_cancelled || progress.status == RunStatus::Value::Cancelled) {
        fail(tr("Guardrail tuning was cancelled."));
        return;
    }
    if (m_stage == Stage::Tune || m_stage == Stage::Repair) {
        m_result.tuneRunId = progress.runId;
        if (!m_tuneAnswered) {
            if (progress.status == RunStatus::Value::Budget) {
                fail(tr("The budget of $%1 is too small for the tuning request to %2.")
                         .arg(m_options.replay.budgetUsd, 0, 'f', 4)
                         .arg(m_options.tunerModel));
            } else {
                const QString why = !m_tuneError.isEmpty() ? m_tuneError
                    : !m_engineError.isEmpty()             ? m_engineError
                                                           : progress.failureText();
                fail(tr("The tuning request to %1 through %2 failed: %3")
                         .arg(m_options.tunerModel, m_target.describe(), why));
            }
            return;
        }
        if (!m_proposal.ok) {
            if (m_stage == Stage::Tune) {
                m_stage = Stage::Repair;
                emit progressChanged(
                    100, tr("The proposal was not valid JSON; asking %1 once more").arg(m_options.tunerModel));
                QString error;
                if (!runTune(true, &error))
                    fail(tr("No repair request was sent: %1").arg(error));
                return;
            }
            fail(tr("The proposal of %1 could not be used, even after a repair request: %2")
                     .arg(m_options.tunerModel, m_proposal.error));
            return;
        }
        m_result.proposedPrompt = m_proposal.systemPrompt;
        m_result.rationale = m_proposal.rationale;
        m_result.proposalRepaired = m_proposal.repaired;
        m_stage = Stage::Validate;
        emit progressChanged(150, tr("Validating the proposed system prompt"));
        QString error;
        if (!runValidation(&error))
            fail(error);
        return;
    }
    if (m_stage == Stage::Validate) {
        m_result.validationRunId = progress.runId;
        const ModelReplayCounts totals = progress.totals();
        if (progress.status == RunStatus::Value::Budget) {
            fail(tr("The budget of $%1 is too small to validate the proposal: %2 of %3 replays were done when it ran "
                    "out ($%4 spent).")
                     .arg(m_options.replay.budgetUsd, 0, 'f', 4)
                     .arg(progress.done)
                     .arg(progress.total)
                     .arg(m_result.spentUsd, 0, 'f', 4));
            return;
        }
        if (totals.ok == 0) {
            const QString why = !m_engineError.isEmpty() ? m_engineError : progress.failureText();
            fail(tr("Validating the proposal on %1 through %2 failed: %3")
                     .arg(m_options.model, m_target.describe(), why));
            return;
        }
        finish();
    }
}

void GuardrailTuner::fail(const QString &message)
{
    m_stage = Stage::Idle;
    emit progressChanged(1000, tr("Guardrail tuning failed"));
    emit failed(message);
}

void GuardrailTuner::finish()
{
    m_result.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_result.evaluate();
    if (!m_options.save) {
        m_stage = Stage::Idle;
        emit progressChanged(1000, tr("Guardrail tuning finished"));
        emit finished(m_result);
        return;
    }
    m_stage = Stage::Saving;
    const QString project = m_project;
    const GuardrailTuning tuning = m_result;
    auto saved = QtConcurrent::run([project, tuning]() -> std::pair<qint64, QString> {
        QString error;
        qint64 id = 0;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (!store || !GuardrailStore(*store).save(tuning, &id, &error))
            return { 0, error.isEmpty() ? tr("Cannot open the project.") : error };
        return { id, QString() };
    });
    thenQueued(saved, this, [this](const std::pair<qint64, QString> &r) {
        if (!r.second.isEmpty()) {
            fail(tr("The guardrail tuning could not be saved: %1").arg(r.second));
            return;
        }
        m_result.id = r.first;
        m_stage = Stage::Idle;
        emit progressChanged(1000, tr("Guardrail tuning finished"));
        emit finished(m_result);
    });
}

void GuardrailTuner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_engine->isRunning())
        m_engine->cancel();
}

} // namespace ShadowOptic
