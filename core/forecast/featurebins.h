// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace ShadowOptic {

/** Quantile bins per feature (at most 255): the trees split between bins, so a split search costs one pass over a
 *  histogram instead of a sort per node. */
class FeatureBins
{
public:
    /** x is row-major, rows × features. */
    void fit(const std::vector<float> &x, int features, int maxBins);
    /** The bin codes of x, row-major like x. */
    std::vector<std::uint8_t> encode(const std::vector<float> &x) const;
    int features() const { return int(m_edges.size()); }
    int bins(int feature) const { return int(m_edges[feature].size()) + 1; }
    /** Values ≤ upperEdge(f, b) fall in bins 0…b. */
    float upperEdge(int feature, int bin) const { return m_edges[feature][bin]; }
    std::uint8_t bin(int feature, float value) const;

private:
    std::vector<std::vector<float>> m_edges; // per feature, ascending upper edges of all bins but the last
};

} // namespace ShadowOptic
