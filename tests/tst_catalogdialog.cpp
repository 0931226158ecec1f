// SPDX-License-Identifier: MIT
#include "catalog/catalogconflicts.h"
#include "catalog/pricecatalog.h"
#include "dialogs/catalogdialog.h"
#include "languagemanager.h"
#include "logrowbuilder.h"
#include "models/catalogmodel.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ShadowOptic;

class TestCatalogDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A project whose logs name a priced model and an Azure deployment the catalog cannot price.
    QString project(const QString &name)
    {
        const QString path = m_dir.filePath(name + QLatin1String(".sqlite"));
        ProjectStore store;
        QString error;
        if (!store.open(path, &error))
            qFatal("%s", qPrintable(error));
        QList<LogRowBuilder> rows;
        for (int i = 0; i < 3; ++i)
            rows.append(LogRowBuilder(QStringLiteral("d%1").arg(i))
                            .provider(QStringLiteral("azure-openai"))
                            .model(QStringLiteral("my-azure-deployment"))
                            .tokens(1000, 200)
                            .costUsd(0.0045)); // what gpt-4o costs, so mapping it there leaves no conflict
        rows.append(LogRowBuilder(QStringLiteral("g1"))
                        .provider(QStringLiteral("openai"))
                        .model(QStringLiteral("gpt-4o"))
                        .tokens(1000, 200)
                        .costUsd(0.0045));
        if (!LogRowBuilder::insert(store, rows, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    static PriceCatalog stored(const QString &path)
    {
        ProjectStore store;
        QString error;
        PriceCatalog c;
        if (!store.open(path, &error) || !CatalogStore(store).load(&c, &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

    static QListWidgetItem *itemContaining(QListWidget *list, const QString &text)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(text))
                return list->item(i);
        return nullptr;
    }

    static void save(CatalogDialog &dialog)
    {
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void filtersThousandsOfRowsBySearchText()
    {
        CatalogDialog dialog(project(QStringLiteral("filter")));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("catalogTable"));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("catalogSearch"));
        auto *candidatesOnly = dialog.findChild<QCheckBox *>(QStringLiteral("candidatesOnly"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("catalogCount"));
        QVERIFY(table && search && candidatesOnly && count);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(proxy);
        QAbstractItemModel *source = proxy->sourceModel();
        QAbstractItemModelTester sourceTester(source, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const PriceCatalog catalog = dialog.catalog();
        QVERIFY2(source->rowCount() > 2500, qPrintable(QString::number(source->rowCount())));
        QCOMPARE(source->rowCount(), catalog.models().size());
        auto expected = [&catalog](const QString &text, bool candidates) {
            int n = 0;
            for (const ModelInfo &m : catalog.models())
                n += (!candidates || m.candidate) && CatalogModel::key(m).contains(text, Qt::CaseInsensitive) ? 1 : 0;
            return n;
        };
        // The analyst starts from the curated candidates, and sees how many more there are.
        QVERIFY(candidatesOnly->isChecked());
        QCOMPARE(proxy->rowCount(), expected(QString(), true));
        QVERIFY(proxy->rowCount() < 50);
        QTRY_VERIFY2(count->text().contains(QLocale().toString(source->rowCount())), qPrintable(count->text()));

        candidatesOnly->setChecked(false);
        QCOMPARE(proxy->rowCount(), source->rowCount());
        QTest::keyClicks(search, QStringLiteral("HAIKU"));
        const int haiku = expected(QStringLiteral("haiku"), false);
        QVERIFY(haiku > expected(QStringLiteral("haiku"), true));
        QTRY_COMPARE(proxy->rowCount(), haiku);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, CatalogModel::ModelColumn)
                        .data()
                        .toString()
                        .contains(QLatin1String("haiku"), Qt::CaseInsensitive));
        QTRY_VERIFY2(count->text().startsWith(QLocale().toString(haiku)), qPrintable(count->text()));

        // "provider/model" finds the entry too.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("openai/gpt-4o-mini"));
        QTRY_COMPARE(proxy->rowCount(), expected(QStringLiteral("openai/gpt-4o-mini"), false));
        QVERIFY(proxy->rowCount() >= 1);
        candidatesOnly->setChecked(true);
        QCOMPARE(proxy->rowCount(), expected(QStringLiteral("openai/gpt-4o-mini"), true));
    }

    void editingAPriceChangesOnlyThatEntry()
    {
        const QString path = project(QStringLiteral("edit"));
        // Compared after the same JSON round trip the saved catalog goes through.
        PriceCatalog before;
        QString error;
        QVERIFY2(PriceCatalog::fromJson(stored(path).toJson(), &before, &error), qPrintable(error));
        CatalogDialog dialog(path);
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("catalogTable"));
        QAbstractItemModel *proxy = table->model();
        QVERIFY(proxy->rowCount() > 0);
        const QModelIndex input = proxy->index(0, CatalogModel::InputColumn);
        const QString key = input.data(CatalogModel::KeyRole).toString();

        // The unchanged text of an editor that closes must not count as an edit.
        QVERIFY(proxy->setData(input, input.data(Qt::EditRole)));
        QCOMPARE(dialog.catalog().version(), before.version());

        QVERIFY(!proxy->setData(input, QStringLiteral("cheap"))); // not a price: refused
        QVERIFY(!proxy->setData(proxy->index(0, CatalogModel::ProviderColumn), QStringLiteral("x")));
        QVERIFY(!(proxy->flags(proxy->index(0, CatalogModel::ModelColumn)) & Qt::ItemIsEditable));
        QVERIFY(proxy->setData(input, QStringLiteral("3.25")));
        QCOMPARE(input.data().toString(), QLocale().toString(3.25, 'f', 2).prepend(u'$'));
        QVERIFY(proxy->setData(proxy->index(0, CatalogModel::CacheReadColumn), QString())); // "not given"
        QVERIFY(proxy->setData(proxy->index(0, CatalogModel::ActiveColumn), Qt::Unchecked, Qt::CheckStateRole));
        save(dialog);

        const PriceCatalog after = stored(path);
        QCOMPARE(after.version(), before.version() + 1); // three edits, one version
        QCOMPARE(after.models().size(), before.models().size());
        int changed = 0;
        for (qsizetype i = 0; i < after.models().size(); ++i) {
            const ModelInfo &a = after.models().at(i);
            const ModelInfo &b = before.models().at(i);
            if (CatalogModel::key(a) != key) {
                QVERIFY2(a == b, qPrintable(CatalogModel::key(a)));
                continue;
            }
            ++changed;
            QCOMPARE(a.inputPer1k, 0.00325);
            QCOMPARE(a.cacheReadPer1k, -1.0);
            QVERIFY(!a.active);
            QCOMPARE(a.outputPer1k, b.outputPer1k);
        }
        QCOMPARE(changed, 1);

        // Opening and saving without a change stores the same version again.
        CatalogDialog again(path);
        save(again);
        QCOMPARE(stored(path).version(), after.version());
    }

    void mappingAnUnpricedModelPricesIt()
    {
        const QString path = project(QStringLiteral("map"));
        const QString deployment = QStringLiteral("my-azure-deployment");
        CatalogDialog dialog(path);
        auto *conflicts = dialog.findChild<QListWidget *>(QStringLiteral("conflictsList"));
        auto *target = dialog.findChild<QComboBox *>(QStringLiteral("mapTarget"));
        auto *map = dialog.findChild<QPushButton *>(QStringLiteral("mapButton"));
        auto *mappings = dialog.findChild<QListWidget *>(QStringLiteral("mappingsList"));
        QVERIFY(conflicts && target && map && mappings);

        QListWidgetItem *item = itemContaining(conflicts, deployment);
        QVERIFY2(item, qPrintable(conflicts->count() ? conflicts->item(0)->text() : QString()));
        QVERIFY2(item->text().startsWith(QLatin1String("3 log(s) of 'my-azure-deployment': No price")),
                 qPrintable(item->text()));
        QCOMPARE(mappings->count(), 0);
        // Chat models come first among the targets.
        QVERIFY(target->count() > 1000);
        QVERIFY(dialog.catalog()
                    .exact(target->itemText(0).section(u'/', 0, 0), target->itemText(0).section(u'/', 1))
                    ->isChat());

        conflicts->setCurrentItem(item);
        target->setEditText(QStringLiteral("openai/no-such-model"));
        QVERIFY(!map->isEnabled());
        target->setEditText(QStringLiteral("openai/gpt-4o"));
        QVERIFY(map->isEnabled());
        map->click();

        QVERIFY2(!itemContaining(conflicts, deployment), qPrintable(conflicts->item(0)->text()));
        QCOMPARE(mappings->count(), 1);
        QCOMPARE(mappings->item(0)->text(), QStringLiteral("azure-openai/my-azure-deployment → openai/gpt-4o"));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            CatalogConflicts after;
            QVERIFY2(CatalogConflicts::compute(store, dialog.catalog(), &after, &error), qPrintable(error));
            for (const auto &m : std::as_const(after.missing))
                QVERIFY2(m.model != deployment, qPrintable(m.explanation));
        }
        save(dialog);
        const PriceCatalog saved = stored(path);
        const ModelResolution r = saved.resolve(QStringLiteral("azure-openai"), deployment);
        QCOMPARE(r.rule, ModelResolution::Rule::Mapped);
        QVERIFY(r.isPriced());

        // Removing the mapping brings the conflict back at once.
        CatalogDialog again(path);
        auto *mappings2 = again.findChild<QListWidget *>(QStringLiteral("mappingsList"));
        auto *conflicts2 = again.findChild<QListWidget *>(QStringLiteral("conflictsList"));
        QCOMPARE(mappings2->count(), 1);
        QVERIFY(!itemContaining(conflicts2, deployment));
        mappings2->setCurrentRow(0);
        again.findChild<QPushButton *>(QStringLiteral("removeMapping"))->click();
        QCOMPARE(mappings2->count(), 0);
        QVERIFY(itemContaining(conflicts2, deployment));
    }

    // Not a check: with SO_SCREENSHOT_DIR set, saves the dialog as the user sees it (run under xvfb with
    // QT_QPA_PLATFORM=xcb; SO_SCREENSHOT_LANGUAGE=de for the German catalog).
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SO_SCREENSHOT_DIR is not set");
        LanguageManager languages(nullptr);
        languages.setLanguage(qEnvironmentVariable("SO_SCREENSHOT_LANGUAGE"));
        CatalogDialog dialog(project(QStringLiteral("shot")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(300);
        dialog.grab().save(dir + QLatin1String("/catalog-dialog.png"));
        dialog.findChild<QCheckBox *>(QStringLiteral("candidatesOnly"))->setChecked(false);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("catalogSearch")), QStringLiteral("claude"));
        dialog.mapTo(QStringLiteral("azure-openai"), QStringLiteral("my-azure-deployment"),
                     QStringLiteral("openai/gpt-4o"));
        QTest::qWait(600);
        dialog.grab().save(dir + QLatin1String("/catalog-dialog-search.png"));
    }
};

QTEST_MAIN(TestCatalogDialog)
#include "tst_catalogdialog.moc"
