// SPDX-License-Identifier: MIT
#pragma once

#include "refusalverdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace ShadowOptic {

/**
 * The contract of the optional LLM layer of refusal detection (SPEC §5, layer 3) between RefusalLlmClassifier
 * and the judge model (and the simulated gateway, which answers it). The instructions (system message) define
 * the three classes and five types; the user message carries the exchange:
 *
 *     ### Refusal classification request
 *     ### Prompt
 *     <the prompt, verbatim>
 *     ### Answer
 *     <the answer, verbatim>
 *     ### End of answer
 *
 * The answer must be exactly one JSON object `{"label":"none|partial|full","type":"SAFETY|OVERCAUTIOUS|
 * CAPABILITY|POLICY|AMBIGUOUS","reason":"…"}`; with label none the type may also be "NONE" (and is stored as
 * NONE whatever it says). Anything else is invalid and earns one repair request.
 */
class RefusalLlmProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RefusalLlmProtocol)
public:
    static constexpr QLatin1String requestMarker() { return QLatin1String("### Refusal classification request"); }
    static constexpr QLatin1String promptMarker() { return QLatin1String("### Prompt"); }
    static constexpr QLatin1String answerMarker() { return QLatin1String("### Answer"); }
    static constexpr QLatin1String endMarker() { return QLatin1String("### End of answer"); }
    static constexpr int MaxTokens = 300;

    struct Exchange
    {
        QString prompt;
        QString answer;
    };

    struct Verdict
    {
        bool ok = false;
        RefusalKind kind = RefusalKind::None;
        RefusalType type = RefusalType::None;
        QString reason;
        QString error; // why the answer was rejected (translated)
        QString rawOutput;
        bool repaired = false;
    };

    static bool isClassificationRequest(QStringView text) { return text.contains(requestMarker()); }
    static QString instructions();
    static QString formatRequest(const QString &prompt, const QString &answer);
    /** Reads formatRequest() back; false when a marker is missing. */
    static bool extract(QStringView text, Exchange *out);

    static QByteArray requestBody(const QString &model, const QString &prompt, const QString &answer);
    static QByteArray repairBody(const QString &model, const QString &prompt, const QString &answer,
                                 const QString &invalidOutput, const QString &problem);
    /** Strict validation of a classifier answer. */
    static Verdict parse(const QString &output);
};

} // namespace ShadowOptic
