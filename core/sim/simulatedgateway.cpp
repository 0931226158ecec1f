// SPDX-License-Identifier: MIT
#include "simulatedgateway.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "domain/chatmessages.h"
#include "simhash.h"
#include "simulatedlogexport.h"
#include "simulatedresponder.h"

#include <deque>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace ShadowOptic {

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 246:
        return QByteArrayLiteral("Guardrail Warning");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 446:
        return QByteArrayLiteral("Guardrail Denied");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject openAiError(const QString &message, const QString &type, const QJsonValue &param, const QJsonValue &code)
{
    return QJsonObject { { QStringLiteral("error"),
                           QJsonObject { { QStringLiteral("message"), message },
                                         { QStringLiteral("type"), type },
                                         { QStringLiteral("param"), param },
                                         { QStringLiteral("code"), code } } } };
}

// Portkey's hook_results: a failed check that denies (446) or only warns (246).
QJsonObject hookResults(bool deny)
{
    const bool verdict = false;
    const QJsonObject check { { QStringLiteral("id"), QStringLiteral("default.regexMatch") },
                              { QStringLiteral("verdict"), false },
                              { QStringLiteral("data"), QJsonObject() },
                              { QStringLiteral("execution_time"), 1 } };
    const QJsonObject hook { { QStringLiteral("verdict"), verdict },
                             { QStringLiteral("id"), QStringLiteral("sim-guardrail") },
                             { QStringLiteral("transformed"), false },
                             { QStringLiteral("checks"), QJsonArray { check } },
                             { QStringLiteral("feedback"), QJsonValue() },
                             { QStringLiteral("execution_time"), 1 },
                             { QStringLiteral("async"), false },
                             { QStringLiteral("type"), QStringLiteral("guardrail") },
                             { QStringLiteral("deny"), deny } };
    return QJsonObject { { QStringLiteral("before_request_hooks"), QJsonArray { hook } },
                         { QStringLiteral("after_request_hooks"), QJsonArray() } };
}

QByteArray modelObject(const SimulatedModel &m)
{
    return compact(QJsonObject { { QStringLiteral("id"), m.id },
                                 { QStringLiteral("object"), QStringLiteral("model") },
                                 { QStringLiteral("created"), 1700000000 },
                                 { QStringLiteral("owned_by"), m.ownedBy } });
}

const QByteArray &modelListJson()
{
    static const QByteArray json = [] {
        QJsonArray data;
        for (const SimulatedModel &m : SimulatedModel::all())
            data.append(QJsonDocument::fromJson(modelObject(m)).object());
        return compact(
            QJsonObject { { QStringLiteral("object"), QStringLiteral("list") }, { QStringLiteral("data"), data } });
    }();
    return json;
}

QString hex(quint64 v)
{
    return QString::number(v, 16).rightJustified(16, u'0');
}

} // namespace

struct SimulatedGateway::Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    HeaderList headers;
    int delayMs = 0;
    bool hang = false;
    bool truncate = false; // announce the full body, send half of it, then close
    bool reset = false; // like truncate, but end with a TCP reset
    bool close = false;
};

struct SimulatedGateway::Connection
{
    struct Outgoing
    {
        QByteArray bytes;
        bool ready = false;
        bool close = false;
        bool reset = false;
    };

    QTcpSocket *socket = nullptr;
    HttpRequestParser parser;
    std::deque<Outgoing> queue; // responses in request order (pipelining)
    quint64 firstSequence = 0; // sequence number of queue.front()
    bool closing = false;
};

SimulatedGateway::SimulatedGateway(QObject *parent)
    : QObject(parent)
    , m_logExport(std::make_unique<SimulatedLogExport>())
{
}

SimulatedGateway::~SimulatedGateway()
{
    closeInOwnThread();
}

bool SimulatedGateway::listen(quint16 port)
{
    if (QThread::currentThread() == thread())
        return listenInOwnThread(port);
    bool ok = false;
    QMetaObject::invokeMethod(
        this, [&] { ok = listenInOwnThread(port); }, Qt::BlockingQueuedConnection);
    return ok;
}

void SimulatedGateway::close()
{
    if (QThread::currentThread() == thread())
        closeInOwnThread();
    else
        QMetaObject::invokeMethod(
            this, [this] { closeInOwnThread(); }, Qt::BlockingQueuedConnection);
}

bool SimulatedGateway::listenInOwnThread(quint16 port)
{
    closeInOwnThread();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        QMutexLocker lock(&m_configMutex);
        m_errorString = tr("Could not listen on 127.0.0.1:%1: %2").arg(port).arg(reason);
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedGateway::acceptConnections);
    m_port = m_server->serverPort();
    return true;
}

void SimulatedGateway::closeInOwnThread()
{
    m_port = 0;
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_currentConnections = 0;
}

QUrl SimulatedGateway::baseUrl() const
{
    const quint16 p = port();
    if (p == 0)
        return QUrl();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(p));
}

QString SimulatedGateway::errorString() const
{
    QMutexLocker lock(&m_configMutex);
    return m_errorString;
}

void SimulatedGateway::setFaultPlan(const FaultPlan &plan)
{
    QMutexLocker lock(&m_configMutex);
    m_plan = plan;
    m_faultCounters.clear();
}

FaultPlan SimulatedGateway::faultPlan() const
{
    QMutexLocker lock(&m_configMutex);
    return m_plan;
}

void SimulatedGateway::setLatencyOverrideMs(int ms)
{
    QMutexLocker lock(&m_configMutex);
    m_latencyOverrideMs = ms < 0 ? -1 : ms;
}

void SimulatedGateway::setMeasuredLatencies(const QHash<QString, double> &meanMs, double speedUp)
{
    QMutexLocker lock(&m_configMutex);
    m_measuredLatencyMs = meanMs;
    m_latencySpeedUp = speedUp > 0 ? speedUp : 1.0;
}

int SimulatedGateway::latencyOverrideMs() const
{
    QMutexLocker lock(&m_configMutex);
    return m_latencyOverrideMs;
}

void SimulatedGateway::setRandomErrorsEnabled(bool enabled)
{
    QMutexLocker lock(&m_configMutex);
    m_randomErrors = enabled;
}

bool SimulatedGateway::randomErrorsEnabled() const
{
    QMutexLocker lock(&m_configMutex);
    return m_randomErrors;
}

void SimulatedGateway::resetFaultCounters()
{
    QMutexLocker lock(&m_configMutex);
    m_faultCounters.clear();
}

void SimulatedGateway::setAttemptLogEnabled(bool enabled)
{
    QMutexLocker lock(&m_configMutex);
    m_logAttempts = enabled;
    m_attempts.clear();
}

QHash<QString, SimulatedGateway::AttemptLog> SimulatedGateway::attemptLog() const
{
    QMutexLocker lock(&m_configMutex);
    return m_attempts;
}

QString SimulatedGateway::requestKey(const QString &runUuid, const QString &logId, const QString &role,
                                     const QString &model)
{
    return runUuid + u'\x1f' + logId + u'\x1f' + role + u'\x1f' + model;
}

SimulatedGateway::Stats SimulatedGateway::stats() const
{
    Stats s;
    s.requestsServed = m_requestsServed.load();
    s.chatCompletions = m_chatCompletions.load();
    s.judgeRequests = m_judgeRequests.load();
    s.errorResponses = m_errorResponses.load();
    s.faultsInjected = m_faultsInjected.load();
    s.discardedReads = m_discardedReads.load();
    s.partialRequests = m_partialRequests.load();
    s.currentConnections = m_currentConnections.load();
    s.peakConnections = m_peakConnections.load();
    return s;
}

void SimulatedGateway::resetStats()
{
    m_requestsServed = 0;
    m_chatCompletions = 0;
    m_judgeRequests = 0;
    m_errorResponses = 0;
    m_faultsInjected = 0;
    m_discardedReads = 0;
    m_partialRequests = 0;
    m_peakConnections = m_currentConnections.load();
}

void SimulatedGateway::setExportLogs(const QList<QByteArray> &jsonlLines)
{
    m_logExport->setLogs(jsonlLines);
}

QStringList SimulatedGateway::modelIds()
{
    QStringList ids;
    for (const SimulatedModel &m : SimulatedModel::all())
        ids.append(m.id);
    return ids;
}

void SimulatedGateway::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        // Small responses must not wait for delayed ACKs.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        m_connections.emplace(socket, std::move(connection));
        const int now = ++m_currentConnections;
        if (now > m_peakConnections.load())
            m_peakConnections = now;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFromSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropConnection(socket); });
        if (socket->bytesAvailable() > 0)
            readFromSocket(socket);
    }
}

void SimulatedGateway::dropConnection(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->second->parser.hasBufferedData() || socket->bytesAvailable() > 0)
        ++m_partialRequests;
    m_connections.erase(it);
    --m_currentConnections;
    socket->disconnect(this);
    socket->deleteLater();
}

void SimulatedGateway::readFromSocket(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (connection.closing) {
        if (!socket->readAll().isEmpty())
            ++m_discardedReads;
        return;
    }
    connection.parser.append(socket->readAll());
    for (;;) {
        Request request;
        const HttpRequestParser::Status status = connection.parser.next(&request);
        if (connection.parser.takeContinueRequest() && connection.queue.empty())
            socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        if (status == HttpRequestParser::Status::NeedMore)
            return;
        if (status == HttpRequestParser::Status::Error) {
            const int code = connection.parser.errorStatus();
            Request bad;
            bad.keepAlive = false;
            bad.method = QByteArrayLiteral("ERROR");
            bad.path = QByteArray::number(code);
            handleRequest(connection, std::move(bad));
            return;
        }
        const bool keepAlive = request.keepAlive;
        handleRequest(connection, std::move(request));
        if (!keepAlive || connection.closing)
            return;
    }
}

void SimulatedGateway::handleRequest(Connection &connection, Request &&request)
{
    Reply reply;
    if (request.method == "ERROR") {
        const int code = request.path.toInt();
        reply.status = code;
        reply.body
            = compact(openAiError(QStringLiteral("Malformed HTTP request."), QStringLiteral("invalid_request_error"),
                                  QJsonValue(), QStringLiteral("bad_request")));
        reply.close = true;
    } else {
        reply = route(request);
    }
    const bool close = reply.close || reply.truncate || reply.reset || !request.keepAlive;
    if (close)
        connection.closing = true;

    const quint64 sequence = connection.firstSequence + connection.queue.size();
    Connection::Outgoing out;
    out.close = close;
    out.reset = reply.reset;
    if (!reply.hang) {
        const QByteArray declared = QByteArray::number(reply.body.size());
        const QByteArray &body = reply.truncate || reply.reset ? reply.body.left(reply.body.size() / 2) : reply.body;
        QByteArray &bytes = out.bytes;
        bytes.reserve(body.size() + 256);
        bytes += QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status)
            + QByteArrayLiteral("\r\nContent-Type: ") + reply.contentType + QByteArrayLiteral("\r\nContent-Length: ")
            + declared;
        // Header bytes are kept minimal on purpose: Qt's HTTP client reads response headers one byte
        // per read() call, so every header line costs the client real CPU in throughput benchmarks.
        if (close)
            bytes += QByteArrayLiteral("\r\nConnection: close");
        for (const auto &h : std::as_const(reply.headers))
            bytes += QByteArrayLiteral("\r\n") + h.first + QByteArrayLiteral(": ") + h.second;
        bytes += QByteArrayLiteral("\r\n\r\n");
        if (request.method != "HEAD")
            bytes += body;
        if (reply.status >= 400)
            ++m_errorResponses;
    }
    connection.queue.push_back(std::move(out));

    if (reply.hang)
        return; // never ready: the client has to time out
    if (reply.delayMs <= 0) {
        connection.queue.back().ready = true;
        flush(connection);
        return;
    }
    QTcpSocket *socket = connection.socket;
    QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, socket,
                       [this, socket, sequence] { markReady(socket, sequence); });
}

void SimulatedGateway::markReady(QTcpSocket *socket, quint64 sequence)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    if (sequence < connection.firstSequence || sequence - connection.firstSequence >= connection.queue.size())
        return;
    connection.queue[sequence - connection.firstSequence].ready = true;
    flush(connection);
}

void SimulatedGateway::flush(Connection &connection)
{
    while (!connection.queue.empty() && connection.queue.front().ready) {
        Connection::Outgoing out = std::move(connection.queue.front());
        connection.queue.pop_front();
        ++connection.firstSequence;
        connection.socket->write(out.bytes);
        ++m_requestsServed;
        if (out.reset) {
            connection.queue.clear();
            connection.socket->flush();
            // Mid-body: the client has the headers and part of the body when the reset arrives.
            QTcpSocket *socket = connection.socket;
            QTimer::singleShot(20, socket, [this, socket] { resetConnection(socket); });
            return;
        }
        if (out.close) {
            connection.queue.clear();
            connection.socket->disconnectFromHost();
            return;
        }
    }
}

void SimulatedGateway::resetConnection(QTcpSocket *socket)
{
    if (m_connections.find(socket) == m_connections.end())
        return;
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
    dropConnection(socket);
}

SimulatedGateway::Reply SimulatedGateway::route(const Request &request)
{
    QByteArray path = request.path;
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const QByteArray &method = request.method;
    const bool get = method == "GET" || method == "HEAD";
    const bool post = method == "POST";
    const auto methodNotAllowed = [&] {
        Reply r;
        r.status = 405;
        r.body = compact(openAiError(
            QStringLiteral("Method %1 is not allowed on %2.").arg(QString::fromLatin1(method), QString::fromUtf8(path)),
            QStringLiteral("invalid_request_error"), QJsonValue(), QStringLiteral("method_not_allowed")));
        return r;
    };

    if (path == "/v1/chat/completions" || path == "/chat/completions")
        return post ? chatCompletion(request) : methodNotAllowed();
    if (path == "/v1/models" || path == "/models") {
        if (!get)
            return methodNotAllowed();
        Reply r;
        r.body = modelListJson();
        return r;
    }
    if (path.startsWith("/v1/models/") || path.startsWith("/models/")) {
        const QString id = QString::fromUtf8(path.mid(path.indexOf("/models/") + 8));
        Reply r;
        if (const SimulatedModel *m = SimulatedModel::find(id)) {
            r.body = modelObject(*m);
        } else {
            r.status = 404;
            r.body = compact(openAiError(QStringLiteral("The model '%1' does not exist.").arg(id),
                                         QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                                         QStringLiteral("model_not_found")));
        }
        return r;
    }
    if (path == "/" || path == "/health" || path == "/v1" || path == "/v1/health") {
        if (!get)
            return methodNotAllowed();
        Reply r;
        r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        r.body = QByteArrayLiteral("Shadow Optic simulated gateway is running.\n");
        return r;
    }
    if (SimulatedLogExport::handles(path)) {
        const SimulatedLogExport::Response e
            = m_logExport->handle(request, path, QByteArrayLiteral("http://127.0.0.1:") + QByteArray::number(port()));
        Reply r;
        r.status = e.status;
        r.body = e.body;
        r.headers = e.headers;
        r.contentType = e.contentType;
        r.truncate = e.truncate;
        return r;
    }
    if (path == "/_control/faults")
        return controlFaults(request);
    if (path == "/_control/stats") {
        const Stats s = stats();
        Reply r;
        r.body = compact(QJsonObject { { QStringLiteral("requests_served"), qint64(s.requestsServed) },
                                       { QStringLiteral("chat_completions"), qint64(s.chatCompletions) },
                                       { QStringLiteral("judge_requests"), qint64(s.judgeRequests) },
                                       { QStringLiteral("error_responses"), qint64(s.errorResponses) },
                                       { QStringLiteral("faults_injected"), qint64(s.faultsInjected) },
                                       { QStringLiteral("current_connections"), s.currentConnections },
                                       { QStringLiteral("peak_connections"), s.peakConnections } });
        return r;
    }
    if (path == "/_control/reset") {
        if (!post)
            return methodNotAllowed();
        resetStats();
        resetFaultCounters();
        m_requestCounter = 0;
        Reply r;
        r.body = QByteArrayLiteral("{\"ok\":true}");
        return r;
    }

    Reply r;
    r.status = 404;
    r.body = compact(openAiError(
        QStringLiteral("Unknown request URL: %1 %2.").arg(QString::fromLatin1(method), QString::fromUtf8(request.path)),
        QStringLiteral("invalid_request_error"), QJsonValue(), QStringLiteral("unknown_url")));
    return r;
}

SimulatedGateway::Reply SimulatedGateway::controlFaults(const Request &request)
{
    Reply r;
    const auto badRequest = [&](const QString &message) {
        r.status = 400;
        r.body = compact(openAiError(message, QStringLiteral("invalid_request_error"), QJsonValue(), QJsonValue()));
        return r;
    };
    if (request.method == "DELETE") {
        setFaultPlan(FaultPlan());
    } else if (request.method == "POST") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return badRequest(QStringLiteral("The body must be a JSON object."));
        const QJsonObject o = doc.object();
        if (o.contains(QLatin1String("faults"))) {
            const QJsonValue v = o.value(QLatin1String("faults"));
            QString spec;
            if (v.isArray()) {
                QStringList parts;
                for (const QJsonValue &item : v.toArray())
                    parts.append(item.toString());
                spec = parts.join(u',');
            } else {
                spec = v.toString();
            }
            QString message;
            const std::optional<FaultPlan> plan = FaultPlan::parse(spec, &message);
            if (!plan)
                return badRequest(message);
            setFaultPlan(*plan);
        }
        if (o.contains(QLatin1String("latency_ms"))) {
            const QJsonValue v = o.value(QLatin1String("latency_ms"));
            setLatencyOverrideMs(v.isNull() ? -1 : v.toInt(-1));
        }
        if (o.contains(QLatin1String("random_errors")))
            setRandomErrorsEnabled(o.value(QLatin1String("random_errors")).toBool(true));
        if (o.value(QLatin1String("reset_counters")).toBool())
            resetFaultCounters();
    } else if (request.method != "GET") {
        return badRequest(QStringLiteral("Use GET, POST or DELETE."));
    }
    QJsonArray faults;
    for (const FaultPlan::Rule &rule : faultPlan().rules)
        faults.append(rule.toSpec());
    r.body = compact(QJsonObject { { QStringLiteral("faults"), faults },
                                   { QStringLiteral("latency_ms"), latencyOverrideMs() },
                                   { QStringLiteral("random_errors"), randomErrorsEnabled() } });
    return r;
}

SimulatedGateway::Reply SimulatedGateway::chatCompletion(const Request &request)
{
    Reply r;
    const auto fail = [&r](int status, const QString &message, const QString &type, const QJsonValue &param,
                           const QJsonValue &code) {
        r.status = status;
        r.body = compact(openAiError(message, type, param, code));
        return r;
    };
    const QString invalid = QStringLiteral("invalid_request_error");

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(
            400, QStringLiteral("We could not parse the JSON body of your request: %1.").arg(parseError.errorString()),
            invalid, QJsonValue(), QStringLiteral("invalid_json"));
    }
    const QJsonObject body = doc.object();
    const QString modelField = body.value(QLatin1String("model")).toString();
    if (modelField.isEmpty())
        return fail(400, QStringLiteral("You must provide a model parameter."), invalid, QStringLiteral("model"),
                    QStringLiteral("missing_required_parameter"));
    const SimulatedModel *model = SimulatedModel::find(modelField);
    if (!model) {
        return fail(404,
                    QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(modelField),
                    invalid, QStringLiteral("model"), QStringLiteral("model_not_found"));
    }
    const QJsonValue messagesValue = body.value(QLatin1String("messages"));
    const QJsonArray messages = messagesValue.toArray();
    if (!messagesValue.isArray() || messages.isEmpty())
        return fail(400, QStringLiteral("'messages' must be a non-empty array."), invalid, QStringLiteral("messages"),
                    QStringLiteral("missing_required_parameter"));

    int maxTokens = body.value(QLatin1String("max_tokens")).toInt(0);
    if (maxTokens <= 0)
        maxTokens = body.value(QLatin1String("max_completion_tokens")).toInt(0);
    const bool stream = body.value(QLatin1String("stream")).toBool(false);

    // Fault rules: request header, then model suffix, then the plan.
    struct Candidate
    {
        FaultPlan::Rule rule;
        quint64 counterKey;
    };
    QList<Candidate> candidates;
    const QString lastUser = ChatMessages::lastUserText(messages);
    const quint64 promptKey = SimHash::fnv1a(QStringView(lastUser), SimHash::fnv1a(QStringView(model->id)));
    const auto addSpec = [&](QStringView spec, quint64 tag, const QString &param) -> bool {
        QString message;
        const std::optional<FaultPlan> plan = FaultPlan::parse(spec, &message);
        if (!plan) {
            fail(400, message, invalid, param, QStringLiteral("invalid_fault"));
            return false;
        }
        const quint64 specKey = SimHash::fnv1a(spec, tag);
        for (qsizetype i = 0; i < plan->rules.size(); ++i)
            candidates.append({ plan->rules.at(i), SimHash::mix(promptKey, specKey + quint64(i)) });
        return true;
    };
    const QByteArray headerSpec = request.header(FaultPlan::headerName());
    if (!headerSpec.isEmpty() && !addSpec(QString::fromUtf8(headerSpec), 1, QStringLiteral("x-simulator-fault")))
        return r;
    const qsizetype tilde = modelField.indexOf(u'~');
    if (tilde >= 0 && !addSpec(QStringView(modelField).mid(tilde + 1), 2, QStringLiteral("model")))
        return r;

    const quint64 requestNumber = m_requestCounter++;
    SimHash::Rng requestRng(SimHash::mix(promptKey, requestNumber + 0x5151));
    std::optional<FaultPlan::Rule> fault;
    int addedLatency = 0;
    int latency = 0;
    double measuredMs = -1.0;
    bool randomErrors = true;
    bool logAttempts = false;
    {
        QMutexLocker lock(&m_configMutex);
        for (qsizetype i = 0; i < m_plan.rules.size(); ++i)
            candidates.append({ m_plan.rules.at(i), SimHash::mix(promptKey, 0x706c616e00ULL + quint64(i)) });
        for (const Candidate &c : std::as_const(candidates)) {
            const FaultPlan::Rule &rule = c.rule;
            const bool latencyRule = rule.kind == FaultPlan::Kind::Latency;
            if ((fault && !latencyRule) || (!rule.model.isEmpty() && rule.model != model->id)
                || (!rule.match.isEmpty() && !lastUser.contains(rule.match, Qt::CaseInsensitive)))
                continue;
            bool hit;
            if (rule.count >= 0)
                hit = m_faultCounters[c.counterKey]++ < rule.count;
            else
                hit = rule.probability >= 1.0 || requestRng.chance(rule.probability);
            if (!hit)
                continue;
            if (latencyRule)
                addedLatency += std::max(0, rule.ms) + (rule.jitterMs > 0 ? requestRng.bounded(rule.jitterMs) : 0);
            else
                fault = rule;
        }
        latency = m_latencyOverrideMs;
        measuredMs = m_measuredLatencyMs.value(model->id, -1.0) / m_latencySpeedUp;
        randomErrors = m_randomErrors;
        logAttempts = m_logAttempts;
    }
    const quint64 seed = [&] {
        quint64 h = SimHash::fnv1a(QStringView(model->id));
        for (const QJsonValue &m : messages) {
            const QJsonObject o = m.toObject();
            h = SimHash::fnv1a(QStringView(o.value(QLatin1String("role")).toString()), h);
            h = SimHash::fnv1a(QStringView(ChatMessages::text(o.value(QLatin1String("content")))), h);
        }
        return h;
    }();
    if (latency < 0 && measuredMs > 0)
        latency = int(measuredMs * (0.6 + 0.8 * SimHash::unit(seed)));
    else if (latency < 0)
        latency = model->baseLatencyMs + int(SimHash::unit(seed) * model->jitterMs);
    r.delayMs = latency + addedLatency;
    if (addedLatency > 0)
        ++m_faultsInjected;

    if (!fault && randomErrors && requestRng.chance(model->errorRate)) {
        FaultPlan::Rule random;
        random.kind = requestRng.chance(0.5) ? FaultPlan::Kind::ServerError : FaultPlan::Kind::Unavailable;
        fault = random;
    } else if (fault) {
        ++m_faultsInjected;
    }
    if (logAttempts) {
        const QJsonObject meta
            = QJsonDocument::fromJson(request.header(QByteArrayLiteral("x-portkey-metadata"))).object();
        const QString key
            = requestKey(meta.value(QLatin1String("run_id")).toString(), meta.value(QLatin1String("log_id")).toString(),
                         meta.value(QLatin1String("role")).toString(), modelField);
        std::optional<FaultPlan::Kind> met;
        if (fault)
            met = fault->kind;
        QMutexLocker lock(&m_configMutex);
        if (m_logAttempts)
            m_attempts[key].append(met);
    }

    if (fault) {
        const QString server = QStringLiteral("server_error");
        switch (fault->kind) {
        case FaultPlan::Kind::RateLimit:
            if (fault->ms >= 0)
                r.headers.append({ QByteArrayLiteral("retry-after-ms"), QByteArray::number(fault->ms) });
            else
                r.headers.append(
                    { QByteArrayLiteral("retry-after"),
                      QByteArray::number(std::max(0, fault->retryAfterSec < 0 ? 1 : fault->retryAfterSec)) });
            return fail(429,
                        QStringLiteral("Rate limit reached for %1 (simulated). Please try again later.").arg(model->id),
                        QStringLiteral("requests"), QJsonValue(), QStringLiteral("rate_limit_exceeded"));
        case FaultPlan::Kind::ServerError:
            return fail(500, QStringLiteral("The server had an error while processing your request (simulated)."),
                        server, QJsonValue(), QJsonValue());
        case FaultPlan::Kind::Unavailable:
            return fail(503, QStringLiteral("The engine is currently overloaded, please try again later (simulated)."),
                        server, QJsonValue(), QStringLiteral("overloaded"));
        case FaultPlan::Kind::Hang:
            r.hang = true;
            return r;
        case FaultPlan::Kind::GuardrailDenied: {
            QJsonObject denial
                = openAiError(QStringLiteral("The guardrail checks defined in the config failed. You "
                                             "can find more information in the `hook_results` object."),
                              QStringLiteral("hooks_failed"), QJsonValue(), QStringLiteral("hooks_failed"));
            denial.insert(QStringLiteral("hook_results"), hookResults(true));
            r.status = 446;
            r.body = compact(denial);
            return r;
        }
        case FaultPlan::Kind::GatewayError:
            r.status = fault->status > 0 ? fault->status : 502;
            r.body = compact(
                QJsonObject { { QStringLiteral("status"), QStringLiteral("failure") },
                              { QStringLiteral("message"),
                                QStringLiteral("openai error: upstream request failed (simulated gateway error)") } });
            return r;
        case FaultPlan::Kind::MalformedJson:
            r.body
                = QByteArrayLiteral("{\"id\":\"chatcmpl-sim\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                                    "\"message\":{\"role\":\"assistant\",\"content\":\"Here is the answ");
            return r;
        default:
            break; // content faults need the completion
        }
    }

    SimulatedResponder::Completion completion = SimulatedResponder::complete(*model, messages, maxTokens, seed);
    if (fault && fault->kind == FaultPlan::Kind::ContentFilter) {
        completion.finishReason = QStringLiteral("content_filter");
        if (fault->partial) {
            qsizetype cut = completion.content.size() / 3;
            const qsizetype space = completion.content.lastIndexOf(u' ', cut);
            completion.content.truncate(space > 0 ? space : cut);
        } else {
            completion.content.clear();
        }
        completion.completionTokens = SimulatedResponder::estimateTokens(completion.content);
    } else if (fault && fault->kind == FaultPlan::Kind::Prose) {
        completion.content = QLatin1String("Sure! Here is what you asked for:\n") + completion.content
            + QLatin1String("\nLet me know if you need anything else.");
        completion.completionTokens = SimulatedResponder::estimateTokens(completion.content);
    }

    const QString id = QLatin1String("chatcmpl-sim") + hex(SimHash::mix(seed, requestNumber));
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const QJsonObject usage { { QStringLiteral("prompt_tokens"), completion.promptTokens },
                              { QStringLiteral("completion_tokens"), completion.completionTokens },
                              { QStringLiteral("total_tokens"),
                                completion.promptTokens + completion.completionTokens } };
    if (stream) {
        // One Server-Sent Events body: role, content pieces, finish reason, [DONE].
        r.contentType = QByteArrayLiteral("text/event-stream");
        const auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish, bool withUsage) {
            QJsonObject o { { QStringLiteral("id"), id },
                            { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                            { QStringLiteral("created"), created },
                            { QStringLiteral("model"), model->id },
                            { QStringLiteral("choices"),
                              QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                                                         { QStringLiteral("delta"), delta },
                                                         { QStringLiteral("finish_reason"), finish } } } } };
            if (withUsage)
                o.insert(QStringLiteral("usage"), usage);
            return QByteArrayLiteral("data: ") + compact(o) + QByteArrayLiteral("\n\n");
        };
        r.body += chunk(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                      { QStringLiteral("content"), QString() } },
                        QJsonValue(), false);
        constexpr qsizetype piece = 64;
        for (qsizetype i = 0; i < completion.content.size(); i += piece)
            r.body += chunk(QJsonObject { { QStringLiteral("content"), completion.content.mid(i, piece) } },
                            QJsonValue(), false);
        r.body += chunk(QJsonObject(), completion.finishReason, true);
        r.body += QByteArrayLiteral("data: [DONE]\n\n");
    } else {
        const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
                                    { QStringLiteral("content"), completion.content },
                                    { QStringLiteral("refusal"), QJsonValue() } };
        QJsonObject response { { QStringLiteral("id"), id },
                               { QStringLiteral("object"), QStringLiteral("chat.completion") },
                               { QStringLiteral("created"), created },
                               { QStringLiteral("model"), model->id },
                               { QStringLiteral("choices"),
                                 QJsonArray {
                                     QJsonObject { { QStringLiteral("index"), 0 },
                                                   { QStringLiteral("message"), message },
                                                   { QStringLiteral("logprobs"), QJsonValue() },
                                                   { QStringLiteral("finish_reason"), completion.finishReason } } } },
                               { QStringLiteral("usage"), usage },
                               { QStringLiteral("system_fingerprint"), QStringLiteral("fp_shadowoptic_sim") } };
        if (fault && fault->kind == FaultPlan::Kind::GuardrailWarning) {
            r.status = 246;
            response.insert(QStringLiteral("hook_results"), hookResults(false));
        }
        r.body = compact(response);
    }
    if (fault && fault->kind == FaultPlan::Kind::TruncatedBody)
        r.truncate = true;
    if (fault && fault->kind == FaultPlan::Kind::ConnectionReset)
        r.reset = true;
    ++m_chatCompletions;
    if (completion.judge)
        ++m_judgeRequests;
    return r;
}

} // namespace ShadowOptic
