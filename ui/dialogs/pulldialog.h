// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ShadowOptic {

class PullJob;
class Session;

/** File ▸ Pull from Portkey…: the range (by default since the last pull), workspace, API key (kept in memory for
 *  this session only) and API URL, then the pull with progress, cancel and what it brought. A pull that imported
 *  rows sets the session's project again, so every panel reloads. */
class PullDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PullDialog(Session *session, QWidget *parent = nullptr);
    ~PullDialog() override;

    bool isPulling() const;

public slots:
    void reject() override;

private:
    void startPull();
    void onFinished();
    void updateEnabled();

    Session *m_session;
    PullJob *m_job;
    QCheckBox *m_sinceLast;
    QDateTimeEdit *m_since;
    QCheckBox *m_untilNow;
    QDateTimeEdit *m_until;
    QLineEdit *m_workspace;
    QLineEdit *m_apiKey;
    QLineEdit *m_baseUrl;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pull;
};

} // namespace ShadowOptic
