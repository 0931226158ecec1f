// SPDX-License-Identifier: MIT
#include "import/logfilereader.h"
#include "languagemanager.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ShadowOptic;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // one entry, or the plural forms of a numerus message
    QString type;
    bool numerus = false;
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            msg = TsMessage {
                context,         {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                xml.lineNumber()
            };
        } else if (name == QLatin1String("source")) {
            msg.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            msg.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!msg.numerus)
                msg.forms = { xml.readElementText() };
            out.append(msg);
        } else if (name == QLatin1String("numerusform") && !out.isEmpty()) {
            out.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(n|L?\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(SO_TRANSLATIONS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files))
        files.append(dir.filePath(name));
    return files;
}

QString translationOf(const QString &context, const QString &source)
{
    QString error;
    for (const QString &path : tsFiles()) {
        if (!path.endsWith(QLatin1String("_de.ts")))
            continue;
        for (const TsMessage &m : readTs(path, &error))
            if (m.context == context && m.source == source)
                return m.forms.value(0);
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // A catalog with unfinished or vanished entries leaves part of the product in English.
    void catalogsAreComplete()
    {
        const QStringList files = tsFiles();
        QVERIFY2(!files.isEmpty(), SO_TRANSLATIONS_DIR);
        QStringList offenders;
        int total = 0;
        for (const QString &path : files) {
            QString error;
            const QList<TsMessage> messages = readTs(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(path + QLatin1String(": ") + error));
            total += messages.size();
            for (const TsMessage &m : messages) {
                const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                          .arg(QFileInfo(path).fileName())
                                          .arg(m.line)
                                          .arg(m.context, m.source.left(60));
                if (!m.type.isEmpty())
                    offenders.append(where + QLatin1String(" is ") + m.type);
                else if (m.forms.isEmpty() || m.forms.join(QString()).trimmed().isEmpty())
                    offenders.append(where + QLatin1String(" has no translation"));
                else if (m.numerus && m.forms.size() < 2)
                    offenders.append(where + QLatin1String(" lacks the plural form"));
                else {
                    const QStringList src = placeholders(m.source);
                    const QStringList &forms = m.forms;
                    for (const QString &form : forms) {
                        QStringList got = placeholders(form);
                        // A singular form may spell out the count ("eine Anfrage").
                        if (m.numerus && form == forms.constFirst())
                            got.append(QStringLiteral("%n"));
                        for (const QString &p : src)
                            if (!got.contains(p)) {
                                offenders.append(where + QLatin1String(" drops ") + p);
                                break;
                            }
                    }
                }
            }
        }
        QVERIFY(total > 0);
        QVERIFY2(offenders.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages:\n").arg(offenders.size()).arg(total)
                            + offenders.mid(0, 15).join(QLatin1Char('\n'))));
    }

    // Core classes have no QObject: their messages must still follow the runtime language switch.
    void coreMessagesFollowTheLanguage()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.jsonl"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString missing = dir.filePath(QStringLiteral("gone.sqlite"));

        const QString emptyDe
            = translationOf(QStringLiteral("ShadowOptic::LogFileReader"), QStringLiteral("File '%1' is empty."));
        const QString missingDe = translationOf(QStringLiteral("ShadowOptic::ProjectStore"),
                                                QStringLiteral("Project '%1' does not exist."));
        QVERIFY2(!emptyDe.isEmpty() && !missingDe.isEmpty(), "messages not in the German catalog");

        LanguageManager languages(nullptr);
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QString error;
        LogFileReader reader;
        QVERIFY(!reader.open(empty, &error));
        QCOMPARE(error, emptyDe.arg(empty));

        ProjectStore store;
        QVERIFY(!store.open(missing, &error, ProjectStore::OpenMode::OpenExisting));
        QVERIFY2(error.contains(missingDe.arg(missing)), qPrintable(error));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        LogFileReader again;
        QVERIFY(!again.open(empty, &error));
        QCOMPARE(error, QStringLiteral("File '%1' is empty.").arg(empty));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
