// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** One judge answer after strict validation (SPEC §5). A verdict that is not ok is never scored. */
struct JudgeVerdict
{
    bool ok = false;
    double accuracy = 0.0;
    double helpfulness = 0.0;
    double clarity = 0.0;
    double completeness = 0.0;
    double overall = 0.0; // the judge's own overall opinion, kept as reported
    QString reasoning;
    QString error; // translated reason the output was rejected; empty when ok
    bool repaired = false; // valid only after the repair retry
    QString rawOutput;

    /** The quality score of SPEC §5: the four criteria with equal weights (25 % each). */
    double quality() const { return (accuracy + helpfulness + clarity + completeness) / 4.0; }
    QJsonObject toJson() const;
    /** Scores for an ok verdict, the error otherwise, as toJson writes them; rawOutput is not stored. */
    static JudgeVerdict fromJson(const QJsonObject &o);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::JudgeVerdict)
