// SPDX-License-Identifier: MIT
#include "catalogdialog.h"

#include "catalog/catalogconflicts.h"
#include "models/catalogmodel.h"
#include "models/catalogproxymodel.h"
#include "settings.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ShadowOptic {

namespace {

enum ConflictRoles { ProviderRole = Qt::UserRole, ModelRole, MappableRole };

// Catalog entries are named "provider/model"; provider slugs never contain '/', model ids may.
bool splitKey(const QString &key, QString *provider, QString *model)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash <= 0 || slash == key.size() - 1)
        return false;
    *provider = key.left(slash);
    *model = key.mid(slash + 1);
    return true;
}

QString loggedName(const QString &provider, const QString &model)
{
    return provider.isEmpty() ? model : provider + u'/' + model;
}

} // namespace

CatalogDialog::CatalogDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_project(projectPath)
    , m_model(new CatalogModel(&m_catalog, this))
    , m_proxy(new CatalogProxyModel(this))
    , m_message(new MessageBar(this))
    , m_version(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_candidatesOnly(new QCheckBox(tr("Candidates &only"), this))
    , m_type(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_conflicts(new QListWidget(this))
    , m_target(new QComboBox(this))
    , m_map(new QPushButton(tr("&Map"), this))
    , m_mappings(new QListWidget(this))
    , m_removeMapping(new QPushButton(tr("&Remove Mapping"), this))
    , m_conflictsDebounce(new QTimer(this))
    , m_countUpdate(new QTimer(this))
{
    setWindowTitle(tr("Model and price catalog"));
    ProjectStore store;
    QString error;
    if (!store.open(projectPath, &error) || !CatalogStore(store).load(&m_catalog, &error))
        QMessageBox::warning(this, windowTitle(), tr("Cannot load the catalog: %1").arg(error));
    m_loadedVersion = m_catalog.version();
    m_model->reload();

    m_message->hide();
    connect(m_message, &MessageBar::dismissed, m_message, &QWidget::hide);

    auto *importButton = new QPushButton(tr("&Import Prices…"), this);
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

    m_search->setObjectName(QStringLiteral("catalogSearch"));
    m_search->setPlaceholderText(tr("Provider or model, e.g. openai/gpt-4o"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_proxy->setSearchText(m_search->text());
        m_table->setFocus();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // An analyst works with the curated candidates; the thousands of Portkey entries only price logs.
    m_candidatesOnly->setObjectName(QStringLiteral("candidatesOnly"));
    m_candidatesOnly->setToolTip(tr("Show only the models offered for replays and recommendations"));
    m_candidatesOnly->setChecked(true);
    m_proxy->setCandidatesOnly(true);
    connect(m_candidatesOnly, &QCheckBox::toggled, m_proxy, &CatalogProxyModel::setCandidatesOnly);

    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(tr("Chat"), QStringLiteral("chat"));
    QStringList types;
    for (const ModelInfo &m : m_catalog.models())
        if (!m.isChat() && !types.contains(m.type))
            types.append(m.type);
    std::sort(types.begin(), types.end());
    for (const QString &t : std::as_const(types))
        m_type->addItem(t, t);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setType(m_type->currentData().toString()); });

    m_count->setObjectName(QStringLiteral("catalogCount"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_candidatesOnly);
    filters->addWidget(typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_count, 1);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_proxy);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8); // dense rows: 3,000 of them
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // catalog order: candidates first
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // A filter change arrives as many row signals; count and fit the columns once.
    m_countUpdate->setSingleShot(true);
    m_countUpdate->setInterval(0);
    connect(m_countUpdate, &QTimer::timeout, this, &CatalogDialog::updateCount);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, m_countUpdate, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_countUpdate, qOverload<>(&QTimer::start));
    connect(m_model, &CatalogModel::entryEdited, this, [this] {
        updateVersionLabel();
        m_conflictsDebounce->start(); // a price can make a logged model priced or disagree with its bill
    });
    m_conflictsDebounce->setSingleShot(true);
    m_conflictsDebounce->setInterval(400);
    connect(m_conflictsDebounce, &QTimer::timeout, this, &CatalogDialog::refreshConflicts);

    m_conflicts->setObjectName(QStringLiteral("conflictsList"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setResizeMode(QListView::Adjust);
    m_conflicts->setAlternatingRowColors(true);
    m_target->setObjectName(QStringLiteral("mapTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setMaxVisibleItems(20);
    m_target->setMinimumContentsLength(28);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->lineEdit()->setPlaceholderText(tr("provider/model, e.g. openai/gpt-4o"));
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *targetLabel = new QLabel(tr("Map &to:"), this);
    targetLabel->setBuddy(m_target);
    m_map->setObjectName(QStringLiteral("mapButton"));
    m_map->setToolTip(tr("Price the selected logged model as this catalog entry"));
    connect(m_map, &QPushButton::clicked, this, &CatalogDialog::mapSelected);
    connect(m_target->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_map->isEnabled())
            mapSelected();
    });
    connect(m_target, &QComboBox::editTextChanged, this, &CatalogDialog::updateMapButton);
    connect(m_conflicts, &QListWidget::currentItemChanged, this, &CatalogDialog::updateMapButton);
    connect(m_conflicts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(MappableRole).toBool())
            m_target->setFocus();
    });
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(targetLabel);
    mapRow->addWidget(m_target, 1);
    mapRow->addWidget(m_map);
    auto *conflictsBox = new QGroupBox(tr("Conflicts between the logs and the catalog"), this);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(m_conflicts, 1);
    conflictsLayout->addLayout(mapRow);

    m_mappings->setObjectName(QStringLiteral("mappingsList"));
    m_mappings->setWordWrap(true);
    m_mappings->setResizeMode(QListView::Adjust);
    m_removeMapping->setObjectName(QStringLiteral("removeMapping"));
    connect(m_removeMapping, &QPushButton::clicked, this, &CatalogDialog::removeSelectedMapping);
    connect(m_mappings, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_removeMapping->setEnabled(item != nullptr); });
    auto *removeKey = new QShortcut(QKeySequence(QKeySequence::Delete), m_mappings);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &CatalogDialog::removeSelectedMapping);
    auto *mappingsBox = new QGroupBox(tr("Mappings"), this);
    auto *mappingsLayout = new QVBoxLayout(mappingsBox);
    mappingsLayout->addWidget(m_mappings, 1);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removeMapping);
    mappingsLayout->addLayout(removeRow);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(conflictsBox, 3);
    bottomLayout->addWidget(mappingsBox, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Enter in the search box or the table must not save and close the dialog.
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Save)->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    const QList<QWidget *> tabOrder { m_search, m_candidatesOnly, m_type,          m_table,     m_conflicts, m_target,
                                      m_map,    m_mappings,       m_removeMapping, importButton };
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(qMin(1440, screen.width() * 95 / 100), qMin(900, screen.height() * 9 / 10));
    fillTargets();
    updateVersionLabel();
    updateCount();
    refreshConflicts();
    refreshMappings();
    m_search->setFocus();
}

CatalogDialog::~CatalogDialog() = default;

PriceCatalog CatalogDialog::catalog() const
{
    PriceCatalog c = m_catalog;
    // One edit session is one catalog version, however many entries changed.
    if (c.version() != m_loadedVersion)
        c.setVersion(m_loadedVersion + 1);
    return c;
}

bool CatalogDialog::importFile(const QString &path, QString *error)
{
    const int n = m_catalog.importFile(path, error);
    if (n < 0)
        return false;
    Settings::instance()->setLastDirectory(QFileInfo(path).absolutePath());
    m_model->reload();
    fillTargets();
    updateVersionLabel();
    refreshConflicts();
    m_message->showMessage(
        tr("Imported prices for %Ln model(s) from '%1'.", nullptr, n).arg(QFileInfo(path).fileName()));
    m_message->show();
    return true;
}

void CatalogDialog::fillTargets()
{
    // Chat models first, candidates first among them: what a deployment name usually stands for.
    QList<const ModelInfo *> entries;
    for (const ModelInfo &m : m_catalog.models())
        if (m.isPriced())
            entries.append(&m);
    std::stable_sort(entries.begin(), entries.end(), [](const ModelInfo *a, const ModelInfo *b) {
        return std::pair(!a->isChat(), !a->candidate) < std::pair(!b->isChat(), !b->candidate);
    });
    QStringList keys;
    keys.reserve(entries.size());
    for (const ModelInfo *m : std::as_const(entries))
        keys.append(CatalogModel::key(*m));
    const QString text = m_target->currentText();
    m_target->clear();
    m_target->addItems(keys);
    m_target->setCurrentIndex(-1);
    m_target->setEditText(text);
}

void CatalogDialog::updateCount()
{
    const int total = m_model->rowCount();
    QString text = tr("%L1 of %Ln model(s)", nullptr, total).arg(m_proxy->rowCount());
    if (!m_proxy->searchText().isEmpty()) {
        if (const int hidden = m_proxy->hiddenNonCandidates(); hidden > 0)
            text += QLatin1String(" · ") + tr("%Ln more outside the candidates", nullptr, hidden);
    }
    m_count->setText(text);
    fitColumns();
}

void CatalogDialog::updateVersionLabel()
{
    const QString models = tr("%Ln model(s)", nullptr, int(m_catalog.models().size()));
    m_version->setText(m_catalog.version() == m_loadedVersion
                           ? tr("Catalog version %1 · %2").arg(m_loadedVersion).arg(models)
                           : tr("Catalog version %1 · %2 · changed: saving stores version %3")
                                 .arg(m_loadedVersion)
                                 .arg(models)
                                 .arg(m_loadedVersion + 1));
}

void CatalogDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    // resizeColumnsToContents() samples rows; ids far down a 3,000-row list must not be cut off either.
    const QFontMetrics metrics(m_table->font());
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    for (int column : { int(CatalogModel::ProviderColumn), int(CatalogModel::ModelColumn) }) {
        int width = m_table->horizontalHeader()->sectionSize(column);
        for (int row = 0, rows = m_proxy->rowCount(); row < rows; ++row)
            width = qMax(width, metrics.horizontalAdvance(m_proxy->index(row, column).data().toString()) + padding);
        m_table->horizontalHeader()->resizeSection(column, width);
    }
}

void CatalogDialog::refreshConflicts()
{
    const QString current = m_conflicts->currentItem() ? m_conflicts->currentItem()->text() : QString();
    m_conflicts->clear();
    ProjectStore store;
    QString error;
    CatalogConflicts conflicts;
    if (!store.open(m_project, &error) || !CatalogConflicts::compute(store, m_catalog, &conflicts, &error)) {
        m_conflicts->addItem(tr("Cannot check conflicts: %1").arg(error));
        updateMapButton();
        return;
    }
    for (const auto &m : std::as_const(conflicts.missing)) {
        const QString why = m.explanation.isEmpty() ? tr("No price — map it to a catalog model.") : m.explanation;
        auto *item = new QListWidgetItem(tr("%Ln log(s) of '%1': %2", nullptr, int(m.requests)).arg(m.model, why));
        item->setData(ProviderRole, m.provider);
        item->setData(ModelRole, m.model);
        item->setData(MappableRole, true);
        item->setToolTip(tr("Logged provider: %1").arg(m.provider.isEmpty() ? tr("none") : m.provider));
        m_conflicts->addItem(item);
    }
    for (const auto &m : std::as_const(conflicts.mismatches)) {
        auto *item = new QListWidgetItem(tr("%Ln log(s) of '%1' report a cost more than 5% away from the catalog "
                                            "price (median reported/catalog = %2).",
                                            nullptr, int(m.logs))
                                             .arg(m.model, QLocale().toString(m.medianRatio, 'f', 3)));
        item->setData(MappableRole, false);
        m_conflicts->addItem(item);
    }
    if (conflicts.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No conflicts: every logged model is priced and its costs match."));
        item->setFlags(Qt::ItemIsEnabled);
        m_conflicts->addItem(item);
    }
    const QList<QListWidgetItem *> again = m_conflicts->findItems(current, Qt::MatchExactly);
    for (int row = 0; row < m_conflicts->count(); ++row) {
        QListWidgetItem *item = m_conflicts->item(row);
        if ((!again.isEmpty() && item == again.first()) || (again.isEmpty() && item->data(MappableRole).toBool())) {
            m_conflicts->setCurrentItem(item);
            break;
        }
    }
    updateMapButton();
}

void CatalogDialog::refreshMappings()
{
    m_mappings->clear();
    for (const PriceCatalog::Mapping &m : m_catalog.mappings()) {
        const QString from
            = m.provider.isEmpty() ? tr("%1 (any provider)").arg(m.model) : loggedName(m.provider, m.model);
        auto *item = new QListWidgetItem(tr("%1 → %2").arg(from, loggedName(m.toProvider, m.toModel)));
        item->setData(ProviderRole, m.provider);
        item->setData(ModelRole, m.model);
        m_mappings->addItem(item);
    }
    if (m_mappings->count() > 0)
        m_mappings->setCurrentRow(0);
    m_removeMapping->setEnabled(m_mappings->currentItem() != nullptr);
}

void CatalogDialog::updateMapButton()
{
    const QListWidgetItem *item = m_conflicts->currentItem();
    QString provider, model;
    const bool target
        = splitKey(m_target->currentText().trimmed(), &provider, &model) && m_catalog.exact(provider, model) != nullptr;
    m_map->setEnabled(item && item->data(MappableRole).toBool() && target);
}

bool CatalogDialog::mapTo(const QString &provider, const QString &model, const QString &target)
{
    PriceCatalog::Mapping mapping;
    mapping.provider = provider;
    mapping.model = model;
    if (!splitKey(target.trimmed(), &mapping.toProvider, &mapping.toModel) || !m_catalog.setMapping(mapping)) {
        m_message->showMessage(tr("'%1' is not a catalog entry; choose one as provider/model.").arg(target),
                               MessageBar::Level::Warning);
        m_message->show();
        return false;
    }
    m_message->showMessage(tr("'%1' is now priced as %2.").arg(loggedName(provider, model), target.trimmed()));
    m_message->show();
    updateVersionLabel();
    refreshMappings();
    refreshConflicts();
    return true;
}

void CatalogDialog::mapSelected()
{
    const QListWidgetItem *item = m_conflicts->currentItem();
    if (!item || !item->data(MappableRole).toBool())
        return;
    if (mapTo(item->data(ProviderRole).toString(), item->data(ModelRole).toString(), m_target->currentText()))
        m_conflicts->setFocus();
}

void CatalogDialog::removeSelectedMapping()
{
    const QListWidgetItem *item = m_mappings->currentItem();
    if (!item)
        return;
    const QString provider = item->data(ProviderRole).toString();
    const QString model = item->data(ModelRole).toString();
    if (!m_catalog.removeMapping(provider, model))
        return;
    m_message->showMessage(tr("The mapping of '%1' was removed.").arg(loggedName(provider, model)));
    m_message->show();
    updateVersionLabel();
    refreshMappings();
    refreshConflicts();
}

void CatalogDialog::save()
{
    ProjectStore store;
    QString error;
    if (!store.open(m_project, &error) || !CatalogStore(store).save(catalog(), &error)) {
        QMessageBox::warning(this, windowTitle(), tr("Cannot save the catalog: %1").arg(error));
        return;
    }
    accept();
}

} // namespace ShadowOptic
