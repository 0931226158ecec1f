// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace ShadowOptic {

/**
 * Faults the simulated gateway injects, as a list of rules. The same textual spec is accepted by the
 * `x-simulator-fault` request header, by a model-name suffix (`gpt-4o-mini~429x2`) and by
 * `POST /_control/faults`:
 *
 *     spec  := rule ("," rule)*
 *     rule  := kind ["x" N] (";" key "=" value)*
 *     kind  := latency | 429 | 500 | 503 | hang | malformed | truncated | reset | content_filter | 446
 *              | 246 | gateway_error | prose
 *                                         (aliases: rate_limit, server_error, unavailable, timeout,
 *                                          malformed_json, connection_reset, guardrail, guardrail_warning)
 *     keys  := n=N          only the first N requests per (model, last user message) are hit
 *              p=P          probability per request, 0..1 (default 1; ignored when n is given)
 *              ms=N         latency: added ms; 429: send `retry-after-ms: N` instead of `retry-after`
 *              jitter=N     latency: plus uniform [0, N) ms
 *              retry=S      429: `retry-after: S` seconds (default 1)
 *              status=NNN   gateway_error status (default 502)
 *              partial=1    content_filter: return part of the answer instead of empty content
 *              model=ID     plan rules only: apply to this model only
 *              match=TEXT   only requests whose last user message contains TEXT (case-insensitive;
 *                           TEXT cannot hold ',' or ';')
 *
 * `429x2` is short for `429;n=2`. Latency rules add up; of the other rules the first that hits decides
 * the response. Header rules are tried first, then the model suffix, then the plan.
 */
class FaultPlan
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::FaultPlan)
public:
    enum class Kind {
        Latency,
        RateLimit, // 429
        ServerError, // 500
        Unavailable, // 503
        Hang, // never answers
        MalformedJson, // 200 with a body that is not JSON
        TruncatedBody, // Content-Length larger than the body sent, then close
        ConnectionReset, // headers and half the body, then a TCP reset (RST, not a clean close)
        ContentFilter, // finish_reason content_filter, empty or partial content
        GuardrailDenied, // 446 with a Portkey hooks_failed body
        GuardrailWarning, // 246: a normal completion plus failed-check hook_results
        GatewayError, // {"status":"failure","message":...}
        Prose, // a normal completion with its content wrapped in prose (a model ignoring "JSON only")
    };
    Q_ENUM(Kind)

    struct Rule
    {
        Kind kind = Kind::ServerError;
        int count = -1; // >= 0: first N requests per (model, prompt); < 0: use probability
        double probability = 1.0;
        int ms = -1;
        int jitterMs = 0;
        int retryAfterSec = -1;
        int status = 0;
        bool partial = false;
        QString model;
        QString match;

        QString toSpec() const;
        static std::optional<Rule> parse(QStringView spec, QString *error = nullptr);
        bool operator==(const Rule &) const = default;
    };

    QList<Rule> rules;

    bool isEmpty() const { return rules.isEmpty(); }
    /** The request header carrying a spec (dropped by the real Portkey gateway; the suffix survives it). */
    static QByteArray headerName() { return QByteArrayLiteral("x-simulator-fault"); }
    /** "gpt-4o-mini" + "429x2" → "gpt-4o-mini~429x2". */
    static QString modelWithFault(const QString &modelId, const QString &spec) { return modelId + u'~' + spec; }
    QString toSpec() const;
    /** Parses a comma separated list of rules; nullopt (and *error) on the first bad rule. */
    static std::optional<FaultPlan> parse(QStringView spec, QString *error = nullptr);
    static QString kindName(Kind kind);
    bool operator==(const FaultPlan &) const = default;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::FaultPlan)
