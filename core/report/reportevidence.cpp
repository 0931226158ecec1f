// SPDX-License-Identifier: MIT
#include "reportevidence.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace ShadowOptic {

namespace {

QMap<qint64, QJsonObject> runsById(const QJsonObject &evidence)
{
    QMap<qint64, QJsonObject> runs;
    for (const QJsonValue &v : evidence.value(QLatin1String("runs")).toArray())
        runs.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
    return runs;
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QLatin1Char('#') + QString::number(id));
    return s.join(QLatin1String(", "));
}

qint64 count(const QJsonObject &o, const char *group, const char *key)
{
    return o.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toInteger();
}

} // namespace

QString ReportEvidence::fingerprint() const
{
    const QByteArray hash
        = QCryptographicHash::hash(QJsonDocument(values).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return QStringLiteral("so1-") + QString::fromLatin1(hash.toHex().left(16));
}

QStringList ReportEvidence::changes(const ReportEvidence &then, const ReportEvidence &now)
{
    QStringList out;
    const QJsonObject &a = then.values;
    const QJsonObject &b = now.values;
    if (a.value(QLatin1String("project")) != b.value(QLatin1String("project")))
        out.append(tr("The report was made from another project."));

    const qint64 logsThen = count(a, "logs", "count");
    const qint64 logsNow = count(b, "logs", "count");
    if (logsNow > logsThen)
        out.append(tr("%Ln more imported log(s).", nullptr, int(logsNow - logsThen)));
    else if (logsNow < logsThen)
        out.append(tr("%Ln imported log(s) fewer.", nullptr, int(logsThen - logsNow)));
    else if (count(a, "logs", "last") != count(b, "logs", "last"))
        out.append(tr("The imported logs were replaced."));

    const QMap<qint64, QJsonObject> runsThen = runsById(a);
    const QMap<qint64, QJsonObject> runsNow = runsById(b);
    QList<qint64> added, removed, replayed, judged;
    for (auto it = runsNow.cbegin(); it != runsNow.cend(); ++it) {
        if (!runsThen.contains(it.key())) {
            added.append(it.key());
            continue;
        }
        const QJsonObject &was = runsThen[it.key()];
        if (was.value(QLatin1String("replays")) != it->value(QLatin1String("replays"))
            || was.value(QLatin1String("lastReplay")) != it->value(QLatin1String("lastReplay"))
            || was.value(QLatin1String("status")) != it->value(QLatin1String("status")))
            replayed.append(it.key());
        else if (was.value(QLatin1String("grades")) != it->value(QLatin1String("grades"))
                 || was.value(QLatin1String("lastGrade")) != it->value(QLatin1String("lastGrade")))
            judged.append(it.key());
    }
    for (auto it = runsThen.cbegin(); it != runsThen.cend(); ++it)
        if (!runsNow.contains(it.key()))
            removed.append(it.key());
    if (!added.isEmpty())
        out.append(tr("%Ln new replay run(s) (%1).", nullptr, int(added.size())).arg(idList(added)));
    if (!removed.isEmpty())
        out.append(tr("%Ln replay run(s) deleted (%1).", nullptr, int(removed.size())).arg(idList(removed)));
    if (!replayed.isEmpty())
        out.append(tr("More replays in run(s) %1.").arg(idList(replayed)));
    if (!judged.isEmpty())
        out.append(tr("Answers judged again in run(s) %1.").arg(idList(judged)));

    const qint64 catalogThen = a.value(QLatin1String("catalogVersion")).toInteger();
    const qint64 catalogNow = b.value(QLatin1String("catalogVersion")).toInteger();
    if (catalogThen != catalogNow)
        out.append(tr("Price catalog version %1 → %2.").arg(catalogThen).arg(catalogNow));
    if (a.value(QLatin1String("rubric")) != b.value(QLatin1String("rubric")))
        out.append(tr("The judge rubric changed."));
    if (a.value(QLatin1String("profile")) != b.value(QLatin1String("profile")))
        out.append(tr("The profile (current model, limits or volume) changed."));
    if (a.value(QLatin1String("recommendation")) != b.value(QLatin1String("recommendation")))
        out.append(tr("A newer recommendation was made."));
    const qint64 eventsThen = count(a, "rollout", "events");
    const qint64 eventsNow = count(b, "rollout", "events");
    if (eventsNow != eventsThen || count(a, "rollout", "experiments") != count(b, "rollout", "experiments"))
        out.append(eventsNow > eventsThen ? tr("%Ln new rollout audit event(s).", nullptr, int(eventsNow - eventsThen))
                                          : tr("The rollout experiments changed."));
    if (out.isEmpty() && then.fingerprint() != now.fingerprint())
        out.append(tr("The evidence changed."));
    return out;
}

} // namespace ShadowOptic
