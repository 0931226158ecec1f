// SPDX-License-Identifier: MIT
#include "runfootprint.h"

#include <QJsonArray>
#include <QStringList>

namespace ShadowOptic {

namespace {

QString idText(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QStringLiteral(", "));
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

QString RunFootprint::removedText() const
{
    return QString(tr("%n answer(s)", nullptr, int(completions)) + QStringLiteral(", ")
                   + tr("%n planned request(s)", nullptr, int(items)) + QLatin1Char(' ')
                   + tr("and %n grade(s) (refusal verdicts and judge scores)", nullptr, int(evaluations)));
}

QStringList RunFootprint::referenceTexts() const
{
    QStringList out;
    if (!recommendationIds.isEmpty())
        out.append(tr("%n saved recommendation(s) (%1) cite this run; they keep their figures.", nullptr,
                      int(recommendationIds.size()))
                       .arg(idText(recommendationIds)));
    if (!reusedBy.isEmpty())
        out.append(tr("The evaluation of run(s) %1 reuses %n of its answers as the baseline; they are replayed again "
                      "when that run is evaluated next.",
                      nullptr, int(reusedAnswers))
                       .arg(idText(reusedBy)));
    return out;
}

QJsonObject RunFootprint::toJson() const
{
    return QJsonObject { { QStringLiteral("run"), runId },
                         { QStringLiteral("completions"), completions },
                         { QStringLiteral("items"), items },
                         { QStringLiteral("evaluations"), evaluations },
                         { QStringLiteral("judged_answers"), judgedAnswers },
                         { QStringLiteral("cited_by_recommendations"), idArray(recommendationIds) },
                         { QStringLiteral("baseline_reused_by_runs"), idArray(reusedBy) },
                         { QStringLiteral("baseline_reused_answers"), reusedAnswers } };
}

} // namespace ShadowOptic
