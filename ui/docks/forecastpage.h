// SPDX-License-Identifier: MIT
#pragma once

#include "forecast/forecastreport.h"
#include "models/whatifmodel.h"
#include "session/costforecastjob.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ShadowOptic {

class ForecastAccuracyChart;
class ForecastCostChart;
class ForecastStrataModel;
class ForecastWhatIfChart;
class Session;

/**
 * The Cost forecast panel (SPEC §7, `shadow-optic forecast` in the GUI): before a replay, each candidate's
 * predicted cost on the sample (expected and P90) with the tokenizer it is counted on, the budget sampler's choice
 * and why, and what the imported period would have cost on each model; after a replay, predicted against actual
 * cost with the error figures. The session's CostForecastJob does the work.
 */
class ForecastPage : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastPage(Session *session, QWidget *parent = nullptr);
    ~ForecastPage() override;

    /** Forecasts again with the current controls (after a project opens or a replay run finishes). */
    void refresh();
    void cancel();
    bool isBusy() const;
    /** Shows a report as if the job had just finished with it (the job's result, tests). */
    void showReport(const ForecastReport &report);
    const ForecastReport &report() const { return m_report; }
    /** The job's request as the controls set it. */
    CostForecastJob::Request request() const;

    void setModels(const QStringList &models);
    void setBudget(double usd);
    void setSampleSize(int prompts);
    void setP90(bool p90);
    /** Shows the what-if per model, or one model's use cases or months. */
    void setWhatIfBreakdown(WhatIfModel::Breakdown breakdown, const QString &model = {});

    QLabel *headlineLabel() const { return m_headline; }
    QLabel *learnedLabel() const { return m_learned; }
    QLabel *statusLabel() const { return m_status; }
    QTableWidget *costTable() const { return m_costTable; }
    ForecastCostChart *costChart() const { return m_costChart; }
    QLabel *sampleLabel() const { return m_sampleSummary; }
    QTableView *strataView() const { return m_strataView; }
    ForecastStrataModel *strataModel() const { return m_strata; }
    QTableView *whatIfView() const { return m_whatIfView; }
    WhatIfModel *whatIfModel() const { return m_whatIf; }
    QLabel *whatIfNote() const { return m_whatIfNote; }
    ForecastWhatIfChart *whatIfChart() const { return m_whatIfChart; }
    ForecastAccuracyChart *accuracyChart() const { return m_accuracyChart; }
    QLabel *accuracyLabel() const { return m_accuracyFigures; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *forecastButton() const { return m_forecast; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *replayButton() const { return m_replay; }

    /** Column of the cost table. */
    enum CostColumn {
        ModelColumn,
        ExpectedColumn,
        P90Column,
        PerPromptColumn,
        TokensColumn,
        TokenizerColumn,
        CostColumnCount
    };

    /** "exact o200k", "calibrated ratio 1.12 to cl100k, ±4 %". */
    static QString tokenizerText(const TokenizerCalibration &calibration);
    /** The business sentence of the cheapest priced candidate's what-if (empty without one). */
    static QString headline(const ForecastReport &report);

signals:
    void message(const QString &text, bool error);
    /** A forecast finished and its report is shown. */
    void reportChanged();
    /** "Replay this sample": the sampler's prompts, in choice order, and the budget they were chosen for. */
    void useSampleRequested(const QStringList &logIds, double budgetUsd);

private:
    void buildUi();
    void start(bool userAction);
    void onFinished();
    void onProjectChanged();
    void setRunning(bool running);
    void showCosts();
    void showSample();
    void showWhatIf();
    void showAccuracy();
    QString learnedText() const;

    Session *m_session;
    CostForecastJob *m_job;
    ForecastReport m_report;
    ForecastStrataModel *m_strata;
    QSortFilterProxyModel *m_strataProxy;
    WhatIfModel *m_whatIf;
    QSortFilterProxyModel *m_whatIfProxy;
    bool m_refreshAgain = false;
    bool m_userStarted = false; // a failure of a forecast started by a click goes to the message bar too

    QLineEdit *m_models;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_sampleSize;
    QCheckBox *m_p90;
    QPushButton *m_forecast;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_headline;
    QLabel *m_learned;
    QTabWidget *m_tabs;
    QLabel *m_costCaption;
    QTableWidget *m_costTable;
    ForecastCostChart *m_costChart;
    QLabel *m_sampleSummary;
    QTableView *m_strataView;
    QPushButton *m_replay;
    QComboBox *m_breakdown;
    QComboBox *m_whatIfModelBox;
    QLabel *m_whatIfNote;
    QTableView *m_whatIfView;
    ForecastWhatIfChart *m_whatIfChart;
    ForecastAccuracyChart *m_accuracyChart;
    QLabel *m_accuracyFigures;
};

} // namespace ShadowOptic
