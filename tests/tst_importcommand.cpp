// SPDX-License-Identifier: MIT
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// import, summary and catalog as a user runs them: exit codes, messages, and which files they touch.
class TestImportCommand : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral(SO_APP_BINARY), arguments);
        Result r;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString fixture(const char *name)
    {
        return QStringLiteral(SO_TEST_DATA_DIR "/import/") + QLatin1String(name);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    static QByteArray sha1(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    // 0: success (skipped rows are listed on stderr); 1: a named file gave nothing (unreadable, empty, no valid
    // record); 2: usage.
    void importExitCodes_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrHas");

        const QString noValidRow = QStringLiteral("no_valid_row.jsonl");
        QTest::newRow("all good") << QStringList { fixture("basic.jsonl") } << 0 << QString();
        QTest::newRow("some rows skipped")
            << QStringList { fixture("truncated.jsonl") } << 0 << QStringLiteral("truncated.jsonl:2: invalid JSON");
        QTest::newRow("no valid row") << QStringList { noValidRow } << 1 << QStringLiteral("no_valid_row.jsonl");
        QTest::newRow("a good file and one without a valid row")
            << QStringList { fixture("basic.jsonl"), noValidRow } << 1 << QStringLiteral("no_valid_row.jsonl");
        QTest::newRow("empty file") << QStringList { fixture("empty.jsonl") } << 1 << QStringLiteral("is empty");
        QTest::newRow("missing file") << QStringList { QStringLiteral("missing.jsonl") } << 1
                                      << QStringLiteral("missing.jsonl");
        QTest::newRow("no file") << QStringList {} << 2 << QStringLiteral("usage");
    }

    void importExitCodes()
    {
        QFETCH(QStringList, files);
        QFETCH(int, code);
        QFETCH(QString, stderrHas);
        QVERIFY(!write(QStringLiteral("no_valid_row.jsonl"), "{\"id\": \"a\",\n[1, 2]\n\"text\"\n").isEmpty());
        const Result r = run(
            QStringList { QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("p.sqlite") } + files);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    }

    // Importing the same file again adds nothing and is not an error.
    void reimportIsSuccess()
    {
        const QStringList args { QStringLiteral("import"), QStringLiteral("--project"), QStringLiteral("p.sqlite"),
                                 fixture("basic.jsonl") };
        QCOMPARE(run(args).code, 0);
        const Result again = run(args);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("imported 0, duplicates 5")), qPrintable(again.out));
    }

    void readOnlyCommandsNeverCreateAProject_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("summary") << QStringList { QStringLiteral("summary"), QStringLiteral("--project"),
                                                  QStringLiteral("typo.sqlite") };
        QTest::newRow("summary --json") << QStringList { QStringLiteral("summary"), QStringLiteral("--json"),
                                                         QStringLiteral("--project"), QStringLiteral("typo.sqlite") };
        QTest::newRow("catalog") << QStringList { QStringLiteral("catalog"), QStringLiteral("--project"),
                                                  QStringLiteral("typo.sqlite") };
    }

    void readOnlyCommandsNeverCreateAProject()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.trimmed(), QStringLiteral("Project 'typo.sqlite' does not exist."));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // Another application's database: refused by name, and not a byte of it changes.
    void otherSqliteDatabasesAreLeftAlone_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString other = QStringLiteral("other.sqlite");
        QTest::newRow("import") << QStringList { QStringLiteral("import"), QStringLiteral("--project"), other,
                                                 fixture("basic.jsonl") };
        QTest::newRow("summary") << QStringList { QStringLiteral("summary"), QStringLiteral("--project"), other };
        QTest::newRow("catalog --import") << QStringList { QStringLiteral("catalog"), QStringLiteral("--project"),
                                                           other, QStringLiteral("--import"), fixture("basic.jsonl") };
    }

    void otherSqliteDatabasesAreLeftAlone()
    {
        QFETCH(QStringList, arguments);
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = sha1(other);
        const Result r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("'other.sqlite' is not a Shadow Optic project")), qPrintable(r.err));
        QCOMPARE(sha1(other), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("other.sqlite") });
    }
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
