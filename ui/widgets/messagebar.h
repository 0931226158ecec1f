// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ShadowOptic {

/** Non-modal inline message strip (our stand-in for KMessageWidget). */
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    void showMessage(const QString &text, Level level = Level::Info);
    QString text() const;

signals:
    void dismissed();

private:
    QLabel *m_label;
    QToolButton *m_close;
};

} // namespace ShadowOptic
