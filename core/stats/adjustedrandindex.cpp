// SPDX-License-Identifier: MIT
#include "adjustedrandindex.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace ShadowOptic {

namespace {

double pairs(double n)
{
    return n * (n - 1) / 2.0;
}

// Relabels so that every noise item (0) is a cluster of its own: negative ids cannot clash with real labels.
QList<qint64> withSingletons(const QList<int> &labels)
{
    QList<qint64> out;
    out.reserve(labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i)
        out.append(labels.at(i) == 0 ? -qint64(i) - 1 : qint64(labels.at(i)));
    return out;
}

} // namespace

double AdjustedRandIndex::compute(const QList<int> &truth, const QList<int> &predicted)
{
    if (truth.size() != predicted.size())
        return std::numeric_limits<double>::quiet_NaN();
    const qsizetype n = truth.size();
    const QList<qint64> a = withSingletons(truth), b = withSingletons(predicted);
    QHash<qint64, qint64> rows, cols;
    QHash<QPair<qint64, qint64>, qint64> cells;
    for (qsizetype i = 0; i < n; ++i) {
        ++rows[a.at(i)];
        ++cols[b.at(i)];
        ++cells[qMakePair(a.at(i), b.at(i))];
    }
    double index = 0, sumRows = 0, sumCols = 0;
    for (const qint64 c : std::as_const(cells))
        index += pairs(double(c));
    for (const qint64 c : std::as_const(rows))
        sumRows += pairs(double(c));
    for (const qint64 c : std::as_const(cols))
        sumCols += pairs(double(c));
    const double total = pairs(double(n));
    const double expected = total > 0 ? sumRows * sumCols / total : 0.0;
    const double maximum = (sumRows + sumCols) / 2.0;
    if (n < 2 || maximum - expected == 0.0) {
        // 0/0: equal partitions (same cells as rows and columns) are a perfect match.
        const bool equal = cells.size() == rows.size() && cells.size() == cols.size();
        return equal ? 1.0 : 0.0;
    }
    return (index - expected) / (maximum - expected);
}

} // namespace ShadowOptic
