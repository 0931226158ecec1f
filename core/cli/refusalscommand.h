// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace ShadowOptic {

/** `refusals`: refusal rates, clusters and deltas of a project (RefusalAnalysisJob); `refusals classify`: refusal
 *  columns (none/partial/full, type, rule) for an analyst's CSV of answers. */
class RefusalsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RefusalsCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int analyse(const QStringList &arguments);
    static int classify(const QStringList &arguments);
    static int tune(const QStringList &arguments);
    static int classifyWithLlm(const QCommandLineParser &parser);
};

} // namespace ShadowOptic
