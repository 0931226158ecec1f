// SPDX-License-Identifier: MIT
#include "domain/chatmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ShadowOptic;

class TestChatMessages : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QByteArray>("content"); // a JSON array holding the content value
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QByteArray(R"(["Hello there"])") << QStringLiteral("Hello there");
        QTest::newRow("empty string") << QByteArray(R"([""])") << QString();
        QTest::newRow("text parts") << QByteArray(R"([[{"type":"text","text":"one"},{"type":"text","text":"two"}]])")
                                    << QStringLiteral("one\ntwo");
        QTest::newRow("part without type") << QByteArray(R"([[{"text":"bare"}]])") << QStringLiteral("bare");
        QTest::newRow("image part") << QByteArray(
            R"([[{"type":"text","text":"look"},{"type":"image_url","image_url":{"url":"x"}}]])")
                                    << QStringLiteral("look\n[image]");
        QTest::newRow("string parts") << QByteArray(R"([["ab","cd"]])") << QStringLiteral("abcd");
        QTest::newRow("unknown part") << QByteArray(R"([[{"type":"audio","data":"x"}]])") << QString();
        QTest::newRow("null") << QByteArray("[null]") << QString();
        QTest::newRow("number") << QByteArray("[42]") << QString();
    }
    void text()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QCOMPARE(ChatMessages::text(QJsonDocument::fromJson(content).array().at(0)), expected);
    }

    void lastUserText_data()
    {
        QTest::addColumn<QByteArray>("messages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one user turn") << QByteArray(R"([{"role":"user","content":"Hi"}])") << QStringLiteral("Hi");
        QTest::newRow("several user turns")
            << QByteArray(R"([{"role":"system","content":"Be brief."},{"role":"user","content":"first"},)"
                          R"({"role":"assistant","content":"answer"},{"role":"user","content":"second"}])")
            << QStringLiteral("second");
        QTest::newRow("user turn before an assistant turn")
            << QByteArray(R"([{"role":"user","content":"question"},{"role":"assistant","content":"answer"}])")
            << QStringLiteral("question");
        QTest::newRow("parts") << QByteArray(
            R"([{"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}])")
                               << QStringLiteral("a\nb");
        QTest::newRow("no user turn: the last message")
            << QByteArray(R"([{"role":"system","content":"rules"},{"role":"assistant","content":"last"}])")
            << QStringLiteral("last");
        QTest::newRow("no messages") << QByteArray("[]") << QString();
    }
    void lastUserText()
    {
        QFETCH(QByteArray, messages);
        QFETCH(QString, expected);
        QCOMPARE(ChatMessages::lastUserText(QJsonDocument::fromJson(messages).array()), expected);
    }

    void lastUserIndex()
    {
        const QList<ChatMessage> two { { QStringLiteral("user"), QStringLiteral("a") },
                                       { QStringLiteral("user"), QStringLiteral("b") } };
        QCOMPARE(ChatMessages::lastUserIndex(two), 1);
        const QList<ChatMessage> answered { { QStringLiteral("user"), QStringLiteral("a") },
                                            { QStringLiteral("assistant"), QStringLiteral("b") } };
        QCOMPARE(ChatMessages::lastUserIndex(answered), 0);
        const QList<ChatMessage> noUser { { QStringLiteral("system"), QStringLiteral("a") },
                                          { QStringLiteral("assistant"), QStringLiteral("b") } };
        QCOMPARE(ChatMessages::lastUserIndex(noUser), 1);
        QCOMPARE(ChatMessages::lastUserIndex({}), -1);
    }

    void systemPrompt_data()
    {
        QTest::addColumn<QByteArray>("messages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one system turn") << QByteArray(
            R"([{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}])")
                                         << QStringLiteral("Be brief.");
        QTest::newRow("several system turns")
            << QByteArray(R"([{"role":"system","content":"one"},{"role":"user","content":"Hi"},)"
                          R"({"role":"system","content":[{"type":"text","text":"two"}]}])")
            << QStringLiteral("one\ntwo");
        QTest::newRow("none") << QByteArray(R"([{"role":"user","content":"Hi"}])") << QString();
        QTest::newRow("no messages") << QByteArray("[]") << QString();
    }
    void systemPrompt()
    {
        QFETCH(QByteArray, messages);
        QFETCH(QString, expected);
        QCOMPARE(ChatMessages::systemPrompt(QJsonDocument::fromJson(messages).array()), expected);
    }
};

QTEST_GUILESS_MAIN(TestChatMessages)
#include "tst_chatmessages.moc"
