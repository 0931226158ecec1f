// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QTextStream;

namespace ShadowOptic {

/**
 * Streaming RFC 4180 reader for the refusal CSV tools: quoted fields with doubled quotes, embedded
 * newlines, CRLF or LF records, a UTF-8 byte-order mark. Reads one record at a time from a device the
 * caller owns and keeps open.
 */
class RefusalCsvReader
{
public:
    explicit RefusalCsvReader(QIODevice *device);
    ~RefusalCsvReader();

    /** Reads the next record into `fields`. False at end of input or on a syntax error (see error()). */
    bool readRecord(QStringList &fields);
    /** Empty unless the input was malformed (e.g. an unterminated quoted field). */
    QString error() const { return m_error; }
    /** 1-based line number where the last record returned started. */
    qint64 recordLine() const { return m_recordLine; }

private:
    bool fill();

    std::unique_ptr<QTextStream> m_stream;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
    bool m_eof = false;
};

} // namespace ShadowOptic
