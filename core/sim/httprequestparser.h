// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace ShadowOptic {

/**
 * Incremental HTTP/1.1 request parser for one connection: feed bytes as they arrive with append(),
 * then call next() until it stops returning Ready. Handles partial reads, pipelined requests,
 * Content-Length and chunked bodies, and `Expect: 100-continue`.
 */
class HttpRequestParser
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path; // target without the query string
        QByteArray query;
        QByteArray version; // "HTTP/1.1"
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
        QByteArray body;
        bool keepAlive = true;

        QByteArray header(QByteArrayView lowerCaseName) const;
    };

    enum class Status { NeedMore, Ready, Error };

    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 32 * 1024 * 1024;

    void append(const QByteArray &data);
    Status next(Request *out);

    /** HTTP status to answer with after Error (400, 413, 431, 501). */
    int errorStatus() const { return m_errorStatus; }
    /** True once per request that asked for `100 Continue` before its body arrived. */
    bool takeContinueRequest();
    bool hasBufferedData() const { return m_offset < m_buffer.size(); }

private:
    Status parseHead();
    Status parseChunked(Request *out);
    Status fail(int status);

    QByteArray m_buffer;
    qsizetype m_offset = 0; // start of the request being parsed
    Request m_current;
    bool m_headParsed = false;
    bool m_chunked = false;
    bool m_wantsContinue = false;
    bool m_continueSent = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
};

} // namespace ShadowOptic
