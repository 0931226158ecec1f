// SPDX-License-Identifier: MIT
#include "util/jsonstring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ShadowOptic;

class TestJsonString : public QObject
{
    Q_OBJECT

private slots:
    void quoted_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("literal");
        QTest::newRow("empty") << QByteArray() << QByteArray("\"\"");
        QTest::newRow("plain") << QByteArray("plain text") << QByteArray("\"plain text\"");
        QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"");
        QTest::newRow("named controls") << QByteArray("1\n2\r3\t4") << QByteArray("\"1\\n2\\r3\\t4\"");
        QTest::newRow("other controls") << QByteArray("\x01x\x1f", 3) << QByteArray("\"\\u0001x\\u001f\"");
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("\"a\\u0000b\"");
        QTest::newRow("escape first and last") << QByteArray("\"x\"") << QByteArray("\"\\\"x\\\"\"");
        QTest::newRow("UTF-8 as it is") << QByteArray("Grüße 👍 \x7f") << QByteArray("\"Grüße 👍 \x7f\"");
    }
    void quoted()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, literal);
        QCOMPARE(JsonString::quoted(text), literal);
    }

    // Every ASCII byte and some text beyond it reads back as itself through a strict JSON parser.
    void roundTrip()
    {
        QByteArray all;
        for (int c = 0; c < 0x80; ++c)
            all += char(c);
        all += "ä€😀";
        const QByteArray doc = "[" + JsonString::quoted(all) + "]";
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(doc, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), QString::fromUtf8(all));
    }
};

QTEST_GUILESS_MAIN(TestJsonString)
#include "tst_jsonstring.moc"
