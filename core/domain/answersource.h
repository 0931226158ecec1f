// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace ShadowOptic {

/** Where a graded answer comes from: a replayed completion or the answer logged in production. Code compares
 *  Value; the text (name()) exists only in evaluations.source, score keys and JSON, and is exactly what those
 *  have always held. */
class AnswerSource
{
    Q_GADGET
public:
    enum class Value {
        Replay, // a completion of a replay run
        Baseline, // the logged answer (a reference, never the baseline of a comparison)
    };
    Q_ENUM(Value)

    /** "replay" or "baseline". */
    static QString name(Value source);
    /** The Value named so; Replay with *ok false for a text no Value has. */
    static Value fromName(const QString &name, bool *ok = nullptr);
};

} // namespace ShadowOptic
