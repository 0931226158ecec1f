// SPDX-License-Identifier: MIT
#pragma once

#include "rollout/rolloutstatus.h"
#include "session/rolloutjob.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ShadowOptic {

class PullJob;
class RolloutStepper;
class RolloutTimelineChart;
class Session;

/**
 * The Rollout panel (SPEC §9, `shadow-optic rollout` in the GUI): the experiment's stage as a stepper, the
 * promotion check as gate lights with values against thresholds, samples and duration as progress bars, the
 * non-inferiority test with its power, Promote / Roll back / Kill switch with confirmation, and the audit log.
 * The session's RolloutJob does every move.
 */
class RolloutPage : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutPage(Session *session, QWidget *parent = nullptr);
    ~RolloutPage() override;

    /** Reads the status again (after a project opens or logs are imported). */
    void refresh();
    /** Runs the promotion check and logs it (the automatic mode acts on it). */
    void checkNow();
    /** Pulls the newest logs from Portkey's Log Export API when a key is known (the gateway target's or
     *  PORTKEY_API_KEY), then checks; without a key asks the main window for File ▸ Pull from Portkey…. */
    void refreshLiveMetrics();
    /** The moves without their confirmation dialogs (the buttons ask first). */
    void promote(const QString &reason = {});
    void rollback(const QString &reason);
    void kill(const QString &reason);
    void createExperiment(const RolloutExperiment &experiment);
    /** Asks for a new experiment with these models filled in (the Recommendation panel's "Start staged
     *  rollout…"). */
    void proposeExperiment(const QString &production, const QString &challenger);
    void setAutomatic(bool automatic);
    /** Replaces the experiment's stage table (the Stages… dialog's result). */
    void editPlan(const RolloutPlan &plan);
    bool isBusy() const;
    /** Acts as of this time instead of the wall clock (0: the clock); for a rollout replayed over old logs. */
    void setNow(qint64 ms) { m_nowMs = ms; }
    /** Where refreshLiveMetrics() finds the Log Export API: Portkey's unless set (the built-in simulator in tests). */
    void setPullBaseUrl(const QUrl &url) { m_pullBaseUrl = url; }

    const RolloutStatus &status() const { return m_status; }
    RolloutStepper *stepper() const { return m_stepper; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statisticsLabel() const { return m_statistics; }
    QTableWidget *gateTable() const { return m_gates; }
    QTableWidget *auditTable() const { return m_audit; }
    QProgressBar *samplesBar() const { return m_samplesBar; }
    QProgressBar *durationBar() const { return m_durationBar; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *killButton() const { return m_kill; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *refreshLiveButton() const { return m_refreshLive; }
    QComboBox *experimentBox() const { return m_experimentBox; }
    QPushButton *stagesButton() const { return m_stages; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *configStageBox() const { return m_configStage; }
    QCheckBox *stickyBox() const { return m_sticky; }
    QCheckBox *hostedBox() const { return m_hosted; }
    QPlainTextEdit *configView() const { return m_configView; }
    QLabel *configNote() const { return m_configNote; }
    /** The JSON shown in the config tab. */
    QString configText() const;
    QSpinBox *trafficBox() const { return m_traffic; }
    QLabel *simulationLabel() const { return m_simulation; }
    RolloutTimelineChart *timelineChart() const { return m_timeline; }
    QTableWidget *simulationTable() const { return m_simulationTable; }

    enum GateColumn { LightColumn, ConditionColumn, ValueColumn, ThresholdColumn, GateColumnCount };
    enum AuditColumn { TimeColumn, ActorColumn, ActionColumn, StagesColumn, ReasonColumn, AuditColumnCount };

signals:
    void message(const QString &text, bool error);
    void statusChanged();
    /** Refresh live metrics without a Portkey key: the pull dialog asks for one. */
    void pullRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void start(RolloutJob::Request request);
    void onFinished();
    void showStatus(const RolloutStatus &status);
    void showGates();
    void showAudit();
    void fillConfigStages();
    void showConfig();
    void copyConfig();
    void saveConfig();
    void showSimulation();
    void setRunning(bool running);
    void askPromote();
    void askRollback();
    void askKill();
    void askStages();
    void askNewExperiment(const QString &production = QStringLiteral("gpt-4o"),
                          const QString &challenger = QStringLiteral("gpt-4o-mini"));
    QString selectedExperiment() const;
    RolloutJob::Request requestFor(RolloutJob::Action action) const;

    Session *m_session;
    RolloutJob *m_job;
    PullJob *m_pull;
    RolloutStatus m_status;
    qint64 m_nowMs = 0;
    QUrl m_pullBaseUrl;
    bool m_refreshAgain = false;
    bool m_filling = false; // the experiment list is being refilled: no selection signal

    QComboBox *m_experimentBox;
    QPushButton *m_new;
    QPushButton *m_stages;
    QCheckBox *m_automatic;
    RolloutStepper *m_stepper;
    QLabel *m_summary;
    QLabel *m_samplesLabel;
    QProgressBar *m_samplesBar;
    QLabel *m_durationLabel;
    QProgressBar *m_durationBar;
    QPushButton *m_check;
    QPushButton *m_refreshLive;
    QPushButton *m_promote;
    QPushButton *m_rollback;
    QPushButton *m_kill;
    QLabel *m_statusLine;
    QTabWidget *m_tabs;
    QTableWidget *m_gates;
    QLabel *m_statistics;
    QTableWidget *m_audit;
    QComboBox *m_configStage;
    QCheckBox *m_sticky;
    QCheckBox *m_hosted;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_configNote;
    QPlainTextEdit *m_configView;
    QSpinBox *m_traffic;
    QLabel *m_trafficSource;
    QLabel *m_simulation;
    RolloutTimelineChart *m_timeline;
    QTableWidget *m_simulationTable;
    bool m_trafficEdited = false; // the user typed a volume: keep it over the measured one
};

} // namespace ShadowOptic
