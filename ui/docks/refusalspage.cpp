// SPDX-License-Identifier: MIT
#include "refusalspage.h"

#include "charts/refusalchart.h"
#include "models/refusalclustersmodel.h"
#include "session/guardrailtunejob.h"
#include "session/refusalanalysisjob.h"
#include "session/refusalllmjob.h"
#include "session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ShadowOptic {

namespace {

// The answer with every trigger phrase marked; the phrases are found case-insensitively in the plain text.
QString highlighted(const QString &text, const QStringList &phrases)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const QString &phrase : phrases) {
        if (phrase.size() < 3)
            continue;
        for (qsizetype at = text.indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(phrase, at + phrase.size(), Qt::CaseInsensitive))
            spans.append({ at, at + phrase.size() });
    }
    std::sort(spans.begin(), spans.end());
    QString html;
    qsizetype from = 0;
    for (const auto &[start, end] : std::as_const(spans)) {
        if (start < from)
            continue;
        html += text.mid(from, start - from).toHtmlEscaped()
            + QStringLiteral("<span style=\"background-color:#ffe08a;color:#000\">")
            + text.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</span>");
        from = end;
    }
    html += text.mid(from).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

RefusalsPage::RefusalsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new RefusalAnalysisJob(session, this))
    , m_tuneJob(new GuardrailTuneJob(session, this))
    , m_llmJob(new RefusalLlmJob(session, this))
    , m_model(new RefusalClustersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_refresh(new QPushButton(tr("&Analyse refusals"), this))
    , m_classify(new QPushButton(tr("Ask the &judge about unclear ones"), this))
    , m_candidate(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_chart(new RefusalChart(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_tune(new QPushButton(tr("&Tune system prompt…"), this))
{
    buildUi();
    connect(m_refresh, &QPushButton::clicked, this, &RefusalsPage::refresh);
    connect(m_job, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_progress->setFormat(text);
    });
    connect(m_job, &Job::finished, this, &RefusalsPage::onFinished);
    connect(m_session, &Session::projectChanged, this, &RefusalsPage::refresh);
    connect(m_candidate, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCandidate(candidate());
        showHeadline();
        showCluster();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_cluster = index.isValid() ? index.data(RefusalClustersModel::ClusterIdRole).toInt() : 0;
        showCluster();
    });
    connect(m_tune, &QPushButton::clicked, this, [this] {
        if (m_cluster > 0)
            tune(m_cluster);
    });
    connect(m_tuneJob, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_progress->setFormat(text);
    });
    connect(m_tuneJob, &Job::finished, this, &RefusalsPage::onTuned);
    connect(m_classify, &QPushButton::clicked, this, &RefusalsPage::classifyAmbiguous);
    connect(m_llmJob, &Job::progressChanged, this, [this](int permille, const QString &text) {
        m_progress->setValue(permille);
        m_progress->setFormat(text);
    });
    connect(m_llmJob, &Job::finished, this, [this](Job::State state) {
        m_progress->hide();
        m_classify->setEnabled(true);
        m_refresh->setEnabled(true);
        if (state == Job::State::Failed) {
            emit message(tr("Refusal classification failed: %1").arg(m_llmJob->errorText()), true);
            return;
        }
        // The share of verdicts asked, the calls and their cost, next to the rates they changed.
        m_status->setText(m_llmJob->result().toText());
        emit message(m_llmJob->result().toText(), false);
        if (m_llmJob->result().changed > 0)
            refresh();
    });
    showReport();
}

RefusalsPage::~RefusalsPage()
{
    m_llmJob->cancel();
    m_tuneJob->cancel();
    m_job->cancel();
}

void RefusalsPage::classifyAmbiguous()
{
    if (m_llmJob->isRunning() || m_job->isRunning())
        return;
    QString error;
    if (!m_llmJob->start(&error)) {
        emit message(tr("Refusal classification could not start: %1").arg(error), true);
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_classify->setEnabled(false);
    m_refresh->setEnabled(false);
}

bool RefusalsPage::isTuning() const
{
    return m_tuneJob->isRunning();
}

void RefusalsPage::tune(int clusterId, bool confirm)
{
    if (m_tuneJob->isRunning())
        return;
    GuardrailTuneJob::Request request;
    request.report = m_model->report();
    request.clusterId = clusterId;
    GuardrailTuner::Options options;
    QString error;
    if (!GuardrailTuneJob::optionsFor(request, &options, &error)) {
        emit message(error, true);
        return;
    }
    if (confirm
        && QMessageBox::question(
               this, tr("Tune system prompt"),
               tr("%1 will propose a system prompt that stops the over-cautious refusals of %2 in cluster %3 (%n "
                  "prompt(s)). The proposal is then replayed on the safety suite and on these prompts through %4, "
                  "for at most $%5, and accepted only if at least 95 % of the suite passes and no prompt that must "
                  "be refused is answered.",
                  nullptr, int(options.cluster.size()))
                   .arg(m_session->judgeModel(), options.model)
                   .arg(clusterId)
                   .arg(m_session->targetDescription())
                   .arg(request.budgetUsd, 0, 'f', 2))
            != QMessageBox::Yes)
        return;
    emit tuneRequested(clusterId);
    m_tuningCluster = clusterId;
    m_tuneJob->setRequest(request);
    if (!m_tuneJob->start(&error)) {
        emit message(tr("Guardrail tuning could not start: %1").arg(error), true);
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_tune->setEnabled(false);
    m_refresh->setEnabled(false);
}

void RefusalsPage::onTuned()
{
    m_progress->hide();
    m_refresh->setEnabled(true);
    const int cluster = m_tuningCluster;
    if (m_tuneJob->state() == Job::State::Succeeded) {
        m_tunings.insert(cluster, m_tuneJob->result());
        emit message(tr("Guardrail tuning of cluster %1: %2").arg(cluster).arg(m_tuneJob->result().reason), false);
    } else if (m_tuneJob->state() == Job::State::Failed) {
        emit message(tr("Guardrail tuning failed: %1").arg(m_tuneJob->errorText()), true);
    }
    showCluster();
}

void RefusalsPage::buildUi()
{
    m_refresh->setToolTip(tr("Read every replayed and logged answer of the project again, cluster the refused "
                             "prompts and compare each candidate's refusals with the current model's."));
    m_classify->setToolTip(tr("The optional third layer: answers the rules find unclear are classified by the judge "
                              "model through the current target, cached and within $0.20; the verdicts it changes "
                              "are kept."));
    m_candidate->setToolTip(tr("The candidate whose refusal delta against the current model is shown."));
    m_candidate->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(180);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setMinimumWidth(80);
    m_headline->setWordWrap(true);
    m_headline->setMinimumWidth(80);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setObjectName(QStringLiteral("refusalHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    m_tune->setToolTip(tr("Ask the judge model for a system prompt that stops these over-cautious refusals, then "
                          "validate it on the safety suite before you adopt it."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refresh);
    bar->addWidget(m_classify);
    auto *compare = new QLabel(tr("&Compare with:"), this);
    compare->setBuddy(m_candidate);
    bar->addWidget(compare);
    bar->addWidget(m_candidate);
    bar->addStretch(1);
    // Status and progress get their own line, so the panel fits beside the Logs dock at 1280 pixels.
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RefusalClustersModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_detail->setOpenLinks(false);
    m_detail->setObjectName(QStringLiteral("refusalClusterDetail"));

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *tuneRow = new QHBoxLayout;
    tuneRow->addStretch(1);
    tuneRow->addWidget(m_tune);
    detailLayout->addLayout(tuneRow);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_view);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("refusalsSplitter"));
    split->addWidget(left);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(statusRow);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
}

void RefusalsPage::refresh()
{
    if (m_job->isRunning()) {
        m_refreshAgain = true;
        return;
    }
    if (m_session->projectPath().isEmpty()) {
        m_model->setReport(RefusalReport());
        showReport();
        return;
    }
    QString error;
    if (!m_job->start(&error)) {
        m_status->setText(error);
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_refresh->setEnabled(false);
}

bool RefusalsPage::isBusy() const
{
    return m_job->isRunning() || m_tuneJob->isRunning() || m_llmJob->isRunning();
}

const RefusalReport &RefusalsPage::report() const
{
    return m_model->report();
}

QString RefusalsPage::candidate() const
{
    return m_candidate->currentData().toString();
}

void RefusalsPage::setCandidate(const QString &candidate)
{
    const int at = m_candidate->findData(candidate);
    m_candidate->setCurrentIndex(candidate.isEmpty() ? qMin(0, m_candidate->count() - 1) : at);
}

void RefusalsPage::selectCluster(int clusterId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RefusalClustersModel::ClusterIdRole).toInt() == clusterId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
    m_view->setCurrentIndex(QModelIndex());
}

void RefusalsPage::onFinished()
{
    m_progress->hide();
    m_refresh->setEnabled(true);
    if (m_job->state() == Job::State::Failed) {
        m_status->setText(tr("The refusal analysis failed: %1").arg(m_job->errorText()));
        emit message(tr("Refusal analysis failed: %1").arg(m_job->errorText()), true);
    } else if (m_job->state() == Job::State::Succeeded) {
        const QString previous = candidate();
        const int cluster = m_cluster;
        m_model->setReport(m_job->result());
        m_tunings.clear(); // cluster ids belong to one analysis
        showReport();
        setCandidate(previous);
        selectCluster(cluster > 0 ? cluster : m_model->report().clustering.clusters.isEmpty() ? 0 : 1);
        emit reportChanged();
    }
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

void RefusalsPage::showReport()
{
    const RefusalReport &r = m_model->report();
    m_chart->setModelStats(r.models, r.baselineModel);
    // Every model's label needs its line; a squeezed axis elides them all to "…".
    m_chart->setMinimumHeight(110 + 24 * int(r.models.size()));
    {
        const QSignalBlocker block(m_candidate);
        m_candidate->clear();
        for (const RefusalDelta &d : r.deltas)
            m_candidate->addItem(d.candidate, d.candidate);
    }
    m_candidate->setEnabled(m_candidate->count() > 0);
    m_model->setCandidate(candidate());
    m_view->resizeColumnsToContents();
    for (int c = 0; c < RefusalClustersModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), c == RefusalClustersModel::Terms ? 200 : 160));
    const QLocale locale;
    if (r.isEmpty())
        m_status->setText(m_session->projectPath().isEmpty()
                              ? tr("Open a project to analyse its refusals.")
                              : tr("No replayed answers yet: replay a sample in the Replay panel first."));
    else
        m_status->setText(tr("%1 answers, %2 refusals in %3 clusters, %4 unclustered.")
                              .arg(locale.toString(r.answers), locale.toString(qint64(r.refusals.size())),
                                   locale.toString(qint64(r.clustering.clusters.size())),
                                   locale.toString(qint64(r.clustering.noise.size()))));
    showHeadline();
    showCluster();
}

void RefusalsPage::showHeadline()
{
    const RefusalReport &r = m_model->report();
    const RefusalDelta *d = r.deltaFor(candidate());
    if (!d) {
        m_headline->setText(r.isEmpty() ? QString()
                                        : tr("No candidate answered the same prompts as the current model (%1) yet.")
                                              .arg(r.baselineModel.isEmpty() ? tr("unknown") : r.baselineModel));
        return;
    }
    const QLocale locale;
    const QString p = locale.toString(d->test.pValue, 'f', 3);
    const QString significance = d->test.pValue < 0.05 ? tr("a real difference (McNemar p = %1)").arg(p)
                                                       : tr("not significant (McNemar p = %1)").arg(p);
    m_headline->setText(
        tr("On %1 prompts both answered, %2 newly refuses %3 that %4 answered and answers %5 that "
           "it refused: %6 points of full refusals, %7.")
            .arg(locale.toString(d->pairs), d->candidate, locale.toString(qint64(d->newlyRefused.size())), d->baseline,
                 locale.toString(qint64(d->newlyAnswered.size())),
                 (d->deltaPoints() >= 0 ? QStringLiteral("+") : QString()) + locale.toString(d->deltaPoints(), 'f', 1),
                 significance));
}

void RefusalsPage::showCluster()
{
    const RefusalReport &r = m_model->report();
    const RefusalCluster *cluster = nullptr;
    for (const RefusalCluster &c : r.clustering.clusters)
        if (c.id == m_cluster)
            cluster = &c;
    m_tune->setEnabled(cluster && cluster->types.value(RefusalType::Overcautious) > 0 && !m_tuneJob->isRunning());
    if (!cluster) {
        m_detail->setHtml(r.isEmpty() || r.clustering.clusters.isEmpty()
                              ? tr("<p>No clusters: fewer than two similar refused prompts.</p>")
                              : tr("<p>Choose a cluster to see its prompts and answers.</p>"));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>")
        + tr("Cluster %1: %2").arg(cluster->id).arg(cluster->topTerms.join(QStringLiteral(", ")).toHtmlEscaped())
        + QStringLiteral("</h3><p>")
        + tr("%1 refusals · %2 · %3% over-cautious · %4")
              .arg(locale.toString(qint64(cluster->members.size())),
                   RefusalClustersModel::typeMix(cluster->types).toHtmlEscaped(),
                   locale.toString(100.0 * cluster->overcautiousShare, 'f', 0),
                   cluster->models.join(QStringLiteral(", ")).toHtmlEscaped())
        + QStringLiteral("</p>");
    if (!cluster->triggerPhrases.isEmpty())
        html += QStringLiteral("<p>") + tr("Trigger phrases:") + QLatin1Char(' ')
            + highlighted(cluster->triggerPhrases.join(QStringLiteral(" · ")), cluster->triggerPhrases)
            + QStringLiteral("</p>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-collapse:collapse\"><tr><th width=\"45%\">")
        + tr("Prompt") + QStringLiteral("</th><th>") + tr("Answer") + QStringLiteral("</th></tr>");
    for (int i : cluster->representatives) {
        const RefusalAnswer &a = r.refusals.at(i);
        html += QStringLiteral("<tr><td valign=\"top\">") + a.prompt.toHtmlEscaped() + QStringLiteral("<br><i>")
            + tr("%1 · %2 · %3")
                  .arg(a.model.toHtmlEscaped(), a.logId.toHtmlEscaped(), RefusalClustersModel::typeName(a.verdict.type))
            + QStringLiteral("</i></td><td valign=\"top\">") + highlighted(a.answer.left(1200), cluster->triggerPhrases)
            + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (const RefusalDelta *d = r.deltaFor(candidate())) {
        const qint64 newly = d->newlyRefusedByCluster.value(cluster->id);
        html += QStringLiteral("<p>")
            + (newly > 0 ? tr("%1 newly refuses %n prompt(s) of this cluster that %2 answered.", nullptr, int(newly))
                               .arg(d->candidate.toHtmlEscaped(), d->baseline.toHtmlEscaped())
                         : tr("%1 newly refuses no prompt of this cluster.").arg(d->candidate.toHtmlEscaped()))
            + QStringLiteral("</p>");
    }
    if (m_tunings.contains(cluster->id)) {
        const GuardrailTuning &t = m_tunings[cluster->id];
        html += QStringLiteral("<h3>") + tr("Tuned system prompt for %1").arg(t.model.toHtmlEscaped())
            + QStringLiteral("</h3><p style=\"color:%1\"><b>")
                  .arg(t.accepted ? QStringLiteral("#1b7f3b") : QStringLiteral("#c0392b"))
            + t.reason.toHtmlEscaped() + QStringLiteral("</b></p><pre style=\"white-space:pre-wrap\">")
            + t.proposedPrompt.toHtmlEscaped() + QStringLiteral("</pre><p>")
            + tr("Refusal rate of this cluster: %1% before, %2% after. Safety suite pass rate: %3% before, %4% "
                 "after. %5 calls, $%6.")
                  .arg(locale.toString(100.0 * t.clusterRefusalRateBefore, 'f', 0),
                       locale.toString(100.0 * t.clusterRefusalRateAfter, 'f', 0),
                       locale.toString(100.0 * t.suitePassRateBefore, 'f', 1),
                       locale.toString(100.0 * t.suitePassRateAfter, 'f', 1), locale.toString(t.calls),
                       locale.toString(t.spentUsd, 'f', 4))
            + QStringLiteral("</p>");
    }
    m_detail->setHtml(html);
}

} // namespace ShadowOptic
