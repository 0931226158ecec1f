// SPDX-License-Identifier: MIT
// `shadow-optic catalog` as a user meets it: the real binary, its exit codes, stdout and stderr.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCatalogCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(SO_APP_BINARY), arguments);
        Run r;
        if (!p.waitForStarted() || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Run catalog(const QStringList &arguments) const
    {
        return cli(QStringList { QStringLiteral("catalog"), QStringLiteral("--project"), m_project } + arguments);
    }
    static QString describe(const Run &r)
    {
        return QStringLiteral("rc %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out.left(3000), r.err.left(3000));
    }
    static QStringList rows(const Run &r)
    {
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            lines.removeFirst(); // the header
        return lines;
    }
    QJsonObject resolve(const QString &name) const
    {
        const Run r = catalog({ QStringLiteral("--resolve"), name, QStringLiteral("--json") });
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    int version() const
    {
        const Run r = catalog({ QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("version")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        m_project = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        // 100 rows carry the generator's unpriced Azure deployment (rows 17, 48, 79).
        Run r = cli({ QStringLiteral("generate-logs"), QStringLiteral("--rows"), QStringLiteral("100"),
                      QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--token-scale"),
                      QStringLiteral("0.05"), QStringLiteral("--out"), logs });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli({ QStringLiteral("import"), QStringLiteral("--project"), m_project, logs });
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void listsTheCandidatesUnlessAskedForAll()
    {
        const Run candidates = catalog({});
        QVERIFY2(candidates.code == 0, qPrintable(describe(candidates)));
        QVERIFY(candidates.out.startsWith(QLatin1String("PROVIDER/MODEL")));
        QVERIFY2(candidates.out.contains(QLatin1String("\nopenai/gpt-4o ")), qPrintable(candidates.out));
        QVERIFY2(rows(candidates).size() < 50, qPrintable(candidates.out));
        QVERIFY2(candidates.err.contains(QLatin1String("more model(s) priced; --all to list them")),
                 qPrintable(candidates.err));

        const Run all = catalog({ QStringLiteral("--all") });
        QVERIFY2(all.code == 0, qPrintable(describe(all)));
        QVERIFY2(rows(all).size() > 2500, qPrintable(QString::number(rows(all).size())));
        QVERIFY(!all.err.contains(QLatin1String("more model(s) priced")));

        const Run haiku = catalog({ QStringLiteral("--search"), QStringLiteral("HAIKU") });
        QVERIFY2(haiku.code == 0, qPrintable(describe(haiku)));
        const QStringList found = rows(haiku);
        QVERIFY(found.size() > 1);
        for (const QString &line : found)
            QVERIFY2(line.section(u' ', 0, 0).contains(QLatin1String("haiku"), Qt::CaseInsensitive), qPrintable(line));
        const Run none = catalog({ QStringLiteral("--search"), QStringLiteral("no-such-model-anywhere") });
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(QLatin1String("No catalog entry matches")), qPrintable(none.err));
    }

    void mapResolveAndUnmap()
    {
        const QString deployment = QStringLiteral("azure-openai/my-azure-deployment");
        QJsonObject r = resolve(deployment);
        QCOMPARE(r.value(QLatin1String("priced")).toBool(true), false);
        QVERIFY2(r.value(QLatin1String("explanation")).toString().startsWith(QLatin1String("No price")),
                 QJsonDocument(r).toJson().constData());
        const int before = version();
        QVERIFY(before > 0);

        Run map = catalog({ QStringLiteral("--map"), QStringLiteral("my-azure-deployment=openai/gpt-4o") });
        QVERIFY2(map.code == 0, qPrintable(describe(map)));
        QVERIFY(map.out.isEmpty()); // changing a mapping prints no listing
        QCOMPARE(version(), before + 1);

        r = resolve(deployment);
        QCOMPARE(r.value(QLatin1String("rule")).toString(), QStringLiteral("mapped"));
        QCOMPARE(r.value(QLatin1String("priced")).toBool(), true);
        QCOMPARE(r.value(QLatin1String("entry")).toObject().value(QLatin1String("model_id")).toString(),
                 QStringLiteral("gpt-4o"));
        const QJsonObject prices = r.value(QLatin1String("prices_per_1m")).toObject();
        QVERIFY(prices.value(QLatin1String("input")).toDouble() > 0);
        QVERIFY(prices.contains(QLatin1String("cache_read")));
        QVERIFY(prices.contains(QLatin1String("batch_output")));

        const Run text = catalog({ QStringLiteral("--resolve"), deployment });
        QVERIFY2(text.code == 0, qPrintable(describe(text)));
        QVERIFY2(text.out.startsWith(deployment + QLatin1String(": Mapped in the catalog to openai/gpt-4o.")),
                 qPrintable(text.out));
        for (const char *line : { "priced as     openai/gpt-4o", "input         $", "cache read", "batch output" })
            QVERIFY2(text.out.contains(QLatin1String(line)), line);

        const Run unmap = catalog({ QStringLiteral("--unmap"), QStringLiteral("my-azure-deployment") });
        QVERIFY2(unmap.code == 0, qPrintable(describe(unmap)));
        QCOMPARE(resolve(deployment).value(QLatin1String("priced")).toBool(true), false);
        QCOMPARE(version(), before + 2);

        const Run again = catalog({ QStringLiteral("--unmap"), QStringLiteral("my-azure-deployment") });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("There is no mapping of '*/my-azure-deployment'")),
                 qPrintable(again.err));
        QCOMPARE(version(), before + 2);
    }

    void mappingToAnUnknownEntryFails()
    {
        const int before = version();
        const Run r = catalog({ QStringLiteral("--map"), QStringLiteral("azure-openai/x=openai/gpt-4o-typo") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("'openai/gpt-4o-typo' is not in the catalog; nothing was changed.")),
                 qPrintable(r.err));
        QCOMPARE(version(), before);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("map without =") << QStringList { QStringLiteral("--map"), QStringLiteral("my-deployment") };
        QTest::newRow("map to a bare model")
            << QStringList { QStringLiteral("--map"), QStringLiteral("my-deployment=gpt-4o") };
        QTest::newRow("map from nothing") << QStringList { QStringLiteral("--map"), QStringLiteral("=openai/gpt-4o") };
        QTest::newRow("unmap nothing") << QStringList { QStringLiteral("--unmap"), QStringLiteral("openai/") };
        QTest::newRow("resolve any provider") << QStringList { QStringLiteral("--resolve"), QStringLiteral("*/x") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const int before = version();
        const Run r = catalog(arguments);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(version(), before);
    }
};

QTEST_GUILESS_MAIN(TestCatalogCommand)
#include "tst_catalogcommand.moc"
