// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ShadowOptic {

/**
 * Removes personal data and secrets from free text before it leaves the project in an export. Two layers:
 * known secrets (the API keys the session holds) are always replaced by [KEY]; with personal-data redaction on,
 * patterns replace API-key-like strings ([KEY]), e-mail addresses ([EMAIL]), Luhn-valid payment card numbers
 * ([CARD]) and phone numbers ([PHONE]). Ordinary numbers (years, prices, ids, order numbers that fail Luhn, dates,
 * versions, hex hashes, UUIDs) are left alone. Immutable after construction; safe to share between threads.
 */
class Redactor
{
public:
    struct Counts
    {
        qint64 keys = 0;
        qint64 emails = 0;
        qint64 cards = 0;
        qint64 phones = 0;
        qint64 total() const { return keys + emails + cards + phones; }
    };

    /** personalData: apply the patterns; secrets: exact values to replace always (shorter than 8 are ignored). */
    explicit Redactor(bool personalData = true, const QStringList &secrets = {});

    bool redactsPersonalData() const { return m_personalData; }
    /** The known secrets only. */
    QString scrubSecrets(const QString &text, Counts *counts = nullptr) const;
    /** scrubSecrets, then the patterns when personal-data redaction is on. */
    QString redact(const QString &text, Counts *counts = nullptr) const;

    /** True when digits (separators ignored) pass the Luhn check. */
    static bool luhnValid(QStringView digits);

private:
    bool m_personalData;
    QStringList m_secrets;
};

} // namespace ShadowOptic
