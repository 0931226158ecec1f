// SPDX-License-Identifier: MIT
#pragma once

#include "featurebins.h"
#include "regressiontree.h"

#include <QtGlobal>

#include <vector>

namespace ShadowOptic {

/** Gradient-boosted regression trees for squared loss: each tree fits the residuals of the ones before it on a
 *  random subsample of the rows, shrunk by the learning rate. */
class GradientBoostedTrees
{
public:
    struct Options
    {
        int trees = 150;
        int maxDepth = 4;
        int minLeaf = 20;
        double learningRate = 0.1;
        double subsample = 0.8;
        int bins = 64;
        quint64 seed = 1;
    };

    /** x: row-major, rows × features; y: one target per row. */
    void fit(const std::vector<float> &x, int features, const std::vector<double> &y, const Options &options);
    double predict(const float *x) const;
    bool isTrained() const { return m_trained; }
    int features() const { return m_features; }

private:
    FeatureBins m_bins;
    std::vector<RegressionTree> m_trees;
    double m_base = 0.0;
    double m_rate = 0.1;
    int m_features = 0;
    bool m_trained = false;
};

} // namespace ShadowOptic
