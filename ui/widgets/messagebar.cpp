// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ShadowOptic {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismissed);
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(const QString &text, Level level)
{
    const char *bg = level == Level::Error ? "#f8d7da" : level == Level::Warning ? "#fff3cd" : "#d1ecf1";
    const char *fg = level == Level::Error ? "#58151c" : level == Level::Warning ? "#664d03" : "#0c4a57";
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; } "
                                 "#messageBar QLabel { color: %2; }")
                      .arg(QLatin1String(bg), QLatin1String(fg)));
    m_label->setText(text);
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace ShadowOptic
