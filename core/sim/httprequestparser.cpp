// SPDX-License-Identifier: MIT
#include "httprequestparser.h"

namespace ShadowOptic {

QByteArray HttpRequestParser::Request::header(QByteArrayView lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return QByteArray();
}

void HttpRequestParser::append(const QByteArray &data)
{
    // Compact lazily so pipelined requests do not cause a memmove per request.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_bodyStart -= m_offset;
        m_offset = 0;
    }
    m_buffer.append(data);
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!m_wantsContinue || m_continueSent)
        return false;
    m_continueSent = true;
    return true;
}

HttpRequestParser::Status HttpRequestParser::fail(int status)
{
    m_errorStatus = status;
    return Status::Error;
}

HttpRequestParser::Status HttpRequestParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_offset);
    if (end < 0)
        return m_buffer.size() - m_offset > maxHeaderBytes ? fail(431) : Status::NeedMore;
    if (end - m_offset > maxHeaderBytes)
        return fail(431);

    m_current = Request();
    const QByteArrayView head(m_buffer.constData() + m_offset, end - m_offset);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QByteArrayView requestLine = head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1)
        return fail(400);
    m_current.method = requestLine.first(sp1).toByteArray();
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    m_current.version = requestLine.sliced(sp2 + 1).toByteArray();
    if (!m_current.version.startsWith("HTTP/1."))
        return fail(400);
    const qsizetype q = target.indexOf('?');
    m_current.path = (q < 0 ? target : target.first(q)).toByteArray();
    if (q >= 0)
        m_current.query = target.sliced(q + 1).toByteArray();

    m_contentLength = 0;
    m_chunked = false;
    m_wantsContinue = false;
    m_continueSent = false;
    bool keepAlive = m_current.version == "HTTP/1.1";
    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype next = head.indexOf("\r\n", pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        pos = next + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400);
        QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-length") {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0)
                return fail(400);
            if (m_contentLength > maxBodyBytes)
                return fail(413);
        } else if (name == "transfer-encoding") {
            if (value.toLower().contains("chunked"))
                m_chunked = true;
            else
                return fail(501);
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                keepAlive = false;
            else if (v.contains("keep-alive"))
                keepAlive = true;
        } else if (name == "expect") {
            m_wantsContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
        m_current.headers.append({ std::move(name), std::move(value) });
    }
    m_current.keepAlive = keepAlive;
    m_bodyStart = end + 4;
    m_headParsed = true;
    return Status::Ready;
}

HttpRequestParser::Status HttpRequestParser::parseChunked(Request *out)
{
    // Re-scans from the body start on every call; chunked uploads to the simulator are small.
    QByteArray body;
    qsizetype pos = m_bodyStart;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return Status::NeedMore;
        QByteArrayView sizeLine(m_buffer.constData() + pos, lineEnd - pos);
        const qsizetype semi = sizeLine.indexOf(';');
        if (semi >= 0)
            sizeLine = sizeLine.first(semi);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(400);
        if (body.size() + size > maxBodyBytes)
            return fail(413);
        pos = lineEnd + 2;
        if (size == 0) {
            // Skip trailers up to the empty line.
            for (;;) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return Status::NeedMore;
                const bool empty = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (empty)
                    break;
            }
            out->body = std::move(body);
            m_offset = pos;
            return Status::Ready;
        }
        if (m_buffer.size() < pos + size + 2)
            return Status::NeedMore;
        body.append(m_buffer.constData() + pos, size);
        pos += size + 2;
    }
}

HttpRequestParser::Status HttpRequestParser::next(Request *out)
{
    if (m_errorStatus)
        return Status::Error;
    if (!m_headParsed) {
        // Tolerate stray CRLFs between pipelined requests (RFC 9112 §2.2).
        while (m_offset + 1 < m_buffer.size() && m_buffer.at(m_offset) == '\r' && m_buffer.at(m_offset + 1) == '\n')
            m_offset += 2;
        if (m_offset >= m_buffer.size())
            return Status::NeedMore;
        const Status head = parseHead();
        if (head != Status::Ready)
            return head;
    }
    Status status;
    if (m_chunked) {
        status = parseChunked(&m_current);
    } else if (m_buffer.size() - m_bodyStart < m_contentLength) {
        status = Status::NeedMore;
    } else {
        m_current.body = m_buffer.mid(m_bodyStart, m_contentLength);
        m_offset = m_bodyStart + m_contentLength;
        status = Status::Ready;
    }
    if (status != Status::Ready)
        return status;
    m_headParsed = false;
    m_wantsContinue = false;
    *out = std::move(m_current);
    m_current = Request();
    return Status::Ready;
}

} // namespace ShadowOptic
