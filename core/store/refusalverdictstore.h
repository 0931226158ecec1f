// SPDX-License-Identifier: MIT
#pragma once

#include "domain/answersource.h"
#include "refusal/refusalverdict.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ShadowOptic {

class ProjectStore;

/** Refusal verdicts that override the rule verdicts in `evaluations` (the optional LLM layer of SPEC §5): only the
 *  refusal columns are written; judge scores stay. Works on the ProjectStore it is given (one per thread). */
class RefusalVerdictStore
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RefusalVerdictStore)
public:
    explicit RefusalVerdictStore(const ProjectStore &store);

    struct Verdict
    {
        qint64 runId = 0;
        QString logId;
        QString model;
        AnswerSource::Value source = AnswerSource::Value::Replay;
        RefusalKind kind = RefusalKind::None;
        RefusalType type = RefusalType::None;
        QString rule; // "llm:<model>"
    };

    /** Upserts in one transaction; on failure nothing is written. */
    bool store(const QList<Verdict> &verdicts, QString *error) const;
    /** The refusal verdict stored for one answer; false when there is none. */
    bool find(qint64 runId, const QString &logId, const QString &model, AnswerSource::Value source,
              Verdict *verdict) const;

private:
    const ProjectStore &m_store;
};

} // namespace ShadowOptic
