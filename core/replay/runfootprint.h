// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace ShadowOptic {

/** What goes with a run when it is deleted, and what else refers to it and stays (saved recommendations that cite
 *  it, other runs whose evaluation reuses its answers as their baseline). */
struct RunFootprint
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunFootprint)

public:
    qint64 runId = 0;
    qint64 completions = 0; // answers (or judge calls) stored for the run
    qint64 items = 0; // planned requests
    qint64 evaluations = 0; // refusal verdicts and judge scores of its answers
    qint64 judgedAnswers = 0;
    QList<qint64> recommendationIds; // saved recommendations whose figures came from the run
    QList<qint64> reusedBy; // runs whose evaluation takes baseline answers from this run
    qint64 reusedAnswers = 0;

    /** "120 answers, 120 planned requests and 95 grades", as said before and after a delete. */
    QString removedText() const;
    /** What refers to the run and stays, one sentence each; empty when nothing does. */
    QStringList referenceTexts() const;
    QJsonObject toJson() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RunFootprint)
