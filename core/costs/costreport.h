// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/modelresolution.h"
#include "costrow.h"
#include "priceadjustment.h"
#include "store/costledgerstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

/** The imported traffic's cost by model, month or use case (SPEC §3): logged vs computed with the difference broken
 *  down, unpriced requests counted beside the totals (never summed as $0), and optionally re-priced. */
class CostReport
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CostReport)

public:
    enum class Grouping { Model, Month, UseCase };
    Q_ENUM(Grouping)

    /** How one logged provider/model was priced. */
    struct Resolution
    {
        QString provider;
        QString model;
        qint64 requests = 0;
        ModelResolution::Rule rule = ModelResolution::Rule::None;
        QString resolvedProvider; // empty when unpriced
        QString resolvedModel;
        bool priced = false;
        QString explanation;
    };

    Grouping grouping = Grouping::Model;
    QList<CostRow> rows; // most expensive first (months: oldest first)
    CostRow total;
    QList<Resolution> resolutions; // most requested first
    QString adjustment; // PriceAdjustment::describe(); empty without one

    static bool compute(const ProjectStore &store, const PriceCatalog &catalog, Grouping grouping,
                        const PriceAdjustment &adjustment, CostReport *out, QString *error);
    static CostReport fromGroups(const QList<CostLedgerStore::Group> &groups, const PriceCatalog &catalog,
                                 Grouping grouping, const PriceAdjustment &adjustment = {});
    static bool groupingFromName(const QString &name, Grouping *out);

    QList<CostRow> flaggedRows() const;
    /** "$1,234.56 across 9,688 requests; 312 requests on 2 unpriced models not included." */
    QString headline() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace ShadowOptic
