// SPDX-License-Identifier: MIT
#include "pulldialog.h"

#include "pull/pulloptions.h"
#include "session/pulljob.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ShadowOptic {

namespace {

// The API key typed here lives as long as the application, in memory only, like the gateway target's keys.
QString &sessionKey()
{
    static QString key;
    return key;
}

} // namespace

PullDialog::PullDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_job(new PullJob(session, this))
    , m_sinceLast(new QCheckBox(tr("Since the last pull"), this))
    , m_since(new QDateTimeEdit(this))
    , m_untilNow(new QCheckBox(tr("Now"), this))
    , m_until(new QDateTimeEdit(this))
    , m_workspace(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(PullOptions::defaultBaseUrl().toString(), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_pull(m_buttons->addButton(tr("&Pull"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Pull from Portkey"));
    m_sinceLast->setObjectName(QStringLiteral("sinceLast"));
    m_since->setObjectName(QStringLiteral("since"));
    m_untilNow->setObjectName(QStringLiteral("untilNow"));
    m_until->setObjectName(QStringLiteral("until"));
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_pull->setObjectName(QStringLiteral("pull"));
    m_result->setObjectName(QStringLiteral("result"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDateTimeEdit *edit : { m_since, m_until }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        edit->setCalendarPopup(true);
    }
    m_since->setDateTime(now.addDays(-PullOptions::DefaultHistoryDays));
    m_until->setDateTime(now);
    m_sinceLast->setChecked(true);
    m_sinceLast->setToolTip(
        tr("Where the project's last pull ended, less 5 minutes for logs Portkey wrote late; on the first "
           "pull, %n days back.",
           nullptr, PullOptions::DefaultHistoryDays));
    m_untilNow->setChecked(true);
    m_workspace->setPlaceholderText(tr("The key's default workspace"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Portkey API key with the logs.export scope"));
    m_apiKey->setToolTip(tr("Kept in memory for this session only; never written to the project or the logs."));
    QString key = sessionKey();
    if (key.isEmpty())
        key = session->target().portkeyApiKey;
    if (key.isEmpty())
        key = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PORTKEY_API_KEY"));
    m_apiKey->setText(key);

    auto *form = new QFormLayout;
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceLast);
    sinceRow->addWidget(m_since, 1);
    form->addRow(tr("From:"), sinceRow);
    auto *untilRow = new QHBoxLayout;
    untilRow->addWidget(m_untilNow);
    untilRow->addWidget(m_until, 1);
    form->addRow(tr("Until:"), untilRow);
    form->addRow(tr("Workspace ID:"), m_workspace);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("API URL:"), m_baseUrl);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_buttons);

    connect(m_sinceLast, &QCheckBox::toggled, this, &PullDialog::updateEnabled);
    connect(m_untilNow, &QCheckBox::toggled, this, &PullDialog::updateEnabled);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PullDialog::reject);
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_status->setText(text);
    });
    connect(m_job, &Job::warning, this, [this](const QString &text) { m_status->setText(text); });
    connect(m_job, &Job::finished, this, &PullDialog::onFinished);
    updateEnabled();
    resize(560, 360);
}

PullDialog::~PullDialog() = default;

bool PullDialog::isPulling() const
{
    return m_job->isRunning();
}

void PullDialog::updateEnabled()
{
    const bool running = m_job->isRunning();
    m_since->setEnabled(!running && !m_sinceLast->isChecked());
    m_until->setEnabled(!running && !m_untilNow->isChecked());
    for (QWidget *w : std::initializer_list<QWidget *> { m_sinceLast, m_untilNow, m_workspace, m_apiKey, m_baseUrl })
        w->setEnabled(!running);
    m_pull->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void PullDialog::startPull()
{
    PullOptions options;
    options.apiKey = m_apiKey->text().trimmed();
    sessionKey() = options.apiKey;
    options.workspaceId = m_workspace->text().trimmed();
    options.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    if (!m_sinceLast->isChecked())
        options.sinceMs = m_since->dateTime().toMSecsSinceEpoch();
    if (!m_untilNow->isChecked())
        options.untilMs = m_until->dateTime().toMSecsSinceEpoch();
    m_job->setOptions(options);
    m_result->clear();
    m_progress->setValue(0);
    QString error;
    if (!m_job->start(&error)) {
        m_result->setText(error);
        return;
    }
    updateEnabled();
}

void PullDialog::onFinished()
{
    updateEnabled();
    const PullReport &report = m_job->result();
    m_status->clear();
    switch (m_job->state()) {
    case Job::State::Succeeded:
        m_progress->setValue(1000);
        m_result->setText(report.summaryText());
        break;
    case Job::State::Cancelled:
        m_result->setText(
            tr("Pull cancelled. %n new log(s) were imported before.", nullptr, int(report.import.imported)));
        break;
    default:
        m_result->setText(report.import.imported > 0 ? QString(
                              m_job->errorText() + u'\n'
                              + tr("%n new log(s) were imported before.", nullptr, int(report.import.imported)))
                                                     : m_job->errorText());
        break;
    }
    if (report.import.imported > 0)
        m_session->setProjectPath(m_session->projectPath()); // every panel reloads
}

void PullDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ShadowOptic
