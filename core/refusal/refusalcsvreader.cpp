// SPDX-License-Identifier: MIT
#include "refusalcsvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

namespace ShadowOptic {

RefusalCsvReader::RefusalCsvReader(QIODevice *device)
    : m_stream(std::make_unique<QTextStream>(device))
{
    m_stream->setEncoding(QStringConverter::Utf8); // BOM is still detected and skipped
}

RefusalCsvReader::~RefusalCsvReader() = default;

bool RefusalCsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QString chunk = m_stream->read(64 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    return true;
}

bool RefusalCsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    if (m_line == 1 && m_pos == 0 && !m_buffer.isEmpty() && m_buffer.at(0) == QChar(0xFEFF))
        ++m_pos;

    m_recordLine = m_line;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate("RefusalCsvReader",
                                                      "Unterminated quoted field starting in the record at line %1.")
                              .arg(m_recordLine);
                return false;
            }
            fields.append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'"') {
                    field += u'"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            fields.append(field);
            return true;
        } else {
            field += c; // lenient: a stray quote inside an unquoted field is kept as text
        }
    }
}

} // namespace ShadowOptic
