// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ShadowOptic {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

LanguageManager::~LanguageManager() = default;

bool LanguageManager::setLanguage(const QString &code)
{
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    m_current = code;
    const bool app = m_app->load(locale, QStringLiteral("shadowoptic"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (app)
        QCoreApplication::installTranslator(m_app);
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    return app || locale.language() == QLocale::English;
}

} // namespace ShadowOptic
