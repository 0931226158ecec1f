// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "faultplan.h"
#include "httprequestparser.h"
#include "simulatedmodel.h"

#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace ShadowOptic {

/**
 * An OpenAI-compatible HTTP/1.1 server on 127.0.0.1 that answers with simulated models.
 *
 * Endpoints: `POST /v1/chat/completions` (and `/chat/completions`), `GET /v1/models`,
 * `GET /v1/models/{id}`, `GET /` and `/health`, plus test controls under `/_control/`:
 * `GET|POST|DELETE /_control/faults` (JSON `{"faults":["429x2"],"latency_ms":50,"random_errors":false}`,
 * every key optional), `GET /_control/stats`, `POST /_control/reset`. Portkey's Log Export API
 * (`/v1/logs/exports…`) is served by SimulatedLogExport.
 *
 * Threading: the server lives in the thread that owns the object; sockets and timers are created
 * there, and responses are delayed with timers, never by blocking. It may be moved to a dedicated
 * QThread (create it without a parent). listen() and close() may be called from any thread: they
 * run in the owning thread, which must then be running its event loop. Settings and statistics
 * accessors are thread-safe. Destroy it in its own thread (e.g. deleteLater()).
 */
class SimulatedLogExport;

class SimulatedGateway : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        quint64 requestsServed = 0; // responses written, all endpoints and statuses
        quint64 chatCompletions = 0; // successful (2xx) chat completions
        quint64 judgeRequests = 0;
        quint64 errorResponses = 0; // 4xx/5xx written
        quint64 faultsInjected = 0;
        quint64 discardedReads = 0; // bytes arrived on a connection already closing, and were dropped
        quint64 partialRequests = 0; // connections that went away with an incomplete request buffered
        int currentConnections = 0;
        int peakConnections = 0;
    };

    explicit SimulatedGateway(QObject *parent = nullptr);
    ~SimulatedGateway() override;

    /** Binds 127.0.0.1:port (0 picks a free port). Returns false and sets errorString() on failure. */
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const { return m_port.load() != 0; }
    quint16 port() const { return m_port.load(); }
    /** `http://127.0.0.1:PORT/v1`, or an empty URL when not listening. */
    QUrl baseUrl() const;
    QString errorString() const;

    /** Replaces the plan and resets its "first N" counters. */
    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;
    /** Every response takes exactly this many ms (plus injected latency); -1 uses model profiles. */
    void setLatencyOverrideMs(int ms);
    int latencyOverrideMs() const;
    /** Models answer in their measured mean latency (e.g. the logs' own, by model id) divided by speedUp, spread
     *  ±40 % by prompt; models without a measurement keep their profile. An override still wins. */
    void setMeasuredLatencies(const QHash<QString, double> &meanMs, double speedUp);
    /** Profile error rates (random 500/503); off for exact tests. On by default. */
    void setRandomErrorsEnabled(bool enabled);
    bool randomErrorsEnabled() const;
    /** Forgets how often each fault rule has hit, so "first N" rules fire again. */
    void resetFaultCounters();

    /** What each attempt of one chat request met: the injected fault, or nullopt for a normal answer. */
    using AttemptLog = QList<std::optional<FaultPlan::Kind>>;
    /** Records every chat completion attempt per request (off by default: the record grows with every request).
     *  Enabling it clears the record. */
    void setAttemptLogEnabled(bool enabled);
    /** The record by requestKey(); thread-safe copy. */
    QHash<QString, AttemptLog> attemptLog() const;
    /** A replay request's identity: the run, log id and role of its `x-portkey-metadata` header and its model. */
    static QString requestKey(const QString &runUuid, const QString &logId, const QString &role, const QString &model);

    quint64 requestsServed() const { return m_requestsServed.load(); }
    int peakConcurrentConnections() const { return m_peakConnections.load(); }
    int currentConnections() const { return m_currentConnections.load(); }
    Stats stats() const;
    void resetStats();

    /** The logs the Log Export API serves (JSONL lines); replaces earlier ones. Thread-safe. */
    void setExportLogs(const QList<QByteArray> &jsonlLines);
    SimulatedLogExport *logExport() const { return m_logExport.get(); }

    static QStringList modelIds();
    static const QList<SimulatedModel> &models() { return SimulatedModel::all(); }

private:
    struct Connection;
    struct Reply;
    using Request = HttpRequestParser::Request;

    bool listenInOwnThread(quint16 port);
    void closeInOwnThread();
    void acceptConnections();
    void readFromSocket(QTcpSocket *socket);
    void dropConnection(QTcpSocket *socket);
    void handleRequest(Connection &connection, Request &&request);
    Reply route(const Request &request);
    Reply chatCompletion(const Request &request);
    Reply controlFaults(const Request &request);
    void markReady(QTcpSocket *socket, quint64 sequence);
    void resetConnection(QTcpSocket *socket);
    void flush(Connection &connection);

    std::unique_ptr<SimulatedLogExport> m_logExport;
    QTcpServer *m_server = nullptr;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QString m_errorString;

    mutable QMutex m_configMutex; // guards the settings below, m_faultCounters and m_attempts
    FaultPlan m_plan;
    int m_latencyOverrideMs = -1;
    QHash<QString, double> m_measuredLatencyMs;
    double m_latencySpeedUp = 1.0;
    bool m_randomErrors = true;
    QHash<quint64, int> m_faultCounters;
    bool m_logAttempts = false;
    QHash<QString, AttemptLog> m_attempts;

    std::atomic<quint16> m_port { 0 };
    std::atomic<quint64> m_requestCounter { 0 };
    std::atomic<quint64> m_requestsServed { 0 };
    std::atomic<quint64> m_chatCompletions { 0 };
    std::atomic<quint64> m_judgeRequests { 0 };
    std::atomic<quint64> m_errorResponses { 0 };
    std::atomic<quint64> m_faultsInjected { 0 };
    std::atomic<quint64> m_discardedReads { 0 };
    std::atomic<quint64> m_partialRequests { 0 };
    std::atomic<int> m_currentConnections { 0 };
    std::atomic<int> m_peakConnections { 0 };
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::SimulatedGateway::Stats)
