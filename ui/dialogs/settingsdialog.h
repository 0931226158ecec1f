// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ShadowOptic {

/**
 * File ▸ Settings…: one form over the typed Settings — language and theme; the defaults a replay starts from
 * (concurrency, budget, cache lifetime, judge model); and the gateway target with its keys. Keys go to the OS
 * keychain when asked and one answers, else they are kept for this session only; the dialog says which.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &portkeyKey, const QString &providerKey, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QLineEdit *judgeModelEdit() const { return m_judge; }
    QComboBox *targetKindBox() const { return m_kind; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *portkeyKeyEdit() const { return m_portkeyKey; }
    QLineEdit *providerKeyEdit() const { return m_providerKey; }
    QLineEdit *trustedCertificateEdit() const { return m_trustedCertificate; }
    QCheckBox *rememberKeysBox() const { return m_remember; }

    /** Writes the form to Settings and hands the keys on (keysChanged). */
    void apply();

public slots:
    void accept() override;

signals:
    /** The keys to use from now on in this session; remember: also store them in the OS keychain (the main
     *  window does, and says where they went — the dialog may be gone by the time the keychain answers). */
    void keysChanged(const QString &portkeyKey, const QString &providerKey, bool remember);

private:
    void updateTargetRows();
    void chooseTrustedCertificate();

    QTabWidget *m_tabs;
    QComboBox *m_language;
    QCheckBox *m_dark;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_cacheTtl;
    QLineEdit *m_judge;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QLineEdit *m_provider;
    QLineEdit *m_portkeyKey;
    QLineEdit *m_providerKey;
    QLineEdit *m_trustedCertificate;
    QPushButton *m_chooseCertificate;
    QCheckBox *m_remember;
    QLabel *m_keyNote;
};

} // namespace ShadowOptic
