// SPDX-License-Identifier: MIT
#pragma once

#include "costs/costreport.h"
#include "store/costledgerstore.h"
#include "util/jobtracker.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimer;

namespace ShadowOptic {

class CostBarChart;
class CostRowsModel;
class CostRowsProxyModel;
class Session;

/**
 * The Costs panel (`shadow-optic costs` in the GUI): the imported traffic's cost by model, month or use case, what
 * Portkey logged against what the session's catalog computes with the difference broken down, unpriced requests
 * counted beside the totals, and the traffic re-priced under per-provider discounts or another price file.
 *
 * The ledger is read and the report computed on the thread pool; the ledger is kept until refresh() or a project
 * change, so regrouping and re-pricing only recompute.
 */
class CostsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CostsPage(Session *session, QWidget *parent = nullptr);
    ~CostsPage() override;

    /** Re-reads the project's logs (after an import or a replay run). */
    void refresh();
    void setGrouping(CostReport::Grouping grouping);
    CostReport::Grouping grouping() const;
    /** Percent off a provider's list price (0 removes it); recomputes at once. */
    void setDiscount(const QString &provider, double percent);
    /** Re-prices with a Portkey, LiteLLM or Shadow Optic price file on top of the catalog; empty: none. */
    void setPriceFile(const QString &path);
    void clearAdjustment();
    bool isBusy() const { return m_busy; }

    const CostReport &report() const { return m_report; }
    CostRowsModel *model() const { return m_model; }
    CostRowsProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *repricingLabel() const { return m_repricing; }
    CostBarChart *chart() const { return m_chart; }
    QTableWidget *unpricedView() const { return m_unpriced; }

signals:
    void message(const QString &text, bool error);
    void busyChanged(bool busy);
    /** A new report is shown. */
    void reportChanged();
    /** The user wants to map unpriced models: File ▸ Model Catalog. */
    void catalogRequested();

private:
    using Groups = std::shared_ptr<const QList<CostLedgerStore::Group>>;
    struct Input
    {
        QString project;
        Groups groups; // null: read them
        PriceCatalog catalog;
        CostReport::Grouping grouping = CostReport::Grouping::Model;
        QHash<QString, double> discounts;
        QString priceFile;
    };
    struct Output
    {
        Groups groups;
        CostReport report;
        QString error; // the project could not be read
        QString priceFileError;
    };
    static Output computeReport(const Input &in);

    void buildUi();
    void onProjectChanged(const QString &path);
    void onCatalogChanged();
    void start();
    void scheduleStart();
    void setBusy(bool busy);
    void setStatus(const QString &text);
    void apply(const Output &out);
    void showReport();
    void updateProviders();
    void updateRepricingText();
    void updateUnpriced();
    void choosePriceFile();

    Session *m_session;
    QString m_project;
    Groups m_groups;
    CostReport m_report;
    QHash<QString, double> m_discounts; // provider (lower case) → percent
    QString m_priceFile;
    bool m_busy = false;
    bool m_hasReport = false;
    JobTracker m_jobs;

    CostRowsModel *m_model;
    CostRowsProxyModel *m_proxy;
    QComboBox *m_grouping;
    QLabel *m_headline;
    QLabel *m_status;
    QProgressBar *m_progress;
    CostBarChart *m_chart;
    QTableView *m_view;
    QWidget *m_providers;
    QFormLayout *m_providerForm;
    QHash<QString, QSpinBox *> m_spinBoxes;
    QPushButton *m_priceFileButton;
    QPushButton *m_clear;
    QLabel *m_priceFileLabel;
    QLabel *m_repricing;
    QTableWidget *m_unpriced;
    QLabel *m_unpricedTitle;
    QPushButton *m_openCatalog;
    QTimer *m_debounce;
};

} // namespace ShadowOptic
