// SPDX-License-Identifier: MIT
#include "featurebins.h"

#include <algorithm>

namespace ShadowOptic {

void FeatureBins::fit(const std::vector<float> &x, int features, int maxBins)
{
    maxBins = std::clamp(maxBins, 2, 255);
    const std::size_t rows = features > 0 ? x.size() / std::size_t(features) : 0;
    m_edges.assign(std::size_t(features), {});
    std::vector<float> column(rows);
    for (int f = 0; f < features; ++f) {
        for (std::size_t r = 0; r < rows; ++r)
            column[r] = x[r * std::size_t(features) + std::size_t(f)];
        std::sort(column.begin(), column.end());
        std::vector<float> &edges = m_edges[std::size_t(f)];
        for (int b = 1; b < maxBins && rows > 0; ++b) {
            const float edge = column[std::min(rows - 1, rows * std::size_t(b) / std::size_t(maxBins))];
            // An edge equal to the largest value would leave the last bin empty.
            if ((edges.empty() || edge > edges.back()) && edge < column.back())
                edges.push_back(edge);
        }
    }
}

std::uint8_t FeatureBins::bin(int feature, float value) const
{
    const std::vector<float> &edges = m_edges[std::size_t(feature)];
    return std::uint8_t(std::lower_bound(edges.begin(), edges.end(), value) - edges.begin());
}

std::vector<std::uint8_t> FeatureBins::encode(const std::vector<float> &x) const
{
    const std::size_t f = m_edges.size();
    std::vector<std::uint8_t> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = bin(int(i % f), x[i]);
    return out;
}

} // namespace ShadowOptic
