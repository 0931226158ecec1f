// SPDX-License-Identifier: MIT
#pragma once

#include "domain/importreport.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

/** What one pull from Portkey did: the range asked for, the export jobs it took, what they downloaded and what the
 *  import of it found new. Printed by `pull --json`, shown by the Pull dialog. */
struct PullReport
{
    qint64 sinceMs = 0; // the range asked for, both ends inclusive
    qint64 untilMs = 0;
    bool sinceFromLastPull = false; // since was the project's last pull, not given
    qint64 lastPulledMs = 0; // what the project remembers after this pull (0: never pulled)
    int jobs = 0; // export jobs downloaded
    int jobsCreated = 0; // including those split before they were started
    int splits = 0; // ranges split because they held more than one job's logs
    int retries = 0;
    qint64 rowsDownloaded = 0;
    qint64 bytesDownloaded = 0;
    QStringList exportIds; // the downloaded jobs
    ImportReport import; // summed over the jobs
    double seconds = 0.0;
    QString error; // why the pull stopped (empty when it finished)

    QByteArray toJson() const;
    /** The report of toJson()'s document; an empty report when json is not a JSON object. */
    static PullReport fromJson(const QByteArray &json);
    QString summaryText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::PullReport)
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::PullReport)
