// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"
#include "refusalllmprotocol.h"
#include "refusalllmsummary.h"
#include "refusalverdict.h"
#include "replay/replayoptions.h"
#include "replay/replaytarget.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ShadowOptic {

class ProjectStore;
class ReplayEngine;
struct ReplayProgress;
struct ReplayResult;

/**
 * The optional third layer of refusal detection (SPEC §5): answers whose rule verdict is `ambiguous` are sent to
 * the judge model with RefusalLlmProtocol's classification prompt. Calls go through a ReplayEngine run (roles
 * `refusal-llm:<answer model>` / `refusal-llm:baseline`, `refusal-llm-repair:…` for the one repair request), so
 * they share the budget cap, cache and retries of every call: a second pass over the same answers is answered from
 * the cache and costs nothing.
 *
 * A valid verdict replaces the rule verdict in `evaluations` (refusal_kind, refusal_type, refusal_rule =
 * `llm:<model>`; RefusalVerdictStore). An answer still invalid after the repair request, or none at all, keeps its
 * rule verdict and counts as failed. Off by default: nothing runs it unless asked.
 *
 * Every successful start() ends with finished() (failed() may precede it). Lives in the caller's thread and needs
 * its event loop; database writes run on the thread pool.
 */
class RefusalLlmClassifier : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 runId = 0;
        QString logId;
        QString model; // the model that gave the answer
        AnswerSource::Value source = AnswerSource::Value::Replay;
        QString prompt;
        QString answer;
        RefusalVerdict ruleVerdict;
    };

    struct Options
    {
        QString model = QStringLiteral("gpt-4o-mini"); // normally the session's judge model
        ReplayOptions replay;
    };

    explicit RefusalLlmClassifier(QObject *parent = nullptr);
    ~RefusalLlmClassifier() override;

    /** Asks about the items whose rule verdict is ambiguous (the rest only count in RefusalLlmSummary::verdicts).
     *  False (with *error) when nothing could start. */
    bool start(const QString &projectPath, const ReplayTarget &target, const Options &options, const QList<Item> &items,
               QString *error);
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    RefusalLlmSummary summary() const { return m_summary; }
    /** The verdicts that replaced rule verdicts in the last pass, in item order. */
    QList<std::pair<Item, RefusalLlmProtocol::Verdict>> changes() const { return m_changes; }

    /** Every successful replayed answer of a run (and, with includeBaselines, the logged answers of its prompts,
     *  filed under the run) with its rule verdict, recomputed by RefusalDetector. */
    static bool collect(const ProjectStore &store, qint64 runId, bool includeBaselines, QList<Item> *items,
                        QString *error);
    static QString roleFor(const Item &item, bool repair = false);
    static QString ruleFor(const QString &model) { return QLatin1String("llm:") + model; }

signals:
    void progressChanged(int permille, const QString &text);
    void finished(const ShadowOptic::RefusalLlmSummary &summary);
    void failed(const QString &message);

private:
    enum class Stage { Idle, First, Repair, Storing };
    bool runJobs(bool repair, QString *error);
    void onResult(const ReplayResult &result);
    void onPassFinished(const ReplayProgress &progress);
    void storeAndFinish();

    ReplayEngine *m_engine;
    QString m_project;
    ReplayTarget m_target;
    Options m_options;
    QList<Item> m_items; // the ambiguous ones
    QList<RefusalLlmProtocol::Verdict> m_verdicts;
    QList<bool> m_answered;
    QHash<QString, int> m_index; // role \x1f logId → item
    QList<int> m_toRepair;
    QList<std::pair<Item, RefusalLlmProtocol::Verdict>> m_changes;
    RefusalLlmSummary m_summary;
    Stage m_stage = Stage::Idle;
    bool m_cancelled = false;
};

} // namespace ShadowOptic
