// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `evaluate`: judges a replay run against the current model replayed on the same prompts (EvaluationJob) and
 *  prints per-model aggregates with paired comparisons. */
class EvaluateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::EvaluateCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
