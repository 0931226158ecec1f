// SPDX-License-Identifier: MIT
#include "costspage.h"

#include "charts/costbarchart.h"
#include "models/costformat.h"
#include "models/costrowsmodel.h"
#include "models/costrowsproxymodel.h"
#include "session/session.h"
#include "store/threadstore.h"

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

CostsPage::CostsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_jobs(this)
    , m_model(new CostRowsModel(this))
    , m_proxy(new CostRowsProxyModel(this))
    , m_grouping(new QComboBox(this))
    , m_headline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_chart(new CostBarChart(this))
    , m_view(new QTableView(this))
    , m_providers(new QWidget(this))
    , m_providerForm(new QFormLayout(m_providers))
    , m_priceFileButton(new QPushButton(tr("Compare with &price file…"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_priceFileLabel(new QLabel(this))
    , m_repricing(new QLabel(this))
    , m_unpriced(new QTableWidget(this))
    , m_unpricedTitle(new QLabel(this))
    , m_openCatalog(new QPushButton(tr("Open Model &Catalog…"), this))
    , m_debounce(new QTimer(this))
{
    buildUi();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &CostsPage::start);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { start(); });
    connect(m_priceFileButton, &QPushButton::clicked, this, &CostsPage::choosePriceFile);
    connect(m_clear, &QPushButton::clicked, this, &CostsPage::clearAdjustment);
    connect(m_openCatalog, &QPushButton::clicked, this, &CostsPage::catalogRequested);
    connect(m_session, &Session::projectChanged, this, &CostsPage::onProjectChanged);
    connect(m_session, &Session::catalogChanged, this, &CostsPage::onCatalogChanged);
    onProjectChanged(m_session->projectPath());
}

CostsPage::~CostsPage() = default;

void CostsPage::buildUi()
{
    m_grouping->addItem(tr("By model"), int(CostReport::Grouping::Model));
    m_grouping->addItem(tr("By month"), int(CostReport::Grouping::Month));
    m_grouping->addItem(tr("By use case"), int(CostReport::Grouping::UseCase));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *bar = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_grouping);
    bar->addWidget(groupLabel);
    bar->addWidget(m_grouping);
    bar->addWidget(m_headline, 1);
    bar->addWidget(m_progress);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the report's order until asked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    // Re-pricing: a discount per provider of the report, another price file, and what it would have cost.
    auto *reprice = new QGroupBox(tr("Re-price"), this);
    auto *repriceLayout = new QVBoxLayout(reprice);
    auto *discountLabel = new QLabel(tr("Percent off each provider's list price:"), reprice);
    discountLabel->setWordWrap(true);
    m_providerForm->setContentsMargins(0, 0, 0, 0);
    m_providerForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *scroll = new QScrollArea(reprice);
    scroll->setWidget(m_providers);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(60);
    scroll->viewport()->setAutoFillBackground(false);
    m_providers->setAutoFillBackground(false);
    m_priceFileButton->setToolTip(tr("Apply a Portkey pricing JSON, a LiteLLM price map or a Shadow Optic catalog on "
                                     "top of the project's catalog and compare."));
    m_clear->setToolTip(tr("Remove every discount and the price file."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_priceFileButton);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    m_priceFileLabel->setWordWrap(true);
    m_repricing->setWordWrap(true);
    m_repricing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reprice->setMaximumWidth(300);
    repriceLayout->addWidget(discountLabel);
    repriceLayout->addWidget(scroll, 1);
    repriceLayout->addLayout(buttons);
    repriceLayout->addWidget(m_priceFileLabel);
    repriceLayout->addWidget(m_repricing);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(reprice);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    m_unpriced->setColumnCount(4);
    m_unpriced->setHorizontalHeaderLabels({ tr("Model"), tr("Provider"), tr("Logs"), tr("How it was priced") });
    m_unpriced->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unpriced->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unpriced->setAlternatingRowColors(true);
    m_unpriced->setWordWrap(true);
    m_unpriced->verticalHeader()->hide();
    m_unpriced->horizontalHeader()->setStretchLastSection(true);
    // The explanations wrap instead of being cut off: rows follow the column widths.
    connect(m_unpriced->horizontalHeader(), &QHeaderView::sectionResized, m_unpriced,
            &QTableView::resizeRowsToContents);
    m_openCatalog->setToolTip(tr("Map unpriced models to catalog models or add their prices (File ▸ Model Catalog)."));
    auto *unpricedBox = new QWidget(this);
    auto *unpricedLayout = new QVBoxLayout(unpricedBox);
    unpricedLayout->setContentsMargins(0, 0, 0, 0);
    auto *unpricedBar = new QHBoxLayout;
    m_unpricedTitle->setWordWrap(true);
    unpricedBar->addWidget(m_unpricedTitle, 1);
    unpricedBar->addWidget(m_openCatalog);
    unpricedLayout->addLayout(unpricedBar);
    unpricedLayout->addWidget(m_unpriced, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("costsSplitter"));
    split->addWidget(top);
    split->addWidget(m_view);
    split->addWidget(unpricedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    split->setSizes({ 360, 240, 140 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

void CostsPage::onProjectChanged(const QString &path)
{
    m_jobs.reset();
    m_debounce->stop();
    m_project = path;
    m_groups.reset();
    m_report = {};
    m_hasReport = false;
    showReport();
    setBusy(false);
    if (path.isEmpty()) {
        setStatus(tr("Open a project to see what its traffic cost."));
        return;
    }
    start();
}

void CostsPage::onCatalogChanged()
{
    if (!m_project.isEmpty())
        start();
}

void CostsPage::refresh()
{
    if (m_project.isEmpty())
        return;
    m_groups.reset(); // new logs
    start();
}

void CostsPage::setGrouping(CostReport::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping))); // starts through currentIndexChanged
}

CostReport::Grouping CostsPage::grouping() const
{
    return CostReport::Grouping(m_grouping->currentData().toInt());
}

void CostsPage::setDiscount(const QString &provider, double percent)
{
    const QString key = provider.toLower();
    if (percent > 0)
        m_discounts.insert(key, std::min(percent, 100.0));
    else
        m_discounts.remove(key);
    if (QSpinBox *box = m_spinBoxes.value(key)) {
        const QSignalBlocker blocker(box);
        box->setValue(int(std::lround(percent)));
    }
    m_debounce->stop();
    start();
}

void CostsPage::setPriceFile(const QString &path)
{
    m_priceFile = path;
    m_priceFileLabel->setText(path.isEmpty() ? QString() : tr("Price file: %1").arg(QFileInfo(path).fileName()));
    m_priceFileLabel->setToolTip(path);
    m_debounce->stop();
    start();
}

void CostsPage::clearAdjustment()
{
    m_discounts.clear();
    for (QSpinBox *box : std::as_const(m_spinBoxes)) {
        const QSignalBlocker blocker(box);
        box->setValue(0);
    }
    setPriceFile(QString());
}

void CostsPage::choosePriceFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Compare with price file"), QFileInfo(m_project).absolutePath(),
                                       tr("Price files (*.json);;All files (*)"));
    if (!path.isEmpty())
        setPriceFile(path);
}

void CostsPage::scheduleStart()
{
    m_debounce->start();
}

void CostsPage::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CostsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CostsPage::start()
{
    if (m_project.isEmpty())
        return;
    setBusy(true);
    if (!m_session->requestCatalog()) {
        setStatus(tr("Reading the price catalog…"));
        return; // catalogChanged() starts again
    }
    if (!m_session->catalogError().isEmpty()) {
        // Without its catalog every request would look unpriced: say why instead.
        setBusy(false);
        setStatus(tr("The price catalog of '%1' cannot be read: %2").arg(m_project, m_session->catalogError()));
        emit message(m_status->text(), true);
        return;
    }
    setStatus(m_groups ? tr("Computing costs…") : tr("Reading the logged costs…"));
    Input in;
    in.project = m_project;
    in.groups = m_groups;
    in.catalog = m_session->catalog();
    in.grouping = grouping();
    in.discounts = m_discounts;
    in.priceFile = m_priceFile;
    m_jobs.startJob([in = std::move(in)] { return computeReport(in); }, [this](const Output &out) { apply(out); });
}

CostsPage::Output CostsPage::computeReport(const Input &in)
{
    Output out;
    out.groups = in.groups;
    if (!out.groups) {
        ProjectStore *store = ThreadStore::get(in.project, &out.error);
        if (!store)
            return out;
        auto groups = std::make_shared<QList<CostLedgerStore::Group>>();
        if (!CostLedgerStore(*store).groups(groups.get(), &out.error))
            return out;
        out.groups = std::move(groups);
    }
    PriceAdjustment adjustment;
    adjustment.discountPercent = in.discounts;
    if (!in.priceFile.isEmpty()) {
        PriceCatalog other = in.catalog;
        if (other.importFile(in.priceFile, &out.priceFileError) >= 0) {
            adjustment.prices = std::move(other);
            adjustment.pricesSource = QFileInfo(in.priceFile).fileName();
        }
    }
    out.report = CostReport::fromGroups(*out.groups, in.catalog, in.grouping, adjustment);
    return out;
}

void CostsPage::apply(const Output &out)
{
    setBusy(false);
    if (!out.error.isEmpty()) {
        setStatus(tr("The costs of '%1' cannot be read: %2").arg(m_project, out.error));
        emit message(m_status->text(), true);
        return;
    }
    m_groups = out.groups;
    if (!out.priceFileError.isEmpty()) {
        emit message(tr("The price file '%1' cannot be used: %2").arg(m_priceFile, out.priceFileError), true);
        m_priceFile.clear();
        m_priceFileLabel->clear();
    }
    m_report = out.report;
    m_hasReport = true;
    setStatus(m_report.total.requests == 0
                  ? tr("No logs in this project yet: import Portkey logs (File ▸ Import Logs) to see "
                       "what they cost.")
                  : QString());
    showReport();
    emit reportChanged();
}

void CostsPage::showReport()
{
    m_model->setReport(m_report);
    const bool repricing = m_model->hasRepricing();
    m_view->setColumnHidden(CostRowsModel::ProviderColumn, m_report.grouping != CostReport::Grouping::Model);
    m_view->setColumnHidden(CostRowsModel::RepricedColumn, !repricing);
    m_chart->setReport(m_report);
    m_headline->setText(m_hasReport && m_report.total.requests > 0 ? m_report.headline() : QString());
    updateProviders();
    updateRepricingText();
    updateUnpriced();
}

void CostsPage::updateProviders()
{
    QStringList providers;
    for (const CostReport::Resolution &r : std::as_const(m_report.resolutions))
        if (r.priced && !providers.contains(r.resolvedProvider.toLower()))
            providers.append(r.resolvedProvider.toLower());
    providers.sort();
    QStringList shown = m_spinBoxes.keys();
    shown.sort();
    if (providers == shown)
        return;
    while (m_providerForm->rowCount() > 0)
        m_providerForm->removeRow(0);
    m_spinBoxes.clear();
    for (const QString &p : std::as_const(providers)) {
        auto *box = new QSpinBox(m_providers);
        box->setRange(0, 100);
        box->setSuffix(tr(" %"));
        box->setValue(int(std::lround(m_discounts.value(p))));
        box->setAccessibleName(tr("Discount for %1").arg(p));
        connect(box, &QSpinBox::valueChanged, this, [this, p](int value) {
            if (value > 0)
                m_discounts.insert(p, value);
            else
                m_discounts.remove(p);
            scheduleStart();
        });
        m_providerForm->addRow(p, box);
        m_spinBoxes.insert(p, box);
    }
    if (providers.isEmpty())
        m_providerForm->addRow(new QLabel(tr("No priced providers yet."), m_providers));
}

void CostsPage::updateRepricingText()
{
    const CostRow &t = m_report.total;
    m_clear->setEnabled(!m_discounts.isEmpty() || !m_priceFile.isEmpty());
    if (m_report.adjustment.isEmpty() || t.requests == 0) {
        m_repricing->setText(m_hasReport && t.requests > 0
                                 ? tr("Set a discount or pick a price file to see what this traffic would cost.")
                                 : QString());
        return;
    }
    QString text = tr("Under %1, this period would have cost %2 instead of %3 at list price (%4).")
                       .arg(m_report.adjustment, CostFormat::money(t.repricedUsd), CostFormat::money(t.listUsd),
                            CostFormat::signedMoney(t.repricedUsd - t.listUsd));
    if (t.unpricedRequests > 0)
        text
            += QLatin1Char(' ') + tr("%n unpriced request(s) are in neither figure.", nullptr, int(t.unpricedRequests));
    m_repricing->setText(text);
}

void CostsPage::updateUnpriced()
{
    const QLocale locale;
    QList<const CostReport::Resolution *> shown;
    for (const CostReport::Resolution &r : std::as_const(m_report.resolutions))
        if (!r.priced || r.rule != ModelResolution::Rule::Exact)
            shown.append(&r);
    // Unpriced first: they are what the user has to act on.
    std::stable_sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) { return !a->priced && b->priced; });
    m_unpriced->setRowCount(int(shown.size()));
    int unpriced = 0;
    for (int row = 0; row < shown.size(); ++row) {
        const CostReport::Resolution &r = *shown.at(row);
        const QString model = r.model.isEmpty() ? tr("(no model)") : r.model;
        const QString sentence = tr("%n log(s) of '%1': %2", nullptr, int(r.requests)).arg(model, r.explanation);
        const QStringList texts = { model, r.provider, locale.toString(r.requests), r.explanation };
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(sentence);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0 && !r.priced)
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_unpriced->setItem(row, c, item);
        }
        if (!r.priced)
            ++unpriced;
    }
    for (int c = 0; c < 3; ++c)
        m_unpriced->resizeColumnToContents(c);
    m_unpriced->resizeRowsToContents();
    m_unpricedTitle->setText(
        !m_hasReport || m_report.resolutions.isEmpty() ? tr("How logged models were priced")
            : unpriced > 0
            ? tr("%n logged model(s) without a price: map them to a catalog model, or add a price.", nullptr, unpriced)
            : tr("Every logged model has a price; those below were matched by a rule rather than by name."));
    m_openCatalog->setEnabled(!m_project.isEmpty());
}

} // namespace ShadowOptic
