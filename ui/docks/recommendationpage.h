// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "recommend/userprofile.h"
#include "replay/replaytarget.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace ShadowOptic {

class SimulatorThread;

class Recommender;
class SimulatedGateway;
struct Recommendation;

/**
 * The Recommendation panel: the analyst's profile (saved per project), the three-layer recommendation run with
 * progress and cancel (through the configured target or the built-in simulator), and its outcome: the SPEC
 * sentence, business impact, reasons, fallback, per-segment routing, "why not" per candidate and the Portkey
 * conditional config. setProject() shows the latest stored recommendation of the profile.
 */
class RecommendationPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationPage(QWidget *parent = nullptr);
    ~RecommendationPage() override;

    void setProject(const QString &path);
    QString project() const { return m_project; }
    /** Re-reads the profile and the latest stored recommendation. */
    void refresh();
    /** Verification replays and judge calls go to this target; without one, to the built-in simulator. */
    void setTarget(const ReplayTarget &target);
    void setSampleSize(int size);

    UserProfile profile() const;
    void setProfile(const UserProfile &profile);
    void saveProfile();
    void recommend();
    void cancel();
    bool isRunning() const { return m_state != State::Idle; }

    /** The shown recommendation (Recommendation::toJson()), empty when none. */
    QJsonObject recommendation() const { return m_shown; }
    QLabel *sentenceLabel() const { return m_sentence; }
    QTableWidget *segmentsTable() const { return m_segments; }
    QTreeWidget *whyNotTree() const { return m_whyNot; }
    QPlainTextEdit *configView() const { return m_config; }
    /** The built-in simulator, created on first use on its own thread (tests tune its latency and faults). */
    SimulatedGateway *simulator();

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A recommendation (new or stored) is shown. */
    void recommendationChanged();

private:
    enum class State { Idle, Loading, Running };
    struct ProjectInfo;

    void buildUi();
    void setState(State state);
    void applyProjectInfo(const ProjectInfo &info);
    void onFinished(const Recommendation &recommendation);
    void showRecommendation(const QJsonObject &json);
    void clearRecommendation();
    bool buildTarget(ReplayTarget *target, QString *error);

    QString m_project;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    bool m_cancelled = false;
    UserProfile m_profile; // the loaded profile: fields the editor does not show are kept
    QJsonObject m_shown;
    ReplayTarget m_target;

    Recommender *m_recommender;
    std::unique_ptr<SimulatorThread> m_simulator;

    QComboBox *m_currentModel;
    QComboBox *m_useCase;
    QDoubleSpinBox *m_maxCost;
    QSpinBox *m_maxLatency;
    QDoubleSpinBox *m_minQuality;
    QSpinBox *m_volume;
    QSpinBox *m_sampleSize;
    QPushButton *m_save;
    QPushButton *m_recommend;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;

    QLabel *m_sentence;
    QLabel *m_summary;
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
};

} // namespace ShadowOptic
