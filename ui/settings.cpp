// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QThread>

#include "replay/replayoptions.h"
#include "session/session.h"

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
const QString KeyConcurrency = QStringLiteral("replay/concurrency");
const QString KeyBudget = QStringLiteral("replay/budgetUsd");
const QString KeyJudge = QStringLiteral("replay/judgeModel");
const QString KeyTarget = QStringLiteral("gateway/target");
constexpr double DefaultBudget = 5.0;
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

int Settings::replayConcurrency() const
{
    return qBound(1, QSettings().value(KeyConcurrency, ReplayOptions().concurrency).toInt(),
                  ReplayOptions::MaxConcurrency);
}

void Settings::setReplayConcurrency(int requests)
{
    if (requests == replayConcurrency())
        return;
    QSettings().setValue(KeyConcurrency, requests);
    emit defaultsChanged();
}

double Settings::replayBudgetUsd() const
{
    return qMax(0.0, QSettings().value(KeyBudget, DefaultBudget).toDouble());
}

void Settings::setReplayBudgetUsd(double usd)
{
    if (qFuzzyCompare(usd + 1, replayBudgetUsd() + 1))
        return;
    QSettings().setValue(KeyBudget, usd);
    emit defaultsChanged();
}

QString Settings::judgeModel() const
{
    return QSettings().value(KeyJudge, Session::defaultJudgeModel()).toString();
}

void Settings::setJudgeModel(const QString &model)
{
    if (model == judgeModel() || model.trimmed().isEmpty())
        return;
    QSettings().setValue(KeyJudge, model.trimmed());
    emit defaultsChanged();
}

ReplayTarget Settings::gatewayTarget() const
{
    const QJsonObject o = QJsonDocument::fromJson(QSettings().value(KeyTarget).toByteArray()).object();
    return o.isEmpty() ? ReplayTarget() : ReplayTarget::fromJson(o);
}

void Settings::setGatewayTarget(const ReplayTarget &target)
{
    // toJson() carries no keys and redacts secrets in an inline config; not even whether a key was set is kept.
    ReplayTarget keyless = target;
    keyless.apiKey.clear();
    keyless.portkeyApiKey.clear();
    const QByteArray json = QJsonDocument(keyless.toJson()).toJson(QJsonDocument::Compact);
    if (json == QSettings().value(KeyTarget).toByteArray())
        return;
    QSettings().setValue(KeyTarget, json);
    emit defaultsChanged();
}

} // namespace ShadowOptic
