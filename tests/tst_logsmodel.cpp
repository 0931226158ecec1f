// SPDX-License-Identifier: MIT
#include "gen/loggenerator.h"
#include "import/logimporter.h"
#include "models/logsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestLogsModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        const QString logs = m_dir.filePath(QStringLiteral("logs.jsonl"));
        LogGenerator::Options o;
        o.rows = 700;
        o.tokenScale = 0.05;
        QString error;
        QVERIFY2(LogGenerator::write(logs, o, &error), qPrintable(error));
        m_project = m_dir.filePath(QStringLiteral("p.sqlite"));
        const ImportReport r = LogImporter::run(m_project, { logs });
        QCOMPARE(r.imported, 700);
    }

    void pagesAndCounts()
    {
        LogsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &LogsModel::countChanged);
        model.setProject(m_project);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), LogsModel::PageSize, 5000);
        QTRY_COMPARE(model.totalCount(), 700);
        QVERIFY(model.canFetchMore({}));
        while (model.rowCount() < 700) {
            const int before = model.rowCount();
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before);
        }
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(LogsModel::NumColumns));
        // Newest first by default.
        QVERIFY(model.index(0, LogsModel::TimeColumn).data(LogsModel::SortRole).toLongLong()
                >= model.index(1, LogsModel::TimeColumn).data(LogsModel::SortRole).toLongLong());
    }

    void sortsAndFiltersInSql()
    {
        LogsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        QTRY_VERIFY(model.rowCount() > 0);
        model.sort(LogsModel::CostColumn, Qt::DescendingOrder);
        QTRY_VERIFY(model.rowCount() > 10);
        for (int i = 1; i < 10; ++i)
            QVERIFY(model.index(i - 1, LogsModel::CostColumn).data(LogsModel::SortRole).toDouble()
                    >= model.index(i, LogsModel::CostColumn).data(LogsModel::SortRole).toDouble());

        LogFilter f = model.filter();
        f.model = QStringLiteral("gpt-4o-mini");
        model.setFilter(f);
        QTRY_VERIFY(model.totalCount() > 0);
        QVERIFY(model.totalCount() < 700);
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(model.index(i, LogsModel::ModelColumn).data().toString(), QStringLiteral("gpt-4o-mini"));

        f.model.clear();
        f.search = QStringLiteral("no such text anywhere 123");
        model.setFilter(f);
        QTest::qWait(200);
        QTRY_COMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_MAIN(TestLogsModel)
#include "tst_logsmodel.moc"
