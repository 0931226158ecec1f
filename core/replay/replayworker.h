// SPDX-License-Identifier: MIT
#pragma once

#include "replayjob.h"
#include "replayoptions.h"
#include "replaytarget.h"
#include "responseparser.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace ShadowOptic {

/** Sends replay requests from one network thread. Owns its QNetworkAccessManagers (Qt 6.4 opens at most six
 *  HTTP/1.1 connections per host per manager, so it keeps one manager per six in-flight requests) and does the
 *  retries with backoff itself; the engine sees one completed() per job. All slots run in the worker's thread.
 *
 *  Each attempt has a deadline of the run's timeout for the whole exchange (a server that drips a byte now and then
 *  cannot keep it alive), at most MaxReplyBytes of body and MaxResponseHeaders header lines; beyond those limits it
 *  is aborted with its own error, and the two size limits are final (a retry would get the same). */
class ReplayWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxReplyBytes = 16 * 1024 * 1024;
    static constexpr qint64 ReadBufferBytes = 256 * 1024; // what Qt's HTTP thread may read ahead of us
    static constexpr int MaxResponseHeaders = 1000;

    explicit ReplayWorker(QObject *parent = nullptr);
    ~ReplayWorker() override;

public slots:
    void configure(const ShadowOptic::ReplayTarget &target, const ShadowOptic::ReplayOptions &options,
                   const QString &runUuid, int maxInFlight);
    void send(const ShadowOptic::ReplayJob &job, quint64 ticket);
    /** Aborts every live reply and pending retry at once; their jobs report nothing. */
    void abortAll();

signals:
    void completed(quint64 ticket, const ShadowOptic::ReplayJob &job, const ShadowOptic::ResponseParser::Http &http);
    void retrying(quint64 ticket, const QString &model, int attempt, int delayMs, const QString &reason);

private:
    struct InFlight
    {
        ReplayJob job;
        quint64 ticket = 0;
        int attempt = 0;
        qint64 startedMs = 0;
        bool resent = false; // this attempt went out again after a connection closed before it was sent
    };
    enum class Abort {
        None,
        TimedOut,
        TooLarge,
        TooManyHeaders,
    };
    struct Live
    {
        quint64 ticket = 0;
        Abort abort = Abort::None;
        qint64 declaredBytes = -1; // Content-Length, when it alone exceeds the limit
        int headerCount = 0;
        bool headersSeen = false;
        QByteArray body; // read as it arrives, so that Qt's read buffer stays small and throttles the socket
    };
    void attempt(quint64 ticket);
    void onFinished(QNetworkReply *reply);
    void checkHeaders(QNetworkReply *reply);
    void readBody(QNetworkReply *reply);
    void stop(QNetworkReply *reply, Abort reason);
    QNetworkAccessManager *nextManager();
    QNetworkAccessManager *addManager();

    ReplayTarget m_target;
    ReplayOptions m_options;
    QString m_runUuid;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_load; // replies in flight per manager
    QHash<quint64, InFlight> m_jobs;
    QHash<QNetworkReply *, Live> m_replies;
    QHash<QNetworkReply *, QList<QSslError>> m_sslErrors;
    QHash<QString, QList<QSslError>> m_hostSslErrors; // by host:port, for this run
    QSslConfiguration m_ssl; // the system's trust plus the target's trusted certificates
    QRandomGenerator m_jitter;
    quint64 m_abortGeneration = 0;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ResponseParser::Http)
