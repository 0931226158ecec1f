// SPDX-License-Identifier: MIT
#include "replay/portkeyheaders.h"
#include "replay/replaytarget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ShadowOptic;

class TestPortkeyHeaders : public QObject
{
    Q_OBJECT

private:
    static QMap<QByteArray, QByteArray> headers(const ReplayTarget &t)
    {
        QMap<QByteArray, QByteArray> m;
        for (const auto &[name, value] : PortkeyHeaders::forRequest(
                 t, QStringLiteral("run-uuid"), QStringLiteral("log-1"), QStringLiteral("replay"))) {
            if (m.contains(name))
                qWarning("header %s sent twice", name.constData());
            m.insert(name, value);
        }
        return m;
    }
    static ReplayTarget target(ReplayTarget::Kind kind,
                               ReplayTarget::RoutingMode routing = ReplayTarget::RoutingMode::Header)
    {
        ReplayTarget t;
        t.kind = kind;
        t.routing = routing;
        t.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8787/v1"));
        return t;
    }

private slots:
    void everyRequestIsTraced()
    {
        ReplayTarget t = target(ReplayTarget::Kind::Simulator);
        const auto h = PortkeyHeaders::forRequest(t, QStringLiteral("run-uuid"), QString(200, QLatin1Char('x')),
                                                  QStringLiteral("judge"));
        QCOMPARE(h.value(0).first, QByteArray("x-portkey-trace-id"));
        QCOMPARE(h.value(0).second, QByteArray("run-uuid"));
        const QJsonObject meta = QJsonDocument::fromJson(h.value(1).second).object();
        QCOMPARE(meta.value(QLatin1String("run_id")).toString(), QStringLiteral("run-uuid"));
        QCOMPARE(meta.value(QLatin1String("role")).toString(), QStringLiteral("judge"));
        QCOMPARE(meta.value(QLatin1String("log_id")).toString().size(), 128); // Portkey limits metadata values
    }

    void simulatorAndOpenAiCompatibleSendABearerOnlyWithAKey()
    {
        for (auto kind : { ReplayTarget::Kind::Simulator, ReplayTarget::Kind::OpenAiCompatible }) {
            ReplayTarget t = target(kind);
            auto h = headers(t);
            QVERIFY(!h.contains("Authorization"));
            QVERIFY(!h.contains("x-portkey-provider"));
            t.apiKey = QStringLiteral("sk-1");
            h = headers(t);
            QCOMPARE(h.value("Authorization"), QByteArray("Bearer sk-1"));
        }
    }

    void localGatewayHeaderMode()
    {
        ReplayTarget t = target(ReplayTarget::Kind::LocalGateway);
        t.upstreamUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
        const auto h = headers(t);
        QCOMPARE(h.value("x-portkey-provider"), QByteArray("openai")); // the default provider
        QCOMPARE(h.value("Authorization"), QByteArray("Bearer dummy"));
        QCOMPARE(h.value("x-portkey-custom-host"), QByteArray("http://127.0.0.1:9000/v1"));
        QVERIFY(!h.contains("x-portkey-config"));
        QVERIFY(!h.contains("x-portkey-api-key"));
    }

    void localGatewayConfigModeSendsNoCustomHost()
    {
        ReplayTarget t = target(ReplayTarget::Kind::LocalGateway, ReplayTarget::RoutingMode::Config);
        t.configJson = QStringLiteral(R"({"strategy":{"mode":"loadbalance"},"targets":[]})");
        t.upstreamUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
        const auto h = headers(t);
        QCOMPARE(h.value("x-portkey-config"), t.configJson.toUtf8());
        QVERIFY(!h.contains("x-portkey-custom-host"));
        QVERIFY(!h.contains("x-portkey-provider"));
    }

    void portkeyHostedHeaderAndConfigMode()
    {
        ReplayTarget t = target(ReplayTarget::Kind::PortkeyHosted);
        t.portkeyApiKey = QStringLiteral("pk-1");
        t.provider = QStringLiteral("@openai-prod");
        auto h = headers(t);
        QCOMPARE(h.value("x-portkey-api-key"), QByteArray("pk-1"));
        QCOMPARE(h.value("x-portkey-provider"), QByteArray("@openai-prod"));
        QVERIFY(!h.contains("Authorization")); // the provider key lives in Portkey
        QVERIFY(!h.contains("x-portkey-custom-host"));
        t.routing = ReplayTarget::RoutingMode::Config;
        t.configJson = QStringLiteral("pc-abc-123"); // a saved config id
        t.apiKey = QStringLiteral("sk-2");
        h = headers(t);
        QCOMPARE(h.value("x-portkey-config"), QByteArray("pc-abc-123"));
        QCOMPARE(h.value("Authorization"), QByteArray("Bearer sk-2"));
        QVERIFY(!h.contains("x-portkey-provider"));
    }
};

QTEST_GUILESS_MAIN(TestPortkeyHeaders)
#include "tst_portkeyheaders.moc"
