// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "keystore.h"
#include "replay/replayoptions.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ShadowOptic {

SettingsDialog::SettingsDialog(const QString &portkeyKey, const QString &providerKey, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_language(new QComboBox(this))
    , m_dark(new QCheckBox(tr("&Dark palette"), this))
    , m_concurrency(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_cacheTtl(new QSpinBox(this))
    , m_judge(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_portkeyKey(new QLineEdit(this))
    , m_providerKey(new QLineEdit(this))
    , m_trustedCertificate(new QLineEdit(this))
    , m_chooseCertificate(new QPushButton(tr("Choose…"), this))
    , m_remember(new QCheckBox(tr("&Remember the keys in the OS keychain"), this))
    , m_keyNote(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    Settings *s = Settings::instance();

    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s->language())));
    m_dark->setChecked(s->darkPalette());
    auto *general = new QWidget(this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_dark);

    m_concurrency->setRange(1, ReplayOptions::MaxConcurrency);
    m_concurrency->setValue(s->replayConcurrency());
    m_concurrency->setToolTip(tr("Requests in flight at once when a replay starts."));
    m_budget->setRange(0.0, 1000000.0);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("No limit"));
    m_budget->setValue(s->replayBudgetUsd());
    m_cacheTtl->setRange(0, 30 * 24 * 3600);
    m_cacheTtl->setSuffix(tr(" s"));
    m_cacheTtl->setSpecialValueText(tr("Never reuse"));
    m_cacheTtl->setValue(s->cacheTtlSeconds());
    m_cacheTtl->setToolTip(tr("How long a stored answer of the same target may be reused instead of paying again."));
    m_judge->setText(s->judgeModel());
    m_judge->setToolTip(tr("The model that grades answers (LLM-as-judge)."));
    auto *replay = new QWidget(this);
    auto *replayForm = new QFormLayout(replay);
    replayForm->addRow(tr("&Concurrency:"), m_concurrency);
    replayForm->addRow(tr("&Budget per run:"), m_budget);
    replayForm->addRow(tr("Cache &lifetime:"), m_cacheTtl);
    replayForm->addRow(tr("&Judge model:"), m_judge);

    m_kind->addItem(tr("Built-in simulator"), int(ReplayTarget::Kind::Simulator));
    m_kind->addItem(tr("Local Portkey gateway"), int(ReplayTarget::Kind::LocalGateway));
    m_kind->addItem(tr("Portkey hosted"), int(ReplayTarget::Kind::PortkeyHosted));
    m_kind->addItem(tr("Custom OpenAI-compatible URL"), int(ReplayTarget::Kind::OpenAiCompatible));
    const ReplayTarget target = s->gatewayTarget();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(target.kind))));
    m_baseUrl->setText(target.kind == ReplayTarget::Kind::Simulator ? QString() : target.baseUrl.toString());
    m_provider->setText(target.provider.isEmpty() ? QStringLiteral("openai") : target.provider);
    for (QLineEdit *key : { m_portkeyKey, m_providerKey }) {
        key->setEchoMode(QLineEdit::Password);
        key->setClearButtonEnabled(true);
    }
    m_portkeyKey->setText(portkeyKey);
    m_providerKey->setText(providerKey);
    m_portkeyKey->setPlaceholderText(tr("x-portkey-api-key"));
    m_providerKey->setPlaceholderText(tr("Authorization: Bearer …"));
    m_trustedCertificate->setObjectName(QStringLiteral("trustedCertificate"));
    m_trustedCertificate->setText(QDir::toNativeSeparators(target.trustedCertificates));
    m_trustedCertificate->setClearButtonEnabled(true);
    m_trustedCertificate->setPlaceholderText(tr("Only the system's trusted certificates"));
    m_trustedCertificate->setToolTip(tr("A PEM or DER file with the certificate of a gateway you trust although the "
                                        "system does not (self-signed or from a private CA). TLS errors are never "
                                        "ignored: without it such a gateway's requests fail."));
    connect(m_chooseCertificate, &QPushButton::clicked, this, &SettingsDialog::chooseTrustedCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_trustedCertificate, 1);
    certificateRow->addWidget(m_chooseCertificate);
    m_remember->setEnabled(KeyStore::isBuiltIn());
    m_keyNote->setWordWrap(true);
    m_keyNote->setText(KeyStore::isBuiltIn()
                           ? tr("Without the keychain the keys are kept for this session only. PORTKEY_API_KEY and "
                                "OPENAI_API_KEY in the environment are used when set. Keys are never written to the "
                                "settings, the project, logs or reports.")
                           : tr("This build has no keychain support: the keys are kept for this session only. "
                                "PORTKEY_API_KEY and OPENAI_API_KEY in the environment are used when set."));
    auto *gateway = new QWidget(this);
    auto *gatewayForm = new QFormLayout(gateway);
    gatewayForm->addRow(tr("&Send to:"), m_kind);
    gatewayForm->addRow(tr("Base &URL:"), m_baseUrl);
    gatewayForm->addRow(tr("&Provider:"), m_provider);
    gatewayForm->addRow(tr("Portkey &key:"), m_portkeyKey);
    gatewayForm->addRow(tr("Provider ke&y:"), m_providerKey);
    auto *certificateLabel = new QLabel(tr("&Trusted certificate:"), gateway); // addRow(text, layout) has no buddy
    certificateLabel->setBuddy(m_trustedCertificate);
    gatewayForm->addRow(certificateLabel, certificateRow);
    gatewayForm->addRow(QString(), m_remember);
    gatewayForm->addRow(m_keyNote);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTargetRows);
    updateTargetRows();

    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(replay, tr("Replay"));
    m_tabs->addTab(gateway, tr("Gateway"));
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::updateTargetRows()
{
    const auto kind = ReplayTarget::Kind(m_kind->currentData().toInt());
    const bool remote = kind != ReplayTarget::Kind::Simulator;
    m_baseUrl->setEnabled(remote);
    m_baseUrl->setPlaceholderText(remote ? ReplayTarget::defaultBaseUrl(kind).toString()
                                         : tr("started on 127.0.0.1 when a run starts"));
    m_provider->setEnabled(kind == ReplayTarget::Kind::LocalGateway || kind == ReplayTarget::Kind::PortkeyHosted);
    m_trustedCertificate->setEnabled(remote);
    m_chooseCertificate->setEnabled(remote);
}

void SettingsDialog::chooseTrustedCertificate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trusted Certificate"), m_trustedCertificate->text(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        m_trustedCertificate->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::apply()
{
    Settings *s = Settings::instance();
    s->setLanguage(m_language->currentData().toString());
    s->setDarkPalette(m_dark->isChecked());
    s->setCacheTtlSeconds(m_cacheTtl->value());
    s->setReplayConcurrency(m_concurrency->value());
    s->setReplayBudgetUsd(m_budget->value());
    s->setJudgeModel(m_judge->text());
    ReplayTarget target;
    target.kind = ReplayTarget::Kind(m_kind->currentData().toInt());
    if (target.kind != ReplayTarget::Kind::Simulator) {
        target.baseUrl
            = QUrl(m_baseUrl->text().trimmed().isEmpty() ? ReplayTarget::defaultBaseUrl(target.kind).toString()
                                                         : m_baseUrl->text().trimmed());
        target.provider = m_provider->text().trimmed();
        target.trustedCertificates = QDir::fromNativeSeparators(m_trustedCertificate->text().trimmed());
    }
    s->setGatewayTarget(target);

    emit keysChanged(m_portkeyKey->text().trimmed(), m_providerKey->text().trimmed(),
                     m_remember->isEnabled() && m_remember->isChecked());
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace ShadowOptic
