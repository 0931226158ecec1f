// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace ShadowOptic {

class LogsModel;

/** The Logs panel: SQL-backed table with debounced search, model filter and a record detail view. */
class LogsPage : public QWidget
{
    Q_OBJECT
public:
    QComboBox *refusalFilter() const { return m_refusalFilter; }
    explicit LogsPage(QWidget *parent = nullptr);
    ~LogsPage() override;

    void setProject(const QString &path);
    void reload();
    LogsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void showDetail(qint64 rowId);
    void fillRefusalFilter();

    QString m_project;
    LogsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_modelFilter;
    QComboBox *m_refusalFilter;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QTimer *m_debounce;
};

} // namespace ShadowOptic
