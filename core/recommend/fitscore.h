// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace ShadowOptic {

/** Use-case fit of SPEC §6 (0–100) with its parts, so a panel can show where the points came from. */
struct FitScore
{
    double strengths = 0.0; // 0–40
    double latency = 0.0; // 0–20
    double reliability = 0.0; // 0–20
    double saving = 0.0; // 0–20
    QStringList rationale;

    double total() const { return strengths + latency + reliability + saving; }
    QJsonObject toJson() const;
    static FitScore fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::FitScore)
