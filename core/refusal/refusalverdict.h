// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** How much of the request an answer refused. Partial = refused, then answered (all or a subset) anyway. */
enum class RefusalKind {
    None,
    Partial,
    Full,
};

/** Why an answer refused (SPEC §5). None for compliant answers. */
enum class RefusalType {
    None,
    Safety, // legitimate: the prompt really asked for harm
    Overcautious, // a benign prompt was refused
    Capability, // "I can't browse", "I cannot see images"
    Policy, // cites policy/guidelines/terms, or a gateway guardrail denial (446)
    Ambiguous,
};

/** Result of RefusalDetector::detect(). */
struct RefusalVerdict
{
    RefusalKind kind = RefusalKind::None;
    RefusalType type = RefusalType::None;
    QString rule; // what fired, e.g. "finish_reason:content_filter", "rule:lead-apology"
    double confidence = 0.0; // 0..1, confidence in `kind`
    bool ambiguous = false; // worth asking the optional LLM layer

    /** The "refused" outcome used for metrics: only a full refusal counts; a partial refusal delivered content. */
    bool refused() const { return kind == RefusalKind::Full; }
    bool hasRefusal() const { return kind != RefusalKind::None; }

    /** "none", "partial", "full". */
    static QString kindToString(RefusalKind kind);
    static RefusalKind kindFromString(QStringView text, bool *ok = nullptr);
    /** "NONE", "SAFETY", "OVERCAUTIOUS", "CAPABILITY", "POLICY", "AMBIGUOUS". */
    static QString typeToString(RefusalType type);
    static RefusalType typeFromString(QStringView text, bool *ok = nullptr);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RefusalVerdict)
Q_DECLARE_METATYPE(ShadowOptic::RefusalKind)
Q_DECLARE_METATYPE(ShadowOptic::RefusalType)
