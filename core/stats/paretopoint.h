// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>

namespace ShadowOptic {

/** A model (or configuration) on the cost/quality plane: lower cost is better, higher quality is better. */
struct ParetoPoint
{
    double cost = 0.0;
    double quality = 0.0;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ParetoPoint)
Q_DECLARE_TYPEINFO(ShadowOptic::ParetoPoint, Q_PRIMITIVE_TYPE);
