// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <functional>

namespace ShadowOptic {

/** Outcome of RefusalCsvClassifier::classify(). */
struct RefusalCsvResult
{
    qint64 rows = 0; // data rows written (header excluded)
    qint64 none = 0;
    qint64 partial = 0;
    qint64 full = 0;
    bool canceled = false;
    QString error; // translated; empty on success

    bool ok() const { return error.isEmpty() && !canceled; }
};

/**
 * Backend of `shadow-optic refusals classify --in FILE.csv --response-col NAME [--prompt-col NAME] --out OUT.csv`.
 * Streams an RFC 4180 CSV (quotes, embedded newlines, BOM, CRLF or LF) record by record, runs the
 * RefusalDetector on one column and writes every input column plus `refusal` (none/partial/full),
 * `refusal_type` and `refusal_rule` (existing columns of those names are overwritten in place). Output
 * uses CRLF and quotes fields only when needed.
 */
class RefusalCsvClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::RefusalCsvClassifier)

public:
    /** Called every 1000 rows with the rows done so far; return false to cancel (the output is then removed). */
    using Progress = std::function<bool(qint64 rowsDone)>;

    static RefusalCsvResult classify(const QString &inPath, const QString &outPath, const QString &responseColumn,
                                     const QString &promptColumn = {}, const Progress &progress = {});

    /** Quotes a field for CSV output when it holds a comma, quote, CR or LF (or leading/trailing space). */
    static QString escapeField(const QString &field);
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::RefusalCsvResult)
