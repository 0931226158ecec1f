// SPDX-License-Identifier: MIT
#include "refusalllmclassifier.h"

#include "catalog/pricecatalog.h"
#include "domain/chatmessages.h"
#include "refusaldetector.h"
#include "replay/replayengine.h"
#include "store/catalogstore.h"
#include "store/evaluationstore.h"
#include "store/projectstore.h"
#include "store/refusalverdictstore.h"
#include "store/threadstore.h"
#include "util/queuedcontinuation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

#include <numeric>

namespace ShadowOptic {

namespace {

QString key(const QString &role, const QString &logId)
{
    return role + QLatin1Char('\x1f') + logId;
}

} // namespace

RefusalLlmClassifier::RefusalLlmClassifier(QObject *parent)
    : QObject(parent)
    , m_engine(new ReplayEngine(this))
{
    qRegisterMetaType<RefusalLlmSummary>();
    connect(m_engine, &ReplayEngine::resultReady, this, &RefusalLlmClassifier::onResult);
    connect(m_engine, &ReplayEngine::finished, this, &RefusalLlmClassifier::onPassFinished);
    connect(m_engine, &ReplayEngine::failed, this, &RefusalLlmClassifier::failed);
    connect(m_engine, &ReplayEngine::progressChanged, this, [this](const ReplayProgress &p) {
        const int base = m_stage == Stage::Repair ? 900 : 0;
        const int span = m_stage == Stage::Repair ? 100 : 900;
        emit progressChanged(base + int(p.total > 0 ? span * p.done / p.total : 0),
                             tr("Classifying ambiguous refusals: %1 of %2").arg(p.done).arg(p.total));
    });
}

RefusalLlmClassifier::~RefusalLlmClassifier() = default;

QString RefusalLlmClassifier::roleFor(const Item &item, bool repair)
{
    const QString prefix = repair ? QStringLiteral("refusal-llm-repair:") : QStringLiteral("refusal-llm:");
    return prefix + (item.source == AnswerSource::Value::Baseline ? QStringLiteral("baseline") : item.model);
}

bool RefusalLlmClassifier::start(const QString &projectPath, const ReplayTarget &target, const Options &options,
                                 const QList<Item> &items, QString *error)
{
    if (isRunning()) {
        *error = tr("Refusal classification is already running.");
        return false;
    }
    if (options.model.isEmpty()) {
        *error = tr("Choose the model that classifies ambiguous refusals.");
        return false;
    }
    if (!ThreadStore::get(projectPath, error))
        return false;
    m_project = projectPath;
    m_target = target;
    m_options = options;
    m_cancelled = false;
    m_items.clear();
    m_index.clear();
    m_toRepair.clear();
    m_changes.clear();
    m_summary = RefusalLlmSummary();
    m_summary.model = options.model;
    m_summary.verdicts = items.size();
    for (const Item &item : items) {
        if (!item.ruleVerdict.ambiguous || item.answer.trimmed().isEmpty())
            continue;
        const QString k = key(roleFor(item), item.logId);
        if (m_index.contains(k))
            continue; // the same answer listed twice is asked once
        m_index.insert(k, int(m_items.size()));
        m_index.insert(key(roleFor(item, true), item.logId), int(m_items.size()));
        m_items.append(item);
    }
    m_summary.asked = m_items.size();
    m_verdicts = QList<RefusalLlmProtocol::Verdict>(m_items.size());
    m_answered = QList<bool>(m_items.size(), false);
    if (m_items.isEmpty()) {
        m_stage = Stage::Storing;
        QMetaObject::invokeMethod(
            this, [this] { storeAndFinish(); }, Qt::QueuedConnection);
        return true;
    }
    m_stage = Stage::First;
    if (!runJobs(false, error)) {
        m_stage = Stage::Idle;
        return false;
    }
    return true;
}

bool RefusalLlmClassifier::runJobs(bool repair, QString *error)
{
    ProjectStore *store = ThreadStore::get(m_project, error);
    PriceCatalog catalog;
    if (!store || !CatalogStore(*store).load(&catalog, error))
        return false;
    const ModelInfo *info = catalog.find(m_options.model);
    QList<int> indices = m_toRepair;
    if (!repair) {
        indices = QList<int>(m_items.size());
        std::iota(indices.begin(), indices.end(), 0);
    }
    QList<ReplayJob> jobs;
    for (int i : std::as_const(indices)) {
        const Item &item = m_items.at(i);
        ReplayJob job;
        job.logId = item.logId;
        job.model = m_options.model;
        job.role = roleFor(item, repair);
        job.body = repair ? RefusalLlmProtocol::repairBody(m_options.model, item.prompt, item.answer,
                                                           m_verdicts.at(i).rawOutput, m_verdicts.at(i).error)
                          : RefusalLlmProtocol::requestBody(m_options.model, item.prompt, item.answer);
        job.maxCompletionTokens = RefusalLlmProtocol::MaxTokens;
        if (info)
            job.estimatedCostUsd = info->costUsd(job.body.size() / 4, 60);
        jobs.append(job);
    }
    ReplayOptions o = m_options.replay;
    if (o.budgetUsd > 0) {
        o.budgetUsd -= m_summary.spentUsd;
        if (o.budgetUsd <= 0) {
            *error = tr("The refusal classification budget is used up.");
            return false;
        }
    }
    return m_engine->start(m_project, m_target, o, jobs, error);
}

void RefusalLlmClassifier::onResult(const ReplayResult &r)
{
    const int i = m_index.value(key(r.role, r.logId), -1);
    if (i < 0)
        return;
    if (r.cacheHit)
        ++m_summary.cacheHits;
    const bool repair = r.role.startsWith(QLatin1String("refusal-llm-repair:"));
    if (!r.ok) {
        if (repair)
            m_verdicts[i].error = tr("The repair request failed: %1").arg(r.error);
        return;
    }
    RefusalLlmProtocol::Verdict v = RefusalLlmProtocol::parse(r.responseText);
    if (repair) {
        if (v.ok) {
            v.repaired = true;
            m_verdicts[i] = v;
        } else {
            m_verdicts[i].error = tr("Invalid again after the repair request: %1").arg(v.error);
        }
    } else {
        m_answered[i] = true;
        m_verdicts[i] = v;
    }
}

void RefusalLlmClassifier::onPassFinished(const ReplayProgress &progress)
{
    m_summary.spentUsd += progress.spentUsd;
    m_summary.calls += progress.totals().sent;
    m_summary.budgetReached = m_summary.budgetReached || progress.budgetReached;
    if (m_cancelled || progress.status == RunStatus::Value::Cancelled) {
        m_summary.cancelled = true;
        storeAndFinish();
        return;
    }
    if (m_stage == Stage::First) {
        m_toRepair.clear();
        for (int i = 0; i < m_items.size(); ++i)
            if (m_answered.at(i) && !m_verdicts.at(i).ok)
                m_toRepair.append(i);
        if (m_toRepair.isEmpty()) {
            storeAndFinish();
            return;
        }
        m_stage = Stage::Repair;
        QString error;
        if (!runJobs(true, &error)) {
            for (int i : std::as_const(m_toRepair))
                m_verdicts[i].error = tr("No repair request was sent: %1").arg(error);
            storeAndFinish();
        }
        return;
    }
    if (m_stage == Stage::Repair)
        storeAndFinish();
}

void RefusalLlmClassifier::storeAndFinish()
{
    m_stage = Stage::Storing;
    QList<RefusalVerdictStore::Verdict> overrides;
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        const RefusalLlmProtocol::Verdict &v = m_verdicts.at(i);
        if (!m_answered.at(i) || !v.ok) {
            ++m_summary.failed;
            continue;
        }
        if (v.repaired)
            ++m_summary.repaired;
        if (v.kind == item.ruleVerdict.kind && v.type == item.ruleVerdict.type) {
            ++m_summary.confirmed;
            continue;
        }
        ++m_summary.changed;
        m_changes.append({ item, v });
        overrides.append({ item.runId, item.logId, item.model, item.source, v.kind, v.type, ruleFor(m_options.model) });
    }
    const QString project = m_project;
    auto stored = QtConcurrent::run([project, overrides]() -> QString {
        if (overrides.isEmpty())
            return QString();
        QString error;
        ProjectStore *store = ThreadStore::get(project, &error);
        if (!store || !RefusalVerdictStore(*store).store(overrides, &error))
            return error.isEmpty() ? tr("Cannot open the project.") : error;
        return QString();
    });
    thenQueued(stored, this, [this](const QString &error) {
        m_stage = Stage::Idle;
        if (!error.isEmpty())
            emit failed(tr("Refusal verdicts could not be saved: %1").arg(error));
        emit progressChanged(1000, tr("Refusal classification finished"));
        emit finished(m_summary);
    });
}

void RefusalLlmClassifier::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_engine->isRunning())
        m_engine->cancel();
}

bool RefusalLlmClassifier::collect(const ProjectStore &store, qint64 runId, bool includeBaselines, QList<Item> *items,
                                   QString *error)
{
    static const RefusalDetector detector;
    const EvaluationStore evaluations(store);
    const auto add = [&](const QList<EvaluationStore::Answer> &answers, AnswerSource::Value source) {
        for (const EvaluationStore::Answer &a : answers) {
            Item item;
            item.runId = source == AnswerSource::Value::Baseline ? runId : a.runId;
            item.logId = a.logId;
            item.model = a.model;
            item.source = source;
            item.answer = a.answer;
            item.prompt = ChatMessages::lastUserText(QJsonDocument::fromJson(a.messagesJson).array());
            item.ruleVerdict = detector.detect(item.answer, item.prompt);
            items->append(item);
        }
    };
    QList<EvaluationStore::Answer> answers;
    if (!evaluations.replayAnswers(runId, &answers, error))
        return false;
    add(answers, AnswerSource::Value::Replay);
    if (!includeBaselines)
        return true;
    answers.clear();
    if (!evaluations.loggedAnswers(runId, &answers, error))
        return false;
    add(answers, AnswerSource::Value::Baseline);
    return true;
}

} // namespace ShadowOptic
