// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** The logged figures CatalogConflicts compares with the price catalog. Works on the ProjectStore it is given. */
class CatalogConflictsStore
{
public:
    explicit CatalogConflictsStore(const ProjectStore &store);

    struct ModelRequests
    {
        QString provider;
        QString model;
        qint64 requests = 0;
    };
    /** A cost the provider reported (not estimated at import) with the token counts it was for. */
    struct ReportedCost
    {
        double costUsd = 0.0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        qint64 cacheReadTokens = 0;
        qint64 cacheWriteTokens = 0;
        bool batch = false;
    };

    /** Logged providers and models with their request counts, most requested first. */
    bool requestsByModel(QList<ModelRequests> *models, QString *error) const;
    /** Every reported cost, keyed by "provider\nmodel", in one sequential pass (a query per model reads the
     *  table in index order, which on a large project costs seconds per model). */
    bool reportedCosts(QHash<QString, QList<ReportedCost>> *costs, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
