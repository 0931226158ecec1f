// SPDX-License-Identifier: MIT
#pragma once

#include "judgeverdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace ShadowOptic {

/**
 * The LLM-as-judge rubric and its strict JSON contract (SPEC §5). The rubric text is the system message;
 * the graded exchange is embedded in the user message with JudgeProtocol. version() is a hash of the text,
 * stored with every score so a rubric change invalidates evaluations (SPEC §6).
 */
class JudgeRubric
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::JudgeRubric)

public:
    /** The shipped rubric (resource `:/rubric/judge-rubric.txt`). */
    JudgeRubric();
    explicit JudgeRubric(const QString &text);

    QString text() const { return m_text; }
    QString version() const { return m_version; }

    /** The max_tokens of every judge request: a verdict is a small JSON object. */
    static constexpr int MaxTokens = 400;
    /** Chat completion body asking judgeModel to grade candidate as the answer to the original messages. */
    QByteArray requestBody(const QString &judgeModel, const QJsonArray &originalMessages,
                           const QString &candidate) const;
    /** The one repair retry: the same request, the invalid answer quoted back, and a demand for JSON only. */
    QByteArray repairBody(const QString &judgeModel, const QJsonArray &originalMessages, const QString &candidate,
                          const QString &invalidOutput, const QString &problem) const;

    /**
     * Strict validation: the whole output (surrounding whitespace aside) must be one JSON object with exactly
     * the keys accuracy, helpfulness, clarity, completeness, overall (numbers in 0–100) and reasoning (string).
     * Prose or code fences around it, missing or extra keys, strings for numbers or out-of-range values all
     * make the verdict invalid, with the reason in error.
     */
    static JudgeVerdict validate(const QString &output);

private:
    QString m_text;
    QString m_version;
};

} // namespace ShadowOptic
