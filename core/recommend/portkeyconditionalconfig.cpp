// SPDX-License-Identifier: MIT
#include "portkeyconditionalconfig.h"

#include "catalog/pricecatalog.h"

#include <QJsonArray>

namespace ShadowOptic {

QJsonObject PortkeyConditionalConfig::build(const QList<SegmentRecommendation> &segments, const QString &defaultModel,
                                            const PriceCatalog &catalog)
{
    QStringList models { defaultModel };
    QJsonArray conditions;
    for (const SegmentRecommendation &s : segments) {
        if (s.model == defaultModel || s.model.isEmpty())
            continue;
        conditions.append(QJsonObject { { QStringLiteral("query"),
                                          QJsonObject { { QStringLiteral("metadata.use_case"),
                                                          QJsonObject { { QStringLiteral("$eq"), s.segment } } } } },
                                        { QStringLiteral("then"), s.model } });
        if (!models.contains(s.model))
            models.append(s.model);
    }
    QJsonArray targets;
    for (const QString &m : std::as_const(models)) {
        const ModelInfo *info = catalog.find(m);
        targets.append(QJsonObject { { QStringLiteral("name"), m },
                                     { QStringLiteral("provider"), info ? info->provider : QStringLiteral("openai") },
                                     { QStringLiteral("override_params"),
                                       QJsonObject { { QStringLiteral("model"), info ? info->modelId : m } } } });
    }
    return QJsonObject { { QStringLiteral("strategy"),
                           QJsonObject { { QStringLiteral("mode"), QStringLiteral("conditional") },
                                         { QStringLiteral("conditions"), conditions },
                                         { QStringLiteral("default"), defaultModel } } },
                         { QStringLiteral("targets"), targets } };
}

} // namespace ShadowOptic
