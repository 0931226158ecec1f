// SPDX-License-Identifier: MIT
#pragma once

#include "segmentrecommendation.h"

#include <QJsonObject>
#include <QList>

namespace ShadowOptic {

class PriceCatalog;

/**
 * A Portkey config with `strategy.mode = "conditional"` that routes each segment to its model by
 * `metadata.use_case`, falling back to defaultModel:
 * `{"strategy":{"mode":"conditional","conditions":[{"query":{"metadata.use_case":{"$eq":"coding"}},
 * "then":"gpt-4o"}],"default":"gpt-4o-mini"},"targets":[{"name":"gpt-4o","provider":"openai",
 * "override_params":{"model":"gpt-4o"}}, ...]}`.
 */
class PortkeyConditionalConfig
{
public:
    static QJsonObject build(const QList<SegmentRecommendation> &segments, const QString &defaultModel,
                             const PriceCatalog &catalog);
};

} // namespace ShadowOptic
