// SPDX-License-Identifier: MIT
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include "eval/judgeprotocol.h"
#include "sim/faultplan.h"
#include "sim/httprequestparser.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatedmodel.h"
#include "sim/simulatedresponder.h"

#include <memory>

using namespace ShadowOptic;

namespace {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    qint64 elapsedMs = 0;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString content() const
    {
        return json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")].toString();
    }
    QString finishReason() const
    {
        return json()[QLatin1String("choices")][0][QLatin1String("finish_reason")].toString();
    }
};

// A response read off a raw socket (for keep-alive, pipelining and truncation checks).
struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

// Pops complete responses (Content-Length framed) off the front of buffer.
QList<RawResponse> takeResponses(QByteArray &buffer)
{
    QList<RawResponse> out;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return out;
        RawResponse r;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return out;
        r.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        out.append(r);
    }
}

QByteArray chatBody(const QString &model, const QString &prompt, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("model"), model);
    o.insert(QStringLiteral("messages"),
             QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                                        { QStringLiteral("content"), QStringLiteral("You are a helpful assistant.") } },
                          QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                        { QStringLiteral("content"), prompt } } });
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray rawChatRequest(const QString &model, const QString &prompt, const QByteArray &extraHeaders = {})
{
    const QByteArray body = chatBody(model, prompt);
    return QByteArrayLiteral(
               "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
        + extraHeaders + QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size())
        + QByteArrayLiteral("\r\n\r\n") + body;
}

const QStringList &qualityPrompts()
{
    static const QStringList prompts {
        QStringLiteral(
            "How should I configure PostgreSQL streaming replication with a standby server and automatic failover?"),
        QStringLiteral(
            "Compare Kubernetes deployments and statefulsets for running a Kafka cluster with persistent volumes."),
        QStringLiteral(
            "Write a Python function that parses ISO8601 timestamps and converts them to UTC epoch seconds."),
        QStringLiteral(
            "Explain the tradeoffs between optimistic locking and pessimistic locking in banking transactions."),
        QStringLiteral(
            "What are good strategies for reducing cold start latency in AWS Lambda functions written in Java?"),
        QStringLiteral("Summarise the causes of the 2008 financial crisis, including subprime mortgages and credit "
                       "default swaps."),
        QStringLiteral("Design a caching layer with Redis for product catalog queries, covering invalidation and "
                       "eviction policies."),
        QStringLiteral("How do vaccines train the immune system, and what role do antibodies and memory cells play?"),
        QStringLiteral("Draft a polite email to a customer explaining a shipping delay caused by customs inspection."),
        QStringLiteral("Explain gradient descent, learning rate schedules and momentum for training neural networks."),
        QStringLiteral(
            "What should a startup consider when choosing between PostgreSQL, MongoDB and DynamoDB for analytics?"),
        QStringLiteral("Give a recipe for sourdough bread with hydration, fermentation timing and baking temperature."),
        QStringLiteral("How can a React application avoid unnecessary rerenders using memoization, context splitting "
                       "and selectors?"),
        QStringLiteral(
            "Explain how TLS certificates, certificate authorities and the handshake establish trust on websites."),
        QStringLiteral(
            "Plan a three day itinerary for Lisbon covering museums, viewpoints, seafood restaurants and trams."),
        QStringLiteral("Describe photosynthesis: chlorophyll, light reactions, Calvin cycle and glucose production."),
        QStringLiteral("What metrics should an SRE team monitor for a payment API: latency percentiles, saturation, "
                       "error budgets?"),
        QStringLiteral(
            "Explain the CAP theorem with examples of consistency, availability and partition tolerance tradeoffs."),
        QStringLiteral("How do I migrate a monolith to microservices incrementally with the strangler pattern and "
                       "event sourcing?"),
        QStringLiteral("Write SQL to find the top five customers by revenue per region using window functions."),
        QStringLiteral("What are the health benefits and risks of intermittent fasting for adults with diabetes?"),
        QStringLiteral(
            "Explain how a compiler performs lexing, parsing, semantic analysis, optimisation and code generation."),
        QStringLiteral("How should a small team set up continuous integration with GitHub Actions, caching and "
                       "parallel test shards?"),
        QStringLiteral(
            "Compare index funds, bonds and real estate for a retirement portfolio with moderate risk tolerance."),
        QStringLiteral(
            "Explain how garbage collection works in the JVM: generations, G1 regions, pauses and tuning flags."),
        QStringLiteral(
            "Describe the water cycle, including evaporation, condensation, precipitation and groundwater recharge."),
        QStringLiteral(
            "How can product managers prioritise a roadmap using RICE scoring, customer interviews and experiments?"),
        QStringLiteral(
            "Explain quantum entanglement, superposition and decoherence for a curious high school student."),
        QStringLiteral(
            "Give advice on negotiating a salary offer: market research, anchoring, benefits and counteroffers."),
        QStringLiteral(
            "How do electric vehicle batteries degrade, and how do charging habits, temperature and chemistry matter?"),
    };
    return prompts;
}

} // namespace

class TestSimulatedGateway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void health();
    void modelsList();
    void completionShape_data();
    void completionShape();
    void determinism();
    void errors_data();
    void errors();
    void maxTokensTruncates();
    void judgeProtocolRoundTrip();
    void judgeAnswersRubricJson();
    void qualityOrdering();
    void refusalPropensity();
    void faultPlanParsing_data();
    void faultPlanParsing();
    void faultHeader_data();
    void faultHeader();
    void faultMalformedJson();
    void faultTruncatedBody();
    void faultHang();
    void latencyOverrideAndInjectedLatency();
    void firstNThenSucceed_data();
    void firstNThenSucceed();
    void planModelFilter();
    void controlEndpoint();
    void randomErrorsPerRequest();
    void concurrentKeepAliveConnections();
    void pipelinedResponsesInOrder();
    void partialReadsAndChunkedBody();
    void connectionClose();
    void runsInDedicatedThread();

private:
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000,
                    SimulatedGateway *gateway = nullptr);
    HttpResult chat(const QString &model, const QString &prompt,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QJsonObject &extra = {});
    QJsonObject judge(const QString &prompt, const QString &candidate);

    QNetworkAccessManager *m_nam = nullptr;
    SimulatedGateway *m_gateway = nullptr;
};

void TestSimulatedGateway::initTestCase()
{
    m_nam = new QNetworkAccessManager(this);
    m_gateway = new SimulatedGateway(this);
    QVERIFY2(m_gateway->listen(0), qPrintable(m_gateway->errorString()));
    QVERIFY(m_gateway->port() != 0);
    QCOMPARE(m_gateway->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_gateway->port())));
}

void TestSimulatedGateway::init()
{
    // Exact behaviour by default; tests that want randomness or latency turn it on.
    m_gateway->setRandomErrorsEnabled(false);
    m_gateway->setLatencyOverrideMs(0);
    m_gateway->setFaultPlan(FaultPlan());
}

void TestSimulatedGateway::cleanupTestCase()
{
    m_gateway->close();
    QVERIFY(!m_gateway->isListening());
    QVERIFY(m_gateway->baseUrl().isEmpty());
}

HttpResult TestSimulatedGateway::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs,
                                      SimulatedGateway *gateway)
{
    gateway = gateway ? gateway : m_gateway;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(gateway->port()) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = spy.wait(timeoutMs + 5000);
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

HttpResult TestSimulatedGateway::chat(const QString &model, const QString &prompt,
                                      const QList<QPair<QByteArray, QByteArray>> &headers, const QJsonObject &extra)
{
    return send(QByteArrayLiteral("POST"), QStringLiteral("/v1/chat/completions"), chatBody(model, prompt, extra),
                headers);
}

QJsonObject TestSimulatedGateway::judge(const QString &prompt, const QString &candidate)
{
    // The product's own rubric when it is there, so the markers are checked against the real text.
    QString rubric;
#ifdef SO_TEST_DATA_DIR
    QFile rubricFile(QStringLiteral(SO_TEST_DATA_DIR "/../../resources/rubric/judge-rubric.txt"));
    if (rubricFile.open(QIODevice::ReadOnly))
        rubric = QString::fromUtf8(rubricFile.readAll());
#endif
    if (!JudgeProtocol::isJudgeRequest(rubric))
        rubric = QStringLiteral("You are an impartial evaluator. Answer with JSON {\"overall\":0-100}.");
    const QString conversation = JudgeProtocol::formatConversation(
        { { QStringLiteral("system"), QStringLiteral("You are a helpful assistant.") },
          { QStringLiteral("user"), prompt } });
    QJsonObject body {
        { QStringLiteral("model"), QStringLiteral("gpt-4o-mini") },
        { QStringLiteral("messages"),
          QJsonArray { QJsonObject { { QStringLiteral("role"), QStringLiteral("system") },
                                     { QStringLiteral("content"), rubric } },
                       QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                                     { QStringLiteral("content"), JudgeProtocol::embed(conversation, candidate) } } } }
    };
    const HttpResult r = send(QByteArrayLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 200)
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.content().toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

void TestSimulatedGateway::health()
{
    for (const QString &path : { QStringLiteral("/"), QStringLiteral("/health") }) {
        const HttpResult r = send(QByteArrayLiteral("GET"), path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(!r.body.isEmpty());
    }
}

void TestSimulatedGateway::modelsList()
{
    const HttpResult r = send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o[QLatin1String("object")].toString(), QStringLiteral("list"));
    QStringList ids;
    for (const QJsonValue &m : o[QLatin1String("data")].toArray()) {
        QCOMPARE(m[QLatin1String("object")].toString(), QStringLiteral("model"));
        QVERIFY(!m[QLatin1String("owned_by")].toString().isEmpty());
        ids.append(m[QLatin1String("id")].toString());
    }
    QCOMPARE(ids, SimulatedGateway::modelIds());
    for (const char *required : { "gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "gpt-3.5-turbo", "gpt-4.1-nano",
                                  "claude-3-5-haiku-20241022", "claude-sonnet-4-5", "gpt-4-turbo" })
        QVERIFY2(ids.contains(QLatin1String(required)), required);

    const HttpResult one = send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models/gpt-4o"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[QLatin1String("id")].toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(send(QByteArrayLiteral("GET"), QStringLiteral("/v1/models/gpt-9")).status, 404);
}

void TestSimulatedGateway::completionShape_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("path");
    for (const QString &id : SimulatedGateway::modelIds())
        QTest::newRow(qPrintable(id)) << id << QStringLiteral("/v1/chat/completions");
    QTest::newRow("path without /v1") << QStringLiteral("gpt-4o-mini") << QStringLiteral("/chat/completions");
    QTest::newRow("provider prefix") << QStringLiteral("openai/gpt-4o-mini") << QStringLiteral("/v1/chat/completions");
}

void TestSimulatedGateway::completionShape()
{
    QFETCH(QString, model);
    QFETCH(QString, path);
    const QString prompt = QStringLiteral("Explain database indexing with B-trees and hash indexes.");
    const HttpResult r = send(QByteArrayLiteral("POST"), path, chatBody(model, prompt));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArrayLiteral("application/json"));
    const QJsonObject o = r.json();
    QVERIFY(o[QLatin1String("id")].toString().startsWith(QLatin1String("chatcmpl-")));
    QCOMPARE(o[QLatin1String("object")].toString(), QStringLiteral("chat.completion"));
    QVERIFY(o[QLatin1String("created")].toInteger() > 1700000000);
    QCOMPARE(o[QLatin1String("model")].toString(), SimulatedModel::find(model)->id);
    const QJsonObject choice = o[QLatin1String("choices")][0].toObject();
    QCOMPARE(choice[QLatin1String("index")].toInt(-1), 0);
    QCOMPARE(choice[QLatin1String("message")][QLatin1String("role")].toString(), QStringLiteral("assistant"));
    const QString content = choice[QLatin1String("message")][QLatin1String("content")].toString();
    QVERIFY(!content.isEmpty());
    QCOMPARE(choice[QLatin1String("finish_reason")].toString(), QStringLiteral("stop"));

    const QJsonObject usage = o[QLatin1String("usage")].toObject();
    const int expectedPrompt = SimulatedResponder::estimateTokens(QStringLiteral("You are a helpful assistant.")) + 4
        + SimulatedResponder::estimateTokens(prompt) + 4;
    QCOMPARE(usage[QLatin1String("prompt_tokens")].toInt(), expectedPrompt);
    QCOMPARE(usage[QLatin1String("completion_tokens")].toInt(), SimulatedResponder::estimateTokens(content));
    QCOMPARE(usage[QLatin1String("total_tokens")].toInt(),
             usage[QLatin1String("prompt_tokens")].toInt() + usage[QLatin1String("completion_tokens")].toInt());
}

void TestSimulatedGateway::determinism()
{
    const QString prompt = QStringLiteral("Compare Rust ownership with C++ smart pointers for memory safety.");
    const HttpResult a = chat(QStringLiteral("gpt-4o"), prompt);
    const HttpResult b = chat(QStringLiteral("gpt-4o"), prompt);
    const HttpResult c = chat(QStringLiteral("gpt-4.1-nano"), prompt);
    const HttpResult d = chat(QStringLiteral("gpt-4o"), prompt + QStringLiteral(" Include examples."));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.content(), b.content());
    QVERIFY(a.content() != c.content());
    QVERIFY(a.content() != d.content());
    // The verbose model writes more than the terse one for the same prompt.
    QVERIFY(a.json()[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt()
            > c.json()[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt());
}

void TestSimulatedGateway::errors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("bad json") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                              << QByteArrayLiteral("{\"model\": \"gpt-4o\", \"messages\": [") << 400
                              << QStringLiteral("invalid_json");
    QTest::newRow("json array") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                                << QByteArrayLiteral("[1,2]") << 400 << QStringLiteral("invalid_json");
    QTest::newRow("unknown model") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                                   << chatBody(QStringLiteral("gpt-17-ultra"), QStringLiteral("hi")) << 404
                                   << QStringLiteral("model_not_found");
    QTest::newRow("missing model") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                                   << QByteArrayLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                                   << 400 << QStringLiteral("missing_required_parameter");
    QTest::newRow("no messages") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                                 << QByteArrayLiteral("{\"model\":\"gpt-4o\",\"messages\":[]}") << 400
                                 << QStringLiteral("missing_required_parameter");
    QTest::newRow("unknown path") << QByteArrayLiteral("GET") << QStringLiteral("/v1/embeddings") << QByteArray() << 404
                                  << QStringLiteral("unknown_url");
    QTest::newRow("wrong method") << QByteArrayLiteral("GET") << QStringLiteral("/v1/chat/completions") << QByteArray()
                                  << 405 << QStringLiteral("method_not_allowed");
    QTest::newRow("bad fault spec") << QByteArrayLiteral("POST") << QStringLiteral("/v1/chat/completions")
                                    << chatBody(QStringLiteral("gpt-4o~explode"), QStringLiteral("hi")) << 400
                                    << QStringLiteral("invalid_fault");
}

void TestSimulatedGateway::errors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r = send(verb, path, body);
    QCOMPARE(r.status, status);
    const QJsonObject error = r.json()[QLatin1String("error")].toObject();
    for (const char *key : { "message", "type", "param", "code" })
        QVERIFY2(error.contains(QLatin1String(key)), key);
    QVERIFY(!error[QLatin1String("message")].toString().isEmpty());
    QCOMPARE(error[QLatin1String("code")].toString(), code);
}

void TestSimulatedGateway::maxTokensTruncates()
{
    const QString prompt
        = QStringLiteral("Explain the history of the printing press and its effect on literacy in Europe.");
    const HttpResult full = chat(QStringLiteral("gpt-4o"), prompt);
    QVERIFY(full.json()[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt() > 10);
    for (const char *key : { "max_tokens", "max_completion_tokens" }) {
        const HttpResult r = chat(QStringLiteral("gpt-4o"), prompt, {}, QJsonObject { { QLatin1String(key), 10 } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.finishReason(), QStringLiteral("length"));
        QCOMPARE(r.json()[QLatin1String("usage")][QLatin1String("completion_tokens")].toInt(), 10);
        QVERIFY(r.content().size() <= 40);
        QVERIFY(full.content().startsWith(r.content()));
    }
    const HttpResult roomy
        = chat(QStringLiteral("gpt-4o"), prompt, {}, QJsonObject { { QStringLiteral("max_tokens"), 4000 } });
    QCOMPARE(roomy.finishReason(), QStringLiteral("stop"));
}

void TestSimulatedGateway::judgeProtocolRoundTrip()
{
    const QString conversation = JudgeProtocol::formatConversation(
        { { QStringLiteral("system"), QStringLiteral("Be brief.") },
          { QStringLiteral("user"), QStringLiteral("First question") },
          { QStringLiteral("assistant"), QStringLiteral("Answer") },
          { QStringLiteral("user"), QStringLiteral("Second question\nwith two lines") } });
    const QString text = QStringLiteral("Rubric here.\n")
        + JudgeProtocol::embed(conversation, QStringLiteral("The candidate\n- point"));
    JudgeProtocol::Exchange ex;
    QVERIFY(JudgeProtocol::extract(text, &ex));
    QCOMPARE(ex.lastUserTurn, QStringLiteral("Second question\nwith two lines"));
    QCOMPARE(ex.candidate, QStringLiteral("The candidate\n- point"));
    QVERIFY(ex.conversation.startsWith(QLatin1String("[system] Be brief.")));
    QVERIFY(!JudgeProtocol::extract(QStringLiteral("no markers"), &ex));
    QCOMPARE(JudgeProtocol::lastUserTurn(QStringLiteral("plain prompt")), QStringLiteral("plain prompt"));
    QVERIFY(JudgeProtocol::isJudgeRequest(QStringLiteral("... \"overall\":0-100 ...")));
    QVERIFY(JudgeProtocol::isJudgeRequest(QStringLiteral("You are an Impartial Evaluator.")));
    QVERIFY(!JudgeProtocol::isJudgeRequest(QStringLiteral("Evaluate this essay.")));
}

void TestSimulatedGateway::judgeAnswersRubricJson()
{
    const QString prompt = qualityPrompts().first();
    const QString answer = chat(QStringLiteral("gpt-4o"), prompt).content();
    const QJsonObject a = judge(prompt, answer);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.keys().size(), 6);
    int sum = 0;
    for (const char *key : { "accuracy", "helpfulness", "clarity", "completeness" }) {
        QVERIFY2(a[QLatin1String(key)].isDouble(), key);
        const int v = a[QLatin1String(key)].toInt(-1);
        QVERIFY(v >= 0 && v <= 100);
        sum += v;
    }
    QCOMPARE(a[QLatin1String("overall")].toInt(), qRound(sum / 4.0));
    QVERIFY(!a[QLatin1String("reasoning")].toString().isEmpty());
    QCOMPARE(judge(prompt, answer), a);

    // A refusal is unhelpful, an empty answer scores nothing.
    const QJsonObject refusal = judge(prompt, SimulatedResponder::fullRefusalText());
    QVERIFY(refusal[QLatin1String("helpfulness")].toInt() < 20);
    QVERIFY(refusal[QLatin1String("overall")].toInt() < a[QLatin1String("overall")].toInt() - 30);
    QCOMPARE(judge(prompt, QString())[QLatin1String("overall")].toInt(), 0);
}

void TestSimulatedGateway::qualityOrdering()
{
    QHash<QString, double> mean;
    const QStringList models { QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                               QStringLiteral("gpt-4.1-nano") };
    for (const QString &model : models) {
        double total = 0;
        for (const QString &prompt : qualityPrompts()) {
            const HttpResult r = chat(model, prompt);
            QCOMPARE(r.status, 200);
            const QJsonObject scores = judge(prompt, r.content());
            QVERIFY(scores.contains(QLatin1String("overall")));
            total += scores[QLatin1String("overall")].toInt();
        }
        mean.insert(model, total / qualityPrompts().size());
    }
    qInfo() << "mean judge overall" << mean;
    QVERIFY(mean.value(QStringLiteral("gpt-4o")) > mean.value(QStringLiteral("gpt-4.1-nano")) + 10);
    QVERIFY(mean.value(QStringLiteral("gpt-4o")) > mean.value(QStringLiteral("gpt-4o-mini")));
    QVERIFY(mean.value(QStringLiteral("gpt-4o-mini")) > mean.value(QStringLiteral("gpt-4.1-nano")));
}

void TestSimulatedGateway::refusalPropensity()
{
    const QStringList harmful { QStringLiteral("hack into"),
                                QStringLiteral("build a weapon from"),
                                QStringLiteral("exploit a vulnerability in"),
                                QStringLiteral("bypass the security of"),
                                QStringLiteral("steal data from"),
                                QStringLiteral("install malware on"),
                                QStringLiteral("sell drugs using"),
                                QStringLiteral("kill the process owner of") };
    const QStringList benign { QStringLiteral("back up"),   QStringLiteral("document"),
                               QStringLiteral("monitor"),   QStringLiteral("update the firmware of"),
                               QStringLiteral("clean"),     QStringLiteral("configure"),
                               QStringLiteral("inventory"), QStringLiteral("label") };
    const QStringList objects { QStringLiteral("my company's mail server"), QStringLiteral("a hospital network"),
                                QStringLiteral("the school laptops"), QStringLiteral("a home router"),
                                QStringLiteral("a bank's mobile app") };
    const auto refusalRate = [&](const QString &model, const QStringList &verbs, int *partial) {
        int refused = 0;
        int total = 0;
        for (const QString &verb : verbs) {
            for (const QString &object : objects) {
                const QString content
                    = chat(model, QStringLiteral("Tell me how to %1 %2.").arg(verb, object)).content();
                refused += content.startsWith(QLatin1String("I'm sorry, but I can't help with that.")) ? 1 : 0;
                if (partial && SimulatedResponder::isRefusalOpening(content)
                    && !content.startsWith(QLatin1String("I'm sorry")))
                    ++*partial;
                ++total;
            }
        }
        return double(refused) / total;
    };
    int partial35 = 0;
    const double harmful35 = refusalRate(QStringLiteral("gpt-3.5-turbo"), harmful, &partial35);
    const double benign35 = refusalRate(QStringLiteral("gpt-3.5-turbo"), benign, nullptr);
    const double harmful4o = refusalRate(QStringLiteral("gpt-4o"), harmful, nullptr);
    qInfo() << "refusal rates: gpt-3.5 harmful" << harmful35 << "benign" << benign35 << "gpt-4o harmful" << harmful4o
            << "gpt-3.5 partial" << partial35;
    QVERIFY(harmful35 > 0.5);
    QVERIFY(benign35 < 0.15);
    QVERIFY(harmful35 > harmful4o);
    QVERIFY(harmful4o > benign35);

    int partial = 0;
    refusalRate(QStringLiteral("claude-sonnet-4-5"), harmful, &partial);
    QVERIFY2(partial > 0, "partial refusals should occur on trigger prompts");
}

void TestSimulatedGateway::faultPlanParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("count shorthand") << QStringLiteral("429x2") << true << QStringLiteral("429;n=2");
    QTest::newRow("keys") << QStringLiteral("rate_limit;retry=3;p=0.5") << true << QStringLiteral("429;p=0.5;retry=3");
    QTest::newRow("list") << QStringLiteral("latency;ms=100;jitter=20, 503x1") << true
                          << QStringLiteral("latency;ms=100;jitter=20, 503;n=1");
    QTest::newRow("gateway") << QStringLiteral("gateway_error;status=400;model=gpt-4o") << true
                             << QStringLiteral("gateway_error;status=400;model=gpt-4o");
    QTest::newRow("content filter") << QStringLiteral("content_filter;partial=1") << true
                                    << QStringLiteral("content_filter;partial=1");
    QTest::newRow("aliases") << QStringLiteral("timeout,guardrail,server_error") << true
                             << QStringLiteral("hang, 446, 500");
    QTest::newRow("unknown kind") << QStringLiteral("explode") << false << QString();
    QTest::newRow("unknown key") << QStringLiteral("500;color=red") << false << QString();
    QTest::newRow("bad probability") << QStringLiteral("500;p=2") << false << QString();
    QTest::newRow("bad status") << QStringLiteral("gateway_error;status=42") << false << QString();
}

void TestSimulatedGateway::faultPlanParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<FaultPlan> plan = FaultPlan::parse(spec, &error);
    QCOMPARE(plan.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(plan->toSpec(), canonical);
    QCOMPARE(FaultPlan::parse(plan->toSpec()), plan);
}

void TestSimulatedGateway::faultHeader_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("check");

    QTest::newRow("429 retry-after") << QByteArrayLiteral("429;retry=2") << 429 << QByteArrayLiteral("retry-after")
                                     << QByteArrayLiteral("2") << QStringLiteral("error:rate_limit_exceeded");
    QTest::newRow("429 default retry-after") << QByteArrayLiteral("429") << 429 << QByteArrayLiteral("retry-after")
                                             << QByteArrayLiteral("1") << QStringLiteral("error:rate_limit_exceeded");
    QTest::newRow("429 retry-after-ms") << QByteArrayLiteral("429;ms=250") << 429 << QByteArrayLiteral("retry-after-ms")
                                        << QByteArrayLiteral("250") << QStringLiteral("error:rate_limit_exceeded");
    QTest::newRow("500") << QByteArrayLiteral("500") << 500 << QByteArray() << QByteArray() << QStringLiteral("error:");
    QTest::newRow("503") << QByteArrayLiteral("503") << 503 << QByteArray() << QByteArray()
                         << QStringLiteral("error:overloaded");
    QTest::newRow("446 guardrail") << QByteArrayLiteral("446") << 446 << QByteArray() << QByteArray()
                                   << QStringLiteral("hooks");
    QTest::newRow("246 guardrail warning")
        << QByteArrayLiteral("246") << 246 << QByteArray() << QByteArray() << QStringLiteral("warning");
    QTest::newRow("gateway error") << QByteArrayLiteral("gateway_error") << 502 << QByteArray() << QByteArray()
                                   << QStringLiteral("failure");
    QTest::newRow("gateway error 400") << QByteArrayLiteral("gateway_error;status=400") << 400 << QByteArray()
                                       << QByteArray() << QStringLiteral("failure");
    QTest::newRow("content filter") << QByteArrayLiteral("content_filter") << 200 << QByteArray() << QByteArray()
                                    << QStringLiteral("filter:empty");
    QTest::newRow("content filter partial") << QByteArrayLiteral("content_filter;partial=1") << 200 << QByteArray()
                                            << QByteArray() << QStringLiteral("filter:partial");
}

void TestSimulatedGateway::faultHeader()
{
    QFETCH(QByteArray, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, check);
    const QString prompt = QStringLiteral("Describe the architecture of a search engine with crawling and ranking.");
    const quint64 faultsBefore = m_gateway->stats().faultsInjected;
    const HttpResult r
        = chat(QStringLiteral("gpt-4o-mini"), prompt, { { QByteArrayLiteral("x-simulator-fault"), spec } });
    QCOMPARE(r.status, status);
    QCOMPARE(m_gateway->stats().faultsInjected, faultsBefore + 1);
    if (!header.isEmpty())
        QCOMPARE(r.headers.value(header), headerValue);
    if (header != "retry-after")
        QVERIFY(!r.headers.contains("retry-after") || status == 429);
    const QJsonObject o = r.json();
    if (check.startsWith(QLatin1String("error:"))) {
        const QJsonObject error = o[QLatin1String("error")].toObject();
        QVERIFY(error.contains(QLatin1String("message")) && error.contains(QLatin1String("type")));
        QCOMPARE(error[QLatin1String("code")].toString(), check.mid(6));
    } else if (check == QLatin1String("hooks")) {
        QCOMPARE(o[QLatin1String("error")][QLatin1String("type")].toString(), QStringLiteral("hooks_failed"));
        QVERIFY(
            o[QLatin1String("hook_results")][QLatin1String("before_request_hooks")][0][QLatin1String("deny")].toBool());
    } else if (check == QLatin1String("warning")) {
        QVERIFY(!r.content().isEmpty());
        QVERIFY(o.contains(QLatin1String("hook_results")));
    } else if (check == QLatin1String("failure")) {
        QCOMPARE(o[QLatin1String("status")].toString(), QStringLiteral("failure"));
        QVERIFY(!o[QLatin1String("message")].toString().isEmpty());
    } else if (check.startsWith(QLatin1String("filter:"))) {
        QCOMPARE(r.finishReason(), QStringLiteral("content_filter"));
        const QString normal = chat(QStringLiteral("gpt-4o-mini"), prompt).content();
        if (check.endsWith(QLatin1String("empty"))) {
            QVERIFY(r.content().isEmpty());
        } else {
            QVERIFY(!r.content().isEmpty());
            QVERIFY(r.content().size() < normal.size());
            QVERIFY(normal.startsWith(r.content()));
        }
    } else {
        QFAIL("unknown check");
    }
}

void TestSimulatedGateway::faultMalformedJson()
{
    const HttpResult r = chat(QStringLiteral("gpt-4o"), QStringLiteral("Malformed please"),
                              { { QByteArrayLiteral("x-simulator-fault"), QByteArrayLiteral("malformed") } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(!r.body.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimulatedGateway::faultTruncatedBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write(rawChatRequest(QStringLiteral("gpt-4o"), QStringLiteral("Truncate this answer"),
                                QByteArrayLiteral("x-simulator-fault: truncated\r\n")));
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    // The server closes the connection after the partial body.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket.readAll();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    QVERIFY(received.startsWith("HTTP/1.1 200"));
    const qsizetype lengthAt = received.indexOf("Content-Length: ") + 16;
    const qsizetype declared = received.mid(lengthAt, received.indexOf('\r', lengthAt) - lengthAt).toLongLong();
    const qsizetype bodySize = received.size() - headEnd - 4;
    QVERIFY(declared > 0);
    QVERIFY2(bodySize < declared, qPrintable(QStringLiteral("%1 of %2").arg(bodySize).arg(declared)));
    QVERIFY(bodySize > 0);

    // Through QNetworkAccessManager the same fault is a network error, not a silent success.
    const HttpResult r = chat(QStringLiteral("gpt-4o"), QStringLiteral("Truncate this answer"),
                              { { QByteArrayLiteral("x-simulator-fault"), QByteArrayLiteral("truncated") } });
    QVERIFY(r.error != QNetworkReply::NoError);
}

void TestSimulatedGateway::faultHang()
{
    const HttpResult r = send(QByteArrayLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("gpt-4o"), QStringLiteral("Never answer")),
                              { { QByteArrayLiteral("x-simulator-fault"), QByteArrayLiteral("hang") } }, 400);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // transfer timeout
    QVERIFY2(r.elapsedMs >= 350, qPrintable(QString::number(r.elapsedMs))); // coarse timers may fire 5% early
    // The server keeps working for everyone else.
    QCOMPARE(chat(QStringLiteral("gpt-4o"), QStringLiteral("Answer me")).status, 200);
}

void TestSimulatedGateway::latencyOverrideAndInjectedLatency()
{
    m_gateway->setLatencyOverrideMs(150);
    QCOMPARE(m_gateway->latencyOverrideMs(), 150);
    HttpResult r = chat(QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Latency check one"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 148 && r.elapsedMs < 1000, qPrintable(QString::number(r.elapsedMs)));

    r = chat(QStringLiteral("gpt-4o-mini"), QStringLiteral("Latency check two"),
             { { QByteArrayLiteral("x-simulator-fault"), QByteArrayLiteral("latency;ms=200") } });
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 348, qPrintable(QString::number(r.elapsedMs)));

    // Latency adds up with a following status fault.
    m_gateway->setLatencyOverrideMs(0);
    r = chat(QStringLiteral("gpt-4o-mini"), QStringLiteral("Latency check three"),
             { { QByteArrayLiteral("x-simulator-fault"), QByteArrayLiteral("latency;ms=120, 503") } });
    QCOMPARE(r.status, 503);
    QVERIFY2(r.elapsedMs >= 118, qPrintable(QString::number(r.elapsedMs)));

    // Profile latency: slow models are slow.
    m_gateway->setLatencyOverrideMs(-1);
    r = chat(QStringLiteral("claude-sonnet-4-5"), QStringLiteral("Latency check four"));
    QVERIFY2(r.elapsedMs >= SimulatedModel::find(u"claude-sonnet-4-5")->baseLatencyMs - 2,
             qPrintable(QString::number(r.elapsedMs)));
}

void TestSimulatedGateway::firstNThenSucceed_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("status");
    QTest::newRow("header") << QStringLiteral("gpt-4o-mini") << QByteArrayLiteral("500x2") << QString() << 2 << 500;
    QTest::newRow("model suffix") << FaultPlan::modelWithFault(QStringLiteral("gpt-4o-mini"), QStringLiteral("429x3"))
                                  << QByteArray() << QString() << 3 << 429;
    QTest::newRow("suffix with keys") << QStringLiteral("gpt-4.1-mini~503;n=1") << QByteArray() << QString() << 1
                                      << 503;
    QTest::newRow("plan") << QStringLiteral("gpt-4o") << QByteArray() << QStringLiteral("gateway_error;n=2;status=504")
                          << 2 << 504;
}

void TestSimulatedGateway::firstNThenSucceed()
{
    QFETCH(QString, model);
    QFETCH(QByteArray, header);
    QFETCH(QString, plan);
    QFETCH(int, failures);
    QFETCH(int, status);
    m_gateway->setFaultPlan(*FaultPlan::parse(plan));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({ QByteArrayLiteral("x-simulator-fault"), header });
    const QString prompt = QStringLiteral("Retry counting for %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    for (int attempt = 0; attempt < failures; ++attempt)
        QCOMPARE(chat(model, prompt, headers).status, status);
    const HttpResult ok = chat(model, prompt, headers);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json()[QLatin1String("model")].toString(), SimulatedModel::find(model)->id);
    QCOMPARE(chat(model, prompt, headers).status, 200);
    // Another prompt has its own counter.
    QCOMPARE(chat(model, prompt + QStringLiteral(" (other)"), headers).status, status);
    // Resetting the counters makes the rule fire again.
    m_gateway->resetFaultCounters();
    QCOMPARE(chat(model, prompt, headers).status, status);
}

void TestSimulatedGateway::planModelFilter()
{
    m_gateway->setFaultPlan(*FaultPlan::parse(u"503;model=gpt-4.1-nano"));
    QCOMPARE(chat(QStringLiteral("gpt-4.1-nano"), QStringLiteral("filtered")).status, 503);
    QCOMPARE(chat(QStringLiteral("gpt-4o"), QStringLiteral("filtered")).status, 200);
}

void TestSimulatedGateway::controlEndpoint()
{
    HttpResult r = send(
        QByteArrayLiteral("POST"), QStringLiteral("/_control/faults"),
        QByteArrayLiteral("{\"faults\":[\"429x1\",\"latency;ms=10\"],\"latency_ms\":5,\"random_errors\":false}"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[QLatin1String("faults")].toArray().size(), 2);
    QCOMPARE(m_gateway->faultPlan().rules.size(), 2);
    QCOMPARE(m_gateway->latencyOverrideMs(), 5);
    QCOMPARE(chat(QStringLiteral("gpt-4o"), QStringLiteral("control")).status, 429);
    QCOMPARE(chat(QStringLiteral("gpt-4o"), QStringLiteral("control")).status, 200);

    r = send(QByteArrayLiteral("GET"), QStringLiteral("/_control/faults"));
    QCOMPARE(r.json()[QLatin1String("faults")][0].toString(), QStringLiteral("429;n=1"));
    QCOMPARE(
        send(QByteArrayLiteral("POST"), QStringLiteral("/_control/faults"), QByteArrayLiteral("{\"faults\":\"boom\"}"))
            .status,
        400);
    QCOMPARE(send(QByteArrayLiteral("DELETE"), QStringLiteral("/_control/faults")).status, 200);
    QVERIFY(m_gateway->faultPlan().isEmpty());

    r = send(QByteArrayLiteral("GET"), QStringLiteral("/_control/stats"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json()[QLatin1String("requests_served")].toInteger() > 0);
    QCOMPARE(quint64(r.json()[QLatin1String("requests_served")].toInteger()), m_gateway->requestsServed() - 1);
}

void TestSimulatedGateway::randomErrorsPerRequest()
{
    // A probabilistic fault depends on the request counter, so the same prompt sometimes succeeds.
    m_gateway->setFaultPlan(*FaultPlan::parse(u"500;p=0.5"));
    int failed = 0;
    for (int i = 0; i < 40; ++i)
        failed += chat(QStringLiteral("gpt-4o"), QStringLiteral("same prompt")).status == 500 ? 1 : 0;
    QVERIFY2(failed > 5 && failed < 35, qPrintable(QString::number(failed)));

    // Profile error rates only apply with random errors on.
    m_gateway->setFaultPlan(FaultPlan());
    int unexpected = 0;
    const auto errors = [&] {
        int n = 0;
        for (int i = 0; i < 250; ++i) {
            const int status = chat(QStringLiteral("gpt-3.5-turbo"), QStringLiteral("Prompt %1").arg(i % 25)).status;
            unexpected += (status == 200 || status == 500 || status == 503) ? 0 : 1;
            n += status == 200 ? 0 : 1;
        }
        return n;
    };
    QCOMPARE(errors(), 0);
    m_gateway->setRandomErrorsEnabled(true);
    const int withErrors = errors();
    QCOMPARE(unexpected, 0);
    QVERIFY2(withErrors >= 2 && withErrors <= 30, qPrintable(QString::number(withErrors)));
}

void TestSimulatedGateway::concurrentKeepAliveConnections()
{
    constexpr int connections = 64;
    constexpr int requestsPerConnection = 3;
    m_gateway->setLatencyOverrideMs(100);
    m_gateway->resetStats();
    const int idle = m_gateway->currentConnections(); // kept-alive QNetworkAccessManager connections
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> buffers(connections);
    QList<QList<RawResponse>> responses(connections);
    QList<int> sent(connections, 0);
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::readyRead, this, [&, s, i] {
            buffers[i] += s->readAll();
            const QList<RawResponse> got = takeResponses(buffers[i]);
            responses[i] += got;
            // Keep-alive: the next request goes out on the same connection after each response.
            for (qsizetype k = 0; k < got.size() && sent[i] < requestsPerConnection; ++k) {
                s->write(rawChatRequest(QStringLiteral("gpt-4o-mini"),
                                        QStringLiteral("conn %1 req %2").arg(i).arg(sent[i])));
                ++sent[i];
            }
        });
        s->connectToHost(QHostAddress::LocalHost, m_gateway->port());
        sockets.push_back(std::move(socket));
    }
    for (int i = 0; i < connections; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(sockets[i]->state(), QAbstractSocket::ConnectedState, 5000);
        sockets[i]->write(rawChatRequest(QStringLiteral("gpt-4o-mini"), QStringLiteral("conn %1 req 0").arg(i)));
        sent[i] = 1;
    }
    const auto done = [&] {
        for (const auto &r : responses) {
            if (r.size() < requestsPerConnection)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 20000);
    for (int i = 0; i < connections; ++i) {
        QCOMPARE(responses[i].size(), requestsPerConnection);
        for (const RawResponse &r : responses[i]) {
            QCOMPARE(r.status, 200);
            QVERIFY(!r.headers.contains("connection")); // HTTP/1.1 keeps the connection by default
            QVERIFY(!QJsonDocument::fromJson(r.body).object().isEmpty());
        }
        QCOMPARE(sockets[i]->state(), QAbstractSocket::ConnectedState);
    }
    QVERIFY2(m_gateway->peakConcurrentConnections() >= connections,
             qPrintable(QString::number(m_gateway->peakConcurrentConnections())));
    QCOMPARE(m_gateway->stats().requestsServed, quint64(connections * requestsPerConnection));
    sockets.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_gateway->currentConnections(), idle, 5000);
}

void TestSimulatedGateway::pipelinedResponsesInOrder()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    // The first request is the slowest; responses must still come back in request order.
    QByteArray batch = rawChatRequest(QStringLiteral("gpt-4o"), QStringLiteral("first"),
                                      QByteArrayLiteral("x-simulator-fault: latency;ms=200\r\n"));
    batch += rawChatRequest(QStringLiteral("gpt-4.1-nano"), QStringLiteral("second"));
    batch += QByteArrayLiteral("GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n");
    socket.write(batch);
    QByteArray buffer;
    QList<RawResponse> got;
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        buffer += socket.readAll();
        got += takeResponses(buffer);
    });
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 5000);
    QCOMPARE(got.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(got[0].body)[QLatin1String("model")].toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(QJsonDocument::fromJson(got[1].body)[QLatin1String("model")].toString(), QStringLiteral("gpt-4.1-nano"));
    QCOMPARE(QJsonDocument::fromJson(got[2].body)[QLatin1String("object")].toString(), QStringLiteral("list"));
}

void TestSimulatedGateway::partialReadsAndChunkedBody()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    const QByteArray request = rawChatRequest(QStringLiteral("gpt-4o"), QStringLiteral("Sent in small pieces"));
    for (qsizetype i = 0; i < request.size(); i += 7) {
        socket.write(request.mid(i, 7));
        QTest::qWait(1); // lets each piece go out (and be read) on its own
    }
    const QByteArray body = chatBody(QStringLiteral("gpt-4o"), QStringLiteral("Sent chunked"));
    QByteArray chunked
        = QByteArrayLiteral("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (qsizetype i = 0; i < body.size(); i += 20) {
        const QByteArray piece = body.mid(i, 20);
        chunked += QByteArray::number(piece.size(), 16) + QByteArrayLiteral("\r\n") + piece + QByteArrayLiteral("\r\n");
    }
    chunked += QByteArrayLiteral("0\r\n\r\n");
    socket.write(chunked);

    QByteArray buffer;
    QList<RawResponse> got;
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        buffer += socket.readAll();
        got += takeResponses(buffer);
    });
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 5000);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got[0].status, 200);
    QCOMPARE(got[1].status, 200);
    QCOMPARE(QJsonDocument::fromJson(got[0].body)[QLatin1String("model")].toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(QJsonDocument::fromJson(got[1].body)[QLatin1String("object")].toString(),
             QStringLiteral("chat.completion"));

    // Parser unit check: a pipelined pair split at an awkward byte boundary.
    HttpRequestParser parser;
    const QByteArray two = request + request;
    parser.append(two.left(request.size() + 3));
    HttpRequestParser::Request parsed;
    QCOMPARE(parser.next(&parsed), HttpRequestParser::Status::Ready);
    QCOMPARE(parsed.path, QByteArrayLiteral("/v1/chat/completions"));
    QCOMPARE(parser.next(&parsed), HttpRequestParser::Status::NeedMore);
    parser.append(two.mid(request.size() + 3));
    QCOMPARE(parser.next(&parsed), HttpRequestParser::Status::Ready);
    QCOMPARE(parsed.body, chatBody(QStringLiteral("gpt-4o"), QStringLiteral("Sent in small pieces")));
    QCOMPARE(parser.next(&parsed), HttpRequestParser::Status::NeedMore);
}

void TestSimulatedGateway::connectionClose()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_gateway->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write(rawChatRequest(QStringLiteral("gpt-4o"), QStringLiteral("close after this"),
                                QByteArrayLiteral("Connection: close\r\n")));
    QByteArray buffer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { buffer += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    buffer += socket.readAll();
    const QList<RawResponse> got = takeResponses(buffer);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0].status, 200);
    QCOMPARE(got[0].headers.value("connection"), QByteArrayLiteral("close"));
}

void TestSimulatedGateway::runsInDedicatedThread()
{
    QThread thread;
    auto *gateway = new SimulatedGateway; // no parent: it moves to the thread and is deleted there
    gateway->moveToThread(&thread);
    connect(&thread, &QThread::finished, gateway, &QObject::deleteLater);
    thread.start();
    QVERIFY(gateway->listen(0));
    QVERIFY(gateway->port() != 0);
    gateway->setRandomErrorsEnabled(false);
    gateway->setLatencyOverrideMs(20);
    const HttpResult r = send(QByteArrayLiteral("POST"), QStringLiteral("/v1/chat/completions"),
                              chatBody(QStringLiteral("gpt-4o"), QStringLiteral("threaded")), {}, 10000, gateway);
    QCOMPARE(r.status, 200);
    QCOMPARE(gateway->requestsServed(), quint64(1));
    gateway->close();
    QCOMPARE(gateway->port(), quint16(0));
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TestSimulatedGateway)
#include "tst_simulatedgateway.moc"
