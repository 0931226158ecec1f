// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `evaluate` (judge a replay run and print aggregates), `recommend` (the three-layer pipeline) and
 *  `refusals classify` (refusal columns for an analyst's CSV). */
class EvaluateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::EvaluateCommand)

public:
    static int runEvaluate(const QStringList &arguments);
    static int runRecommend(const QStringList &arguments);
    static int runRefusals(const QStringList &arguments);
};

} // namespace ShadowOptic
