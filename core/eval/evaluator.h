// SPDX-License-Identifier: MIT
#pragma once

#include "evaluatorreport.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ShadowOptic {

class PriceCatalog;
class ProjectStore;

/**
 * Turns stored replays, refusal verdicts and judge scores into an EvaluatorReport (SPEC §5). Pure reads;
 * call it on the thread pool with that thread's ProjectStore. Judge scores count only when they were made
 * with the given rubric version (a rubric change invalidates evaluations, SPEC §6).
 */
class Evaluator
{
public:
    struct Options
    {
        QString currentModel; // the paired baseline, replayed; empty = the most logged model of the replayed prompts
        QString judgeModel; // empty = any judge
        QString rubricVersion; // empty = any rubric
        bool includeBaselines = true; // the logged answers, as "<model> (as logged)": shown, never paired against
        /** ReplayReuse::key(model, logId) → the run whose replay counts; empty = every replay of the runs. */
        QHash<QString, qint64> picks;
        int resamples = 2000;
        quint64 seed = 20240601;
    };

    static bool loadSamples(const ProjectStore &store, const PriceCatalog &catalog, const QList<qint64> &runIds,
                            const Options &options, QList<EvaluatorSample> *samples, QString *error);
    static EvaluatorReport report(const QList<EvaluatorSample> &samples, const Options &options);
    static bool evaluate(const ProjectStore &store, const QList<qint64> &runIds, const Options &options,
                         EvaluatorReport *report, QString *error);

    /** Replay runs (runs that replay prompts, not judge passes), newest first. */
    static QList<qint64> replayRuns(const ProjectStore &store);
    /** The most frequent model among the logs replayed in these runs. */
    static QString mostLoggedModel(const ProjectStore &store, const QList<qint64> &runIds);
};

} // namespace ShadowOptic
