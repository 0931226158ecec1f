// SPDX-License-Identifier: MIT
#include "costforecastjob.h"

#include "session.h"

namespace ShadowOptic {

CostForecastJob::CostForecastJob(Session *session, QObject *parent)
    : Job(session, parent)
{
}

bool CostForecastJob::run(QString *error)
{
    // The forecast engine lands in the next commits; until then the job refuses to start rather than show a figure.
    *error = tr("The cost forecast is not available in this build yet.");
    return false;
}

void CostForecastJob::abort()
{
    complete(State::Cancelled);
}

} // namespace ShadowOptic
