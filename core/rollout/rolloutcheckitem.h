// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <cmath>

namespace ShadowOptic {

/** One line of a promotion check: what is measured, its value against its threshold, and whether it holds. */
struct RolloutCheckItem
{
    enum class Kind { Duration, Samples, Gate, SampleRatio, NonInferiority };
    enum class State { Pass, Fail, Pending }; // Pending: not enough data yet (not a failure)

    Kind kind = Kind::Gate;
    QString key; // "duration", "samples", "quality", "error_rate", …, "sample_ratio", "non_inferiority"
    QString label; // translated
    double value = std::nan("");
    double threshold = std::nan("");
    QString valueText;
    QString thresholdText;
    State state = State::Pending;
    bool hard = false; // a failure that makes the automatic mode roll back
    QString detail; // one translated sentence on what it would take, or why it fails

    static QString stateKey(State state);
    QJsonObject toJson() const;
};

} // namespace ShadowOptic
