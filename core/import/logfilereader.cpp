// SPDX-License-Identifier: MIT
#include "logfilereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cstring>
#include <limits>

namespace ShadowOptic {

namespace {

constexpr qint64 ChunkBytes = 4 * 1024 * 1024;

bool isBlank(QByteArrayView v)
{
    for (char c : v)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = dec.decode(bytes);
    return !dec.hasError();
}

void setPath(QJsonObject &obj, const QStringList &path, qsizetype i, const QJsonValue &value)
{
    const QString &key = path.at(i);
    if (i == path.size() - 1) {
        obj.insert(key, value);
        return;
    }
    QJsonValue child = obj.value(key);
    QJsonObject childObj;
    if (child.isObject()) {
        childObj = child.toObject();
    } else if (child.isString()) { // a JSON cell plus dotted sub-columns: merge into the parsed object
        const QJsonDocument doc = QJsonDocument::fromJson(child.toString().toUtf8());
        if (doc.isObject())
            childObj = doc.object();
    }
    setPath(childObj, path, i + 1, value);
    obj.insert(key, childObj);
}

} // namespace

LogFileReader::LogFileReader(qint64 maxRecordBytes)
    : m_maxRecord(maxRecordBytes)
{
}

LogFileReader::~LogFileReader() = default;

QString LogFileReader::formatName(Format f)
{
    switch (f) {
    case Format::JsonLines:
        return QStringLiteral("JSONL");
    case Format::JsonArray:
        return QStringLiteral("JSON array");
    case Format::Csv:
        return QStringLiteral("CSV");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool LogFileReader::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("File '%1' is not readable: %2.").arg(path, m_file.errorString());
        return false;
    }
    fill();
    if (m_buf.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    else if (m_buf.startsWith("\xFF\xFE") || m_buf.startsWith("\xFE\xFF")) {
        *error = tr("File '%1' is UTF-16 encoded; export it as UTF-8.").arg(path);
        return false;
    }
    qsizetype i = m_pos;
    while (i < m_buf.size() && (m_buf[i] == ' ' || m_buf[i] == '\t' || m_buf[i] == '\r' || m_buf[i] == '\n'))
        ++i;
    if (i >= m_buf.size()) {
        *error = tr("File '%1' is empty.").arg(path);
        return false;
    }
    if (m_buf.left(qMin<qsizetype>(m_buf.size(), 4096)).contains('\0')) {
        *error = tr("File '%1' is not a text file (it contains NUL bytes).").arg(path);
        return false;
    }
    if (m_buf[i] == '[') {
        m_format = Format::JsonArray;
        for (qsizetype k = m_pos; k < i; ++k)
            if (m_buf[k] == '\n')
                ++m_line;
        m_pos = i + 1;
    } else if (m_buf[i] == '{') {
        m_format = Format::JsonLines;
    } else {
        m_format = Format::Csv;
        QList<QByteArray> fields;
        qint64 line = 0;
        QString err;
        if (!readCsvFields(&fields, &line, &err) || fields.isEmpty()) {
            *error = tr("File '%1' has no readable CSV header: %2").arg(path, err);
            return false;
        }
        for (const QByteArray &f : fields)
            m_csvHeader.append(QString::fromUtf8(f).trimmed());
        if (!m_csvHeader.contains(QLatin1String("id")) && !m_csvHeader.contains(QLatin1String("request"))
            && !m_csvHeader.contains(QLatin1String("ai_model"))
            && !m_csvHeader.contains(QLatin1String("request.body"))) {
            *error = tr("File '%1' is neither JSON nor a Portkey CSV export (no 'id', 'request' or 'ai_model' column).")
                         .arg(path);
            return false;
        }
    }
    return true;
}

void LogFileReader::compact()
{
    if (m_pos == 0)
        return;
    m_consumedBase += m_pos;
    // Move the tail to the front of the same allocation. QByteArray::remove(0, n) would only advance the start,
    // and the next resize() would then reallocate: a fresh multi-MB block (mmap) whose pages fault in on every
    // chunk read, about a tenth of the import's CPU time.
    const qsizetype rest = m_buf.size() - m_pos;
    char *data = m_buf.data();
    std::memmove(data, data + m_pos, size_t(rest));
    m_buf.resize(rest);
    m_pos = 0;
}

bool LogFileReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0 && m_pos * 2 >= m_buf.size())
        compact();
    const qsizetype old = m_buf.size();
    // Room for what the file still holds, not for a whole chunk: small files and fuzz inputs would get 8 MB each. A
    // pipe's rest is unknown; at a regular file's end, a page is enough to find out whether it has grown.
    const qint64 left = m_file.isSequential() ? ChunkBytes : m_file.size() - m_file.pos();
    const qint64 want = left > 0 ? qMin(left, ChunkBytes) : 4096;
    if (m_buf.capacity() < old + want) {
        const qint64 ahead = qMax<qint64>(2 * ChunkBytes, 2 * old + ChunkBytes);
        m_buf.reserve(qsizetype(qMax<qint64>(old + want, qMin(old + qMax<qint64>(left, 0), ahead))));
    }
    m_buf.resize(old + want);
    const qint64 n = m_file.read(m_buf.data() + old, want);
    m_buf.resize(old + qMax<qint64>(0, n));
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool LogFileReader::readBatch(QList<RawRow> *rows, int maxRows)
{
    return readBatch(rows, maxRows, std::numeric_limits<qint64>::max());
}

bool LogFileReader::readBatch(QList<RawRow> *rows, int maxRows, qint64 maxBytes)
{
    const qint64 start = bytesConsumed();
    for (int n = 0; n < maxRows && bytesConsumed() - start < maxBytes; ++n) {
        RawRow row;
        bool got = false;
        switch (m_format) {
        case Format::JsonLines:
            got = nextLine(&row);
            break;
        case Format::JsonArray:
            got = nextArrayElement(&row);
            break;
        case Format::Csv:
            got = nextCsvRecord(&row);
            break;
        case Format::Unknown:
            return false;
        }
        if (!got)
            return false;
        rows->append(std::move(row));
    }
    return true;
}

bool LogFileReader::nextLine(RawRow *row)
{
    qsizetype searchFrom = m_pos;
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n', searchFrom);
        if (nl >= 0) {
            QByteArrayView line(m_buf.constData() + m_pos, nl - m_pos);
            m_pos = nl + 1;
            row->line = m_line++;
            if (line.size() > m_maxRecord) {
                row->errorCategory = tr("oversized record");
                row->errorDetail
                    = tr("line of %1 bytes is longer than the %2-byte limit").arg(line.size()).arg(m_maxRecord);
                return true;
            }
            if (line.endsWith('\r'))
                line.chop(1);
            if (isBlank(line)) {
                searchFrom = m_pos;
                continue;
            }
            row->json = line.toByteArray();
            return true;
        }
        if (m_buf.size() - m_pos > m_maxRecord) {
            // Oversized line: report it and skip to its end without buffering it.
            row->line = m_line++;
            row->errorCategory = tr("oversized record");
            row->errorDetail = tr("line longer than %1 MB").arg(m_maxRecord / (1024 * 1024));
            for (;;) {
                m_pos = m_buf.size();
                compact();
                if (!fill())
                    return true;
                const qsizetype end = m_buf.indexOf('\n');
                if (end >= 0) {
                    m_pos = end + 1;
                    return true;
                }
            }
        }
        const qsizetype scanned = m_buf.size() - m_pos;
        if (!fill()) {
            if (m_pos >= m_buf.size())
                return false;
            QByteArrayView rest(m_buf.constData() + m_pos, m_buf.size() - m_pos);
            m_pos = m_buf.size();
            row->line = m_line++;
            if (isBlank(rest))
                return false;
            if (rest.endsWith('\r'))
                rest.chop(1);
            row->json = rest.toByteArray();
            return true;
        }
        searchFrom = m_pos + scanned;
    }
}

bool LogFileReader::nextArrayElement(RawRow *row)
{
    if (m_arrayDone)
        return false;
    // Skip separators, counting lines.
    for (;;) {
        while (m_pos < m_buf.size()) {
            const char c = m_buf[m_pos];
            if (c == '\n')
                ++m_line;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',')
                break;
            ++m_pos;
        }
        if (m_pos < m_buf.size())
            break;
        if (!fill()) {
            m_arrayDone = true;
            return false;
        }
    }
    if (m_buf[m_pos] == ']') {
        m_arrayDone = true;
        return false;
    }
    row->line = m_line;
    int depth = 0;
    bool inString = false, escape = false, oversized = false;
    qsizetype i = m_pos;
    qint64 newlines = 0;
    for (;;) {
        for (; i < m_buf.size(); ++i) {
            const char c = m_buf[i];
            if (c == '\n')
                ++newlines;
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    // The array's closing bracket after a scalar, or a stray '}' that starts an element: that is a
                    // record of its own (invalid JSON), else the reader would return it again without moving on.
                    if (i == m_pos)
                        ++i;
                    break;
                }
                if (--depth == 0) {
                    ++i;
                    break;
                }
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        const bool complete = i < m_buf.size() || (depth == 0 && !inString && i > m_pos && m_eof);
        if (complete) {
            oversized = oversized || i - m_pos > m_maxRecord;
            if (!oversized)
                row->json = QByteArray(m_buf.constData() + m_pos, i - m_pos).trimmed();
            m_pos = i;
            m_line += newlines;
            if (oversized) {
                row->errorCategory = tr("oversized record");
                row->errorDetail = tr("array element longer than %1 MB").arg(m_maxRecord / (1024 * 1024));
            }
            return true;
        }
        if (i - m_pos > m_maxRecord) {
            oversized = true;
            m_pos = i; // drop what was scanned; keep scanning state
        }
        const qsizetype offset = i - m_pos;
        if (!fill()) {
            m_arrayDone = true;
            m_line += newlines;
            row->errorCategory = tr("invalid JSON");
            row->errorDetail = tr("the JSON array is truncated at the end of the file");
            m_pos = m_buf.size();
            return true;
        }
        i = m_pos + offset;
    }
}

// One RFC 4180 record from m_pos. Restarts from the record start when the buffer runs dry.
bool LogFileReader::readCsvFields(QList<QByteArray> *fields, qint64 *startLine, QString *error)
{
    for (;;) {
        fields->clear();
        QByteArray field;
        bool inQuotes = false, wasQuoted = false;
        qint64 newlines = 0;
        qsizetype i = m_pos;
        bool done = false;
        for (; i < m_buf.size(); ++i) {
            const char c = m_buf[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 >= m_buf.size() && !m_eof)
                        break; // need the next byte to tell "" from the closing quote
                    if (i + 1 < m_buf.size() && m_buf[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n')
                        ++newlines;
                    field += c;
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !wasQuoted) {
                inQuotes = wasQuoted = true;
            } else if (c == ',') {
                fields->append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == '\n') {
                ++newlines;
                if (field.endsWith('\r') && !wasQuoted)
                    field.chop(1);
                fields->append(field);
                ++i;
                done = true;
                break;
            } else if (c == '\r' && wasQuoted) {
                // CR after a closing quote: part of CRLF
            } else {
                field += c;
            }
        }
        if (!done && i >= m_buf.size() && i - m_pos > m_maxRecord) {
            *error = tr("unterminated quoted field or record longer than %1 MB").arg(m_maxRecord / (1024 * 1024));
            *startLine = m_line;
            // Resynchronise at the next line end after the record start.
            const qsizetype nl = m_buf.indexOf('\n', m_pos);
            m_pos = nl >= 0 ? nl + 1 : m_buf.size();
            ++m_line;
            return false;
        }
        if (!done) {
            const qsizetype before = m_buf.size() - m_pos;
            if (fill() || m_buf.size() - m_pos != before)
                continue;
            // End of file.
            if (inQuotes) {
                *error = tr("unterminated quoted field at end of file");
                *startLine = m_line;
                const qsizetype nl = m_buf.indexOf('\n', m_pos);
                m_pos = nl >= 0 ? nl + 1 : m_buf.size();
                ++m_line;
                return false;
            }
            if (i == m_pos && field.isEmpty() && fields->isEmpty())
                return false;
            if (field.endsWith('\r'))
                field.chop(1);
            fields->append(field);
        }
        *startLine = m_line;
        m_line += newlines + (done ? 0 : 1);
        const qsizetype length = i - m_pos;
        m_pos = i;
        if (length > m_maxRecord) {
            *error = tr("record of %1 bytes is longer than the %2-byte limit").arg(length).arg(m_maxRecord);
            return false;
        }
        return true;
    }
}

bool LogFileReader::nextCsvRecord(RawRow *row)
{
    for (;;) {
        if (m_pos >= m_buf.size() && !fill())
            return false;
        QList<QByteArray> fields;
        QString error;
        const bool ok = readCsvFields(&fields, &row->line, &error);
        if (!ok) {
            if (error.isEmpty())
                return false;
            row->errorCategory = tr("malformed CSV");
            row->errorDetail = error;
            return true;
        }
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        row->fromCsv = true;
        if (fields.size() != m_csvHeader.size()) {
            row->errorCategory = tr("malformed CSV");
            row->errorDetail = tr("row has %1 fields, the header has %2").arg(fields.size()).arg(m_csvHeader.size());
            return true;
        }
        QJsonObject obj;
        for (qsizetype c = 0; c < fields.size(); ++c) {
            if (fields.at(c).isEmpty())
                continue;
            QString value;
            if (!decodeUtf8(fields.at(c), &value)) {
                row->errorCategory = tr("invalid UTF-8");
                row->errorDetail = tr("column '%1' is not valid UTF-8").arg(m_csvHeader.at(c));
                return true;
            }
            const QString &name = m_csvHeader.at(c);
            if (name.contains(QLatin1Char('.'))) {
                QJsonValue v = value;
                const QString t = value.trimmed();
                if (t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['))) {
                    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
                    if (doc.isObject())
                        v = doc.object();
                    else if (doc.isArray())
                        v = doc.array();
                }
                setPath(obj, name.split(QLatin1Char('.')), 0, v);
            } else {
                obj.insert(name, value);
            }
        }
        row->object = obj;
        return true;
    }
}

} // namespace ShadowOptic
