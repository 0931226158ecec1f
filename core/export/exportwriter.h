// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

class QIODevice;

namespace ShadowOptic {

/**
 * Writes one table row by row to a device the caller owns and keeps open, so an export of any size holds one row
 * at a time. Cells are typed: a null (or NaN) QVariant is unknown — empty in CSV, null in JSON, never 0; bool,
 * integer and double variants are numbers; everything else is text. Output is buffered and written in blocks;
 * false from any call means the device refused a write (disk full, a closed pipe).
 */
class ExportWriter
{
public:
    explicit ExportWriter(QIODevice *device);
    virtual ~ExportWriter();
    ExportWriter(const ExportWriter &) = delete;
    ExportWriter &operator=(const ExportWriter &) = delete;

    virtual bool begin(const QStringList &columns) = 0;
    virtual bool writeRow(const QVariantList &cells) = 0;
    /** Writes what is buffered and closes the document (JSON's closing bracket). */
    virtual bool finish() = 0;

    enum class CellKind { Null, Bool, Integer, Double, Text };
    static CellKind kindOf(const QVariant &cell);
    /** The double with 15 significant digits, as short as that allows. */
    static QByteArray number(double value);

protected:
    bool append(const QByteArray &bytes);
    bool flush();

private:
    QIODevice *m_device;
    QByteArray m_buffer;
};

} // namespace ShadowOptic
