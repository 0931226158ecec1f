// SPDX-License-Identifier: MIT
#pragma once

class QChart;
class QPalette;

namespace ShadowOptic {

/** What every chart of the panels does alike: empty a chart for a redraw, and follow the application palette. */
class ChartStyle
{
public:
    /** Removes and deletes every series and axis. */
    static void clear(QChart *chart);
    /** Background, title, legend, axis labels, titles, grid and axis lines in the palette's colours (light or
     *  dark) instead of QtCharts' fixed white theme; minor grid lines fainter still. */
    static void applyPalette(QChart *chart, const QPalette &palette);
};

} // namespace ShadowOptic
