// SPDX-License-Identifier: MIT
#pragma once

#include "refusal/guardrailtuning.h"
#include "refusal/refusalreport.h"

#include <QHash>

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace ShadowOptic {

class GuardrailTuneJob;
class RefusalLlmJob;
class RefusalAnalysisJob;
class RefusalChart;
class RefusalClustersModel;
class Session;

/**
 * The Refusals panel (`shadow-optic refusals` in the GUI): refusal rates per model, the refused prompts in clusters
 * of similar prompts (size, top terms, type mix, over-cautious share, how many a candidate newly refuses), a
 * cluster's representatives side by side with the trigger phrases marked, and each candidate's refusal delta
 * against the current model with McNemar's test. "Tune system prompt…" starts guardrail tuning on a cluster.
 */
class RefusalsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RefusalsPage(Session *session, QWidget *parent = nullptr);
    ~RefusalsPage() override;

    /** Re-reads the project's answers (after a replay run or an evaluation). */
    void refresh();
    bool isBusy() const;
    const RefusalReport &report() const;
    /** Shows a candidate's delta; empty: the first candidate. */
    void setCandidate(const QString &candidate);
    QString candidate() const;
    /** Selects a cluster by id (0: none). */
    void selectCluster(int clusterId);
    int selectedCluster() const { return m_cluster; }

    QLabel *headlineLabel() const { return m_headline; }
    QTableView *clustersView() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    QPushButton *tuneButton() const { return m_tune; }
    /** Tunes the system prompt on a cluster (asks first unless confirm is false); the result shows in the detail. */
    void tune(int clusterId, bool confirm = true);
    bool isTuning() const;
    /** Asks the judge model about the latest run's ambiguous verdicts (the optional LLM layer), then re-reads. */
    void classifyAmbiguous();
    QPushButton *classifyButton() const { return m_classify; }

signals:
    void message(const QString &text, bool error);
    /** The analysis finished and a new report is shown. */
    void reportChanged();
    /** Guardrail tuning starts on a cluster of over-cautious refusals. */
    void tuneRequested(int clusterId);

private:
    void buildUi();
    void onFinished();
    void showReport();
    void showHeadline();
    void showCluster();
    void onTuned();

    Session *m_session;
    RefusalAnalysisJob *m_job;
    GuardrailTuneJob *m_tuneJob;
    RefusalLlmJob *m_llmJob;
    QHash<int, GuardrailTuning> m_tunings; // cluster id → the last tuning of this report's cluster
    RefusalClustersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_refresh;
    QPushButton *m_classify;
    QComboBox *m_candidate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_headline;
    RefusalChart *m_chart;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QPushButton *m_tune;
    int m_cluster = 0;
    int m_tuningCluster = 0;
    bool m_refreshAgain = false;
};

} // namespace ShadowOptic
