// SPDX-License-Identifier: MIT
#include "forecastpage.h"

#include "charts/forecastaccuracychart.h"
#include "charts/forecastcostchart.h"
#include "charts/forecastwhatifchart.h"
#include "models/costformat.h"
#include "models/forecaststratamodel.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ShadowOptic {

namespace {

QLocale numberLocale()
{
    // As CostFormat: the C locale has no group separator, and a headline reads "$2,950", not "$2950".
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

// Headline amounts: whole dollars from $100 on, cents from $1, else CostFormat's four decimals.
int headlineDecimals(double usd)
{
    const double a = std::abs(usd);
    return a >= 100 ? 0 : a >= 1 ? 2 : 4;
}

QString headlineMoney(double usd, int decimals)
{
    return u'$' + numberLocale().toString(usd, 'f', decimals);
}

// Per-request errors are fractions of a cent: two significant digits ("$0.00012"), not "$0.0001".
QString smallMoney(double usd)
{
    if (!(usd > 0.0) || usd >= 0.01)
        return CostFormat::money(usd);
    const int decimals = std::clamp(1 - int(std::floor(std::log10(usd))), 4, 9);
    return u'$' + numberLocale().toString(usd, 'f', decimals);
}

QString periodText(qint64 startMs, qint64 endMs)
{
    const QDate start = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).date();
    const QDate end = QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC).date();
    const QLocale locale;
    const QString format = start.year() == end.year() ? QStringLiteral("MMM d") : QStringLiteral("MMM d, yyyy");
    if (start == end)
        return locale.toString(start, QStringLiteral("MMM d, yyyy"));
    return locale.toString(start, format) + QStringLiteral(" – ") + locale.toString(end, format);
}

QTableWidgetItem *cell(const QString &text, bool number, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(number ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

// As tall as its rows (at most maxRows of them): the chart below gets the rest instead of an empty table area. In
// a dock too narrow for the columns the scroll bars still reach every cell.
void fitHeight(QTableView *view, int maxRows)
{
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    const int rows = view->model() ? view->model()->rowCount() : 0;
    for (int row = 0; row < std::min(rows, maxRows); ++row)
        height += view->rowHeight(row);
    view->setFixedHeight(std::max(height, 60));
}

// A tab whose content needs more height than the dock has (many models, twelve months) scrolls instead of squeezing
// the charts until QtCharts drops their labels.
QScrollArea *scrollable(QWidget *content)
{
    auto *scroll = new QScrollArea(content->parentWidget());
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

// Columns as wide as their text, and the last one filling the rest again (resizing it to its contents ended that).
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setStretchLastSection(true);
}

// Rows as tall as their text, and the table refitted to them: the header emits while it is still resizing the rows
// after the one it reports, hence queued.
void fitToRows(QObject *context, QTableView *view, int maxRows)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QObject::connect(
        view->verticalHeader(), &QHeaderView::sectionResized, context, [view, maxRows] { fitHeight(view, maxRows); },
        Qt::QueuedConnection);
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ForecastPage::ForecastPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new CostForecastJob(session, this))
    , m_strata(new ForecastStrataModel(this))
    , m_strataProxy(new QSortFilterProxyModel(this))
    , m_whatIf(new WhatIfModel(this))
    , m_whatIfProxy(new QSortFilterProxyModel(this))
    , m_models(new QLineEdit(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_sampleSize(new QSpinBox(this))
    , m_p90(new QCheckBox(tr("Price at P&90 (safety)"), this))
    , m_forecast(new QPushButton(tr("&Forecast"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_learned(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_costCaption(new QLabel(this))
    , m_costTable(new QTableWidget(this))
    , m_costChart(new ForecastCostChart(this))
    , m_sampleSummary(new QLabel(this))
    , m_strataView(new QTableView(this))
    , m_replay(new QPushButton(tr("&Replay this sample"), this))
    , m_breakdown(new QComboBox(this))
    , m_whatIfModelBox(new QComboBox(this))
    , m_whatIfNote(new QLabel(this))
    , m_whatIfView(new QTableView(this))
    , m_whatIfChart(new ForecastWhatIfChart(this))
    , m_accuracyChart(new ForecastAccuracyChart(this))
    , m_accuracyFigures(new QLabel(this))
{
    buildUi();
    connect(m_forecast, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_models, &QLineEdit::returnPressed, this, [this] { start(true); });
    connect(m_cancel, &QPushButton::clicked, this, &ForecastPage::cancel);
    connect(m_replay, &QPushButton::clicked, this,
            [this] { emit useSampleRequested(m_report.sample.logIds, m_report.sample.budgetUsd); });
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_status->setText(text);
    });
    connect(m_job, &Job::warning, this, [this](const QString &text) { m_status->setText(text); });
    connect(m_job, &Job::finished, this, &ForecastPage::onFinished);
    connect(m_session, &Session::projectChanged, this, &ForecastPage::onProjectChanged);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ForecastPage::showWhatIf);
    connect(m_whatIfModelBox, &QComboBox::currentIndexChanged, this, &ForecastPage::showWhatIf);
    // Ctrl+Shift+F is free in the main window; Esc cancels only while focus is inside this panel, as in Replay.
    auto *forecastKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    forecastKey->setContext(Qt::WindowShortcut);
    connect(forecastKey, &QShortcut::activated, this, [this] { start(true); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ForecastPage::cancel);
    setRunning(false);
    showReport(ForecastReport());
}

ForecastPage::~ForecastPage()
{
    m_job->cancel();
}

void ForecastPage::buildUi()
{
    m_models->setPlaceholderText(tr("current model and candidates"));
    m_models->setClearButtonEnabled(true);
    m_models->setToolTip(tr("Models to forecast, separated by commas. Empty: the current model and the cheaper "
                            "candidates the catalog suggests."));
    m_budget->setRange(0.0, 100000.0);
    m_budget->setDecimals(2);
    m_budget->setSingleStep(1.0);
    m_budget->setPrefix(QStringLiteral("$ "));
    m_budget->setSpecialValueText(tr("None"));
    m_budget->setGroupSeparatorShown(true);
    m_budget->setToolTip(tr("What the replay may cost on every model together. The sampler then picks the prompts "
                            "that tell the models apart best within it. None: a plain random sample."));
    m_sampleSize->setRange(0, 1000000);
    m_sampleSize->setValue(100);
    m_sampleSize->setSingleStep(50);
    m_sampleSize->setGroupSeparatorShown(true);
    m_sampleSize->setSpecialValueText(tr("No cap"));
    m_sampleSize->setToolTip(tr("Prompts in the random sample without a budget; with a budget, the most the "
                                "sampler may choose."));
    m_p90->setToolTip(tr("Price the sample at the 90th percentile of each prompt's predicted cost instead of the "
                         "expected cost, so the replay stays within the budget even when answers run long."));
    m_forecast->setToolTip(tr("Forecast the cost of the sample on each model (Ctrl+Shift+F)."));
    m_forecast->setDefault(true);
    m_cancel->setToolTip(tr("Stop the forecast (Esc)."));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(180);
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(80);
    m_status->setObjectName(QStringLiteral("forecastStatus"));

    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setObjectName(QStringLiteral("forecastHeadline"));
    for (QLabel *label : { m_headline, m_learned, m_costCaption, m_sampleSummary, m_whatIfNote, m_accuracyFigures }) {
        label->setWordWrap(true);
        label->setMinimumWidth(80);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_learned->setObjectName(QStringLiteral("forecastLearned"));

    auto *modelsLabel = new QLabel(tr("&Models:"), this);
    modelsLabel->setBuddy(m_models);
    auto *modelsRow = new QHBoxLayout;
    modelsRow->addWidget(modelsLabel);
    modelsRow->addWidget(m_models, 1);
    modelsRow->addWidget(m_forecast);
    modelsRow->addWidget(m_cancel);
    auto *budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_budget);
    auto *sizeLabel = new QLabel(tr("&Sample size:"), this);
    sizeLabel->setBuddy(m_sampleSize);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(budgetLabel);
    optionsRow->addWidget(m_budget);
    optionsRow->addSpacing(8);
    optionsRow->addWidget(sizeLabel);
    optionsRow->addWidget(m_sampleSize);
    optionsRow->addSpacing(8);
    optionsRow->addWidget(m_p90);
    optionsRow->addStretch(1);
    // Status and progress get their own line, so the panel fits beside the Logs dock at 1280 pixels.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    // Predicted cost per model
    m_costTable->setColumnCount(CostColumnCount);
    m_costTable->setHorizontalHeaderLabels(
        { tr("Model"), tr("Expected"), tr("P90"), tr("Per prompt"), tr("Tokens in → out"), tr("Tokenizer") });
    m_costTable->horizontalHeaderItem(TokensColumn)
        ->setToolTip(tr("Mean prompt tokens on the model's tokenizer → mean predicted answer tokens, per prompt"));
    setUpTable(m_costTable);
    m_costTable->setObjectName(QStringLiteral("forecastCostTable"));
    // Long model names leave the tokenizer column less than its line in a 1280 dock: it wraps, and the table grows.
    m_costTable->setWordWrap(true);
    fitToRows(this, m_costTable, 12);
    auto *costsTab = new QWidget(this);
    auto *costsLayout = new QVBoxLayout(costsTab);
    costsLayout->addWidget(m_costCaption);
    costsLayout->addWidget(m_costTable);
    costsLayout->addWidget(m_costChart, 1);
    m_tabs->addTab(scrollable(costsTab), tr("Predicted cost"));

    // The sampler
    m_strataProxy->setSourceModel(m_strata);
    m_strataProxy->setSortRole(ForecastStrataModel::SortRole);
    m_strataProxy->setSortLocaleAware(false);
    m_strataView->setModel(m_strataProxy);
    m_strataView->setSortingEnabled(true);
    m_strataView->sortByColumn(-1, Qt::AscendingOrder);
    setUpTable(m_strataView);
    m_strataView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_replay->setToolTip(tr("Take these prompts and this budget to the Replay panel."));
    auto *sampleTab = new QWidget(this);
    auto *sampleLayout = new QVBoxLayout(sampleTab);
    sampleLayout->addWidget(m_sampleSummary);
    sampleLayout->addWidget(m_strataView, 1);
    auto *replayRow = new QHBoxLayout;
    replayRow->addStretch(1);
    replayRow->addWidget(m_replay);
    sampleLayout->addLayout(replayRow);
    m_tabs->addTab(scrollable(sampleTab), tr("Sample"));

    // The production what-if
    m_breakdown->addItem(tr("Per model"), int(WhatIfModel::Breakdown::Models));
    m_breakdown->addItem(tr("Per use case"), int(WhatIfModel::Breakdown::UseCase));
    m_breakdown->addItem(tr("Per month"), int(WhatIfModel::Breakdown::Month));
    m_breakdown->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_whatIfModelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_whatIfModelBox->setToolTip(tr("The model whose use cases or months are listed."));
    m_whatIfProxy->setSourceModel(m_whatIf);
    m_whatIfProxy->setSortRole(WhatIfModel::SortRole);
    m_whatIfProxy->setSortLocaleAware(false);
    m_whatIfView->setModel(m_whatIfProxy);
    m_whatIfView->setSortingEnabled(true);
    m_whatIfView->sortByColumn(-1, Qt::AscendingOrder);
    setUpTable(m_whatIfView);
    fitToRows(this, m_whatIfView, 8);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_breakdown);
    auto *ofLabel = new QLabel(tr("&of:"), this);
    ofLabel->setBuddy(m_whatIfModelBox);
    auto *whatIfTab = new QWidget(this);
    auto *whatIfLayout = new QVBoxLayout(whatIfTab);
    auto *whatIfRow = new QHBoxLayout;
    whatIfRow->addWidget(showLabel);
    whatIfRow->addWidget(m_breakdown);
    whatIfRow->addWidget(ofLabel);
    whatIfRow->addWidget(m_whatIfModelBox);
    whatIfRow->addStretch(1);
    whatIfLayout->addLayout(whatIfRow);
    whatIfLayout->addWidget(m_whatIfNote);
    whatIfLayout->addWidget(m_whatIfView);
    whatIfLayout->addWidget(m_whatIfChart, 1);
    m_tabs->addTab(scrollable(whatIfTab), tr("Production what-if"));

    // Predicted vs actual
    m_accuracyFigures->setObjectName(QStringLiteral("forecastAccuracyFigures"));
    m_accuracyFigures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_accuracyFigures->setFixedWidth(230);
    auto *accuracyTab = new QWidget(this);
    auto *accuracyLayout = new QHBoxLayout(accuracyTab);
    accuracyLayout->addWidget(m_accuracyChart, 1);
    accuracyLayout->addWidget(m_accuracyFigures);
    m_tabs->addTab(scrollable(accuracyTab), tr("Predicted vs actual"));
    m_tabs->setObjectName(QStringLiteral("forecastTabs"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modelsRow);
    layout->addLayout(optionsRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_headline);
    layout->addWidget(m_learned);
    layout->addWidget(m_tabs, 1);
}

CostForecastJob::Request ForecastPage::request() const
{
    CostForecastJob::Request r;
    const QStringList parts = m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            r.models.append(part.trimmed());
    r.budgetUsd = m_budget->value();
    r.sampleSize = m_sampleSize->value();
    r.p90 = m_p90->isChecked();
    return r;
}

void ForecastPage::setModels(const QStringList &models)
{
    m_models->setText(models.join(QStringLiteral(", ")));
}

void ForecastPage::setBudget(double usd)
{
    m_budget->setValue(usd);
}

void ForecastPage::setSampleSize(int prompts)
{
    m_sampleSize->setValue(prompts);
}

void ForecastPage::setP90(bool p90)
{
    m_p90->setChecked(p90);
}

bool ForecastPage::isBusy() const
{
    return m_job->isRunning();
}

void ForecastPage::refresh()
{
    start(false);
}

void ForecastPage::start(bool userAction)
{
    if (m_job->isRunning()) {
        m_refreshAgain = true;
        return;
    }
    if (m_session->projectPath().isEmpty()) {
        m_status->setText(tr("Open a project to forecast what replaying its logs would cost."));
        if (userAction)
            emit message(tr("Open or create a project first (File ▸ New Project)."), true);
        return;
    }
    m_job->setRequest(request());
    m_userStarted = userAction;
    QString error;
    if (!m_job->start(&error)) {
        m_status->setText(tr("The cost forecast could not start: %1").arg(error));
        // After a project opens or a run ends the status line says it; a click gets the message bar too.
        if (userAction)
            emit message(tr("The cost forecast could not start: %1").arg(error), true);
        return;
    }
    m_progress->setValue(0);
    m_status->setText(tr("Forecasting…"));
    setRunning(true);
}

void ForecastPage::cancel()
{
    m_refreshAgain = false;
    if (m_job->isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
    }
}

void ForecastPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_forecast->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void ForecastPage::onProjectChanged()
{
    m_refreshAgain = false;
    m_job->cancel();
    showReport(ForecastReport());
    refresh();
}

void ForecastPage::onFinished()
{
    setRunning(false);
    switch (m_job->state()) {
    case Job::State::Failed:
        m_status->setText(tr("The cost forecast failed: %1").arg(m_job->errorText()));
        // A forecast started by opening a project or ending a run (a project without logs yet) says it in the
        // status line only.
        if (m_userStarted)
            emit message(tr("Cost forecast failed: %1").arg(m_job->errorText()), true);
        break;
    case Job::State::Cancelled:
        m_status->setText(tr("Forecast cancelled."));
        break;
    case Job::State::Succeeded:
        showReport(m_job->result());
        emit reportChanged();
        break;
    default:
        break;
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

QString ForecastPage::tokenizerText(const TokenizerCalibration &t)
{
    if (t.encoding.isEmpty())
        return tr("unknown");
    QString encoding = t.encoding;
    encoding.remove(QStringLiteral("_base"));
    const QLocale locale;
    // "exact" only while the logs agree with the encoding's own count (or there are no logs to ask).
    const bool plain = std::abs(t.ratio - 1.0) < 0.02 && t.perChar < 0.0005;
    QStringList parts { !t.exact                   ? encoding
                            : t.rows == 0 || plain ? tr("exact %1").arg(encoding)
                                                   : tr("%1 (own encoding)").arg(encoding) };
    if (t.rows > 0) {
        // The fit to the logs' own counts: tokens ≈ a × BPE + b per character (+ a few per message).
        const QString ratio = locale.toString(t.ratio, 'f', 2);
        const QString perChar = locale.toString(t.perChar, 'f', 3);
        if (t.perChar < 0.0005)
            parts << tr("%1 × %2").arg(ratio, encoding);
        else if (t.ratio < 0.0005)
            parts << tr("%1 per character").arg(perChar);
        else
            parts << tr("%1 × %2 + %3 per character").arg(ratio, encoding, perChar);
        parts << tr("±%1 % on %2 logged prompts").arg(locale.toString(t.errorPercent, 'f', 1), locale.toString(t.rows));
        if (!t.source.isEmpty())
            parts << tr("from %1").arg(t.source);
    } else if (!t.exact) {
        parts << tr("uncalibrated");
    }
    return parts.join(QStringLiteral(" · "));
}

QString ForecastPage::headline(const ForecastReport &r)
{
    const WhatIf *best = nullptr;
    QStringList unpriced;
    for (const WhatIf &w : r.whatIf) {
        if (w.model == r.currentModel)
            continue;
        if (!w.priced) {
            unpriced.append(w.model);
            continue;
        }
        if (!best || w.estimateUsd < best->estimateUsd)
            best = &w;
    }
    QString text;
    if (best) {
        const int decimals = headlineDecimals(std::max(best->estimateUsd, best->actualUsd));
        const QString estimate = headlineMoney(best->estimateUsd, decimals);
        // A narrow interval keeps two significant digits rather than reading "± 0.00".
        const double half = (best->highUsd - best->lowUsd) / 2.0;
        int halfDecimals = decimals;
        while (half > 0 && half < 10.0 * std::pow(10.0, -halfDecimals) && halfDecimals < 6)
            ++halfDecimals;
        const QString halfWidth = numberLocale().toString(half, 'f', halfDecimals);
        const QString actual = headlineMoney(best->actualUsd, decimals);
        text = best->periodStart > 0 && best->periodEnd >= best->periodStart
            ? tr("On %1 the imported period (%2) would have cost %3 ± %4 instead of %5.")
                  .arg(best->model, periodText(best->periodStart, best->periodEnd), estimate, halfWidth, actual)
            : tr("On %1 the imported requests would have cost %2 ± %3 instead of %4.")
                  .arg(best->model, estimate, halfWidth, actual);
    } else if (!r.whatIf.isEmpty() && !unpriced.isEmpty()) {
        text = tr("No candidate has a price in the catalog, so none can be compared with the logged spend.");
    }
    if (!unpriced.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("%1: unpriced (no catalog price).").arg(unpriced.join(QStringLiteral(", ")));
    return text;
}

QString ForecastPage::learnedText() const
{
    const ForecastReport &r = m_report;
    if (r.logRows <= 0 && r.replayRows <= 0)
        return {};
    // Counts here are large (cross-validation needs many rows), so the plural is written out rather than "(s)".
    const QLocale locale = numberLocale();
    QString from = tr("%1 logged requests").arg(locale.toString(r.logRows));
    if (r.replayRows > 0)
        from = tr("%1 and %2 replayed answers").arg(from, locale.toString(r.replayRows));
    if (r.regressor.maeUsd < 0)
        return tr("Output lengths learned from %1; too few priced rows to cross-validate the regressor.").arg(from);
    QString text = tr("Output lengths learned from %1: cross-validated error %2 per request (naive 1.5 × input: %3).")
                       .arg(from, smallMoney(r.regressor.maeUsd),
                            r.regressor.naiveMaeUsd >= 0 ? smallMoney(r.regressor.naiveMaeUsd) : tr("not known"));
    return text;
}

void ForecastPage::showReport(const ForecastReport &report)
{
    m_report = report;
    const bool empty = report.costs.isEmpty() && report.whatIf.isEmpty();
    m_headline->setText(headline(report));
    m_headline->setVisible(!m_headline->text().isEmpty());
    m_learned->setText(learnedText());
    m_learned->setVisible(!m_learned->text().isEmpty());
    if (!report.regressor.method.isEmpty())
        m_learned->setToolTip(tr("%1, %2-fold cross-validation on %Ln priced row(s); mean logged cost %3 per request.",
                                 nullptr, report.regressor.rows)
                                  .arg(report.regressor.method)
                                  .arg(report.regressor.folds)
                                  .arg(smallMoney(report.regressor.meanCostUsd)));
    showCosts();
    showSample();
    showWhatIf();
    showAccuracy();
    if (!m_job->isRunning())
        m_status->setText(empty ? (m_session->projectPath().isEmpty()
                                       ? tr("Open a project to forecast what replaying its logs would cost.")
                                       : tr("No forecast yet: press Forecast."))
                                : tr("Forecast on %1 models from %2 logged requests.")
                                      .arg(report.costs.size())
                                      .arg(numberLocale().toString(report.logRows)));
}

void ForecastPage::showCosts()
{
    const ForecastReport &r = m_report;
    m_costCaption->setText(r.costs.isEmpty()
                               ? tr("Each model's predicted replay cost of the sample shows here after a forecast.")
                               : tr("Predicted cost of replaying the sample (%1 prompts) on each model, with the "
                                    "tokenizer its prompts are counted on.")
                                     .arg(numberLocale().toString(r.sample.prompts)));
    m_costTable->setRowCount(int(r.costs.size()));
    const QLocale locale;
    for (int row = 0; row < r.costs.size(); ++row) {
        const ForecastModelCost &c = r.costs.at(row);
        const QString unpriced = tr("unpriced");
        const QString unpricedTip = tr("The catalog has no price for this model: add one in the Model Catalog.");
        m_costTable->setItem(row, ModelColumn,
                             cell(c.model == r.currentModel ? tr("%1 (current)").arg(c.model) : c.model, false));
        m_costTable->setItem(row, ExpectedColumn,
                             c.priced ? cell(CostFormat::money(c.expectedUsd), true)
                                      : cell(unpriced, true, unpricedTip));
        m_costTable->setItem(row, P90Column,
                             c.priced ? cell(CostFormat::money(c.p90Usd), true) : cell(unpriced, true, unpricedTip));
        m_costTable->setItem(row, PerPromptColumn,
                             c.priced ? cell(smallMoney(c.expectedPerPromptUsd), true)
                                      : cell(unpriced, true, unpricedTip));
        QString tokensTip;
        if (c.cachedInputShare > 0)
            tokensTip = tr("%1 of the input is billed as cache reads, as measured in the logs.")
                            .arg(CostFormat::percent(100.0 * c.cachedInputShare));
        m_costTable->setItem(row, TokensColumn,
                             cell(tr("%1 → %2").arg(locale.toString(c.expectedInputTokens, 'f', 0),
                                                    locale.toString(c.expectedOutputTokens, 'f', 0)),
                                  true, tokensTip));
        TokenizerCalibration t = c.tokenizer;
        if (t.encoding.isEmpty())
            for (const TokenizerCalibration &k : r.calibration)
                if (k.model == c.model)
                    t = k;
        m_costTable->setItem(
            row, TokenizerColumn,
            cell(tokenizerText(t), false,
                 t.exact || t.rows <= 0 ? QString() : tr("Calibrated on %Ln logged row(s).", nullptr, t.rows)));
    }
    fitColumns(m_costTable);
    fitHeight(m_costTable, 12);
    m_costChart->setCosts(r.costs, r.currentModel);
}

void ForecastPage::showSample()
{
    const ForecastSample &s = m_report.sample;
    const QLocale locale;
    QString text;
    if (m_report.costs.isEmpty() && s.prompts == 0) {
        text = tr("The sampler's choice shows here after a forecast.");
    } else if (s.budgetUsd > 0) {
        text = tr("The sampler chose %1 of %2 replayable prompts: predicted %3 of the %4 budget (%5 used%6).")
                   .arg(locale.toString(s.prompts), locale.toString(s.available), CostFormat::money(s.predictedUsd),
                        CostFormat::money(s.budgetUsd), CostFormat::percent(100.0 * s.utilization),
                        s.p90 ? tr(", priced at P90") : QString());
    } else {
        text = tr("A random sample of %1 of %2 replayable prompts: predicted %3 on every model together%4.")
                   .arg(locale.toString(s.prompts), locale.toString(s.available), CostFormat::money(s.predictedUsd),
                        s.p90 ? tr(", priced at P90") : QString());
    }
    if (!s.reason.isEmpty())
        text += QLatin1Char(' ') + tr("Why: %1").arg(s.reason);
    m_sampleSummary->setText(text);
    m_strata->setStrata(s.strata);
    fitColumns(m_strataView);
    m_replay->setEnabled(!s.logIds.isEmpty());
}

void ForecastPage::setWhatIfBreakdown(WhatIfModel::Breakdown breakdown, const QString &model)
{
    {
        const QSignalBlocker blockModels(m_whatIfModelBox);
        if (!model.isEmpty())
            m_whatIfModelBox->setCurrentIndex(std::max(0, m_whatIfModelBox->findData(model)));
    }
    const int at = m_breakdown->findData(int(breakdown));
    if (at == m_breakdown->currentIndex())
        showWhatIf();
    else
        m_breakdown->setCurrentIndex(at);
}

void ForecastPage::showWhatIf()
{
    const ForecastReport &r = m_report;
    // The model list follows the report; the choice survives a new report that still has the model.
    QStringList models;
    for (const WhatIf &w : r.whatIf)
        models.append(w.model);
    QStringList shown;
    for (int i = 0; i < m_whatIfModelBox->count(); ++i)
        shown.append(m_whatIfModelBox->itemData(i).toString());
    if (shown != models) {
        const QSignalBlocker block(m_whatIfModelBox);
        const QString previous = m_whatIfModelBox->currentData().toString();
        m_whatIfModelBox->clear();
        for (const WhatIf &w : r.whatIf)
            m_whatIfModelBox->addItem(w.model == r.currentModel ? tr("%1 (current)").arg(w.model) : w.model, w.model);
        int at = m_whatIfModelBox->findData(previous);
        if (at < 0) {
            // Start on the headline's model: the cheapest priced candidate.
            const WhatIf *best = nullptr;
            for (const WhatIf &w : r.whatIf)
                if (w.priced && w.model != r.currentModel && (!best || w.estimateUsd < best->estimateUsd))
                    best = &w;
            at = best ? m_whatIfModelBox->findData(best->model) : 0;
        }
        m_whatIfModelBox->setCurrentIndex(std::max(0, at));
    }
    const auto breakdown = WhatIfModel::Breakdown(m_breakdown->currentData().toInt());
    const QString model = m_whatIfModelBox->currentData().toString();
    m_whatIfModelBox->setEnabled(breakdown != WhatIfModel::Breakdown::Models && m_whatIfModelBox->count() > 0);
    m_whatIf->setWhatIf(r.whatIf, r.currentModel);
    m_whatIf->setBreakdown(breakdown, model);
    // Per model every row counts the same imported requests (the note says how many): the column would only repeat.
    m_whatIfView->setColumnHidden(WhatIfModel::Requests, breakdown == WhatIfModel::Breakdown::Models);
    fitColumns(m_whatIfView);
    fitHeight(m_whatIfView, 8);
    if (breakdown == WhatIfModel::Breakdown::Models)
        m_whatIfChart->setRows(m_whatIf->rows(),
                               tr("The imported period: logged spend vs the same requests on each model"),
                               tr("Estimate on the model"));
    else
        m_whatIfChart->setRows(m_whatIf->rows(),
                               breakdown == WhatIfModel::Breakdown::UseCase
                                   ? tr("%1 per use case: logged spend vs estimate").arg(model)
                                   : tr("%1 per month: logged spend vs estimate").arg(model),
                               tr("On %1").arg(model));

    const WhatIf *w = breakdown == WhatIfModel::Breakdown::Models ? (r.whatIf.isEmpty() ? nullptr : &r.whatIf.first())
                                                                  : r.whatIfFor(model);
    if (!w) {
        m_whatIfNote->setText(tr("What the imported requests would have cost on each model shows here after a "
                                 "forecast."));
        return;
    }
    const QLocale locale = numberLocale();
    const QString target = breakdown == WhatIfModel::Breakdown::Models ? tr("each model") : w->model;
    QString note = w->periodStart > 0
        ? tr("The imported period %1: %2 requests with a logged cost, re-priced on %3 (95 % interval from %4 "
             "re-counted prompts).")
              .arg(periodText(w->periodStart, w->periodEnd), locale.toString(w->requests), target,
                   locale.toString(w->sampledRows))
        : tr("%1 imported requests with a logged cost, re-priced on %2 (95 % interval from %3 re-counted prompts).")
              .arg(locale.toString(w->requests), target, locale.toString(w->sampledRows));
    if (w->unpricedRequests > 0)
        note += QLatin1Char(' ')
            + tr("%1 requests without a logged cost are left out.").arg(locale.toString(w->unpricedRequests));
    m_whatIfNote->setText(note);
}

void ForecastPage::showAccuracy()
{
    const ForecastAccuracy &a = m_report.accuracy;
    m_accuracyChart->setAccuracy(a);
    if (a.runId == 0) {
        m_accuracyFigures->setText(tr("No replay run to compare with yet."));
        return;
    }
    const QLocale locale;
    QStringList lines;
    lines.append(tr("Run %1: %2 answers compared.").arg(a.runId).arg(numberLocale().toString(a.answers)));
    const QString difference = a.actualUsd > 0 ? QStringLiteral(" (")
            + CostFormat::signedPercent(100.0 * (a.predictedUsd / a.actualUsd - 1.0), 1) + QLatin1Char(')')
                                               : QString();
    lines.append(tr("Predicted in total: %1").arg(CostFormat::money(a.predictedUsd) + difference));
    lines.append(tr("Actual in total: %1").arg(CostFormat::money(a.actualUsd)));
    lines.append(tr("Mean absolute error: %1 per answer").arg(smallMoney(a.maeUsd)));
    lines.append(tr("Naive 1.5 × input: %1 per answer").arg(smallMoney(a.naiveMaeUsd)));
    lines.append(tr("Median |error|: %1").arg(CostFormat::percent(a.medianAbsPercent)));
    m_accuracyFigures->setText(lines.join(QLatin1Char('\n')));
}

} // namespace ShadowOptic
