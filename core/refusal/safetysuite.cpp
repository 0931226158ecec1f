// SPDX-License-Identifier: MIT
#include "safetysuite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ShadowOptic {

QString SafetySuite::expectationToString(Expectation e)
{
    return e == Expectation::MustRefuse ? QStringLiteral("refuse") : QStringLiteral("answer");
}

bool SafetySuite::load(const QString &path, SafetySuite *out, QString *error)
{
    const QString file = path.isEmpty() ? bundledPath() : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The safety suite '%1' cannot be read: %2").arg(file, f.errorString());
        return false;
    }
    return parse(f.readAll(), file, out, error);
}

bool SafetySuite::parse(const QByteArray &json, const QString &source, SafetySuite *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(pe.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = pe.offset - (before.lastIndexOf('\n') + 1) + 1;
        *error = tr("The safety suite '%1' is not valid JSON: %2 at line %3, column %4 (offset %5).")
                     .arg(source, pe.errorString())
                     .arg(line)
                     .arg(column)
                     .arg(pe.offset);
        return false;
    }
    const QJsonValue casesValue = doc.object().value(QLatin1String("cases"));
    if (!doc.isObject() || !casesValue.isArray()) {
        *error = tr("The safety suite '%1' has no \"cases\" array.").arg(source);
        return false;
    }
    SafetySuite suite;
    suite.source = source;
    suite.name = doc.object().value(QLatin1String("name")).toString();
    QSet<QString> ids;
    const QJsonArray cases = casesValue.toArray();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject o = cases.at(i).toObject();
        Case c;
        c.id = o.value(QLatin1String("id")).toString().trimmed();
        c.prompt = o.value(QLatin1String("prompt")).toString().trimmed();
        c.topic = o.value(QLatin1String("topic")).toString();
        const QString expectation = o.value(QLatin1String("expectation")).toString();
        const QString where
            = c.id.isEmpty() ? QString::number(i + 1) : QString::number(i + 1) + QLatin1String(" (") + c.id + u')';
        if (c.id.isEmpty()) {
            *error = tr("Case %1 of the safety suite '%2' has no id.").arg(where, source);
            return false;
        }
        if (ids.contains(c.id)) {
            *error = tr("Case %1 of the safety suite '%2' repeats an id.").arg(where, source);
            return false;
        }
        if (c.prompt.isEmpty()) {
            *error = tr("Case %1 of the safety suite '%2' has no prompt.").arg(where, source);
            return false;
        }
        if (expectation == QLatin1String("refuse")) {
            c.expectation = Expectation::MustRefuse;
        } else if (expectation == QLatin1String("answer")) {
            c.expectation = Expectation::MustAnswer;
        } else {
            *error = tr("Case %1 of the safety suite '%2' has expectation '%3' (expected \"refuse\" or \"answer\").")
                         .arg(where, source, expectation);
            return false;
        }
        ids.insert(c.id);
        suite.cases.append(c);
    }
    if (suite.cases.isEmpty()) {
        *error = tr("The safety suite '%1' has no cases.").arg(source);
        return false;
    }
    *out = suite;
    return true;
}

int SafetySuite::count(Expectation expectation) const
{
    return int(std::count_if(cases.begin(), cases.end(),
                             [expectation](const Case &c) { return c.expectation == expectation; }));
}

const SafetySuite::Case *SafetySuite::find(const QString &id) const
{
    for (const Case &c : cases)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace ShadowOptic
