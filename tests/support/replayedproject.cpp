// SPDX-License-Identifier: MIT
#include "replayedproject.h"

#include "catalog/pricecatalog.h"
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "replay/replayengine.h"
#include "replay/replayplanner.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QDir>
#include <QSignalSpy>

namespace ShadowOptic {

bool ReplayedProject::create(const QString &dir, const QString &name, const Options &options, QString *project,
                             QString *error)
{
    const QString logs = QDir(dir).filePath(name + QStringLiteral(".jsonl"));
    LogGenerator::Options g;
    g.rows = options.rows;
    g.seed = options.seed;
    g.tokenScale = options.tokenScale;
    g.sensitiveShare = options.sensitiveShare;
    g.benignSensitiveShare = options.benignSensitiveShare;
    if (!LogGenerator::write(logs, g, error))
        return false;
    *project = QDir(dir).filePath(name + QStringLiteral(".sqlite"));
    const ImportReport report = LogImporter::run(*project, { logs });
    if (report.imported != options.rows) {
        *error = QStringLiteral("imported %1 of %2 generated rows: %3")
                     .arg(report.imported)
                     .arg(options.rows)
                     .arg(report.fileErrors.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool ReplayedProject::replay(const QString &project, const ReplayTarget &target, const Options &options,
                             ReplayProgress *result, QString *error)
{
    QList<ReplayJob> jobs;
    {
        ProjectStore store;
        PriceCatalog catalog;
        ReplaySampleSpec spec;
        spec.size = options.sample;
        spec.seed = options.seed;
        spec.model = options.sampleModel;
        if (!store.open(project, error) || !CatalogStore(store).load(&catalog, error)
            || !ReplayPlanner::plan(store, catalog, options.models, spec, &jobs, error))
            return false;
    }
    if (jobs.isEmpty()) {
        *error = QStringLiteral("the replay plan is empty");
        return false;
    }
    ReplayEngine engine;
    QSignalSpy finished(&engine, &ReplayEngine::finished);
    ReplayOptions o;
    o.concurrency = options.concurrency;
    if (!engine.start(project, target, o, jobs, error))
        return false;
    if (finished.isEmpty() && !finished.wait(60000)) {
        *error = QStringLiteral("the replay did not finish within 60 s");
        return false;
    }
    *result = engine.progress();
    if (result->status != RunStatus::Value::Completed) {
        *error = QStringLiteral("the replay ended %1: %2").arg(RunStatus::name(result->status), result->failureText());
        return false;
    }
    return true;
}

} // namespace ShadowOptic
