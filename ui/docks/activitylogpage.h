// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace ShadowOptic {

/** Timestamped record of everything the application did this session. */
class ActivityLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityLogPage(QWidget *parent = nullptr);
    ~ActivityLogPage() override;

    void append(const QString &text);
    QString text() const;

private:
    QPlainTextEdit *m_log;
};

} // namespace ShadowOptic
