// SPDX-License-Identifier: MIT
#include "exportoutput.h"

#include "csvwriter.h"
#include "jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace ShadowOptic {

ExportOutput::ExportOutput(ExportDataset::Value dataset, ExportFormat::Value format, const Redactor &redactor)
    : m_dataset(dataset)
    , m_format(format)
    , m_redactor(redactor)
{
}

ExportOutput::~ExportOutput()
{
    // A QSaveFile that was never committed drops its temporary file: nothing half-written is left behind.
    m_writer.reset();
    m_file.reset();
}

bool ExportOutput::open(const QString &path, QString *error)
{
    m_path = path;
    const QList<ExportDataset::Column> columns = ExportDataset::columns(m_dataset);
    QStringList keys;
    m_redactable.clear();
    for (const ExportDataset::Column &c : columns) {
        keys.append(c.key);
        m_redactable.append(c.redactable);
    }
    if (path == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly)) {
            *error = tr("Cannot write to standard output: %1").arg(out->errorString());
            return false;
        }
        m_file = std::move(out);
    } else {
        const QFileInfo info(path);
        if (info.isDir()) {
            *error = tr("Cannot write '%1': it is a folder.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!info.absoluteDir().exists()) {
            *error = tr("Cannot write '%1': the folder '%2' does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), file->errorString());
            return false;
        }
        m_file = std::move(file);
    }
    if (m_format == ExportFormat::Value::Json)
        m_writer = std::make_unique<JsonWriter>(m_file.get());
    else
        m_writer = std::make_unique<CsvWriter>(m_file.get(), path != QLatin1String("-"));
    if (!m_writer->begin(keys)) {
        *error = writeError();
        return false;
    }
    return true;
}

bool ExportOutput::write(QVariantList cells, QString *error)
{
    for (int i = 0; i < cells.size(); ++i) {
        QVariant &cell = cells[i];
        if (ExportWriter::kindOf(cell) != ExportWriter::CellKind::Text)
            continue;
        const QString text = cell.toString();
        cell = m_redactable.value(i) ? m_redactor.redact(text, &m_counts) : m_redactor.scrubSecrets(text, &m_counts);
    }
    if (!m_writer->writeRow(cells)) {
        *error = writeError();
        return false;
    }
    ++m_rows;
    return true;
}

bool ExportOutput::commit(QString *error)
{
    if (!m_writer->finish()) {
        *error = writeError();
        return false;
    }
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get())) {
        if (!save->commit()) {
            *error = tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(m_path), save->errorString());
            return false;
        }
        return true;
    }
    m_file->flush();
    return true;
}

QString ExportOutput::writeError() const
{
    if (m_path == QLatin1String("-"))
        return tr("Cannot write to standard output: %1").arg(m_file->errorString());
    return tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(m_path), m_file->errorString());
}

} // namespace ShadowOptic
