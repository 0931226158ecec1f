// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <cmath>

namespace ShadowOptic {

/** The best model for one traffic segment (logs' metadata.use_case), from the same paired samples. */
struct SegmentRecommendation
{
    QString segment;
    qint64 samples = 0; // paired, judged prompts of the segment
    QString model; // the chosen model; the current one when nothing passes
    bool keepCurrent = true;
    double savingPercent = 0.0;
    double qualityDeltaPercent = std::nan("");
    QString reason;

    QJsonObject toJson() const;
    static SegmentRecommendation fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::SegmentRecommendation)
