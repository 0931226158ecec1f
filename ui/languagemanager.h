// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTranslator;

namespace ShadowOptic {

/** Installs the app and qtbase catalogs for a language and swaps them at runtime (widgets retranslate on
 *  QEvent::LanguageChange). */
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent);
    ~LanguageManager() override;

    /** "" = system languages. Returns false when no catalog for it exists (English stays). */
    bool setLanguage(const QString &code);
    QString currentLanguage() const { return m_current; }

private:
    QTranslator *m_app;
    QTranslator *m_qt;
    QString m_current;
};

} // namespace ShadowOptic
