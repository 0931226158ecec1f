// SPDX-License-Identifier: MIT
#include "logsmodel.h"

#include "refusalclustersmodel.h"

#include "store/threadstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QTimeZone>
#include <QtConcurrent>

namespace ShadowOptic {

namespace {

struct PageResult
{
    QList<LogRow> rows;
    qint64 total = -1;
    QString error;
};

PageResult loadPage(const QString &project, const LogFilter &filter, qint64 offset, bool withCount)
{
    PageResult r;
    ProjectStore *store = ThreadStore::get(project, &r.error);
    if (!store)
        return r;
    if (!LogQuery::fetchPage(*store, filter, offset, LogsModel::PageSize, &r.rows, &r.error))
        return r;
    if (withCount)
        LogQuery::count(*store, filter, &r.total, &r.error);
    return r;
}

} // namespace

LogsModel::LogsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_pages(this)
{
}

LogsModel::~LogsModel() = default;

void LogsModel::setProject(const QString &path)
{
    m_project = path;
    reload();
}

void LogsModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    reload();
}

void LogsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_atEnd = m_project.isEmpty();
    m_loading = false;
    m_pages.reset();
    endResetModel();
    emit countChanged(0);
    if (!m_project.isEmpty())
        requestPage();
}

void LogsModel::requestPage()
{
    if (m_loading || m_atEnd)
        return;
    m_loading = true;
    const bool first = m_rows.isEmpty();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QString project = m_project;
    const LogFilter filter = m_filter;
    const qint64 offset = m_rows.size();
    // A newer query (reload()) drops this page.
    m_pages.startJob([project, filter, offset, first] { return loadPage(project, filter, offset, first); },
                     [this, first, timer](const PageResult &r) {
                         // Still "loading" while rows are inserted: views call fetchMore from inside the insert
                         // signals.
                         auto done = qScopeGuard([this] { m_loading = false; });
                         if (!r.error.isEmpty() && r.rows.isEmpty()) {
                             m_atEnd = true;
                             emit failed(r.error);
                             return;
                         }
                         if (r.rows.size() < PageSize)
                             m_atEnd = true;
                         if (!r.rows.isEmpty()) {
                             beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r.rows.size() - 1));
                             m_rows.append(r.rows);
                             endInsertRows();
                         }
                         if (first)
                             emit firstPageLoaded(timer->elapsed());
                         if (r.total >= 0) {
                             m_total = r.total;
                             emit countChanged(m_total);
                         }
                     });
}

int LogsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

bool LogsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void LogsModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

void LogsModel::sort(int column, Qt::SortOrder order)
{
    static const LogFilter::SortKey keys[NumColumns] = {
        LogFilter::SortKey::Time,      LogFilter::SortKey::Model,  LogFilter::SortKey::Provider,
        LogFilter::SortKey::Status,    LogFilter::SortKey::Prompt, LogFilter::SortKey::TokensIn,
        LogFilter::SortKey::TokensOut, LogFilter::SortKey::Cost,   LogFilter::SortKey::Latency,
        LogFilter::SortKey::Refusal,
    };
    if (column < 0 || column >= NumColumns)
        return;
    LogFilter f = m_filter;
    f.sortKey = keys[column];
    f.descending = order == Qt::DescendingOrder;
    if (f.sortKey == m_filter.sortKey && f.descending == m_filter.descending && !m_rows.isEmpty())
        return;
    setFilter(f);
}

QVariant LogsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogRow &r = m_rows.at(index.row());
    if (role == RowIdRole)
        return r.rowId;
    if (role == LogIdRole)
        return r.logId;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case TokensInColumn:
        case TokensOutColumn:
        case CostColumn:
        case LatencyColumn:
        case StatusColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CostColumn && r.costEstimated)
            return tr("Estimated from the price catalog (the log carried no usable cost).");
        if (index.column() == PromptColumn)
            return r.promptPreview;
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.createdAtMs;
        case TokensInColumn:
            return r.promptTokens;
        case TokensOutColumn:
            return r.completionTokens;
        case CostColumn:
            return r.costUsd;
        case LatencyColumn:
            return r.latencyMs;
        case StatusColumn:
            return r.statusCode;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return r.createdAtMs ? QDateTime::fromMSecsSinceEpoch(r.createdAtMs, QTimeZone::utc())
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : QString();
    case ModelColumn:
        return r.model;
    case ProviderColumn:
        return r.provider;
    case StatusColumn:
        return r.statusCode ? QString::number(r.statusCode) : (r.isSuccess ? tr("ok") : tr("failed"));
    case PromptColumn:
        return r.promptPreview;
    case TokensInColumn:
        return r.promptTokens >= 0 ? QLocale().toString(r.promptTokens) : QString();
    case TokensOutColumn:
        return r.completionTokens >= 0 ? QLocale().toString(r.completionTokens) : QString();
    case CostColumn:
        return r.costUsd >= 0
            ? QLocale().toString(r.costUsd, 'f', 5) + (r.costEstimated ? QStringLiteral(" *") : QString())
            : tr("unpriced");
    case LatencyColumn:
        return r.latencyMs >= 0 ? QLocale().toString(r.latencyMs) : QString();
    case RefusalColumn:
        return refusalText(r.refusal);
    default:
        return {};
    }
}

QString LogsModel::refusalText(const QString &stored)
{
    if (stored.isNull())
        return QStringLiteral("…"); // not classified yet
    if (stored.isEmpty())
        return QStringLiteral("–"); // no answer
    if (stored == QLatin1String("none"))
        return tr("no");
    const QString kind = stored.section(QLatin1Char(':'), 0, 0);
    const QString type
        = RefusalClustersModel::typeName(RefusalVerdict::typeFromString(stored.section(QLatin1Char(':'), 1)));
    return (kind == QLatin1String("full") ? tr("Full · %1") : tr("Partial · %1")).arg(type);
}

QVariant LogsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case ModelColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case PromptColumn:
        return tr("Prompt");
    case TokensInColumn:
        return tr("Tokens in");
    case TokensOutColumn:
        return tr("Tokens out");
    case CostColumn:
        return tr("Cost USD");
    case LatencyColumn:
        return tr("Latency ms");
    case RefusalColumn:
        return tr("Refusal");
    default:
        return {};
    }
}

} // namespace ShadowOptic
