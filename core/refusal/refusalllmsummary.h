// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/** What a pass of the optional LLM refusal layer did (SPEC §5, layer 3); a snapshot for the CLI and panels. */
struct RefusalLlmSummary
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RefusalLlmSummary)
public:
    QString model; // the classifying (judge) model
    qint64 verdicts = 0; // every rule verdict looked at
    qint64 asked = 0; // ambiguous ones sent to the model
    qint64 changed = 0; // the model's verdict differs from the rule verdict (kind or type) and replaced it
    qint64 confirmed = 0; // the model agreed with the rule verdict
    qint64 repaired = 0; // valid only after the repair request
    qint64 failed = 0; // invalid twice or no answer at all: the rule verdict is kept
    qint64 calls = 0; // requests that reached the target (cache hits are free and not counted)
    qint64 cacheHits = 0;
    double spentUsd = 0.0;
    bool budgetReached = false;
    bool cancelled = false;

    /** Share of all verdicts that were sent to the model. */
    double askedShare() const { return verdicts > 0 ? double(asked) / double(verdicts) : 0.0; }
    QJsonObject toJson() const;
    static RefusalLlmSummary fromJson(const QJsonObject &o);
    /** "12 of 340 verdicts (3.5 %) were ambiguous and asked gpt-4o-mini: 5 changed, 6 confirmed, 1 failed; 12
     *  calls, $0.0012". */
    QString toText() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RefusalLlmSummary)
