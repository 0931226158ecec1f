// SPDX-License-Identifier: MIT
#include "reportmoney.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ShadowOptic;

// The report's text and its chart axes wrote dollars with a formatter each; these are the figures they wrote (but
// for a tick of an unknown amount, which was undefined).
class TestReportMoney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void text_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("tick");
        const auto row = [](const char *name, double usd, const char *amount, const char *tick) {
            QTest::newRow(name) << usd << QString::fromUtf8(amount) << QString::fromUtf8(tick);
        };
        row("thousands", 1234.4, "$1,234", "$1,234");
        row("dollars", 14.906, "$14.91", "$14.91");
        row("one dollar", 1.0, "$1.00", "$1.00");
        row("cents", 0.515, "$0.515", "$0.52");
        row("a tenth of a cent", 0.001, "$0.00100", "$0.0010");
        row("small", 0.000826, "$0.000826", "$0.00083");
        row("tiny", 1e-12, "$0.00000000", "$0.00000000");
        row("zero", 0.0, "$0.00", "$0");
        row("negative", -2.5, "−$2.50", "$0");
        row("negative cents", -0.0123, "−$0.0123", "$0");
        row("unknown", std::numeric_limits<double>::quiet_NaN(), "–", "–");
        row("infinite", std::numeric_limits<double>::infinity(), "–", "–");
    }
    void text()
    {
        QFETCH(double, usd);
        QFETCH(QString, amount);
        QFETCH(QString, tick);
        QCOMPARE(ReportMoney::text(usd), amount);
        QCOMPARE(ReportMoney::text(usd, ReportMoney::Style::AxisTick), tick);
    }
};

QTEST_GUILESS_MAIN(TestReportMoney)
#include "tst_reportmoney.moc"
