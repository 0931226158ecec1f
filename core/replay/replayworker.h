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
 *  retries with backoff itself; the engine sees one completed() per job. All slots run in the worker's thread. */
class ReplayWorker : public QObject
{
    Q_OBJECT
public:
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
    };
    void attempt(quint64 ticket);
    void onFinished(QNetworkReply *reply);
    QNetworkAccessManager *nextManager();

    ReplayTarget m_target;
    ReplayOptions m_options;
    QString m_runUuid;
    QList<QNetworkAccessManager *> m_managers;
    int m_nextManager = 0;
    QHash<quint64, InFlight> m_jobs;
    QHash<QNetworkReply *, quint64> m_replies;
    QHash<QNetworkReply *, QList<QSslError>> m_sslErrors;
    QHash<QString, QList<QSslError>> m_hostSslErrors; // by host:port, for this run
    QSslConfiguration m_ssl; // the system's trust plus the target's trusted certificates
    QRandomGenerator m_jitter;
    quint64 m_abortGeneration = 0;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ResponseParser::Http)
