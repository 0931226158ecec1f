// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include "recommend/recommendation.h"
#include "recommend/userprofile.h"
#include "recommend/verificationplan.h"
#include "util/jobtracker.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace ShadowOptic {

class ForestPlot;
class PrecisionChart;
class RecommendationJob;
class Session;
class SimulatedGateway;

/**
 * The Recommendation panel: the analyst's profile (saved per project), the three-layer recommendation run with
 * progress and cancel (the session's RecommendationJob, through the session's target), and its outcome: the SPEC
 * sentence, business impact, reasons, fallback, per-segment routing, "why not" per candidate and the Portkey
 * conditional config. setProject() shows the latest stored recommendation of the profile.
 */
class RecommendationPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationPage(Session *session, QWidget *parent = nullptr);
    ~RecommendationPage() override;

    void setProject(const QString &path);
    QString project() const { return m_project; }
    /** Re-reads the profile and the latest stored recommendation. */
    void refresh();
    void setSampleSize(int size);
    void setVerificationBudget(double usd);
    void setMaxPrompts(int prompts);

    UserProfile profile() const;
    void setProfile(const UserProfile &profile);
    void saveProfile();
    void recommend();
    /** Re-runs a not-decisive recommendation with the budget and prompt cap the planner says would settle it; stored
     *  replays are reused, so it pays only for the new prompts. */
    void continueVerification();
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }

    /** The shown recommendation; hasRecommendation() is false when none is shown. */
    const Recommendation &recommendation() const { return m_shown; }
    bool hasRecommendation() const { return m_hasShown; }
    QLabel *sentenceLabel() const { return m_sentence; }
    QTableWidget *segmentsTable() const { return m_segments; }
    QTreeWidget *whyNotTree() const { return m_whyNot; }
    QPlainTextEdit *configView() const { return m_config; }
    ForestPlot *forestPlot() const { return m_forest; }
    PrecisionChart *precisionChart() const { return m_precision; }
    QPushButton *continueButton() const { return m_continue; }
    QLabel *continueNote() const { return m_continueNote; }
    /** Whether the last exported report is still current (hidden when none was exported). */
    QLabel *reportStatus() const { return m_reportStatus; }
    /** What "Continue verification" would run with (valid while the button is enabled). */
    double continueBudgetUsd() const { return m_continuation.budgetUsd; }
    int continueMaxPrompts() const { return m_continuation.maxPrompts; }
    double verificationBudget() const;
    int maxPrompts() const;
    /** Shows a recommendation as if it had just finished or been loaded (tests, the stored one). */
    void showRecommendation(const Recommendation &recommendation);
    /** The session's built-in simulator (tests tune its latency and faults). */
    SimulatedGateway *simulator();

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A recommendation (new or stored) is shown. */
    void recommendationChanged();
    /** "Start staged rollout…": the current and the recommended model. */
    void rolloutRequested(const QString &production, const QString &challenger);

private:
    enum class State { Idle, Loading, Running };
    struct ProjectInfo;

    void buildUi();
    void setState(State state);
    void applyProjectInfo(const ProjectInfo &info);
    void onProjectChanged(const QString &path);
    void onFinished();
    void clearRecommendation();
    void updateContinuation();
    void showPlan();

    Session *m_session;
    QString m_project;
    State m_state = State::Idle;
    JobTracker m_projectLoad;
    UserProfile m_profile; // the loaded profile: fields the editor does not show are kept
    std::optional<VerificationPlan> m_verificationPlan; // catalog costs of the loaded project; the form's limits
    Recommendation m_shown;
    bool m_hasShown = false;
    struct Continuation
    {
        bool possible = false;
        double budgetUsd = 0.0;
        int maxPrompts = 0;
    };
    Continuation m_continuation;

    RecommendationJob *m_job;

    QComboBox *m_currentModel;
    QComboBox *m_useCase;
    QDoubleSpinBox *m_maxCost;
    QSpinBox *m_maxLatency;
    QDoubleSpinBox *m_minQuality;
    QSpinBox *m_volume;
    QSpinBox *m_sampleSize;
    QSpinBox *m_maxPrompts;
    QDoubleSpinBox *m_budget;
    QLabel *m_plan; // what verification would take, before a run (VerificationPlan)
    QPushButton *m_save;
    QPushButton *m_recommend;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_reportStatus;

    QLabel *m_sentence;
    QLabel *m_summary;
    QPushButton *m_continue;
    QLabel *m_continueNote;
    QTabWidget *m_evidence;
    ForestPlot *m_forest;
    PrecisionChart *m_precision;
    QWidget *m_impactBox = nullptr;
    QLabel *m_currentCost;
    QLabel *m_projectedCost;
    QLabel *m_monthlySavings;
    QLabel *m_annualSavings;
    QLabel *m_volumeLabel;
    QLabel *m_reasons;
    QLabel *m_fallback;
    QTableWidget *m_segments;
    QTreeWidget *m_whyNot;
    QPlainTextEdit *m_config;
    QPushButton *m_copy;
    QPushButton *m_startRollout;
};

} // namespace ShadowOptic
