// SPDX-License-Identifier: MIT
#include "catalog/pricecatalog.h"
#include "replay/replayjob.h"
#include "replay/responseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ShadowOptic;

class TestResponseParser : public QObject
{
    Q_OBJECT

    PriceCatalog m_catalog = PriceCatalog::defaultCatalog();

    static ReplayJob job(const QString &role = QStringLiteral("replay"))
    {
        ReplayJob j;
        j.logId = QStringLiteral("log-7");
        j.model = QStringLiteral("gpt-4o");
        j.role = role;
        j.body = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]})";
        j.promptText = QStringLiteral("hi");
        return j;
    }
    static QByteArray completion(const QJsonValue &content, const QString &finishReason = QStringLiteral("stop"),
                                 const QJsonObject &usage = { { QStringLiteral("prompt_tokens"), 1200 },
                                                              { QStringLiteral("completion_tokens"), 300 } },
                                 const QJsonObject &extraMessage = {})
    {
        QJsonObject message = extraMessage;
        message.insert(QStringLiteral("role"), QStringLiteral("assistant"));
        message.insert(QStringLiteral("content"), content);
        QJsonObject o { { QStringLiteral("choices"),
                          QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                                                     { QStringLiteral("message"), message },
                                                     { QStringLiteral("finish_reason"), finishReason } } } } };
        if (!usage.isEmpty())
            o.insert(QStringLiteral("usage"), usage);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static ResponseParser::Http http(int status, const QByteArray &body)
    {
        ResponseParser::Http h;
        h.status = status;
        h.body = body;
        return h;
    }

private slots:
    void errorMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai error with type")
            << QByteArray(R"({"error":{"message":"Rate limit reached","type":"rate_limit_error"}})")
            << QStringLiteral("Rate limit reached (rate_limit_error)");
        QTest::newRow("openai error without type")
            << QByteArray(R"({"error":{"message":"Invalid model"}})") << QStringLiteral("Invalid model");
        QTest::newRow("error as a string")
            << QByteArray(R"({"error":"upstream closed"})") << QStringLiteral("upstream closed");
        QTest::newRow("gateway failure") << QByteArray(R"({"status":"failure","message":"No healthy target"})")
                                         << QStringLiteral("No healthy target");
        QTest::newRow("bare message") << QByteArray(R"({"message":"Forbidden"})") << QStringLiteral("Forbidden");
        QTest::newRow("plain text is simplified")
            << QByteArray("  Bad\n   Gateway \r\n") << QStringLiteral("Bad Gateway");
        QTest::newRow("empty body") << QByteArray() << QString();
        QTest::newRow("object without a message is shown as is")
            << QByteArray(R"({"detail":"x"})") << QStringLiteral(R"({"detail":"x"})");
    }
    void errorMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(ResponseParser::errorMessage(body), expected);
    }

    void errorMessageOfAnHtmlPageIsCutTo200Bytes()
    {
        const QByteArray page = "<html>" + QByteArray(1000, 'x') + "</html>";
        const QString msg = ResponseParser::errorMessage(page);
        QCOMPARE(msg.size(), 200);
        QVERIFY(msg.startsWith(QLatin1String("<html>xxx")));
    }

    void successCarriesContentUsageAndCost()
    {
        ResponseParser::Http h = http(200, completion(QStringLiteral("Hello there."), QStringLiteral("length")));
        h.latencyMs = 321;
        h.attempts = 3;
        h.lastUsedOptionIndex = "1";
        const ReplayJob j = job();
        const ReplayResult r = ResponseParser::parse(j, h, m_catalog);
        QVERIFY(r.ok);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.logId, QStringLiteral("log-7"));
        QCOMPARE(r.model, QStringLiteral("gpt-4o"));
        QCOMPARE(r.role, QStringLiteral("replay"));
        QCOMPARE(r.statusCode, 200);
        QCOMPARE(r.latencyMs, 321);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.gatewayTarget, QStringLiteral("1"));
        QCOMPARE(r.requestJson, j.body);
        QCOMPARE(r.responseJson, h.body);
        QCOMPARE(r.responseText, QStringLiteral("Hello there."));
        QCOMPARE(r.finishReason, QStringLiteral("length"));
        QCOMPARE(r.promptTokens, 1200);
        QCOMPARE(r.completionTokens, 300);
        const ModelInfo *m = m_catalog.find(QStringLiteral("gpt-4o"));
        QVERIFY(m && m->isPriced());
        QCOMPARE(r.costUsd, m->costUsd(1200, 300));
        QVERIFY(r.costUsd > 0);
        QCOMPARE(r.refusalKind, QStringLiteral("none"));
        QCOMPARE(r.refusalType, QStringLiteral("NONE"));
    }

    void status246CountsAsSuccess()
    {
        const ReplayResult r = ResponseParser::parse(job(), http(246, completion(QStringLiteral("ok"))), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.statusCode, 246);
        QCOMPARE(r.responseText, QStringLiteral("ok"));
    }

    void contentPartsAreJoined()
    {
        const QJsonArray parts { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                               { QStringLiteral("text"), QStringLiteral("first") } },
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                               { QStringLiteral("text"), QStringLiteral("second") } } };
        const ReplayResult r = ResponseParser::parse(job(), http(200, completion(parts)), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.responseText, QStringLiteral("first\nsecond"));
    }

    void missingUsageMeansZeroTokensAndCost()
    {
        const ReplayResult r = ResponseParser::parse(
            job(), http(200, completion(QStringLiteral("ok"), QStringLiteral("stop"), {})), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.promptTokens, 0);
        QCOMPARE(r.completionTokens, 0);
        QCOMPARE(r.costUsd, 0.0);
    }

    void modelOutsideTheCatalogIsUnpriced()
    {
        ReplayJob j = job();
        j.model = QStringLiteral("no-such-model-xyz");
        const ReplayResult r = ResponseParser::parse(j, http(200, completion(QStringLiteral("ok"))), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.promptTokens, 1200);
        QCOMPARE(r.costUsd, 0.0);
    }

    void networkErrorWithoutResponse()
    {
        ResponseParser::Http h;
        h.networkError = QStringLiteral("Connection refused");
        h.attempts = 4;
        const ReplayResult r = ResponseParser::parse(job(), h, m_catalog);
        QVERIFY(!r.ok);
        QCOMPARE(r.statusCode, 0);
        QCOMPARE(r.error, QStringLiteral("Connection refused"));
        QCOMPARE(r.attempts, 4);
        QVERIFY(r.refusalKind.isEmpty());
    }

    void networkErrorAfterAnHttpStatusReportsTheStatus()
    {
        ResponseParser::Http h = http(503, R"({"error":{"message":"overloaded"}})");
        h.networkError = QStringLiteral("Service unavailable");
        const ReplayResult r = ResponseParser::parse(job(), h, m_catalog);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("HTTP 503: overloaded"));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("429 openai shape")
            << 429 << QByteArray(R"({"error":{"message":"slow down","type":"rate_limit_error"}})")
            << QStringLiteral("HTTP 429: slow down (rate_limit_error)");
        QTest::newRow("500 gateway shape")
            << 500 << QByteArray(R"({"status":"failure","message":"boom"})") << QStringLiteral("HTTP 500: boom");
        QTest::newRow("502 text") << 502 << QByteArray("Bad Gateway") << QStringLiteral("HTTP 502: Bad Gateway");
        QTest::newRow("301 is no success") << 301 << QByteArray() << QStringLiteral("HTTP 301: ");
        QTest::newRow("199 is no success") << 199 << QByteArray() << QStringLiteral("HTTP 199: ");
        // A 400 with a perfectly good completion body is still an error: the status decides.
        QTest::newRow("400 with a completion body")
            << 400 << completion(QStringLiteral("x"))
            << QStringLiteral("HTTP 400: ") + QString::fromUtf8(completion(QStringLiteral("x")));
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const ReplayResult r = ResponseParser::parse(job(), http(status, body), m_catalog);
        QVERIFY(!r.ok);
        QCOMPARE(r.statusCode, status);
        QCOMPARE(r.error, error);
        QVERIFY(r.responseText.isEmpty());
        QCOMPARE(r.promptTokens, 0);
        QCOMPARE(r.responseJson, body);
    }

    void guardrailDenialIsAPolicyRefusal()
    {
        const ReplayResult r = ResponseParser::parse(
            job(), http(446, R"({"status":"failure","message":"Blocked by guardrail pg-1"})"), m_catalog);
        QVERIFY(r.ok); // counted as an answer: a full refusal
        QCOMPARE(r.statusCode, 446);
        QCOMPARE(r.refusalKind, QStringLiteral("full"));
        QCOMPARE(r.refusalType, QStringLiteral("POLICY"));
        QCOMPARE(r.refusalRule, QStringLiteral("status:446"));
        QCOMPARE(r.error, QStringLiteral("guardrail denied: Blocked by guardrail pg-1"));
        QVERIFY(r.responseText.isEmpty());
    }

    void guardrailDenialAlsoForJudgeCalls()
    {
        const ReplayResult r = ResponseParser::parse(job(QStringLiteral("judge")), http(446, "{}"), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.refusalKind, QStringLiteral("full"));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorStart");
        QTest::newRow("truncated") << QByteArray(R"({"choices":[{"message":)") << QStringLiteral("malformed JSON");
        QTest::newRow("html") << QByteArray("<html>ok</html>") << QStringLiteral("malformed JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("malformed JSON");
        QTest::newRow("gateway failure in a 200")
            << QByteArray(R"({"status":"failure","message":"all targets failed"})")
            << QStringLiteral("gateway error: all targets failed");
        QTest::newRow("error object in a 200")
            << QByteArray(R"({"error":{"message":"quota","type":"insufficient_quota"}})")
            << QStringLiteral("gateway error: quota (insufficient_quota)");
        QTest::newRow("no choices") << QByteArray(R"({"choices":[]})") << QStringLiteral("the response has no choices");
        QTest::newRow("choices missing") << QByteArray(R"({"id":"x"})")
                                         << QStringLiteral("the response has no choices");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorStart);
        const ReplayResult r = ResponseParser::parse(job(), http(200, body), m_catalog);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(errorStart), qPrintable(r.error));
        QCOMPARE(r.costUsd, 0.0);
    }

    void malformedJsonNamesTheOffset()
    {
        const ReplayResult r = ResponseParser::parse(job(), http(200, R"({"a":1,})"), m_catalog);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("at byte")), qPrintable(r.error));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("rule");
        QTest::newRow("content_filter") << completion(QString(), QStringLiteral("content_filter"))
                                        << QStringLiteral("full") << QStringLiteral("POLICY")
                                        << QStringLiteral("finish_reason:content_filter");
        QTest::newRow("message.refusal") << completion(
            QJsonValue(QJsonValue::Null), QStringLiteral("stop"),
            { { QStringLiteral("prompt_tokens"), 5 }, { QStringLiteral("completion_tokens"), 2 } },
            { { QStringLiteral("refusal"), QStringLiteral("I can't help with that.") } })
                                         << QStringLiteral("full") << QString() << QStringLiteral("message.refusal");
        QTest::newRow("refusal text") << completion(QStringLiteral("I'm sorry, but I can't help with that request."))
                                      << QStringLiteral("full") << QString() << QString();
    }
    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, type);
        QFETCH(QString, rule);
        const ReplayResult r = ResponseParser::parse(job(), http(200, body), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.refusalKind, kind);
        QVERIFY(r.refusalType != QLatin1String("NONE"));
        if (!type.isEmpty())
            QCOMPARE(r.refusalType, type);
        if (!rule.isEmpty())
            QCOMPARE(r.refusalRule, rule);
        else
            QVERIFY(!r.refusalRule.isEmpty());
    }

    void judgeCallsAreNotRefusalTyped()
    {
        const ReplayResult r
            = ResponseParser::parse(job(QStringLiteral("judge")),
                                    http(200, completion(QString(), QStringLiteral("content_filter"))), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.finishReason, QStringLiteral("content_filter"));
        QVERIFY(r.refusalKind.isEmpty());
        QVERIFY(r.refusalType.isEmpty());
        QVERIFY(r.refusalRule.isEmpty());
    }

    void storedResponseIsCappedAt256KiB()
    {
        const QString big(300 * 1024, QLatin1Char('a'));
        const QByteArray body = completion(big);
        QVERIFY(body.size() > 256 * 1024);
        const ReplayResult r = ResponseParser::parse(job(), http(200, body), m_catalog);
        QVERIFY(r.ok);
        QCOMPARE(r.responseText, big); // parsed from the whole body
        QCOMPARE(r.responseJson.size(), 256 * 1024);
        QVERIFY(body.startsWith(r.responseJson));
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
