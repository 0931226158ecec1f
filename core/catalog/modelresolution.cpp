// SPDX-License-Identifier: MIT
#include "modelresolution.h"

#include "modelinfo.h"

namespace ShadowOptic {

bool ModelResolution::isPriced() const
{
    return model && model->isPriced();
}

QString ModelResolution::explanation() const
{
    const QString target = model ? model->provider + QLatin1Char('/') + model->modelId : QString();
    QString text;
    switch (rule) {
    case Rule::None:
        return tr("No model was logged.");
    case Rule::Exact:
        text = tr("Priced as %1.").arg(target);
        break;
    case Rule::Slug:
        text = tr("The slug '%1' names %2.").arg(modelId, target);
        break;
    case Rule::Mapped:
        text = tr("Mapped in the catalog to %1.").arg(target);
        break;
    case Rule::Snapshot:
        text = tr("The dated snapshot '%1' is priced as its alias %2.").arg(modelId, target);
        break;
    case Rule::OtherProvider:
        text = provider.isEmpty()
            ? tr("No provider was logged; the catalog prices '%1' as %2.").arg(modelId, target)
            : tr("The provider '%1' is not in the catalog; '%2' is priced as %3.").arg(provider, modelId, target);
        break;
    case Rule::Ambiguous:
        return tr("No price: '%1' has %2 different prices under different providers and the provider '%3' does not "
                  "say which — map it to a catalog model.")
            .arg(modelId)
            .arg(alternatives)
            .arg(provider);
    case Rule::Unknown:
        return provider.isEmpty()
            ? tr("No price: '%1' is not in the catalog — map it to a catalog model.").arg(modelId)
            : tr("No price: '%1' is not in the catalog under '%2' — map it to a catalog model.").arg(modelId, provider);
    }
    if (model && !model->isPriced())
        return tr("No price: '%1' is in the catalog as %2 without a token price (Portkey prices it in other units, "
                  "or not at all) — map it to a priced model.")
            .arg(modelId, target);
    return text;
}

} // namespace ShadowOptic
