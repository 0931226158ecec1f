// SPDX-License-Identifier: MIT
#pragma once

#include "store/logquery.h"
#include "util/jobtracker.h"

#include <QAbstractTableModel>

namespace ShadowOptic {

/** The Logs table. Sorting and filtering happen in SQL; pages of rows are fetched on the thread pool as the
 *  view scrolls (canFetchMore/fetchMore), and results of an outdated query are dropped by generation. */
class LogsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        TimeColumn,
        ModelColumn,
        ProviderColumn,
        StatusColumn,
        PromptColumn,
        TokensInColumn,
        TokensOutColumn,
        CostColumn,
        LatencyColumn,
        RefusalColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, RowIdRole, LogIdRole };

    explicit LogsModel(QObject *parent = nullptr);
    ~LogsModel() override;

    void setProject(const QString &path);
    void setFilter(const LogFilter &filter);
    LogFilter filter() const { return m_filter; }
    void reload();
    /** How the Refusal column shows a stored verdict (null: not classified yet). */
    static QString refusalText(const QString &stored);
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int PageSize = 256;
    /** Headers are translated on demand; call after a language change. */
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, NumColumns - 1); }

signals:
    void countChanged(qint64 total);
    void firstPageLoaded(qint64 milliseconds);
    void failed(const QString &message);

private:
    void requestPage();

    QString m_project;
    LogFilter m_filter;
    QList<LogRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_loading = false;
    JobTracker m_pages;
};

} // namespace ShadowOptic
