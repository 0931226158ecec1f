// SPDX-License-Identifier: MIT
#include "replayworker.h"

#include "portkeyheaders.h"
#include "retrypolicy.h"
#include "trustedcertificates.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace ShadowOptic {

namespace {
constexpr int ConnectionsPerManager = 6; // Qt 6.4's fixed HTTP/1.1 per-host connection count

QString hostAndPort(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// The same failure reads the same way for every request, so a run's failures can be grouped by their text.
QString networkErrorText(const QNetworkReply *reply)
{
    const QUrl url = reply->url();
    const QString where = hostAndPort(url);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ReplayWorker::tr("connection refused by %1").arg(where);
    case QNetworkReply::HostNotFoundError:
        return ReplayWorker::tr("host %1 not found").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return ReplayWorker::tr("%1 closed the connection before the answer was complete").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return ReplayWorker::tr("TLS handshake with %1 failed: %2").arg(where, reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return ReplayWorker::tr("the proxy for %1 cannot be reached").arg(where);
    default:
        return reply->errorString();
    }
}
// Qt 6.4 finishes a reply without an error when the server closes the connection in the middle of a chunked body,
// and sometimes before a Content-Length body is complete. Short of the declared length is cut short; so is a chunked
// JSON answer that does not end its document (a complete object or array ends in '}' or ']').
bool isCutShort(const QNetworkReply *reply, const QByteArray &body)
{
    bool ok = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok)
        return body.size() < declared;
    if (!reply->rawHeader("transfer-encoding").toLower().contains("chunked")
        || !reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("json")))
        return false;
    const QByteArray end = body.trimmed().right(1);
    return end != "}" && end != "]";
}

} // namespace

ReplayWorker::ReplayWorker(QObject *parent)
    : QObject(parent)
    , m_jitter(QRandomGenerator::securelySeeded())
{
}

ReplayWorker::~ReplayWorker()
{
    abortAll();
}

void ReplayWorker::configure(const ReplayTarget &target, const ReplayOptions &options, const QString &runUuid,
                             int maxInFlight)
{
    m_target = target;
    m_options = options;
    m_runUuid = runUuid;
    m_hostSslErrors.clear();
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!target.trustedCertificates.isEmpty()) {
        QString ignored; // the session validated the file; one that vanished since leaves the system's trust only
        m_ssl.addCaCertificates(TrustedCertificates::load(target.trustedCertificates, &ignored));
    }
    const int wanted = qMax(1, (maxInFlight + ConnectionsPerManager - 1) / ConnectionsPerManager);
    while (m_managers.size() < wanted)
        addManager();
}

QNetworkAccessManager *ReplayWorker::addManager()
{
    auto *nam = new QNetworkAccessManager(this);
    nam->setAutoDeleteReplies(false);
    connect(nam, &QNetworkAccessManager::finished, this, &ReplayWorker::onFinished);
    // Recorded for the message, never ignored: the handshake fails and the reply finishes with an error.
    connect(nam, &QNetworkAccessManager::sslErrors, this, [this](QNetworkReply *reply, const QList<QSslError> &errors) {
        m_sslErrors.insert(reply, errors);
        m_hostSslErrors.insert(hostAndPort(reply->url()), errors);
    });
    m_managers.append(nam);
    return nam;
}

QNetworkAccessManager *ReplayWorker::nextManager()
{
    // Round robin gave a manager a seventh request while its six connections were busy (with hung requests, say):
    // Qt queued it, its deadline ran out before it was sent, and it counted as an attempt the server never saw.
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *nam : std::as_const(m_managers))
        if (!best || m_load.value(nam) < m_load.value(best))
            best = nam;
    if (!best || m_load.value(best) >= ConnectionsPerManager)
        best = addManager();
    return best;
}

void ReplayWorker::send(const ReplayJob &job, quint64 ticket)
{
    m_jobs.insert(ticket, InFlight { job, ticket, 0, 0, false });
    attempt(ticket);
}

void ReplayWorker::attempt(quint64 ticket)
{
    auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    InFlight &f = *it;
    ++f.attempt;
    QUrl url = m_target.baseUrl;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("chat/completions")
                                                      : url.path() + QStringLiteral("/chat/completions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    for (const auto &[name, value] : PortkeyHeaders::forRequest(m_target, m_runUuid, f.job.logId, f.job.role))
        request.setRawHeader(name, value);
    f.startedMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkAccessManager *nam = nextManager();
    QNetworkReply *reply = nam->post(request, f.job.body);
    ++m_load[nam];
    m_replies.insert(reply, Live { ticket, Abort::None, -1, 0, false, {} });
    // Qt's HTTP thread stops reading the socket while the reply's read buffer is full, so a small buffer that is
    // emptied here as data comes makes a flooding server wait on TCP, and the body we keep is bounded by the limit.
    // Without it the thread read on at loopback speed until the abort landed (160 MB to 2.8 GB seen). Qt 6.4 passes
    // the size to that thread only once the request has started there, which post() queues: say it again then.
    reply->setReadBufferSize(ReadBufferBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(ReadBufferBytes); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkHeaders(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    // QNetworkRequest::setTransferTimeout() restarts with every byte; this deadline does not.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(deadline, &QTimer::timeout, this, [this, reply] { stop(reply, Abort::TimedOut); });
    deadline->start(qMax(1, m_options.timeoutMs));
}

void ReplayWorker::checkHeaders(QNetworkReply *reply)
{
    const auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    it->headersSeen = true;
    it->headerCount = int(reply->rawHeaderPairs().size());
    if (it->headerCount > MaxResponseHeaders) {
        stop(reply, Abort::TooManyHeaders);
        return;
    }
    bool ok = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > MaxReplyBytes) {
        it->declaredBytes = declared;
        stop(reply, Abort::TooLarge);
    }
}

void ReplayWorker::readBody(QNetworkReply *reply)
{
    const auto it = m_replies.find(reply);
    if (it == m_replies.end() || it->abort != Abort::None)
        return;
    it->body += reply->readAll();
    if (it->body.size() > MaxReplyBytes) {
        it->body.clear();
        stop(reply, Abort::TooLarge);
    }
}

void ReplayWorker::stop(QNetworkReply *reply, Abort reason)
{
    const auto it = m_replies.find(reply);
    if (it == m_replies.end() || it->abort != Abort::None)
        return;
    it->abort = reason;
    reply->abort(); // finished() follows, and onFinished() reports the reason
}

void ReplayWorker::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_replies.contains(reply))
        --m_load[reply->manager()];
    Live live = m_replies.take(reply);
    const quint64 ticket = live.ticket;
    auto it = m_jobs.find(ticket);
    if (ticket == 0 || it == m_jobs.end())
        return; // aborted
    InFlight &f = *it;
    ResponseParser::Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && live.abort == Abort::None)
        http.body = std::move(live.body) + reply->readAll();
    http.latencyMs = QDateTime::currentMSecsSinceEpoch() - f.startedMs;
    http.attempts = f.attempt;
    http.lastUsedOptionIndex = reply->rawHeader("x-portkey-last-used-option-index");
    const QString where = hostAndPort(reply->url());
    const double seconds = m_options.timeoutMs / 1000.0;
    QList<QSslError> sslErrors = m_sslErrors.take(reply);
    // Requests queued behind the handshake that saw the errors fail without them.
    if (sslErrors.isEmpty() && reply->error() == QNetworkReply::SslHandshakeFailedError)
        sslErrors = m_hostSslErrors.value(where);
    switch (live.abort) {
    case Abort::TimedOut:
        http.networkError = tr("timed out: no complete reply within %1 s").arg(seconds);
        break;
    case Abort::TooLarge:
        http.networkError = live.declaredBytes > 0
            ? tr("%1 announced a reply of %2 MB, more than the %3 MB a reply may have; not read")
                  .arg(where)
                  .arg(live.declaredBytes / (1024.0 * 1024.0), 0, 'f', 1)
                  .arg(MaxReplyBytes / (1024 * 1024))
            : tr("%1 sent more than %2 MB in one reply, the most a reply may have; stopped reading")
                  .arg(where)
                  .arg(MaxReplyBytes / (1024 * 1024));
        break;
    case Abort::TooManyHeaders:
        http.networkError = tr("%1 sent %2 response headers, more than the %3 a reply may have")
                                .arg(where)
                                .arg(live.headerCount)
                                .arg(MaxResponseHeaders);
        break;
    case Abort::None:
        if (reply->error() != QNetworkReply::NoError && http.status == 0)
            http.networkError = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("timed out: no complete reply within %1 s").arg(seconds)
                : !sslErrors.isEmpty() ? TrustedCertificates::untrustedTextWithRemedy(reply->url(), sslErrors)
                                       : networkErrorText(reply);
        // A body cut short by the server surfaces as an error after a status line, or (Qt 6.4, when the close is
        // seen while reading) as a success with the body as far as it came.
        if (http.status != 0 && reply->error() == QNetworkReply::RemoteHostClosedError)
            http.networkError = networkErrorText(reply);
        else if (http.status >= 200 && http.status < 300 && isCutShort(reply, http.body))
            http.networkError = tr("%1 closed the connection before the answer was complete").arg(where);
        break;
    }
    if (!http.networkError.isEmpty())
        http.status = 0;
    // Qt 6.4 may send a request on a keep-alive connection the server has already closed (after a cut-short reply)
    // and then fail it at once without resending it: not a byte came back and the server never saw the request.
    // Send it again once without counting an attempt, as Qt's own reconnect would.
    if (live.abort == Abort::None && !live.headersSeen && reply->error() == QNetworkReply::RemoteHostClosedError
        && !f.resent) {
        f.resent = true;
        --f.attempt;
        attempt(ticket);
        return;
    }
    f.resent = false;
    const bool final = live.abort == Abort::TooLarge || live.abort == Abort::TooManyHeaders;
    // An untrusted certificate stays untrusted: asking again only delays the message.
    const bool retryable
        = !final && sslErrors.isEmpty() && RetryPolicy::isRetryable(http.status, !http.networkError.isEmpty());
    if (retryable && f.attempt <= m_options.maxRetries) {
        const int delay = RetryPolicy::delayMs(m_options, f.attempt, reply->rawHeader("retry-after-ms"),
                                               reply->rawHeader("retry-after"), m_jitter.generateDouble());
        const QString reason = http.status ? QStringLiteral("HTTP %1").arg(http.status) : http.networkError;
        emit retrying(ticket, f.job.model, f.attempt, delay, reason);
        const quint64 generation = m_abortGeneration;
        QTimer::singleShot(delay, this, [this, ticket, generation] {
            if (generation == m_abortGeneration)
                attempt(ticket);
        });
        return;
    }
    const ReplayJob job = f.job;
    m_jobs.erase(it);
    emit completed(ticket, job, http);
}

void ReplayWorker::abortAll()
{
    ++m_abortGeneration;
    m_jobs.clear();
    const QList<QNetworkReply *> replies = m_replies.keys();
    m_replies.clear();
    m_load.clear();
    m_sslErrors.clear();
    for (QNetworkReply *r : replies) {
        r->abort();
        r->deleteLater();
    }
}

} // namespace ShadowOptic
