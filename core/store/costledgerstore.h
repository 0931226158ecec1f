// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** Token and cost sums of the imported logs, at the finest grain the cost views group by. Sums are linear in the
 *  prices, so costs of a group are its sums × the catalog rates. Works on the ProjectStore it is given. */
class CostLedgerStore
{
public:
    explicit CostLedgerStore(const ProjectStore &store);

    struct Tokens
    {
        qint64 input = 0; // every prompt token, cache reads and writes included
        qint64 cacheRead = 0;
        qint64 cacheWrite = 0;
        qint64 output = 0; // reasoning included
        qint64 reasoning = 0;
    };
    struct Group
    {
        QString provider;
        QString model;
        QString month; // "2026-11"; empty when the log had no timestamp
        QString useCase;
        bool batch = false;
        qint64 requests = 0;
        qint64 loggedRequests = 0; // with a cost Portkey logged (not estimated, > 0)
        double loggedCostUsd = 0.0;
        Tokens loggedTokens; // of the logged-cost requests
        qint64 unloggedRequests = 0; // without a logged cost but with token counts
        Tokens unloggedTokens;
        qint64 withoutTokens = 0; // neither a logged cost nor token counts: nothing to price
    };

    bool groups(QList<Group> *out, QString *error) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
