// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "importstore.h"

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

struct ModelUsage
{
    QString model;
    QString provider;
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0.0; // logged, else estimated from the catalog; unpriced requests are not in it
    qint64 estimatedCosts = 0;
    qint64 unpricedRequests = 0;
    qint64 errors = 0;
    double latencyP50 = 0.0;
    double latencyP95 = 0.0;
    double errorRate() const { return requests ? double(errors) / double(requests) : 0.0; }
};

/** Per-model totals of the imported logs (the `summary` command and the Logs panel header). */
struct LogSummary
{
    qint64 totalRequests = 0;
    double totalCostUsd = 0.0;
    qint64 unpricedRequests = 0; // counted, never summed as $0 (SPEC §3)
    QStringList unpricedModels;
    QString costHeadline; // CostReport::headline()
    QList<ModelUsage> models;
    // Imports that never finished (killed, or still running elsewhere) and no later import of their files
    // completed: what they stored counts above, and importing the file again adds the rest.
    QList<ImportStore::Unfinished> unfinishedImports;

    /** Costs follow CostReport: the logged cost, else the catalog's estimate, else "unpriced". */
    static bool compute(const ProjectStore &store, const PriceCatalog &catalog, LogSummary *out, QString *error);
    QJsonObject toJson() const;
    QString toText() const;
    /** One line on an import that did not finish: what it stored and how to add the rest. */
    static QString unfinishedText(const ImportStore::Unfinished &import);

    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogSummary)
};

} // namespace ShadowOptic
