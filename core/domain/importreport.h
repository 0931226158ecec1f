// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

struct ImportIssue
{
    QString file;
    qint64 line = 0;
    QString category;
    QString reason;
};

/** What one import did; kept in the project and shown in the summary dialog / printed by the CLI. */
struct ImportReport
{
    QStringList files;
    qint64 read = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 skipped = 0;
    qint64 bytes = 0;
    qint64 estimatedCosts = 0;
    double seconds = 0.0;
    bool cancelled = false;
    QMap<QString, qint64> skippedByReason;
    QList<ImportIssue> errors; // first MaxStoredIssues only; skipped counts everything
    QStringList fileErrors; // whole files that could not be read

    static constexpr int MaxStoredIssues = 1000;

    void addIssue(const ImportIssue &issue)
    {
        ++skipped;
        ++skippedByReason[issue.category];
        if (errors.size() < MaxStoredIssues)
            errors.append(issue);
    }
    QByteArray toJson() const;
    /** The report of toJson()'s document; an empty report when json is not a JSON object. */
    static ImportReport fromJson(const QByteArray &json);
    QString summaryText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ImportReport)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ImportReport)
