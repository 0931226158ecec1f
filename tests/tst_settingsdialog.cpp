// SPDX-License-Identifier: MIT
// File ▸ Settings…: the typed defaults reach the panels, keys go to the keychain only when one answers (and are
// kept for the session otherwise, with a message saying so), and no key ever lands in the settings file.
#include "dialogs/settingsdialog.h"
#include "docks/replaypage.h"
#include "keystore.h"
#include "mainwindow.h"
#include "session/session.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace ShadowOptic;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A settings file of its own, so other tests' windows keep the defaults.
        QCoreApplication::setOrganizationName(QStringLiteral("ShadowOpticSettingsTest"));
        QSettings().clear();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring here: the session-only path
    }

    void cleanupTestCase() { QSettings().clear(); }

    void defaultsReachTheReplayPanelAndTheJudge()
    {
        MainWindow window;
        QCOMPARE(Settings::instance()->replayBudgetUsd(), 5.0);
        SettingsDialog dialog(QString(), QString(), &window);
        dialog.concurrencyBox()->setValue(3);
        dialog.budgetBox()->setValue(1.25);
        dialog.judgeModelEdit()->setText(QStringLiteral("gpt-4.1-mini"));
        dialog.targetKindBox()->setCurrentIndex(
            dialog.targetKindBox()->findData(int(ReplayTarget::Kind::LocalGateway)));
        dialog.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8787/v1"));
        dialog.apply();
        QCOMPARE(Settings::instance()->replayConcurrency(), 3);
        QCOMPARE(Settings::instance()->replayBudgetUsd(), 1.25);
        QCOMPARE(window.session()->judgeModel(), QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(Settings::instance()->gatewayTarget().kind, ReplayTarget::Kind::LocalGateway);
        QCOMPARE(window.session()->target().kind, ReplayTarget::Kind::LocalGateway);
        QCOMPARE(window.session()->target().baseUrl.toString(), QStringLiteral("http://127.0.0.1:8787/v1"));
        QDoubleSpinBox *budget = nullptr;
        for (QDoubleSpinBox *b : window.replayPage()->findChildren<QDoubleSpinBox *>())
            if (b->prefix() == QLatin1String("$"))
                budget = b;
        QVERIFY(budget);
        QCOMPARE(budget->value(), 1.25);

        // A new window starts from them too.
        MainWindow again;
        QCOMPARE(again.session()->judgeModel(), QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(again.session()->target().kind, ReplayTarget::Kind::LocalGateway);
    }

    void keysStayOutOfTheSettingsAndSayWhereTheyWent()
    {
        MainWindow window;
        window.show();
        const QString secret = QStringLiteral("sk-test-settings-%1").arg(QCoreApplication::applicationPid());
        SettingsDialog dialog(QString(), QString(), &window);
        connect(&dialog, &SettingsDialog::keysChanged, &window, &MainWindow::useKeys);
        dialog.providerKeyEdit()->setText(secret);
        dialog.portkeyKeyEdit()->setText(secret + QStringLiteral("-pk"));
        dialog.rememberKeysBox()->setChecked(true);
        dialog.apply();
        QCOMPARE(window.replayPage()->providerKey(), secret);
        QCOMPARE(window.replayPage()->portkeyKey(), secret + QStringLiteral("-pk"));
        QTRY_VERIFY(window.currentMessage().contains(QLatin1String("this session only")));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(secret.toUtf8()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
