// SPDX-License-Identifier: MIT
#include "pullreport.h"

#include "pulloptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

QByteArray PullReport::toJson() const
{
    const QJsonObject importJson = QJsonDocument::fromJson(import.toJson()).object();
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("since"), PullOptions::timeText(sinceMs) },
                             { QStringLiteral("until"), PullOptions::timeText(untilMs) },
                             { QStringLiteral("since_ms"), sinceMs },
                             { QStringLiteral("until_ms"), untilMs },
                             { QStringLiteral("since_from_last_pull"), sinceFromLastPull },
                             { QStringLiteral("last_pulled"),
                               lastPulledMs > 0 ? QJsonValue(PullOptions::timeText(lastPulledMs)) : QJsonValue() },
                             { QStringLiteral("last_pulled_ms"), lastPulledMs },
                             { QStringLiteral("jobs"), jobs },
                             { QStringLiteral("jobs_created"), jobsCreated },
                             { QStringLiteral("splits"), splits },
                             { QStringLiteral("retries"), retries },
                             { QStringLiteral("rows_downloaded"), rowsDownloaded },
                             { QStringLiteral("bytes_downloaded"), bytesDownloaded },
                             { QStringLiteral("imported"), import.imported },
                             { QStringLiteral("duplicates"), import.duplicates },
                             { QStringLiteral("skipped"), import.skipped },
                             { QStringLiteral("export_ids"), QJsonArray::fromStringList(exportIds) },
                             { QStringLiteral("seconds"), seconds },
                             { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
                             { QStringLiteral("import"), importJson },
                         })
        .toJson(QJsonDocument::Indented);
}

PullReport PullReport::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    PullReport r;
    r.sinceMs = o.value(QLatin1String("since_ms")).toInteger();
    r.untilMs = o.value(QLatin1String("until_ms")).toInteger();
    r.sinceFromLastPull = o.value(QLatin1String("since_from_last_pull")).toBool();
    r.lastPulledMs = o.value(QLatin1String("last_pulled_ms")).toInteger();
    r.jobs = o.value(QLatin1String("jobs")).toInt();
    r.jobsCreated = o.value(QLatin1String("jobs_created")).toInt();
    r.splits = o.value(QLatin1String("splits")).toInt();
    r.retries = o.value(QLatin1String("retries")).toInt();
    r.rowsDownloaded = o.value(QLatin1String("rows_downloaded")).toInteger();
    r.bytesDownloaded = o.value(QLatin1String("bytes_downloaded")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("export_ids")).toArray())
        r.exportIds.append(v.toString());
    r.seconds = o.value(QLatin1String("seconds")).toDouble();
    r.error = o.value(QLatin1String("error")).toString();
    r.import = ImportReport::fromJson(QJsonDocument(o.value(QLatin1String("import")).toObject()).toJson());
    return r;
}

QString PullReport::summaryText() const
{
    QString text = tr("Pulled %1 … %2 from Portkey in %n export job(s): %3 rows downloaded, %4 new, %5 already in "
                      "the project.",
                      nullptr, jobs)
                       .arg(PullOptions::timeText(sinceMs), PullOptions::timeText(untilMs))
                       .arg(rowsDownloaded)
                       .arg(import.imported)
                       .arg(import.duplicates);
    if (import.skipped > 0)
        text += u' ' + tr("%n row(s) skipped.", nullptr, int(import.skipped));
    if (lastPulledMs > 0)
        text += u' ' + tr("The next pull starts at %1.").arg(PullOptions::timeText(lastPulledMs));
    if (!error.isEmpty())
        text += u'\n' + error;
    return text;
}

} // namespace ShadowOptic
