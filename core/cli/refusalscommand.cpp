// SPDX-License-Identifier: MIT
#include "refusalscommand.h"

#include "cliio.h"
#include "exitcode.h"
#include "refusal/refusalcsvclassifier.h"

#include <QCommandLineParser>

namespace ShadowOptic {

int RefusalsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("refusals classify: add refusal (none/partial/full), refusal_type and refusal_rule "
                                   "columns to a CSV of model answers."));
    p.addPositionalArgument(QStringLiteral("action"), tr("classify"));
    CliIo::addOption(p, { QStringLiteral("in"), tr("Input CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("out"), tr("Output CSV."), tr("file") });
    CliIo::addOption(p, { QStringLiteral("response-col"), tr("Column holding the model's answer."), tr("name") });
    CliIo::addOption(
        p, { QStringLiteral("prompt-col"), tr("Column holding the prompt (improves refusal typing)."), tr("name") });
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    if (p.positionalArguments().value(0) != QLatin1String("classify") || !p.isSet(QStringLiteral("in"))
        || !p.isSet(QStringLiteral("out")) || !p.isSet(QStringLiteral("response-col"))) {
        CliIo::err(tr("usage: shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] "
                      "--out OUT.csv"));
        return ExitUsage;
    }
    const RefusalCsvResult r = RefusalCsvClassifier::classify(
        p.value(QStringLiteral("in")), p.value(QStringLiteral("out")), p.value(QStringLiteral("response-col")),
        p.value(QStringLiteral("prompt-col")), [](qint64 rows) {
            CliIo::progress(tr("%1 rows classified").arg(rows));
            return true;
        });
    CliIo::endProgress();
    if (!r.ok()) {
        CliIo::err(r.error);
        return ExitError;
    }
    CliIo::out(tr("%1 rows: %2 compliant, %3 partial refusals, %4 full refusals → %5")
                   .arg(r.rows)
                   .arg(r.none)
                   .arg(r.partial)
                   .arg(r.full)
                   .arg(p.value(QStringLiteral("out"))));
    return ExitSuccess;
}

} // namespace ShadowOptic
