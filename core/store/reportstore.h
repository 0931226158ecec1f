// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportstamp.h"

#include <QCoreApplication>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** The evidence a decision report stands on, read from the project, and the project's memory of the last report
 *  exported from it (in project_meta), so the Recommendation panel can say whether that report is still current. */
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportStore)
public:
    explicit ReportStore(ProjectStore &store);

    /** rubricVersion and profileFingerprint come from the caller (they are not SQL). False with *error. */
    bool evidence(const QString &rubricVersion, const QString &profileFingerprint, ReportEvidence *out, QString *error);
    /** The first and last logged request (ms since the epoch) and how many there are; false with *error. */
    bool logPeriod(qint64 *from, qint64 *to, qint64 *count, QString *error) const;
    bool saveLastReport(const QString &path, const ReportStamp &stamp, QString *error);
    /** False when no report was exported from the project. */
    bool lastReport(QString *path, ReportStamp *stamp) const;

private:
    QString projectId();

    ProjectStore &m_store;
};

} // namespace ShadowOptic
