// SPDX-License-Identifier: MIT
#pragma once

#include "pulloptions.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace ShadowOptic {

/**
 * The calls of Portkey's Log Export API (create, start, status, download URL) and the download of the signed URL
 * into a file, asynchronous on one QNetworkAccessManager. 429 (honouring retry-after), 408, 5xx and network errors
 * are retried up to PullOptions::maxAttempts with backoff; every other answer is final. The API key goes only to
 * the API's base URL, never to the signed URL, and never into an error text.
 *
 * Lives in the caller's thread and needs its event loop. abort() stops everything: no callback runs after it.
 */
class LogExportClient : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QString error; // empty on a 2xx answer with a JSON object
    };
    struct Download
    {
        qint64 bytes = 0;
        qint64 rows = 0; // non-empty lines
        QString error; // broke off, cut last line, fewer bytes than announced, or an error status
    };
    using ReplyFn = std::function<void(const Reply &)>;
    using DownloadFn = std::function<void(const Download &)>;
    using ProgressFn = std::function<void(qint64 bytes, qint64 total)>;

    explicit LogExportClient(const PullOptions &options, QObject *parent = nullptr);
    ~LogExportClient() override;

    /** POST /logs/exports for created_at in [fromMs, toMs] (both ends inclusive, to the second). */
    void create(qint64 fromMs, qint64 toMs, ReplyFn done);
    void start(const QString &exportId, ReplyFn done);
    void status(const QString &exportId, ReplyFn done);
    void downloadUrl(const QString &exportId, ReplyFn done);
    /** Streams signedUrl into filePath (truncated first). */
    void download(const QUrl &signedUrl, const QString &filePath, DownloadFn done, ProgressFn progress = {});
    void abort();

    int retries() const { return m_retries; }
    /** The fields the importer reads (SPEC §2), as Portkey's requested_data names them. */
    static QStringList requestedData();

signals:
    /** A retried answer, for the activity log (no key in it). */
    void retrying(const QString &text);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, ReplyFn done, int attempt);
    void fetch(const QUrl &url, const QString &filePath, DownloadFn done, ProgressFn progress, int attempt);
    bool retryLater(QNetworkReply *reply, int status, int attempt, const QString &what, std::function<void()> again);
    QString scrub(QString text) const;
    static QString messageOf(const QByteArray &body);
    /** Why the server's certificate was refused, naming the host and QSslError's reasons; empty when it was not. */
    QString untrustedCertificate(QNetworkReply *reply);

    PullOptions m_options;
    QNetworkAccessManager *m_nam;
    QSet<QNetworkReply *> m_live;
    QHash<QNetworkReply *, QList<QSslError>> m_sslErrors; // recorded for the message, never ignored
    quint64 m_generation = 0;
    int m_retries = 0;
};

} // namespace ShadowOptic
