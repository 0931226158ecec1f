// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ShadowOptic {

/** `export`: one dataset of a project (models, replays, recommendations, clusters, audit) as CSV or JSON, with
 *  personal data optionally redacted (ExportJob, the job behind File ▸ Export Data…). Reads the project only. */
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace ShadowOptic
