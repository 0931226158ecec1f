// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "catalog/modelinfo.h"
#include "replay/replayprogress.h"
#include "replay/replaytarget.h"
#include "store/replaystore.h"
#include "util/jobtracker.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QThread;

namespace ShadowOptic {

class ReplayCountsModel;
class ReplayResultsModel;
class ReplayRunJob;
class Session;
class SimulatedGateway;
struct ReplayJob;
struct ReplayOptions;

/**
 * The Replay panel: target and routing, session-only keys, candidate models, sample and limits; a live run with
 * progress, per-model counters and results, and the original vs the replayed answer of the selected result.
 * The target form is the session's target (every panel and the status bar use it); runs are the session's
 * ReplayRunJob, which plans on the thread pool and runs the engine in this (GUI) thread without blocking it.
 */
class ReplayPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReplayPage(Session *session, QWidget *parent = nullptr);
    ~ReplayPage() override;

    /** Loads candidates from the project's catalog and offers to resume its latest interrupted run. Cancels a
     *  running replay first. */
    void setProject(const QString &path);
    QString project() const { return m_project; }
    /** True while planning or replaying. */
    bool isRunning() const { return m_state != State::Idle; }
    /** The core status of the current or last run: planning, running, completed, cancelled, budget, failed. */
    RunStatus::Value runStatus() const { return m_runStatus; }
    qint64 runId() const { return m_lastProgress.runId; }
    bool canResume() const { return m_resumable.id > 0; }

    QStringList availableModels() const;
    QStringList selectedModels() const;
    void setSelectedModels(const QStringList &models);
    /** size 0 replays every log. */
    void setSample(int size, quint64 seed);
    /** Replays exactly these logs (the Cost forecast panel's sample) within this budget (0: keep the field's). */
    void setForecastSample(const QStringList &logIds, double budgetUsd);
    /** The run's budget in USD (0: no limit). */
    void setBudget(double usd);
    /** Chooses the sample with the budget sampler within the Budget field (SPEC §7). */
    void setSampleForBudget(bool on);
    void setTargetKind(ReplayTarget::Kind kind);
    /** Fills the target form (keys included) as a user would; the session validates it. */
    void setTarget(const ReplayTarget &target);
    void setConcurrency(int requests);
    QString portkeyKey() const;
    QString providerKey() const;
    /** Sets the key fields (Settings dialog, keychain); an empty key leaves its field as it is. */
    void setKeys(const QString &portkeyKey, const QString &providerKey);

    ReplayResultsModel *resultsModel() const { return m_results; }
    ReplayCountsModel *countsModel() const { return m_counts; }
    QTableView *resultsView() const { return m_resultsView; }
    QTextBrowser *originalView() const { return m_original; }
    QTextBrowser *replayedView() const { return m_replayed; }
    QLabel *statusLabel() const { return m_status; }
    /** The session's built-in simulator (tests tune its latency and faults). */
    SimulatedGateway *simulator();
    /** Puts the cursor in the target form (the status bar's "change target"). */
    void focusTarget();

    void start();
    void cancel();
    void resume();
    /** A run's status in words ("Completed", "Stopped at the budget"), also for the Runs panel. */
    static QString statusName(RunStatus::Value status);

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    void projectLoaded();
    void runFinished(qint64 runId, ShadowOptic::RunStatus::Value status);

private:
    enum class State { Idle, Planning, Running };
    struct ProjectInfo;

    void onProjectChanged(const QString &path);
    void buildUi();
    void applyProjectInfo(const ProjectInfo &info);
    void onCatalogChanged();
    void fillCandidates(const QList<ModelInfo> &catalog);
    void updateCandidateCount();
    void onTargetKindChanged();
    void updateTargetRows();
    /** What the form says, unvalidated (the session validates). */
    ReplayTarget formTarget() const;
    /** Makes the form's target the session's; false with *error when it is invalid. */
    bool applyTarget(QString *error = nullptr);
    void startJob();
    ReplayOptions options() const;
    void setState(State state);
    void fail(const QString &text);
    void onProgress(const ReplayProgress &progress);
    void onFinished(const ReplayProgress &progress);
    void showProgress(const ReplayProgress &progress);
    void offerResume(const ReplayRunInfo &run);
    void clearResumeOffer();
    void loadConfigFile();
    void showResult(const QModelIndex &proxyIndex);
    static QString formatDuration(qint64 ms);

    Session *m_session;
    QString m_project;
    State m_state = State::Idle;
    JobTracker m_projectLoad;
    JobTracker m_detailLoad;
    RunStatus::Value m_runStatus = RunStatus::Value::None;
    ReplayProgress m_lastProgress;
    ReplayTarget m_runTarget; // the running target, without keys, for a later resume offer
    ReplayRunInfo m_resumable;
    QHash<int, QString> m_urlPerKind;
    int m_lastKind = -1;
    bool m_showingTarget = false;
    QString m_trustedCertificates; // from Settings ▸ Gateway; the form has no field of its own
    bool m_catalogReady = false; // the session's catalog arrived for this project
    bool m_runsReady = false; // interrupted runs were read for this project

    ReplayRunJob *m_job;
    ReplayResultsModel *m_results;
    ReplayCountsModel *m_counts;
    QSortFilterProxyModel *m_resultsProxy;

    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QComboBox *m_routing;
    QLineEdit *m_provider;
    QLineEdit *m_upstream;
    QWidget *m_configBox;
    QPlainTextEdit *m_config;
    QLineEdit *m_portkeyKey;
    QLineEdit *m_apiKey;
    QFormLayout *m_targetForm;
    QListWidget *m_candidates;
    QLabel *m_candidateCount;
    QRadioButton *m_allLogs;
    QRadioButton *m_randomLogs;
    QRadioButton *m_budgetLogs;
    QRadioButton *m_forecastLogs;
    QStringList m_forecastSample;
    QSpinBox *m_sampleSize;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_resume;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_spent;
    QLabel *m_eta;
    QTableView *m_countsView;
    QTableView *m_resultsView;
    QTextBrowser *m_original;
    QTextBrowser *m_replayed;
};

} // namespace ShadowOptic
