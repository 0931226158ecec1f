// SPDX-License-Identifier: MIT
#include "catalogdialog.h"

#include "catalog/catalogconflicts.h"
#include "settings.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShadowOptic {

namespace {
enum Col { IdCol, ProviderCol, RankCol, InCol, OutCol, ContextCol, LatencyCol, ActiveCol, NumCols };
}

CatalogDialog::CatalogDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_project(projectPath)
    , m_table(new QTableWidget(this))
    , m_conflicts(new QListWidget(this))
    , m_version(new QLabel(this))
{
    setWindowTitle(tr("Model and price catalog"));
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, &error) || !CatalogStore(store).load(&m_catalog, &error))
        QMessageBox::warning(this, windowTitle(), tr("Cannot load the catalog: %1").arg(error));

    auto *importButton = new QPushButton(tr("Import prices…"), this);
    importButton->setToolTip(tr("Portkey pricing JSON (USD cents per token) or LiteLLM "
                                "model_prices_and_context_window.json (USD per token)"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import prices"), Settings::instance()->lastDirectory(), tr("JSON files (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!importFile(path, &error))
            QMessageBox::warning(this, tr("Import prices"), error);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_version, 1);
    top->addWidget(importButton);

    m_table->setColumnCount(NumCols);
    m_table->setHorizontalHeaderLabels({ tr("Model"), tr("Provider"), tr("Rank"), tr("Input $/1M"), tr("Output $/1M"),
                                         tr("Context"), tr("Latency"), tr("Active") });
    m_table->horizontalHeader()->setSectionResizeMode(IdCol, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 3);
    layout->addWidget(new QLabel(tr("Conflicts between the logs and the catalog:"), this));
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    populate();
    refreshConflicts();
}

CatalogDialog::~CatalogDialog() = default;

bool CatalogDialog::importFile(const QString &path, QString *error)
{
    applyEdits();
    const int n = m_catalog.importFile(path, error);
    if (n < 0)
        return false;
    Settings::instance()->setLastDirectory(QFileInfo(path).absolutePath());
    populate();
    refreshConflicts();
    return true;
}

void CatalogDialog::populate()
{
    m_version->setText(
        tr("Catalog version %1 · %n model(s)", nullptr, int(m_catalog.models().size())).arg(m_catalog.version()));
    m_table->setRowCount(int(m_catalog.models().size()));
    for (int i = 0; i < m_catalog.models().size(); ++i) {
        const ModelInfo &m = m_catalog.models().at(i);
        auto set = [this, i](int col, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(i, col, item);
        };
        set(IdCol, m.modelId, false);
        set(ProviderCol, m.provider, true);
        set(RankCol, QString::number(m.rank), true);
        set(InCol, QString::number(m.inputPer1k * 1000, 'g', 6), true);
        set(OutCol, QString::number(m.outputPer1k * 1000, 'g', 6), true);
        set(ContextCol, QString::number(m.contextWindow), true);
        set(LatencyCol, m.latencyTier, true);
        auto *active = new QTableWidgetItem;
        active->setFlags((active->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        active->setCheckState(m.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(i, ActiveCol, active);
    }
}

void CatalogDialog::applyEdits()
{
    PriceCatalog edited = m_catalog;
    for (int i = 0; i < m_table->rowCount() && i < m_catalog.models().size(); ++i) {
        ModelInfo m = m_catalog.models().at(i);
        m.provider = m_table->item(i, ProviderCol)->text();
        m.rank = m_table->item(i, RankCol)->text().toInt();
        m.inputPer1k = m_table->item(i, InCol)->text().toDouble() / 1000.0;
        m.outputPer1k = m_table->item(i, OutCol)->text().toDouble() / 1000.0;
        m.contextWindow = m_table->item(i, ContextCol)->text().toLongLong();
        m.latencyTier = m_table->item(i, LatencyCol)->text();
        m.active = m_table->item(i, ActiveCol)->checkState() == Qt::Checked;
        edited.upsert(m);
    }
    if (edited.version() != m_catalog.version())
        edited.setVersion(m_catalog.version() + 1); // one user edit session = one version
    m_catalog = edited;
}

void CatalogDialog::refreshConflicts()
{
    m_conflicts->clear();
    ProjectStore store;
    QString error;
    CatalogConflicts conflicts;
    if (!store.open(m_project, &error) || !CatalogConflicts::compute(store, m_catalog, &conflicts, &error)) {
        m_conflicts->addItem(tr("Cannot check conflicts: %1").arg(error));
        return;
    }
    const QStringList lines = conflicts.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_conflicts->addItems(lines);
}

void CatalogDialog::save()
{
    applyEdits();
    ProjectStore store;
    QString error;
    if (!store.open(m_project, &error) || !CatalogStore(store).save(m_catalog, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot save the catalog: %1").arg(error));
        return;
    }
    accept();
}

} // namespace ShadowOptic
