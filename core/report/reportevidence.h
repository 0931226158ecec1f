// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ShadowOptic {

/**
 * What a decision report's numbers stand on: the project's identity, its logs, every replay run with its replays and
 * judge grades, the catalog version, the judge rubric, the profile, the newest recommendation and the rollout audit
 * log. Two reports with the same fingerprint were made from the same evidence; a report whose fingerprint differs from
 * the project's now is out of date, and changes() says why in words.
 */
struct ReportEvidence
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportEvidence)
public:
    QJsonObject values;

    bool isEmpty() const { return values.isEmpty(); }
    /** "so1-" and the first 16 hex digits of the SHA-256 of the compact JSON (QJsonObject keeps keys sorted). */
    QString fingerprint() const;
    /** What changed from then to now, one sentence per change ("2 new replay runs (#5, #6)."); empty when nothing
     *  did. */
    static QStringList changes(const ReportEvidence &then, const ReportEvidence &now);
};

} // namespace ShadowOptic
