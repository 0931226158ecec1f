// SPDX-License-Identifier: MIT
#include "emptystatehint.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ShadowOptic {

EmptyStateHint::EmptyStateHint(QWidget *panel)
    : QWidget(panel)
    , m_text(new QLabel(this))
    , m_primary(new QPushButton(this))
    , m_secondary(new QPushButton(this))
{
    setObjectName(QStringLiteral("EmptyStateHint"));
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_text->setFont(f);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_primary);
    buttons->addWidget(m_secondary);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);
    connect(m_primary, &QPushButton::clicked, this, [this] {
        if (m_state == State::NoProject)
            emit newProjectRequested();
        else
            emit importRequested();
    });
    connect(m_secondary, &QPushButton::clicked, this, [this] {
        if (m_state == State::NoProject)
            emit openProjectRequested();
        else
            emit pullRequested();
    });
    panel->installEventFilter(this);
    setGeometry(panel->rect());
    retranslate();
    setVisible(false);
}

void EmptyStateHint::setState(State state)
{
    m_state = state;
    retranslate();
    setVisible(state != State::HasLogs);
    if (isVisible())
        raise();
}

bool EmptyStateHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyStateHint::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// No mnemonics: every panel has a hint, and nine buttons on Alt+I would be ambiguous (the File menu has them).
void EmptyStateHint::retranslate()
{
    if (m_state == State::NoProject) {
        m_text->setText(tr("Open or create a project to begin: a project keeps the imported logs, the replays and "
                           "every result in one file."));
        m_primary->setText(tr("New Project…"));
        m_secondary->setText(tr("Open Project…"));
    } else {
        m_text->setText(tr("Import Portkey logs to begin: this panel shows its results once the project has "
                           "logs."));
        m_primary->setText(tr("Import Logs…"));
        m_secondary->setText(tr("Pull from Portkey…"));
    }
}

} // namespace ShadowOptic
