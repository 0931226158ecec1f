// SPDX-License-Identifier: MIT
#include "reportdialog.h"

#include "reportwriter.h"
#include "session/reportjob.h"
#include "session/session.h"
#include "settings.h"
#include "store/reportstore.h"
#include "store/threadstore.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ShadowOptic {

ReportDialog::ReportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_job(new ReportJob(session, this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_open(new QCheckBox(tr("&Open the report when it is written"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_write(m_buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole))
    , m_openButton(m_buttons->addButton(tr("O&pen"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Export Decision Report"));
    auto *intro = new QLabel(tr("A PDF to hand on: the verdict and its business impact, the trade-off chart, the "
                                "candidates against the margin, refusals, costs and forecast accuracy, the rollout "
                                "with its audit history, and the method — with a fingerprint of the evidence, so "
                                "anyone can check later whether the project has changed since."),
                             this);
    intro->setWordWrap(true);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Save as:"), pathRow);
    form->addRow(QString(), m_open);
    m_open->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton->setVisible(false);
    m_write->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    const QString project = m_session->projectPath();
    if (!project.isEmpty()) {
        const QFileInfo info(project);
        setOutputPath(info.absoluteDir().filePath(info.completeBaseName() + tr("-report") + QStringLiteral(".pdf")));
    }
    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_write, &QPushButton::clicked, this, &ReportDialog::startReport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)); });
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateEnabled);
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_status->setText(text);
    });
    connect(m_job, &Job::finished, this, &ReportDialog::onFinished);
    updateEnabled();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ReportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ReportDialog::setOpenWhenWritten(bool open)
{
    m_open->setChecked(open);
}

bool ReportDialog::isWriting() const
{
    return m_job->isRunning();
}

void ReportDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save Decision Report"), outputPath(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setOutputPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ReportDialog::startReport()
{
    if (m_job->isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose where to save the report."));
        return;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        m_status->setText(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return;
    }
    m_written.clear();
    m_openButton->setVisible(false);
    QString error;
    if (!m_job->start(&error)) {
        m_status->setText(error);
        return;
    }
    updateEnabled();
}

void ReportDialog::onFinished()
{
    updateEnabled();
    if (m_job->state() == Job::State::Cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled; nothing was written."));
        return;
    }
    if (m_job->state() != Job::State::Succeeded) {
        m_status->setText(tr("The report could not be gathered: %1").arg(m_job->errorText()));
        return;
    }
    m_status->setText(tr("Laying out the PDF…"));
    const QString path = QFileInfo(outputPath()).absoluteFilePath();
    int pages = 0;
    QString error;
    if (!ReportWriter::write(m_job->result(), path, &pages, &error)) {
        m_status->setText(error);
        return;
    }
    m_written = path;
    if (ProjectStore *store = ThreadStore::get(m_session->projectPath(), &error);
        !store || !ReportStore(*store).saveLastReport(path, m_job->result().stamp, &error))
        error = tr(" The project could not remember it: %1").arg(error);
    else
        error.clear();
    m_progress->setValue(1000);
    m_status->setText(tr("Wrote %1: %n page(s), %2 KB, evidence %3.", nullptr, pages)
                          .arg(QDir::toNativeSeparators(path))
                          .arg(QFileInfo(path).size() / 1024)
                          .arg(m_job->result().stamp.fingerprint())
                      + error);
    m_openButton->setVisible(true);
    Settings::instance()->setLastDirectory(QFileInfo(path).absolutePath());
    emit reportWritten(path);
    if (m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ReportDialog::updateEnabled()
{
    const bool running = m_job->isRunning();
    m_write->setEnabled(!running && !outputPath().isEmpty() && !m_session->projectPath().isEmpty());
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
    if (m_session->projectPath().isEmpty())
        m_status->setText(tr("Open or create a project first."));
}

void ReportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ShadowOptic
