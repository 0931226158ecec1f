// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace ShadowOptic {

struct ModelInfo;

/** How a logged provider and model were matched to one catalog entry (SPEC §3), so every price can be explained. */
class ModelResolution
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ModelResolution)

public:
    enum class Rule {
        None, // nothing to resolve (no model)
        Exact, // the id under the logged provider
        Slug, // "@provider/model" or "provider/model" (OpenRouter style)
        Mapped, // a mapping the user made in the catalog
        Snapshot, // a dated snapshot priced as its alias under the same provider
        OtherProvider, // provider unknown: the one price the catalog has for this id
        Ambiguous, // provider unknown and the id has different prices under different providers
        Unknown, // no catalog entry
    };
    Q_ENUM(Rule)

    const ModelInfo *model = nullptr;
    Rule rule = Rule::None;
    QString provider; // as logged
    QString modelId; // as logged
    int alternatives = 0; // Ambiguous: how many different prices

    bool isPriced() const;
    /** One sentence for the catalog dialog and the costs report. */
    QString explanation() const;
};

} // namespace ShadowOptic
