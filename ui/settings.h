// SPDX-License-Identifier: MIT
#pragma once

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

signals:
    void recentProjectsChanged();
    void languageChanged(const QString &language);
    void darkPaletteChanged(bool dark);

private:
    explicit Settings(QObject *parent);
};

} // namespace ShadowOptic
