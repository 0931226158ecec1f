// SPDX-License-Identifier: MIT
#pragma once

#include "rawrow.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace ShadowOptic {

/** Streams records out of a Portkey export without holding the file in memory.
 *  The format is detected from the content (first non-blank byte), not from the extension. */
class LogFileReader
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::LogFileReader)

public:
    enum class Format { Unknown, JsonLines, JsonArray, Csv };

    explicit LogFileReader(qint64 maxRecordBytes = 16 * 1024 * 1024);
    ~LogFileReader();

    bool open(const QString &path, QString *error);
    Format format() const { return m_format; }
    static QString formatName(Format f);

    /** Appends up to maxRows records; returns false at end of file. */
    bool readBatch(QList<RawRow> *rows, int maxRows);
    /** Same, also stopping once the records hold maxBytes (bounds memory whatever the record size). */
    bool readBatch(QList<RawRow> *rows, int maxRows, qint64 maxBytes);
    qint64 bytesConsumed() const { return m_consumedBase + m_pos; }
    qint64 size() const { return m_file.size(); }
    /** Bytes the read buffer holds allocated: no more than the input needs. */
    qsizetype bufferCapacity() const { return m_buf.capacity(); }

private:
    bool fill();
    bool nextLine(RawRow *row);
    bool nextArrayElement(RawRow *row);
    bool nextCsvRecord(RawRow *row);
    bool readCsvFields(QList<QByteArray> *fields, qint64 *startLine, QString *error);
    void compact();

    QFile m_file;
    Format m_format = Format::Unknown;
    qint64 m_maxRecord;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumedBase = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_arrayDone = false;
    QStringList m_csvHeader;
};

} // namespace ShadowOptic
