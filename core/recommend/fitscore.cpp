// SPDX-License-Identifier: MIT
#include "fitscore.h"

#include <QJsonArray>

namespace ShadowOptic {

QJsonObject FitScore::toJson() const
{
    return QJsonObject { { QStringLiteral("total"), total() },
                         { QStringLiteral("strengths"), strengths },
                         { QStringLiteral("latency"), latency },
                         { QStringLiteral("reliability"), reliability },
                         { QStringLiteral("saving"), saving },
                         { QStringLiteral("rationale"), QJsonArray::fromStringList(rationale) } };
}

} // namespace ShadowOptic
