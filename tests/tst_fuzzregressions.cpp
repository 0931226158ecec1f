// SPDX-License-Identifier: MIT
// Every input a fuzz target found a defect with (tests/data/fuzz/<target>/), and the seed corpora
// (tests/fuzz/corpus/<target>/), through the same entry code as the libFuzzer targets, with the normal build.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace ShadowOptic;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QStringList names = FuzzEntries::names();
    int findings = 0;
    for (const QString &root : { QStringLiteral(SO_TEST_DATA_DIR "/fuzz"), QStringLiteral(SO_FUZZ_CORPUS_DIR) }) {
        for (const QString &name : names) {
            const QDir dir(root + QLatin1Char('/') + name);
            for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s/%s", qPrintable(QDir(root).dirName()), qPrintable(name), qPrintable(f.fileName()))
                    << name << f.filePath();
                findings += root.endsWith(QLatin1String("/fuzz"));
            }
        }
    }
    // Every target has seeds; the fixtures directory holds what the targets found.
    QVERIFY(findings > 0);
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const FuzzEntries::Entry entry = FuzzEntries::entry(target);
    QVERIFY(entry);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(entry(f.readAll()), QString());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
