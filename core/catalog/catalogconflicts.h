// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

/** Where the logs and the catalog disagree: unknown models, and reported costs more than 5 % off the catalog. */
struct CatalogConflicts
{
    struct MissingModel
    {
        QString model;
        qint64 requests = 0;
        QString provider;
        QString explanation; // ModelResolution::explanation(): why there is no price
    };
    struct PriceMismatch
    {
        QString model;
        qint64 logs = 0; // logs whose reported cost is > 5 % away from the catalog price
        double medianRatio = 1.0; // reported / catalog
    };
    QList<MissingModel> missing;
    QList<PriceMismatch> mismatches;

    static constexpr double Tolerance = 0.05;
    static bool compute(const ProjectStore &store, const PriceCatalog &catalog, CatalogConflicts *out, QString *error);
    bool isEmpty() const { return missing.isEmpty() && mismatches.isEmpty(); }
    QJsonObject toJson() const;
    static CatalogConflicts fromJson(const QJsonObject &o);
    QString toText() const;

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::CatalogConflicts)
};

} // namespace ShadowOptic
