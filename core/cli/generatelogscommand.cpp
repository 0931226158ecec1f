// SPDX-License-Identifier: MIT
#include "generatelogscommand.h"

#include "cliio.h"
#include "exitcode.h"
#include "gen/loggenerator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

int GenerateLogsCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    CliIo::addOption(p, { QStringLiteral("rows"), tr("Number of rows."), tr("N"), QStringLiteral("1000") });
    CliIo::addOption(p, { QStringLiteral("seed"), tr("Random seed."), tr("S"), QStringLiteral("1") });
    CliIo::addOption(p,
                     { QStringLiteral("out"), tr("Output file; .csv writes CSV, anything else JSONL."), tr("file") });
    CliIo::addOption(p,
                     { QStringLiteral("token-scale"), tr("Scale prompt/answer sizes (1 = real trace sizes)."), tr("x"),
                       QStringLiteral("1") });
    CliIo::addOption(p, { QStringLiteral("no-quirks"), tr("Write only the plainest form of every field.") });
    CliIo::addOption(p,
                     { QStringLiteral("ascii-only"),
                       tr("Write every prompt in plain ASCII (no other scripts, emoji or typographic punctuation).") });
    CliIo::addOption(p,
                     { QStringLiteral("sensitive-share"),
                       tr("Share of prompts on words models refuse on, harmful or not (0-1)."), tr("x"),
                       QStringLiteral("0.04") });
    CliIo::addOption(p,
                     { QStringLiteral("benign-share"),
                       tr("Of those, the share of benign ones models over-refuse (\"kill a hung process\"; 0-1)."),
                       tr("x"), QStringLiteral("0") });
    p.setApplicationDescription(tr("Write a realistic synthetic Portkey export."));
    if (const int rc = CliIo::parse(p, arguments); rc >= 0)
        return rc;
    LogGenerator::Options o;
    bool okRows = false, okSeed = false, okScale = false, okSensitive = false, okBenign = false;
    o.rows = p.value(QStringLiteral("rows")).toLongLong(&okRows);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&okSeed);
    o.tokenScale = p.value(QStringLiteral("token-scale")).toDouble(&okScale);
    o.quirks = !p.isSet(QStringLiteral("no-quirks"));
    o.sensitiveShare = p.value(QStringLiteral("sensitive-share")).toDouble(&okSensitive);
    o.benignSensitiveShare = p.value(QStringLiteral("benign-share")).toDouble(&okBenign);
    if (!okSensitive || !okBenign || o.sensitiveShare < 0 || o.sensitiveShare > 1 || o.benignSensitiveShare < 0
        || o.benignSensitiveShare > 1) {
        CliIo::err(tr("--sensitive-share and --benign-share must be between 0 and 1."));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("ascii-only")))
        o.nonAsciiShare = 0;
    const QString out = p.value(QStringLiteral("out"));
    if (!okRows || o.rows < 0 || !okSeed || !okScale || o.tokenScale <= 0 || out.isEmpty()) {
        CliIo::err(tr("usage: shadow-optic generate-logs --rows N --seed S --out F.jsonl|F.csv"));
        return ExitUsage;
    }
    o.csv = out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    QString error;
    if (!LogGenerator::write(out, o, &error, [](qint64 done, qint64 total) {
            CliIo::progress(tr("generated %1 of %2 rows").arg(done).arg(total));
        })) {
        CliIo::err(error);
        return ExitError;
    }
    CliIo::endProgress();
    CliIo::err(tr("Wrote %1 rows to %2").arg(o.rows).arg(out));
    return ExitSuccess;
}

} // namespace ShadowOptic
