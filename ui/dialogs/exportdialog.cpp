// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "export/exportformat.h"
#include "session/exportjob.h"
#include "session/session.h"
#include "util/queuedcontinuation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShadowOptic {

ExportDialog::ExportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_job(new ExportJob(session, this))
    , m_dataset(new QComboBox(this))
    , m_run(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_redact(new QCheckBox(tr("Redact personal data"), this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Export Data"));
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_run->setObjectName(QStringLiteral("run"));
    m_format->setObjectName(QStringLiteral("format"));
    m_redact->setObjectName(QStringLiteral("redact"));
    m_file->setObjectName(QStringLiteral("file"));
    m_export->setObjectName(QStringLiteral("export"));
    m_result->setObjectName(QStringLiteral("result"));
    for (ExportDataset::Value d : ExportDataset::all())
        m_dataset->addItem(ExportDataset::title(d), QVariant::fromValue(d));
    m_format->addItem(tr("CSV (spreadsheets)"), QVariant::fromValue(ExportFormat::Value::Csv));
    m_format->addItem(tr("JSON (an array of objects)"), QVariant::fromValue(ExportFormat::Value::Json));
    m_redact->setChecked(true);
    m_redact->setToolTip(tr("Replaces e-mail addresses, phone numbers, payment card numbers and API-key-like "
                            "strings in prompts, answers and notes with [EMAIL], [PHONE], [CARD] and [KEY]. API "
                            "keys of this session never reach the file either way."));

    auto *form = new QFormLayout;
    form->addRow(tr("Data:"), m_dataset);
    form->addRow(tr("Run:"), m_run);
    form->addRow(tr("Format:"), m_format);
    form->addRow(QString(), m_redact);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);
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

    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        updateRunChoices();
        suggestFileName();
        updateEnabled();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestFileName);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_status->setText(text);
    });
    connect(m_job, &Job::finished, this, &ExportDialog::onFinished);
    updateRunChoices();
    suggestFileName();
    updateEnabled();
    loadRuns();
    resize(560, 320);
}

ExportDialog::~ExportDialog() = default;

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

void ExportDialog::loadRuns()
{
    const QString project = m_session->projectPath();
    if (project.isEmpty())
        return;
    QPointer<ExportDialog> self(this);
    thenQueued(QtConcurrent::run([project] {
                   QString error;
                   return ExportJob::answerRuns(project, &error);
               }),
               this, [self](const QList<QPair<qint64, qint64>> &runs) {
                   if (!self)
                       return;
                   self->m_runs = runs;
                   self->updateRunChoices();
               });
}

void ExportDialog::updateRunChoices()
{
    const auto dataset = m_dataset->currentData().value<ExportDataset::Value>();
    const qint64 chosen = m_run->currentData().toLongLong();
    m_run->clear();
    if (!ExportDataset::takesRun(dataset)) {
        m_run->addItem(tr("Not needed"), qint64(0));
        m_run->setEnabled(false);
        return;
    }
    m_run->addItem(dataset == ExportDataset::Value::Models ? tr("The newest run") : tr("Every run"), qint64(0));
    for (const auto &run : std::as_const(m_runs))
        m_run->addItem(tr("Run %1 (%2)")
                           .arg(run.first)
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.second), QLocale::ShortFormat)),
                       run.first);
    const int index = m_run->findData(chosen);
    m_run->setCurrentIndex(index >= 0 ? index : 0);
    m_run->setEnabled(!m_job->isRunning());
}

void ExportDialog::suggestFileName()
{
    const auto format = m_format->currentData().value<ExportFormat::Value>();
    const QString extension = ExportFormat::extension(format);
    if (m_fileEdited && !m_file->text().isEmpty()) {
        // Keep the user's name; only follow the format with the extension.
        const QFileInfo info(m_file->text());
        m_file->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + extension));
        return;
    }
    const QFileInfo project(m_session->projectPath());
    const QString dir = project.fileName().isEmpty() ? QDir::homePath() : project.absolutePath();
    const QString base
        = project.completeBaseName().isEmpty() ? QStringLiteral("shadow-optic") : project.completeBaseName();
    const QString dataset = ExportDataset::name(m_dataset->currentData().value<ExportDataset::Value>());
    m_file->setText(QDir(dir).filePath(base + u'-' + dataset + u'.' + extension));
}

void ExportDialog::browse()
{
    const auto format = m_format->currentData().value<ExportFormat::Value>();
    const QString filter = format == ExportFormat::Value::Json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export To"), m_file->text(), filter);
    if (path.isEmpty())
        return;
    m_file->setText(path);
    m_fileEdited = true;
    ExportFormat::Value chosen;
    if (ExportFormat::fromFileName(path, &chosen))
        m_format->setCurrentIndex(m_format->findData(QVariant::fromValue(chosen)));
}

void ExportDialog::updateEnabled()
{
    const bool running = m_job->isRunning();
    for (QWidget *w : std::initializer_list<QWidget *> { m_dataset, m_format, m_redact, m_file, m_browse })
        w->setEnabled(!running);
    m_run->setEnabled(!running && ExportDataset::takesRun(m_dataset->currentData().value<ExportDataset::Value>()));
    m_export->setEnabled(!running && !m_session->projectPath().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
    if (m_session->projectPath().isEmpty())
        m_result->setText(tr("Open or create a project first (File ▸ New Project)."));
}

void ExportDialog::startExport()
{
    ExportJob::Request request;
    request.dataset = m_dataset->currentData().value<ExportDataset::Value>();
    request.runId = m_run->currentData().toLongLong();
    request.format = m_format->currentData().value<ExportFormat::Value>();
    request.redact = m_redact->isChecked();
    request.path = m_file->text().trimmed();
    m_job->setRequest(request);
    m_result->clear();
    m_progress->setValue(0);
    QString error;
    if (!m_job->start(&error)) {
        m_result->setText(error);
        return;
    }
    updateEnabled();
}

void ExportDialog::onFinished()
{
    updateEnabled();
    m_status->clear();
    const ExportJob::Result &r = m_job->result();
    switch (m_job->state()) {
    case Job::State::Succeeded: {
        m_progress->setValue(1000);
        QString text = tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(r.rows, INT_MAX)))
                           .arg(QDir::toNativeSeparators(r.path));
        if (r.redactions.total() > 0)
            text += u' '
                + tr("Redacted: %1 key(s), %2 e-mail address(es), %3 card number(s), %4 phone number(s).")
                      .arg(r.redactions.keys)
                      .arg(r.redactions.emails)
                      .arg(r.redactions.cards)
                      .arg(r.redactions.phones);
        m_result->setText(text);
        break;
    }
    case Job::State::Cancelled:
        m_progress->setValue(0);
        m_result->setText(tr("Export cancelled; no file was written."));
        break;
    default:
        m_progress->setValue(0);
        m_result->setText(tr("The export failed: %1").arg(m_job->errorText()));
        break;
    }
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ShadowOptic
