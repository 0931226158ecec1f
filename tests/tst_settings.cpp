// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Before the first QSettings: every user-scope file of this process goes to the temporary directory.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ShadowOpticTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QVERIFY2(QSettings().fileName().startsWith(m_config.path()), qPrintable(QSettings().fileName()));
    }

    void init() { QSettings().clear(); }

    void oneInstanceOwnedByTheApplication()
    {
        Settings *s = Settings::instance();
        QVERIFY(s);
        QCOMPARE(Settings::instance(), s);
        QCOMPARE(s->parent(), QCoreApplication::instance());
    }

    void defaults()
    {
        const Settings *s = Settings::instance();
        QVERIFY(s->recentProjects().isEmpty());
        QVERIFY(s->lastDirectory().isEmpty());
        QVERIFY(s->windowGeometry().isEmpty());
        QVERIFY(s->windowState(1).isEmpty());
        QVERIFY(s->language().isEmpty()); // the system language
        QVERIFY(!s->darkPalette());
        QCOMPARE(s->cacheTtlSeconds(), 3600);
    }

    void recentProjectsAreAbsoluteNewestFirstAndUnique()
    {
        Settings *s = Settings::instance();
        QSignalSpy spy(s, &Settings::recentProjectsChanged);
        const QString a = m_config.filePath(QStringLiteral("a.sqlite"));
        const QString b = m_config.filePath(QStringLiteral("b.sqlite"));
        s->addRecentProject(a);
        s->addRecentProject(b);
        QCOMPARE(s->recentProjects(), QStringList({ b, a }));
        s->addRecentProject(a); // again: moves to the front, not twice in the list
        QCOMPARE(s->recentProjects(), QStringList({ a, b }));
        // A relative path or one with dot segments is stored as the same absolute path.
        s->addRecentProject(m_config.path() + QStringLiteral("/sub/../b.sqlite"));
        QCOMPARE(s->recentProjects(), QStringList({ b, a }));
        QCOMPARE(spy.count(), 4);

        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_config.path()));
        s->addRecentProject(QStringLiteral("c.sqlite"));
        QDir::setCurrent(cwd);
        QCOMPARE(s->recentProjects().first(),
                 QFileInfo(m_config.filePath(QStringLiteral("c.sqlite"))).absoluteFilePath());
    }

    void recentProjectsKeepTheEightNewest()
    {
        Settings *s = Settings::instance();
        QStringList added;
        for (int i = 0; i < 11; ++i) {
            added.prepend(m_config.filePath(QStringLiteral("p%1.sqlite").arg(i)));
            s->addRecentProject(added.first());
        }
        QCOMPARE(s->recentProjects(), added.mid(0, 8));
    }

    void lastDirectory()
    {
        Settings::instance()->setLastDirectory(m_config.path());
        QCOMPARE(Settings::instance()->lastDirectory(), m_config.path());
    }

    void windowStateIsVersioned()
    {
        Settings *s = Settings::instance();
        s->setWindowLayout("geometry-bytes", "state-bytes", 3);
        QCOMPARE(s->windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(s->windowState(3), QByteArray("state-bytes"));
        // A layout saved by another version of the docks is not restored (the geometry still is).
        QVERIFY(s->windowState(4).isEmpty());
        QVERIFY(s->windowState(2).isEmpty());
        s->setWindowLayout("g2", "s2", 4);
        QCOMPARE(s->windowState(4), QByteArray("s2"));
        QVERIFY(s->windowState(3).isEmpty());
    }

    void languageSignalsOnlyChanges()
    {
        Settings *s = Settings::instance();
        QSignalSpy spy(s, &Settings::languageChanged);
        s->setLanguage(QStringLiteral("de"));
        QCOMPARE(s->language(), QStringLiteral("de"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("de"));
        s->setLanguage(QStringLiteral("de"));
        QCOMPARE(spy.count(), 1);
        s->setLanguage(QString()); // back to the system language
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.at(1).at(0).toString().isEmpty());
        QVERIFY(s->language().isEmpty());
    }

    void darkPaletteSignalsOnlyChanges()
    {
        Settings *s = Settings::instance();
        QSignalSpy spy(s, &Settings::darkPaletteChanged);
        s->setDarkPalette(false); // already the default
        QCOMPARE(spy.count(), 0);
        s->setDarkPalette(true);
        QVERIFY(s->darkPalette());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        s->setDarkPalette(true);
        QCOMPARE(spy.count(), 1);
        s->setDarkPalette(false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toBool(), false);
    }

    void cacheTtl()
    {
        Settings *s = Settings::instance();
        s->setCacheTtlSeconds(0);
        QCOMPARE(s->cacheTtlSeconds(), 0); // 0 (no caching) is a value, not "unset"
        s->setCacheTtlSeconds(86400);
        QCOMPARE(s->cacheTtlSeconds(), 86400);
    }

    void valuesReachTheSettingsFile()
    {
        Settings::instance()->setLanguage(QStringLiteral("de"));
        Settings::instance()->setCacheTtlSeconds(120);
        QSettings().sync();
        const QString file = QSettings().fileName();
        QVERIFY(QFileInfo::exists(file));
        // Another reader of the same file (the next start of the application) sees the values.
        QSettings reader(file, QSettings::IniFormat);
        QStringList values;
        for (const QString &key : reader.allKeys())
            values.append(reader.value(key).toString());
        QVERIFY2(values.contains(QStringLiteral("de")), qPrintable(values.join(u',')));
        QVERIFY2(values.contains(QStringLiteral("120")), qPrintable(values.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
