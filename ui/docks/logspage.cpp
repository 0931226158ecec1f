// SPDX-License-Identifier: MIT
#include "logspage.h"

#include "models/logsmodel.h"
#include "store/logquery.h"
#include "store/threadstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace ShadowOptic {

namespace {

QString prettyJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

LogsPage::LogsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogsModel(this))
    , m_search(new QLineEdit(this))
    , m_modelFilter(new QComboBox(this))
    , m_refusalFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search prompts and responses…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(100); // the filters shrink first on a narrow dock
    m_modelFilter->addItem(tr("All models"), QString());
    m_modelFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelFilter->setMinimumContentsLength(6);
    fillRefusalFilter();
    m_refusalFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refusalFilter->setMinimumContentsLength(12);
    m_refusalFilter->setToolTip(tr("Show rows by the refusal verdict of their logged answer."));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_modelFilter);
    filters->addWidget(m_refusalFilter);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LogsModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(LogsModel::PromptColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(LogsModel::TimeColumn, 150);
    m_view->setColumnWidth(LogsModel::ModelColumn, 170);

    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a record to see its messages, response, usage and raw JSON."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LogsPage::applyFilter);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_refusalFilter, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_model, &LogsModel::countChanged, this,
            [this](qint64 n) { m_count->setText(tr("%n record(s)", nullptr, int(qMin<qint64>(n, INT_MAX)))); });
    connect(m_model, &LogsModel::failed, this, &LogsPage::message);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetail(current.data(LogsModel::RowIdRole).toLongLong());
            });
}

LogsPage::~LogsPage() = default;

void LogsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_search->setPlaceholderText(tr("Search prompts and responses…"));
        m_modelFilter->setItemText(0, tr("All models"));
        fillRefusalFilter();
        m_detail->setPlaceholderText(tr("Select a record to see its messages, response, usage and raw JSON."));
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void LogsPage::fillRefusalFilter()
{
    const int current = qMax(0, m_refusalFilter->currentIndex());
    const QSignalBlocker block(m_refusalFilter);
    m_refusalFilter->clear();
    m_refusalFilter->addItem(tr("Any answer"), int(LogFilter::Refusal::Any));
    m_refusalFilter->addItem(tr("Refusals"), int(LogFilter::Refusal::Refusals));
    m_refusalFilter->addItem(tr("Full refusals"), int(LogFilter::Refusal::Full));
    m_refusalFilter->addItem(tr("Partial refusals"), int(LogFilter::Refusal::Partial));
    m_refusalFilter->addItem(tr("Compliant"), int(LogFilter::Refusal::None));
    m_refusalFilter->addItem(tr("Not classified yet"), int(LogFilter::Refusal::Unscanned));
    m_refusalFilter->setCurrentIndex(current);
}

void LogsPage::setProject(const QString &path)
{
    m_project = path;
    reload();
}

void LogsPage::reload()
{
    const QString current = m_modelFilter->currentData().toString();
    m_modelFilter->blockSignals(true);
    m_modelFilter->clear();
    m_modelFilter->addItem(tr("All models"), QString());
    QString error;
    if (ProjectStore *store = m_project.isEmpty() ? nullptr : ThreadStore::get(m_project, &error))
        for (const QString &m : LogQuery::models(*store))
            m_modelFilter->addItem(m, m);
    m_modelFilter->setCurrentIndex(qMax(0, m_modelFilter->findData(current)));
    m_modelFilter->blockSignals(false);
    m_detail->clear();
    m_model->setProject(m_project);
}

void LogsPage::applyFilter()
{
    LogFilter f = m_model->filter();
    f.search = m_search->text();
    f.model = m_modelFilter->currentData().toString();
    f.refusal = LogFilter::Refusal(m_refusalFilter->currentData().toInt());
    m_model->setFilter(f);
}

void LogsPage::showDetail(qint64 rowId)
{
    QString error;
    ProjectStore *store = ThreadStore::get(m_project, &error);
    QVariantMap d;
    if (!store || !LogQuery::fetchDetail(*store, rowId, &d, &error)) {
        m_detail->setPlainText(tr("Cannot load the record: %1").arg(error));
        return;
    }
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(d.value(QStringLiteral("log_id")).toString()));
    const qint64 created = d.value(QStringLiteral("created_at")).toLongLong();
    html += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4 · <b>%5</b> %6</p>")
                .arg(tr("Model"), esc(d.value(QStringLiteral("model")).toString()), tr("Provider"),
                     esc(d.value(QStringLiteral("provider")).toString()), tr("Time"),
                     created ? QDateTime::fromMSecsSinceEpoch(created, QTimeZone::utc()).toString(Qt::ISODate)
                             : QString());
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Messages"));
    const QJsonArray messages
        = QJsonDocument::fromJson(d.value(QStringLiteral("messages_json")).toString().toUtf8()).array();
    for (const auto &m : messages) {
        const QJsonObject o = m.toObject();
        QString content = o.value(QLatin1String("content")).toString();
        if (content.size() > 20000)
            content = content.left(20000) + tr("… (%1 more characters)").arg(content.size() - 20000);
        html
            += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(o.value(QLatin1String("role")).toString()), esc(content));
    }
    html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(tr("Response"), esc(d.value(QStringLiteral("response_text")).toString()));
    html += QStringLiteral("<p><b>%1</b> %2 · <b>%3</b> %4 / %5 · <b>%6</b> $%7%8 · <b>%9</b> %10 ms</p>")
                .arg(tr("Finish"), esc(d.value(QStringLiteral("finish_reason")).toString()), tr("Tokens"),
                     d.value(QStringLiteral("prompt_tokens")).toString(),
                     d.value(QStringLiteral("completion_tokens")).toString(), tr("Cost"),
                     QString::number(d.value(QStringLiteral("cost_usd")).toDouble(), 'f', 6),
                     d.value(QStringLiteral("cost_estimated")).toInt() ? tr(" (estimated)") : QString(), tr("Latency"),
                     d.value(QStringLiteral("latency_ms")).toString());
    if (!d.value(QStringLiteral("metadata_json")).toString().isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
                    .arg(tr("Metadata"),
                         prettyJson(d.value(QStringLiteral("metadata_json")).toString()).toHtmlEscaped());
    QString raw = prettyJson(d.value(QStringLiteral("raw_json")).toString());
    if (raw.size() > 50000)
        raw = raw.left(50000) + tr("\n… truncated for display; the project keeps all of it.");
    html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(tr("Raw JSON"), raw.toHtmlEscaped());
    m_detail->setHtml(html);
}

} // namespace ShadowOptic
