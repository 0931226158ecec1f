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
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
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

    // Settings ▸ Gateway ▸ Trusted certificate reaches the session's target (and so every request of it); a file
    // without a certificate makes the target invalid with a message naming the file.
    void trustedCertificateReachesTheSession()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty())
            QSKIP("no system CA certificate to stand in for a gateway's");
        QTemporaryDir dir;
        const QString pem = dir.filePath(QStringLiteral("gateway.pem"));
        const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(pem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(system.first().toPem());
        f.close();
        QFile g(notPem);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("not a certificate\n");
        g.close();

        MainWindow window;
        SettingsDialog dialog(QString(), QString(), &window);
        dialog.targetKindBox()->setCurrentIndex(
            dialog.targetKindBox()->findData(int(ReplayTarget::Kind::OpenAiCompatible)));
        dialog.baseUrlEdit()->setText(QStringLiteral("https://127.0.0.1:8443/v1"));
        QVERIFY(dialog.trustedCertificateEdit()->isEnabled());
        dialog.trustedCertificateEdit()->setText(pem);
        dialog.apply();
        QCOMPARE(Settings::instance()->gatewayTarget().trustedCertificates, pem);
        QCOMPARE(window.session()->target().trustedCertificates, pem);
        QVERIFY2(window.session()->targetError().isEmpty(), qPrintable(window.session()->targetError()));
        SettingsDialog reopened(QString(), QString(), &window);
        QCOMPARE(reopened.trustedCertificateEdit()->text(), pem);
        if (const QString shots = qEnvironmentVariable("SO_SCREENSHOT_DIR"); !shots.isEmpty()) {
            reopened.tabs()->setCurrentIndex(reopened.tabs()->count() - 1);
            reopened.show();
            QTest::qWait(200);
            QVERIFY(reopened.grab().save(QDir(shots).filePath(QStringLiteral("settings-gateway.png"))));
        }

        dialog.trustedCertificateEdit()->setText(notPem);
        dialog.apply();
        QVERIFY2(window.session()->targetError().contains(
                     QStringLiteral("'%1' holds no PEM or DER certificate").arg(notPem)),
                 qPrintable(window.session()->targetError()));
        dialog.trustedCertificateEdit()->clear();
        dialog.apply();
        QVERIFY(window.session()->targetError().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
