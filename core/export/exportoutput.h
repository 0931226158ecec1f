// SPDX-License-Identifier: MIT
#pragma once

#include "exportdataset.h"
#include "exportformat.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QVariantList>

#include <memory>

class QFileDevice;

namespace ShadowOptic {

class ExportWriter;

/**
 * One export file being written: a temporary file renamed over the target only by commit() (QSaveFile), so a
 * failed or cancelled export never leaves a half file; or standard output for the path "-". Every text cell loses
 * the known secrets; the dataset's free-text columns are redacted when the redactor redacts personal data.
 * Not thread-safe; lives in the thread that writes.
 */
class ExportOutput
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ExportOutput)
public:
    ExportOutput(ExportDataset::Value dataset, ExportFormat::Value format, const Redactor &redactor);
    ~ExportOutput();

    /** Opens path ("-": standard output) and writes the header; false with *error naming the file and reason. */
    bool open(const QString &path, QString *error);
    bool write(QVariantList cells, QString *error);
    /** Finishes the document and renames the temporary file over the target. */
    bool commit(QString *error);

    qint64 rows() const { return m_rows; }
    const Redactor::Counts &redactions() const { return m_counts; }

private:
    QString writeError() const;

    ExportDataset::Value m_dataset;
    ExportFormat::Value m_format;
    const Redactor &m_redactor;
    QList<bool> m_redactable;
    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    std::unique_ptr<ExportWriter> m_writer;
    qint64 m_rows = 0;
    Redactor::Counts m_counts;
};

} // namespace ShadowOptic
