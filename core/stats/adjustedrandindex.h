// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace ShadowOptic {

/**
 * Adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985): 1 for identical partitions,
 * about 0 for a random one, negative when worse than chance. Label 0 is noise (an unclustered item) and counts as
 * a cluster of its own for each such item, in either labelling: two noise items are not "together", so a
 * clustering that leaves everything unclustered scores 0 against true groups, not 1.
 */
class AdjustedRandIndex
{
public:
    /** NaN when the sizes differ. Below two items, or when both labellings are trivial in the same way (all in
     *  one cluster, or all singletons) so that the index is 0/0, gives 1 if the partitions are equal, else 0. */
    static double compute(const QList<int> &truth, const QList<int> &predicted);
};

} // namespace ShadowOptic
