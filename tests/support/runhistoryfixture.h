// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ShadowOptic {

/**
 * A small project whose run history is known row by row, for the run-history tests (RunsJob, `runs`, the Runs
 * panel, the Trade-off run picker). Four logs of gpt-4o and four runs:
 *
 *  run 1 (completed, replay): gpt-4o-mini on l1 (1000/100 tokens, 400 ms, quality 80), l2 (2000/200, 600 ms, 70),
 *        l3 (500/50, 200 ms, 60, a full refusal), l4 (failed, 100 ms); gpt-4o on l1 (1000 ms, 90), l2 (1200 ms, 86);
 *        a logged answer of l1 graded as its "as logged" baseline.
 *  run 2 (completed, replay): gpt-4o-mini on l1 (1000/50, 300 ms, 75), l2 (1000/50, 400 ms, 71);
 *        gpt-3.5-turbo on l1 (1000/100, 500 ms, 50).
 *  run 3 (completed): a judge pass, one judge call.
 *  run 4 (running, replay): gpt-4o-mini planned on l1, nothing stored yet.
 *
 * Quality is the mean of the judge's four criteria (all set to the value above). A saved recommendation cites
 * runs 1 and 2.
 */
class RunHistoryFixture
{
public:
    static bool create(const QString &path, QString *error);
    /** Rows in `table` with run_id = runId (for replay_runs: id = runId). */
    static qint64 count(const QString &path, const QString &table, qint64 runId);
    /** Rows in `table`. */
    static qint64 count(const QString &path, const QString &table);
};

} // namespace ShadowOptic
