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

ImportReport ImportReport::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out.append(s.toString());
        return out;
    };
    ImportReport r;
    r.files = strings(o.value(QLatin1String("files")));
    r.read = o.value(QLatin1String("read")).toInteger();
    r.imported = o.value(QLatin1String("imported")).toInteger();
    r.duplicates = o.value(QLatin1String("duplicates")).toInteger();
    r.skipped = o.value(QLatin1String("skipped")).toInteger();
    const QJsonObject byReason = o.value(QLatin1String("skipped_by_reason")).toObject();
    for (auto it = byReason.constBegin(); it != byReason.constEnd(); ++it)
        r.skippedByReason.insert(it.key(), it.value().toInteger());
    r.estimatedCosts = o.value(QLatin1String("estimated_costs")).toInteger();
    r.bytes = o.value(QLatin1String("bytes")).toInteger();
    r.seconds = o.value(QLatin1String("seconds")).toDouble();
    r.cancelled = o.value(QLatin1String("cancelled")).toBool();
    r.fileErrors = strings(o.value(QLatin1String("file_errors")));
    for (const QJsonValue &v : o.value(QLatin1String("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        r.errors.append({ e.value(QLatin1String("file")).toString(), e.value(QLatin1String("line")).toInteger(),
                          e.value(QLatin1String("category")).toString(), e.value(QLatin1String("reason")).toString() });
    }
    return r;
}

QString ImportReport::summaryText() const
{
    QString text
        = tr("Read %1, imported %2, duplicates %3, skipped %4.").arg(read).arg(imported).arg(duplicates).arg(skipped);
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
