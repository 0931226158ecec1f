// SPDX-License-Identifier: MIT
#pragma once

#include "replay/replaytarget.h"

#include <QObject>
#include <QStringList>

namespace ShadowOptic {

/** Typed application settings backed by QSettings; keys and defaults live in settings.cpp only. */
class Settings : public QObject
{
    Q_OBJECT
public:
    static Settings *instance();

    QStringList recentProjects() const;
    void addRecentProject(const QString &path);
    QString lastDirectory() const;
    void setLastDirectory(const QString &dir);
    QByteArray windowGeometry() const;
    QByteArray windowState(int version) const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, int version);
    QString language() const; // "" = system
    void setLanguage(const QString &language);
    bool darkPalette() const;
    void setDarkPalette(bool dark);
    int cacheTtlSeconds() const;
    void setCacheTtlSeconds(int seconds);
    // Defaults a new replay starts from (Settings dialog); defaultsChanged() follows a change.
    int replayConcurrency() const;
    void setReplayConcurrency(int requests);
    double replayBudgetUsd() const; // 0 = no limit
    void setReplayBudgetUsd(double usd);
    QString judgeModel() const;
    void setJudgeModel(const QString &model);
    /** The gateway target replays go to, without its keys (those live in the OS keychain, the environment or the
     *  session — never in the settings file). */
    ReplayTarget gatewayTarget() const;
    void setGatewayTarget(const ReplayTarget &target);

signals:
    void recentProjectsChanged();
    void languageChanged(const QString &language);
    void darkPaletteChanged(bool dark);
    void defaultsChanged();

private:
    explicit Settings(QObject *parent);
};

} // namespace ShadowOptic
