// SPDX-License-Identifier: MIT
#include "faultplan.h"

#include <QCoreApplication>

namespace ShadowOptic {

namespace {
struct KindName
{
    const char *name;
    FaultPlan::Kind kind;
};

// The first name of each kind is canonical (used by toSpec()).
constexpr KindName kindNames[] = {
    { "latency", FaultPlan::Kind::Latency },
    { "429", FaultPlan::Kind::RateLimit },
    { "500", FaultPlan::Kind::ServerError },
    { "503", FaultPlan::Kind::Unavailable },
    { "hang", FaultPlan::Kind::Hang },
    { "malformed", FaultPlan::Kind::MalformedJson },
    { "truncated", FaultPlan::Kind::TruncatedBody },
    { "reset", FaultPlan::Kind::ConnectionReset },
    { "content_filter", FaultPlan::Kind::ContentFilter },
    { "446", FaultPlan::Kind::GuardrailDenied },
    { "246", FaultPlan::Kind::GuardrailWarning },
    { "gateway_error", FaultPlan::Kind::GatewayError },
    { "prose", FaultPlan::Kind::Prose },
    { "rate_limit", FaultPlan::Kind::RateLimit },
    { "server_error", FaultPlan::Kind::ServerError },
    { "unavailable", FaultPlan::Kind::Unavailable },
    { "timeout", FaultPlan::Kind::Hang },
    { "malformed_json", FaultPlan::Kind::MalformedJson },
    { "connection_reset", FaultPlan::Kind::ConnectionReset },
    { "guardrail", FaultPlan::Kind::GuardrailDenied },
    { "guardrail_warning", FaultPlan::Kind::GuardrailWarning },
};

bool parseInt(QStringView value, int *out)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (ok && v >= 0)
        *out = v;
    return ok && v >= 0;
}
} // namespace

QString FaultPlan::kindName(Kind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

std::optional<FaultPlan::Rule> FaultPlan::Rule::parse(QStringView spec, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Rule> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<QStringView> parts = spec.trimmed().split(u';');
    QStringView head = parts.first().trimmed();
    Rule rule;
    // "429x2": a count suffix, unless the kind itself ends in x (none do).
    const qsizetype x = head.lastIndexOf(u'x');
    if (x > 0 && x + 1 < head.size()) {
        int n = 0;
        if (parseInt(head.mid(x + 1), &n)) {
            rule.count = n;
            head = head.left(x);
        }
    }
    bool known = false;
    for (const KindName &k : kindNames) {
        if (head.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0) {
            rule.kind = k.kind;
            known = true;
            break;
        }
    }
    if (!known)
        return fail(tr("Unknown fault kind '%1'.").arg(head));

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts.at(i).trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        const QStringView key = (eq < 0 ? part : part.left(eq)).trimmed();
        const QStringView value = eq < 0 ? QStringView() : part.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == u"n") {
            ok = parseInt(value, &rule.count);
        } else if (key == u"p") {
            rule.probability = value.toDouble(&ok);
            ok = ok && rule.probability >= 0.0 && rule.probability <= 1.0;
        } else if (key == u"ms") {
            ok = parseInt(value, &rule.ms);
        } else if (key == u"jitter") {
            ok = parseInt(value, &rule.jitterMs);
        } else if (key == u"retry") {
            ok = parseInt(value, &rule.retryAfterSec);
        } else if (key == u"status") {
            ok = parseInt(value, &rule.status) && rule.status >= 100 && rule.status <= 599;
        } else if (key == u"partial") {
            rule.partial = value.isEmpty() || value == u"1" || value == u"true";
        } else if (key == u"model") {
            rule.model = value.toString();
            ok = !rule.model.isEmpty();
        } else if (key == u"match") {
            rule.match = value.toString();
            ok = !rule.match.isEmpty();
        } else {
            return fail(tr("Unknown fault parameter '%1' in '%2'.").arg(key, spec));
        }
        if (!ok)
            return fail(tr("Invalid value for '%1' in fault '%2'.").arg(key, spec));
    }
    return rule;
}

QString FaultPlan::Rule::toSpec() const
{
    QString out = kindName(kind);
    if (count >= 0)
        out += QLatin1String(";n=") + QString::number(count);
    else if (probability < 1.0)
        out += QLatin1String(";p=") + QString::number(probability);
    if (ms >= 0)
        out += QLatin1String(";ms=") + QString::number(ms);
    if (jitterMs > 0)
        out += QLatin1String(";jitter=") + QString::number(jitterMs);
    if (retryAfterSec >= 0)
        out += QLatin1String(";retry=") + QString::number(retryAfterSec);
    if (status > 0)
        out += QLatin1String(";status=") + QString::number(status);
    if (partial)
        out += QLatin1String(";partial=1");
    if (!model.isEmpty())
        out += QLatin1String(";model=") + model;
    if (!match.isEmpty())
        out += QLatin1String(";match=") + match;
    return out;
}

QString FaultPlan::toSpec() const
{
    QStringList specs;
    specs.reserve(rules.size());
    for (const Rule &r : rules)
        specs.append(r.toSpec());
    return specs.join(QLatin1String(", "));
}

std::optional<FaultPlan> FaultPlan::parse(QStringView spec, QString *error)
{
    FaultPlan plan;
    for (const QStringView part : spec.split(u',')) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<Rule> rule = Rule::parse(part, error);
        if (!rule)
            return std::nullopt;
        plan.rules.append(*rule);
    }
    return plan;
}

} // namespace ShadowOptic
