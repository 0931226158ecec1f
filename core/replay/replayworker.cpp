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

QString endpoint(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// The same failure reads the same way for every request, so a run's failures can be grouped by their text.
QString networkErrorText(const QNetworkReply *reply)
{
    const QUrl url = reply->url();
    const QString where = endpoint(url);
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

// Names the host and QSslError's reasons; the same for every request of a run, so its failures group as one.
QString untrustedText(const QUrl &url, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    return ReplayWorker::tr("the TLS certificate of %1 is not trusted (%2); trust it explicitly with --ca-cert FILE "
                            "or Settings ▸ Gateway ▸ Trusted certificate")
        .arg(endpoint(url), reasons.join(QStringLiteral("; ")));
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
    while (m_managers.size() < wanted) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setAutoDeleteReplies(false);
        connect(nam, &QNetworkAccessManager::finished, this, &ReplayWorker::onFinished);
        // Recorded for the message, never ignored: the handshake fails and the reply finishes with an error.
        connect(nam, &QNetworkAccessManager::sslErrors, this,
                [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                    m_sslErrors.insert(reply, errors);
                    m_hostSslErrors.insert(endpoint(reply->url()), errors);
                });
        m_managers.append(nam);
    }
}

QNetworkAccessManager *ReplayWorker::nextManager()
{
    m_nextManager = (m_nextManager + 1) % m_managers.size();
    return m_managers.at(m_nextManager);
}

void ReplayWorker::send(const ReplayJob &job, quint64 ticket)
{
    m_jobs.insert(ticket, InFlight { job, ticket, 0, 0 });
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
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_ssl);
    for (const auto &[name, value] : PortkeyHeaders::forRequest(m_target, m_runUuid, f.job.logId, f.job.role))
        request.setRawHeader(name, value);
    f.startedMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = nextManager()->post(request, f.job.body);
    m_replies.insert(reply, ticket);
}

void ReplayWorker::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const quint64 ticket = m_replies.take(reply);
    auto it = m_jobs.find(ticket);
    if (ticket == 0 || it == m_jobs.end())
        return; // aborted
    InFlight &f = *it;
    ResponseParser::Http http;
    http.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        http.body = reply->readAll();
    http.latencyMs = QDateTime::currentMSecsSinceEpoch() - f.startedMs;
    http.attempts = f.attempt;
    http.lastUsedOptionIndex = reply->rawHeader("x-portkey-last-used-option-index");
    const bool networkError = reply->error() != QNetworkReply::NoError && http.status == 0;
    QList<QSslError> sslErrors = m_sslErrors.take(reply);
    // Requests queued behind the handshake that saw the errors fail without them.
    if (sslErrors.isEmpty() && reply->error() == QNetworkReply::SslHandshakeFailedError)
        sslErrors = m_hostSslErrors.value(endpoint(reply->url()));
    if (networkError)
        http.networkError = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("timed out after %1 s").arg(m_options.timeoutMs / 1000.0)
            : !sslErrors.isEmpty() ? untrustedText(reply->url(), sslErrors)
                                   : networkErrorText(reply);
    // A body cut short by the server surfaces as an error after a status line.
    if (http.status != 0 && reply->error() == QNetworkReply::RemoteHostClosedError) {
        http.networkError = networkErrorText(reply);
        http.status = 0;
    }
    // An untrusted certificate stays untrusted: asking again only delays the message.
    const bool retryable = sslErrors.isEmpty() && RetryPolicy::isRetryable(http.status, !http.networkError.isEmpty());
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
    const auto replies = m_replies.keys();
    m_replies.clear();
    m_sslErrors.clear();
    for (QNetworkReply *r : replies) {
        r->abort();
        r->deleteLater();
    }
}

} // namespace ShadowOptic
