// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QThread>

namespace ShadowOptic {

namespace {
const QString KeyRecent = QStringLiteral("projects/recent");
const QString KeyLastDir = QStringLiteral("files/lastDirectory");
const QString KeyGeometry = QStringLiteral("window/geometry");
const QString KeyState = QStringLiteral("window/state");
const QString KeyStateVersion = QStringLiteral("window/stateVersion");
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyDark = QStringLiteral("ui/darkPalette");
const QString KeyCacheTtl = QStringLiteral("replay/cacheTtlSeconds");
constexpr int MaxRecent = 8;
constexpr int DefaultCacheTtl = 3600;
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
{
}

Settings *Settings::instance()
{
    Q_ASSERT(QThread::currentThread() == qApp->thread());
    static Settings *s = new Settings(qApp);
    return s;
}

QStringList Settings::recentProjects() const
{
    return QSettings().value(KeyRecent).toStringList();
}

void Settings::addRecentProject(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecent)
        list.removeLast();
    QSettings().setValue(KeyRecent, list);
    emit recentProjectsChanged();
}

QString Settings::lastDirectory() const
{
    return QSettings().value(KeyLastDir).toString();
}

void Settings::setLastDirectory(const QString &dir)
{
    QSettings().setValue(KeyLastDir, dir);
}

QByteArray Settings::windowGeometry() const
{
    return QSettings().value(KeyGeometry).toByteArray();
}

QByteArray Settings::windowState(int version) const
{
    QSettings s;
    return s.value(KeyStateVersion).toInt() == version ? s.value(KeyState).toByteArray() : QByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, int version)
{
    QSettings s;
    s.setValue(KeyGeometry, geometry);
    s.setValue(KeyState, state);
    s.setValue(KeyStateVersion, version);
}

QString Settings::language() const
{
    return QSettings().value(KeyLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    QSettings().setValue(KeyLanguage, language);
    emit languageChanged(language);
}

bool Settings::darkPalette() const
{
    return QSettings().value(KeyDark, false).toBool();
}

void Settings::setDarkPalette(bool dark)
{
    if (dark == darkPalette())
        return;
    QSettings().setValue(KeyDark, dark);
    emit darkPaletteChanged(dark);
}

int Settings::cacheTtlSeconds() const
{
    return QSettings().value(KeyCacheTtl, DefaultCacheTtl).toInt();
}

void Settings::setCacheTtlSeconds(int seconds)
{
    QSettings().setValue(KeyCacheTtl, seconds);
}

} // namespace ShadowOptic
