// SPDX-License-Identifier: MIT
#include "rolloutcheckitem.h"

namespace ShadowOptic {

QString RolloutCheckItem::stateKey(State state)
{
    switch (state) {
    case State::Pass:
        return QStringLiteral("pass");
    case State::Fail:
        return QStringLiteral("fail");
    case State::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

QJsonObject RolloutCheckItem::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonObject o { { QStringLiteral("key"), key },
                    { QStringLiteral("label"), label },
                    { QStringLiteral("value"), number(value) },
                    { QStringLiteral("threshold"), number(threshold) },
                    { QStringLiteral("value_text"), valueText },
                    { QStringLiteral("threshold_text"), thresholdText },
                    { QStringLiteral("state"), stateKey(state) },
                    { QStringLiteral("hard"), hard } };
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

} // namespace ShadowOptic
