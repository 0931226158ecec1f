// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `recommend`: the three-layer recommendation of SPEC §6 (RecommendationJob), or the stored one with --cached. */
class RecommendCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RecommendCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
