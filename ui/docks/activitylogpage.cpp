// SPDX-License-Identifier: MIT
#include "activitylogpage.h"

#include <QDateTime>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ShadowOptic {

ActivityLogPage::ActivityLogPage(QWidget *parent)
    : QWidget(parent)
    , m_log(new QPlainTextEdit(this))
{
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_log);
}

ActivityLogPage::~ActivityLogPage() = default;

void ActivityLogPage::append(const QString &text)
{
    m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + text);
}

QString ActivityLogPage::text() const
{
    return m_log->toPlainText();
}

} // namespace ShadowOptic
