// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ShadowOptic {

class ExportJob;
class Session;

/** File ▸ Export Data…: which dataset, the run where one applies, CSV or JSON, "Redact personal data" (on by
 *  default) and the file; then the export with progress, cancel and a clear error (ExportJob, the job behind
 *  `shadow-optic export`). */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(Session *session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isExporting() const;

public slots:
    void reject() override;

private:
    void loadRuns();
    void browse();
    void startExport();
    void onFinished();
    void updateEnabled();
    void updateRunChoices();
    void suggestFileName();

    Session *m_session;
    ExportJob *m_job;
    QComboBox *m_dataset;
    QComboBox *m_run;
    QComboBox *m_format;
    QCheckBox *m_redact;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QList<QPair<qint64, qint64>> m_runs;
    bool m_fileEdited = false;
};

} // namespace ShadowOptic
