// SPDX-License-Identifier: MIT
#pragma once

#include "replayruninfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>

namespace ShadowOptic {

/** One row of the run history (Runs panel, `runs`): the stored run with the name the analyst gave it, when it
 *  ended and how many of its answers carry a valid judge score. */
struct RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RunSummary)

public:
    ReplayRunInfo info;
    QString name; // empty: never named
    qint64 finishedAtMs = 0; // 0: not finished
    qint64 judgedAnswers = 0;

    qint64 id() const { return info.id; }
    bool judged() const { return judgedAnswers > 0; }
    /** A pass of judge calls rather than a replay of prompts. */
    bool isJudgePass() const { return info.role.startsWith(QLatin1String("judge")); }
    /** The name, else "Run 12". */
    QString displayName() const;
    /** "Run 12", or "nightly (run 12)" for a named run: a label that still says which run it is. */
    QString label() const;
    static QString defaultName(qint64 id);

    QJsonObject toJson() const;
    static RunSummary fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RunSummary)
