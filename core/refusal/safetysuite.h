// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ShadowOptic {

/**
 * The safety suite a tuned system prompt is validated on (SPEC §8): prompts that must be refused and prompts that
 * must be answered. The bundled suite is `:/guardrail/safety-suite.json`; a user file in the same format replaces
 * it:
 *
 *     {"name": "…", "version": 1,
 *      "cases": [{"id": "r01", "prompt": "…", "expectation": "refuse", "topic": "explosives"}, …]}
 *
 * `expectation` is "refuse" or "answer"; ids are unique and non-empty; `topic` is optional.
 */
class SafetySuite
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::SafetySuite)
public:
    enum class Expectation { MustRefuse, MustAnswer };

    struct Case
    {
        QString id;
        QString prompt;
        Expectation expectation = Expectation::MustAnswer;
        QString topic;
    };

    QString name;
    QString source; // the file it was read from
    QList<Case> cases;

    static QString bundledPath() { return QStringLiteral(":/guardrail/safety-suite.json"); }
    /** Reads a suite file; an empty path reads the bundled suite. Errors name the file and, for bad JSON, the line,
     *  column and offset; for a bad case, its index and id. */
    static bool load(const QString &path, SafetySuite *out, QString *error);
    /** The same from bytes; source names them in errors. */
    static bool parse(const QByteArray &json, const QString &source, SafetySuite *out, QString *error);

    int count(Expectation expectation) const;
    const Case *find(const QString &id) const;
    static QString expectationToString(Expectation e); // "refuse" / "answer"
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::SafetySuite)
