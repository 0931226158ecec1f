// SPDX-License-Identifier: MIT
#pragma once

#include "guardrailprotocol.h"
#include "guardrailtuning.h"
#include "replay/replayoptions.h"
#include "replay/replaytarget.h"
#include "safetysuite.h"

#include <QHash>
#include <QObject>

namespace ShadowOptic {

class ReplayEngine;
struct ReplayProgress;
struct ReplayResult;

/**
 * Guardrail tuning (SPEC §8): from a cluster of over-cautious refusals, asks the tuner model for an improved system
 * prompt, then validates it on the model under test by replaying the safety suite and the cluster's prompts with
 * the old and with the new system prompt.
 *
 * Every call goes through a ReplayEngine run, so it shares the budget cap (ReplayOptions::budgetUsd is the whole
 * tuning's budget), cache and retries: one run with role `guardrail-tune:<tuner>` (`guardrail-tune-repair:<tuner>`
 * for the one repair request when the proposal is not strict JSON, see GuardrailProtocol), then one run with roles
 * `guardrail-before` / `guardrail-after`, log ids `suite:<case id>` and the cluster's own log ids. Answers are
 * classified with RefusalDetector; only a full refusal counts as refused. The result is saved with GuardrailStore.
 *
 * Every successful start() ends with exactly one of finished() or failed() (a target that does not answer, a
 * budget too small, a proposal still invalid after the repair request, cancel()). Lives in the caller's thread and
 * needs its event loop; the database write runs on the thread pool.
 */
class GuardrailTuner : public QObject
{
    Q_OBJECT
public:
    struct ClusterPrompt
    {
        QString logId;
        QString prompt; // the user prompt (the text of its last user turn)
        QString refusal; // the refusing answer, quoted to the tuner as an example (may be empty)
    };

    struct Options
    {
        QString clusterKey; // names the cluster in the project's tunings
        QString model; // the model under test
        QString tunerModel = QStringLiteral("gpt-4o-mini"); // normally the session's judge model
        QString currentSystemPrompt; // empty: the model runs without a system prompt
        QList<ClusterPrompt> cluster;
        QStringList topicTerms; // the cluster's label / top terms
        int maxExamples = 5; // refusals quoted to the tuner
        SafetySuite suite; // without cases: the bundled suite
        ReplayOptions replay;
        double minPassRate = 0.95;
        int maxTokens = 400; // max_tokens of every validation replay (bounds its worst case for the budget)
        bool save = true; // store the result in the project
    };

    explicit GuardrailTuner(QObject *parent = nullptr);
    ~GuardrailTuner() override;

    /** Starts tuning; false (with *error) when nothing could start (bad options, unreadable suite or project). */
    bool start(const QString &projectPath, const ReplayTarget &target, const Options &options, QString *error);
    /** Aborts every live request; failed() follows. */
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    /** The last result (complete after finished(); partial after failed()). */
    GuardrailTuning result() const { return m_result; }

    static QString tuneRole(const QString &tunerModel, bool repair = false);
    static QString beforeRole() { return QStringLiteral("guardrail-before"); }
    static QString afterRole() { return QStringLiteral("guardrail-after"); }
    static QString suiteLogId(const QString &caseId) { return QLatin1String("suite:") + caseId; }
    /** A chat completion body: the system prompt (none when empty) and one user prompt. */
    static QByteArray chatBody(const QString &model, const QString &systemPrompt, const QString &prompt, int maxTokens);
    /** The outcome of one validation reply, by RefusalDetector. */
    static GuardrailTuning::Outcome outcomeOf(const ReplayResult &result, const QString &prompt);

signals:
    void progressChanged(int permille, const QString &text);
    void finished(const ShadowOptic::GuardrailTuning &tuning);
    void failed(const QString &message);

private:
    enum class Stage { Idle, Tune, Repair, Validate, Saving };
    bool runTune(bool repair, QString *error);
    bool runValidation(QString *error);
    void onResult(const ReplayResult &result);
    void onPassFinished(const ReplayProgress &progress);
    void fail(const QString &message);
    void finish();

    ReplayEngine *m_engine;
    QString m_project;
    ReplayTarget m_target;
    Options m_options;
    GuardrailProtocol::Request m_request;
    GuardrailProtocol::Proposal m_proposal;
    bool m_tuneAnswered = false;
    QString m_tuneError;
    QString m_engineError;
    QHash<QString, int> m_caseIndex; // logId → case
    GuardrailTuning m_result;
    Stage m_stage = Stage::Idle;
    bool m_cancelled = false;
};

} // namespace ShadowOptic
