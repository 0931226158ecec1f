// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"
#include "replay/replaytarget.h"
#include "util/jobtracker.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace ShadowOptic {

class SimulatedGateway;
class SimulatorThread;

/**
 * What every panel and every command works on: the open project, the one current gateway target (validated here
 * and nowhere else; keys in memory only), the built-in simulator (started once, on first use, and shared), the
 * judge model and the project's price catalog. Jobs (ReplayRunJob, EvaluationJob, RecommendationJob, …) take
 * their project, target and judge from here, so a replay through a real gateway is judged and verified through
 * the same gateway.
 *
 * Lives in the GUI or CLI main thread.
 */
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QString projectPath() const { return m_project; }
    /** Every panel reloads on projectChanged(), also when the same project is set again (it may have changed on
     *  disk). The catalog is forgotten until reloadCatalog(). */
    void setProjectPath(const QString &path);

    /** The current target as configured; for the built-in simulator its base URL is empty until it listens. */
    const ReplayTarget &target() const { return m_target; }
    /** Why the configured target cannot be used (empty when it can). */
    QString targetError() const { return m_targetError; }
    /** Validates and normalises the target (inline config JSON compacted, URLs checked, required fields present)
     *  and makes it current. An invalid target is kept too — so the status bar shows what the user typed — but
     *  every job refuses it with targetError(); returns false with *error then. */
    bool setTarget(const ReplayTarget &target, QString *error = nullptr);
    /** The target ready to send to: for the simulator, the shared one started and listening. False with *error
     *  when the target is invalid or the simulator cannot listen. */
    bool resolveTarget(ReplayTarget *target, QString *error);
    bool usesSimulator() const { return m_target.kind == ReplayTarget::Kind::Simulator; }
    /** The models the target answers (the simulator's); empty when any model may be asked for. */
    QStringList servedModels() const;
    /** "Built-in simulator", "Portkey gateway http://localhost:8787/v1 (config routing)", … */
    QString targetDescription() const;

    /** The built-in simulator, created and started on first use on its own thread (tests tune it). */
    SimulatedGateway *simulator();
    bool isSimulatorStarted() const;
    /** Where the built-in simulator listens; empty before it does. */
    QUrl simulatorUrl() const;
    /** Every answer of the built-in simulator takes this long (-1: the models' own latency profiles). */
    void setSimulatorLatencyMs(int ms);
    /** The built-in simulator answers each model in its measured mean latency divided by speedUp (the demo: the
     *  logs' own response times, faster by a stated factor). */
    void setSimulatorLatencies(const QHash<QString, double> &meanMs, double speedUp);
    /** The models the built-in simulator answers. */
    static QStringList simulatorModels();

    QString judgeModel() const { return m_judgeModel; }
    void setJudgeModel(const QString &model);

    /** The project's catalog as last loaded by reloadCatalog() (in the background; catalogChanged() follows). The
     *  panels that show it ask for it; commands, which do not, never pay for the read. */
    const PriceCatalog &catalog() const { return m_catalog; }
    QString catalogError() const { return m_catalogError; }
    void reloadCatalog();
    /** Starts reloadCatalog() unless the project's catalog is loaded or already on its way (another panel asked
     *  first); true when catalog() is the project's now. */
    bool requestCatalog();

    /** The rules for a target, without making it current: false with *error when it cannot be used. */
    static bool validate(ReplayTarget *target, QString *error);
    static QString defaultJudgeModel() { return QStringLiteral("gpt-4o-mini"); }

signals:
    void projectChanged(const QString &path);
    void targetChanged();
    void judgeModelChanged(const QString &model);
    void catalogChanged();

private:
    QString m_project;
    ReplayTarget m_target;
    QString m_targetError;
    QString m_judgeModel = defaultJudgeModel();
    PriceCatalog m_catalog;
    QString m_catalogError;
    enum class CatalogState { None, Loading, Loaded } m_catalogState = CatalogState::None;
    std::unique_ptr<SimulatorThread> m_simulator;
    JobTracker m_catalogLoad;
};

} // namespace ShadowOptic
