// SPDX-License-Identifier: MIT
#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

QByteArray ImportReport::toJson() const
{
    QJsonArray errs;
    for (const auto &e : errors)
        errs.append(QJsonObject { { QStringLiteral("file"), e.file },
                                  { QStringLiteral("line"), e.line },
                                  { QStringLiteral("category"), e.category },
                                  { QStringLiteral("reason"), e.reason } });
    QJsonObject byReason;
    for (auto it = skippedByReason.constBegin(); it != skippedByReason.constEnd(); ++it)
        byReason.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("files"), QJsonArray::fromStringList(files) },
                             { QStringLiteral("read"), read },
                             { QStringLiteral("imported"), imported },
                             { QStringLiteral("duplicates"), duplicates },
                             { QStringLiteral("skipped"), skipped },
                             { QStringLiteral("skipped_by_reason"), byReason },
                             { QStringLiteral("estimated_costs"), estimatedCosts },
                             { QStringLiteral("bytes"), bytes },
                             { QStringLiteral("seconds"), seconds },
                             { QStringLiteral("cancelled"), cancelled },
                             { QStringLiteral("file_errors"), QJsonArray::fromStringList(fileErrors) },
                             { QStringLiteral("errors"), errs },
                         })
        .toJson(QJsonDocument::Indented);
}

QString ImportReport::summaryText() const
{
    QString text = tr("Read %1, imported %2, duplicates %3, skipped %4.")
                       .arg(read)
                       .arg(imported)
                       .arg(duplicates)
                       .arg(skipped);
    if (estimatedCosts > 0)
        text += QLatin1Char(' ') + tr("%1 costs estimated from the catalog.").arg(estimatedCosts);
    if (cancelled)
        text += QLatin1Char(' ') + tr("Cancelled before the end.");
    for (auto it = skippedByReason.constBegin(); it != skippedByReason.constEnd(); ++it)
        text += QLatin1Char('\n') + tr("  skipped (%1): %2").arg(it.key()).arg(it.value());
    for (const QString &f : fileErrors)
        text += QLatin1Char('\n') + f;
    return text;
}

} // namespace ShadowOptic
