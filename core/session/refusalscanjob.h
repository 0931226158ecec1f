// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"

namespace ShadowOptic {

/**
 * Classifies the logged answers the Logs table has no refusal verdict for yet (after an import), in batches on the
 * pool, storing "none", "partial:TYPE" or "full:TYPE" per row. Resumable: what a cancelled or killed scan stored
 * stays, the rest is found again by the next one.
 */
class RefusalScanJob : public Job
{
    Q_OBJECT
public:
    explicit RefusalScanJob(Session *session, QObject *parent = nullptr);

    qint64 scanned() const { return m_scanned; }
    qint64 refusals() const { return m_refusals; }
    /** The stored form of a verdict ("–" rows without an answer are stored empty). */
    static QString storedVerdict(const QString &answer, const QString &finishReason, int statusCode,
                                 const QString &prompt);

protected:
    bool run(QString *error) override;
    void abort() override;

private:
    struct Batch;
    void next();

    QString m_project;
    qint64 m_total = 0;
    qint64 m_scanned = 0;
    qint64 m_refusals = 0;
    qint64 m_lastRowId = 0;
};

} // namespace ShadowOptic
