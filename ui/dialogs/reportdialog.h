// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ShadowOptic {

class ReportJob;
class Session;

/** File ▸ Export Report…: where to save the PDF decision report, then gathering it (ReportJob) with progress and
 *  cancel, the layout (ReportWriter), what was written, and Open. The project remembers the report, so the
 *  Recommendation panel can say when its evidence has changed. */
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Session *session, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setOutputPath(const QString &path);
    QString outputPath() const;
    bool isWriting() const;
    /** Opens the PDF in the desktop's viewer once written (on by default). */
    void setOpenWhenWritten(bool open);
    /** Writes without asking (tests, and the button). */
    void startReport();

public slots:
    void reject() override;

signals:
    /** The PDF is written and the project remembers it. */
    void reportWritten(const QString &path);

private:
    void browse();
    void onFinished();
    void updateEnabled();

    Session *m_session;
    ReportJob *m_job;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_open;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_write;
    QPushButton *m_openButton;
    QString m_written;
};

} // namespace ShadowOptic
