// SPDX-License-Identifier: MIT
// The Portkey configs of a staged rollout as data: their shapes and keys, the kill switch, the full stage's
// fallback order, the hosted-only output kept apart, and the user bucket of the sticky variant (fixed vectors,
// and the client snippets computing the same numbers). tst_rolloutgateway sends them through the real gateway.
#include "catalog/pricecatalog.h"
#include "rollout/rolloutconfigbuilder.h"
#include "rollout/rolloutplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ShadowOptic;

namespace {

RolloutEndpoint endpoint(const QString &model)
{
    RolloutEndpoint e;
    e.model = model;
    return e;
}

RolloutConfigBuilder builder()
{
    return RolloutConfigBuilder(endpoint(QStringLiteral("gpt-4o")), endpoint(QStringLiteral("gpt-4o-mini")));
}

QString modelOf(const QJsonValue &target)
{
    return target.toObject()
        .value(QStringLiteral("override_params"))
        .toObject()
        .value(QStringLiteral("model"))
        .toString();
}

// Every key of the config, at any depth (keys of a conditional query are paths like "metadata.rollout_bucket"
// and operators like "$lt").
void collectKeys(const QJsonValue &v, QStringList *keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys->append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectKeys(e, keys);
    }
}

struct Vector
{
    const char *userId;
    quint32 hash;
    int bucket;
};

// FNV-1a 32 of the UTF-8 bytes (reference values from the published FNV test vectors and Python).
const Vector Vectors[] = {
    { "", 0x811c9dc5u, 61 },
    { "a", 0xe40c292cu, 20 },
    { "foobar", 0xbf9cf968u, 20 },
    { "user-1", 0xf5537974u, 0 },
    { "user-42", 0x026073abu, 99 },
    { "alice@example.com", 0x94a4b546u, 78 },
    { "J\xc3\xbcrgen", 0x1f8c722au, 62 },
    { "\xe7\x94\xa8\xe6\x88\xb7-7", 0xd803ba91u, 25 },
};

} // namespace

class TestRolloutConfig : public QObject
{
    Q_OBJECT

private slots:
    void stageShapes_data()
    {
        QTest::addColumn<int>("index");
        const RolloutPlan plan = RolloutPlan::defaults();
        for (int i = 0; i < plan.size(); ++i)
            QTest::newRow(qPrintable(plan.at(i).name)) << i;
    }

    void stageShapes()
    {
        QFETCH(int, index);
        const RolloutStage stage = RolloutPlan::defaults().at(index);
        const QJsonObject c = builder().config(stage);
        const QString mode = c.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("mode")).toString();
        const QJsonArray targets = c.value(QStringLiteral("targets")).toArray();
        for (const QJsonValue &t : targets) {
            const QJsonObject o = t.toObject();
            QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("openai"));
            QCOMPARE(o.value(QStringLiteral("api_key")).toString(), QStringLiteral("${OPENAI_API_KEY}"));
            QVERIFY(!o.contains(QStringLiteral("custom_host")));
        }
        if (stage.isShadow()) {
            QCOMPARE(mode, QStringLiteral("loadbalance"));
            QCOMPARE(targets.size(), 1);
            QCOMPARE(modelOf(targets.at(0)), QStringLiteral("gpt-4o"));
            QCOMPARE(targets.at(0).toObject().value(QStringLiteral("weight")).toDouble(), 1.0);
        } else if (stage.isFull()) {
            QCOMPARE(mode, QStringLiteral("fallback"));
            QCOMPARE(targets.size(), 2);
            QCOMPARE(modelOf(targets.at(0)), QStringLiteral("gpt-4o-mini")); // challenger first
            QCOMPARE(modelOf(targets.at(1)), QStringLiteral("gpt-4o"));
            QVERIFY(!targets.at(0).toObject().contains(QStringLiteral("weight")));
        } else {
            QCOMPARE(mode, QStringLiteral("loadbalance"));
            QCOMPARE(targets.size(), 2);
            QCOMPARE(modelOf(targets.at(0)), QStringLiteral("gpt-4o"));
            QCOMPARE(modelOf(targets.at(1)), QStringLiteral("gpt-4o-mini"));
            const double production = targets.at(0).toObject().value(QStringLiteral("weight")).toDouble();
            const double challenger = targets.at(1).toObject().value(QStringLiteral("weight")).toDouble();
            QCOMPARE(challenger, stage.challengerShare);
            QVERIFY2(std::abs(production + challenger - 1.0) < 1e-12, qPrintable(QString::number(production)));
        }
        QStringList keys;
        collectKeys(c, &keys);
        const QRegularExpression snake(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (const QString &k : std::as_const(keys))
            QVERIFY2(snake.match(k).hasMatch(), qPrintable(k));
    }

    void killSwitchAndRollback()
    {
        const QJsonObject kill = builder().killSwitchConfig();
        const QJsonArray targets = kill.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(modelOf(targets.at(1)), QStringLiteral("gpt-4o-mini"));
        // An explicit 0: the gateway counts a target without a weight as weight 1.
        QVERIFY(targets.at(1).toObject().contains(QStringLiteral("weight")));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("weight")).toDouble(), 0.0);
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("weight")).toDouble(), 1.0);
        QCOMPARE(builder().rollbackConfig(), builder().shadowConfig());

        const QList<RolloutStageConfig> rows = builder().configs(RolloutPlan::defaults());
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(6).kind, RolloutStageConfig::Kind::KillSwitch);
        QCOMPARE(rows.at(6).config, kill);
        QCOMPARE(rows.at(7).kind, RolloutStageConfig::Kind::Rollback);
        QCOMPARE(rows.at(7).toJson().value(QStringLiteral("name")).toString(), QStringLiteral("rollback"));
        for (const RolloutStageConfig &row : rows) {
            QVERIFY(row.hosted.isEmpty());
            QCOMPARE(row.stickyConfig.isEmpty(),
                     row.kind != RolloutStageConfig::Kind::Stage || row.challengerShare <= 0
                         || row.challengerShare >= 1);
        }
    }

    void weightsAreExactForOddShares()
    {
        const QJsonArray t = builder().liveConfig(0.333333333333).value(QStringLiteral("targets")).toArray();
        QCOMPARE(t.at(1).toObject().value(QStringLiteral("weight")).toDouble(), 0.333333);
        QCOMPARE(t.at(0).toObject().value(QStringLiteral("weight")).toDouble(), 0.666667);
    }

    void stickyConditional()
    {
        const QJsonObject c = builder().stickyConfig(0.10);
        const QJsonObject strategy = c.value(QStringLiteral("strategy")).toObject();
        QCOMPARE(strategy.value(QStringLiteral("mode")).toString(), QStringLiteral("conditional"));
        QCOMPARE(strategy.value(QStringLiteral("default")).toString(), QStringLiteral("production"));
        const QJsonObject condition = strategy.value(QStringLiteral("conditions")).toArray().at(0).toObject();
        QCOMPARE(condition.value(QStringLiteral("then")).toString(), QStringLiteral("challenger"));
        const QJsonObject query = condition.value(QStringLiteral("query")).toObject();
        // A number: the gateway compares $lt with parseFloat, so the bucket may arrive as the string "7".
        QCOMPARE(query.value(QStringLiteral("metadata.rollout_bucket")).toObject().value(QStringLiteral("$lt")),
                 QJsonValue(10));
        const QJsonArray targets = c.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("challenger"));
        QCOMPARE(modelOf(targets.at(0)), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("production"));
        QCOMPARE(RolloutConfigBuilder::bucketThreshold(0.01), 1);
        QCOMPARE(RolloutConfigBuilder::bucketThreshold(0.5), 50);
        QCOMPARE(RolloutConfigBuilder::bucketThreshold(0.9), 90);
        QCOMPARE(RolloutConfigBuilder::metadataHeader(QStringLiteral("user-42")),
                 QByteArrayLiteral("{\"rollout_bucket\":\"99\"}"));
    }

    void hostedOnlyIsLabelledAndApart()
    {
        RolloutHostedOptions o;
        o.challengerSlug = QStringLiteral("@openai-canary");
        o.savedConfigId = QStringLiteral("pc-rollout-123");
        const RolloutPlan plan = RolloutPlan::defaults();
        const QJsonObject hosted = builder().hostedConfig(plan.at(2), o);
        QCOMPARE(hosted.value(QStringLiteral("hosted_only")), QJsonValue(true));
        QVERIFY(!hosted.value(QStringLiteral("note")).toString().isEmpty());
        QCOMPARE(hosted.value(QStringLiteral("saved_config_id")).toString(), QStringLiteral("pc-rollout-123"));
        const QJsonObject config = hosted.value(QStringLiteral("config")).toObject();
        const QJsonObject sticky
            = config.value(QStringLiteral("strategy")).toObject().value(QStringLiteral("sticky_session")).toObject();
        QCOMPARE(sticky.value(QStringLiteral("hash_fields")).toArray(),
                 QJsonArray { QStringLiteral("metadata._user") });
        QCOMPARE(sticky.value(QStringLiteral("ttl")).toInt(), 3600);
        const QJsonArray targets = config.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.at(0).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("@openai"));
        QCOMPARE(targets.at(1).toObject().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("@openai-canary"));
        QVERIFY(!targets.at(0).toObject().contains(QStringLiteral("api_key")));
        // Full and shadow carry no sticky session (nothing to keep apart).
        QVERIFY(!builder()
                     .hostedConfig(plan.at(5), o)
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("strategy"))
                     .toObject()
                     .contains(QStringLiteral("sticky_session")));

        // The open-source configs never carry hosted-only keys or slugs, with or without hosted rows asked for.
        for (const RolloutStageConfig &row : builder().configs(plan, &o)) {
            for (const QJsonObject &c : { row.config, row.stickyConfig }) {
                const QByteArray text = RolloutConfigBuilder::toCompact(c);
                QVERIFY2(!text.contains("sticky") && !text.contains("\"@") && !text.contains("hosted"),
                         text.constData());
            }
            if (row.kind == RolloutStageConfig::Kind::Stage)
                QCOMPARE(row.toJson()
                             .value(QStringLiteral("hosted_only_config"))
                             .toObject()
                             .value(QStringLiteral("hosted_only")),
                         QJsonValue(true));
        }
    }

    void providerFromCatalog()
    {
        const PriceCatalog catalog = PriceCatalog::defaultCatalog();
        const RolloutConfigBuilder b(endpoint(QStringLiteral("gpt-4o")),
                                     endpoint(QStringLiteral("claude-3-5-haiku-20241022")), &catalog);
        QCOMPARE(b.production().provider, QStringLiteral("openai"));
        QCOMPARE(b.challenger().provider, QStringLiteral("anthropic"));
        QCOMPARE(b.challenger().apiKey, QStringLiteral("${ANTHROPIC_API_KEY}"));
        // Behind a custom host the upstream speaks OpenAI's API whatever the model is called.
        RolloutEndpoint local = endpoint(QStringLiteral("claude-3-5-haiku-20241022"));
        local.customHost = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        local.apiKey = QStringLiteral("dummy");
        const RolloutConfigBuilder l(endpoint(QStringLiteral("no-such-model")), local, &catalog);
        QCOMPARE(l.challenger().provider, QStringLiteral("openai"));
        QCOMPARE(l.production().provider, QStringLiteral("openai"));
        const QJsonObject leaf = l.fullConfig().value(QStringLiteral("targets")).toArray().at(0).toObject();
        QCOMPARE(leaf.value(QStringLiteral("custom_host")).toString(), QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(leaf.value(QStringLiteral("api_key")).toString(), QStringLiteral("dummy"));
        QCOMPARE(RolloutConfigBuilder::providerKeyPlaceholder(QStringLiteral("azure-openai")),
                 QStringLiteral("${AZURE_OPENAI_API_KEY}"));
    }

    void bucketHashIsStable()
    {
        for (const Vector &v : Vectors) {
            const QString id = QString::fromUtf8(v.userId);
            QCOMPARE(RolloutConfigBuilder::fnv1a32(id.toUtf8()), v.hash);
            QCOMPARE(RolloutConfigBuilder::rolloutBucket(id), v.bucket);
        }
    }

    // The one-line snippets the README shows compute the same buckets (when python3 and node are here).
    void clientSnippetsAgree_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("script");
        QString python;
        QString js;
        for (const Vector &v : Vectors) {
            const QString id = QString::fromUtf8(QByteArray(v.userId).toBase64());
            python += QStringLiteral("user_id = __import__('base64').b64decode('%1').decode('utf-8')\n").arg(id)
                + RolloutConfigBuilder::pythonSnippet() + QStringLiteral("\nprint(rollout_bucket)\n");
            js += QStringLiteral("{ const userId = Buffer.from('%1', 'base64').toString('utf-8');\n").arg(id)
                + RolloutConfigBuilder::javaScriptSnippet() + QStringLiteral("\nconsole.log(rolloutBucket); }\n");
        }
        QTest::newRow("python") << QStringLiteral("python3") << python;
        QTest::newRow("javascript") << QStringLiteral("node") << js;
    }

    void clientSnippetsAgree()
    {
        QFETCH(QString, program);
        QFETCH(QString, script);
        const QString exe = QStandardPaths::findExecutable(program);
        if (exe.isEmpty())
            QSKIP(qPrintable(program + QStringLiteral(" is not on PATH")));
        QProcess p;
        p.start(exe, { program == QLatin1String("node") ? QStringLiteral("-e") : QStringLiteral("-c"), script });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QStringList expected;
        for (const Vector &v : Vectors)
            expected.append(QString::number(v.bucket));
        QCOMPARE(lines, expected);
        QVERIFY(RolloutConfigBuilder::clientSnippet().contains(RolloutConfigBuilder::pythonSnippet()));
        QVERIFY(RolloutConfigBuilder::clientSnippet().contains(RolloutConfigBuilder::javaScriptSnippet()));
    }

    void compactPrettyAndSave()
    {
        const QJsonObject c = builder().liveConfig(0.01);
        const QByteArray compact = RolloutConfigBuilder::toCompact(c);
        QVERIFY(!compact.contains('\n'));
        QVERIFY(compact.startsWith("{\"strategy\":{\"mode\":\"loadbalance\"},\"targets\":[{"));
        QVERIFY(RolloutConfigBuilder::toPretty(c).contains("\n    \"strategy\""));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("canary.json"));
        QString error;
        QVERIFY2(RolloutConfigBuilder::save(c, path, QJsonDocument::Indented, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), c);
        QVERIFY(!RolloutConfigBuilder::save(c, dir.filePath(QStringLiteral("missing/dir/x.json")),
                                            QJsonDocument::Compact, &error));
        QVERIFY2(error.contains(QStringLiteral("missing/dir/x.json")), qPrintable(error));

        const QJsonObject all = builder().toJson(RolloutPlan::defaults());
        QCOMPARE(all.value(QStringLiteral("configs")).toArray().size(), 8);
        QCOMPARE(all.value(QStringLiteral("challenger")).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-4o-mini"));
    }
};

QTEST_GUILESS_MAIN(TestRolloutConfig)
#include "tst_rolloutconfig.moc"
