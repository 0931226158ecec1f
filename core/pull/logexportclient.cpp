// SPDX-License-Identifier: MIT
#include "logexportclient.h"

#include "replay/replayoptions.h"
#include "replay/retrypolicy.h"
#include "replay/trustedcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

#include <limits>
#include <memory>

namespace ShadowOptic {

LogExportClient::LogExportClient(const PullOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
{
    connect(m_nam, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) { m_sslErrors.insert(reply, errors); });
}

LogExportClient::~LogExportClient()
{
    abort();
}

QStringList LogExportClient::requestedData()
{
    return { QStringLiteral("id"),
             QStringLiteral("trace_id"),
             QStringLiteral("created_at"),
             QStringLiteral("request"),
             QStringLiteral("response"),
             QStringLiteral("is_success"),
             QStringLiteral("ai_org"),
             QStringLiteral("ai_model"),
             QStringLiteral("req_units"),
             QStringLiteral("res_units"),
             QStringLiteral("total_units"),
             QStringLiteral("request_url"),
             QStringLiteral("cost"),
             QStringLiteral("cost_currency"),
             QStringLiteral("response_time"),
             QStringLiteral("response_status_code"),
             QStringLiteral("mode"),
             QStringLiteral("config"),
             QStringLiteral("prompt_slug"),
             QStringLiteral("metadata") };
}

void LogExportClient::create(qint64 fromMs, qint64 toMs, ReplyFn done)
{
    QJsonObject body {
        { QStringLiteral("filters"),
          QJsonObject { { QStringLiteral("time_of_generation_min"), PullOptions::timeText(fromMs) },
                        { QStringLiteral("time_of_generation_max"), PullOptions::timeText(toMs) } } },
        { QStringLiteral("requested_data"), QJsonArray::fromStringList(requestedData()) },
        { QStringLiteral("description"),
          QStringLiteral("Shadow Optic pull %1 – %2").arg(PullOptions::timeText(fromMs), PullOptions::timeText(toMs)) },
    };
    if (!m_options.workspaceId.isEmpty())
        body.insert(QStringLiteral("workspace_id"), m_options.workspaceId);
    send("POST", QStringLiteral("/logs/exports"), QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done),
         1);
}

void LogExportClient::start(const QString &exportId, ReplyFn done)
{
    send("POST", QStringLiteral("/logs/exports/%1/start").arg(exportId), QByteArray("{}"), std::move(done), 1);
}

void LogExportClient::status(const QString &exportId, ReplyFn done)
{
    send("GET", QStringLiteral("/logs/exports/%1").arg(exportId), QByteArray(), std::move(done), 1);
}

void LogExportClient::downloadUrl(const QString &exportId, ReplyFn done)
{
    send("GET", QStringLiteral("/logs/exports/%1/download").arg(exportId), QByteArray(), std::move(done), 1);
}

void LogExportClient::abort()
{
    ++m_generation; // finished() of the replies aborted below, and pending retries, see a newer generation
    const QSet<QNetworkReply *> live = std::exchange(m_live, {});
    m_sslErrors.clear();
    for (QNetworkReply *reply : live) {
        reply->abort();
        reply->deleteLater();
    }
}

QString LogExportClient::scrub(QString text) const
{
    // A server that echoes the request would put the key into our error text, and from there into logs.
    if (m_options.apiKey.trimmed().size() >= 4)
        text.replace(m_options.apiKey.trimmed(), QStringLiteral("***"));
    return text;
}

QString LogExportClient::untrustedCertificate(QNetworkReply *reply)
{
    const QList<QSslError> errors = m_sslErrors.take(reply);
    return errors.isEmpty() ? QString() : TrustedCertificates::untrustedText(reply->url(), errors);
}

QString LogExportClient::messageOf(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message = o.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("error")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();
    return message;
}

bool LogExportClient::retryLater(QNetworkReply *reply, int status, int attempt, const QString &what,
                                 std::function<void()> again)
{
    // abort() never gets here (its replies belong to an older generation), so a cancelled operation is a timeout.
    const bool networkError = status == 0 && reply->error() != QNetworkReply::NoError;
    if (!RetryPolicy::isRetryable(status, networkError) || status == 409 || attempt >= m_options.maxAttempts)
        return false;
    ReplayOptions backoff; // the replay's schedule: 0.5 s × 2^n up to 8 s, retry-after honoured up to 60 s
    const int delay
        = RetryPolicy::delayMs(backoff, attempt, reply->rawHeader("retry-after-ms"), reply->rawHeader("retry-after"),
                               QRandomGenerator::global()->generateDouble());
    ++m_retries;
    const QString why = status > 0 ? QString::number(status) : reply->errorString();
    emit retrying(scrub(tr("Portkey answered %1 to %2; retrying in %3 s (attempt %4 of %5).")
                            .arg(why, what)
                            .arg(delay / 1000.0, 0, 'f', 1)
                            .arg(attempt + 1)
                            .arg(m_options.maxAttempts)));
    const quint64 generation = m_generation;
    QTimer::singleShot(delay, this, [this, generation, again = std::move(again)] {
        if (generation == m_generation)
            again();
    });
    return true;
}

void LogExportClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, ReplyFn done,
                           int attempt)
{
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setRawHeader("x-portkey-api-key", m_options.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // A redirect elsewhere would carry the key along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    m_live.insert(reply);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        if (generation != m_generation)
            return; // aborted; abort() deletes it
        m_live.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString what = QString::fromLatin1(verb) + u' ' + path;
        // An untrusted certificate stays untrusted: asking again only delays the message.
        const QString untrusted = untrustedCertificate(reply);
        if (untrusted.isEmpty() && retryLater(reply, status, attempt, what, [=, this]() mutable {
                send(verb, path, body, std::move(done), attempt + 1);
            }))
            return;
        Reply r;
        r.status = status;
        const QByteArray bytes = reply->readAll();
        if (status >= 200 && status < 300) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            if (doc.isObject())
                r.json = doc.object();
            else
                r.error = tr("Portkey's answer to %1 is not a JSON object (%2).").arg(what, parseError.errorString());
        } else if (status > 0) {
            r.error = tr("Portkey answered %1 to %2: %3").arg(QString::number(status), what, messageOf(bytes));
            if (status == 401 || status == 403)
                r.error += u' ' + tr("Check the API key: it needs the logs.export scope.");
        } else {
            r.error = tr("Portkey cannot be reached at %1: %2")
                          .arg(m_options.baseUrl.toString(), untrusted.isEmpty() ? reply->errorString() : untrusted);
        }
        r.error = scrub(r.error);
        done(r);
    });
}

void LogExportClient::download(const QUrl &signedUrl, const QString &filePath, DownloadFn done, ProgressFn progress)
{
    fetch(signedUrl, filePath, std::move(done), std::move(progress), 1);
}

void LogExportClient::fetch(const QUrl &url, const QString &filePath, DownloadFn done, ProgressFn progress, int attempt)
{
    struct State
    {
        QFile file;
        qint64 bytes = 0;
        qint64 rows = 0;
        QByteArray tail; // bytes after the last newline: one record at most
        bool writeError = false;
    };
    auto state = std::make_shared<State>();
    state->file.setFileName(filePath);
    if (!state->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Download d;
        d.error = tr("Cannot write the download to '%1': %2").arg(filePath, state->file.errorString());
        done(d);
        return;
    }
    // A pre-signed URL is a storage bucket's, not Portkey's API: it carries its own signature and gets no API key.
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.requestTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    m_live.insert(reply);
    const quint64 generation = m_generation;
    const auto ok = [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return status >= 200 && status < 300;
    };
    const auto consume = [=] {
        if (!ok())
            return; // an error body stays in the reply for the message
        const QByteArray chunk = reply->readAll();
        state->bytes += chunk.size();
        qsizetype from = 0;
        for (qsizetype nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
            if (!QByteArray(state->tail + QByteArrayView(chunk).sliced(from, nl - from)).trimmed().isEmpty())
                ++state->rows;
            state->tail.clear();
            from = nl + 1;
        }
        state->tail += QByteArrayView(chunk).sliced(from);
        if (state->file.write(chunk) != chunk.size())
            state->writeError = true;
        if (progress)
            progress(state->bytes, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    };
    connect(reply, &QNetworkReply::readyRead, this, consume);
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        if (generation != m_generation)
            return;
        m_live.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString untrusted = untrustedCertificate(reply);
        if (untrusted.isEmpty() && !ok() && reply->error() != QNetworkReply::NoError && state->bytes == 0
            && retryLater(reply, status, attempt, tr("the download"),
                          [=, this]() mutable { fetch(url, filePath, std::move(done), progress, attempt + 1); }))
            return;
        if (reply->bytesAvailable() > 0)
            consume();
        state->file.close();
        Download d;
        d.bytes = state->bytes;
        d.rows = state->rows;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const QByteArray encoding = reply->rawHeader("content-encoding").trimmed().toLower();
        if (!ok()) {
            d.error = status > 0
                ? tr("The download answered %1: %2").arg(status).arg(messageOf(reply->readAll()))
                : tr("The download failed: %1").arg(untrusted.isEmpty() ? reply->errorString() : untrusted);
        } else if (reply->error() != QNetworkReply::NoError) {
            d.error = tr("The download broke off after %n byte(s): %1", nullptr,
                         int(qMin<qint64>(d.bytes, std::numeric_limits<int>::max())))
                          .arg(reply->errorString());
        } else if (announced > 0 && (encoding.isEmpty() || encoding == "identity") && d.bytes < announced) {
            d.error = tr("The download is truncated: %1 of %2 bytes arrived.").arg(d.bytes).arg(announced);
        } else if (state->writeError) {
            d.error = tr("Cannot write the download to '%1'.").arg(filePath);
        } else if (!state->tail.trimmed().isEmpty()) {
            // JSONL may end without a newline, but then the last record must be whole.
            QJsonParseError parseError;
            QJsonDocument::fromJson(state->tail, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                d.error = tr("The download is truncated: its last line is cut off.");
            else
                ++d.rows;
        }
        d.error = scrub(d.error);
        done(d);
    });
}

} // namespace ShadowOptic
