// SPDX-License-Identifier: MIT
#include "catalogmodel.h"

#include "catalog/pricecatalog.h"

#include <QLocale>

#include <cmath>

namespace ShadowOptic {

namespace {

bool isPriceColumn(int column)
{
    return column >= CatalogModel::InputColumn && column <= CatalogModel::BatchOutputColumn;
}

// Input and output are always priced; cache and batch prices may be "not given".
bool isOptionalPrice(int column)
{
    return column >= CatalogModel::CacheReadColumn && column <= CatalogModel::BatchOutputColumn;
}

double *priceField(ModelInfo &m, int column)
{
    switch (column) {
    case CatalogModel::InputColumn:
        return &m.inputPer1k;
    case CatalogModel::OutputColumn:
        return &m.outputPer1k;
    case CatalogModel::CacheReadColumn:
        return &m.cacheReadPer1k;
    case CatalogModel::CacheWriteColumn:
        return &m.cacheWritePer1k;
    case CatalogModel::BatchInputColumn:
        return &m.batchInputPer1k;
    case CatalogModel::BatchOutputColumn:
        return &m.batchOutputPer1k;
    default:
        return nullptr;
    }
}

double priceOf(const ModelInfo &m, int column)
{
    return *priceField(const_cast<ModelInfo &>(m), column);
}

// Per-1M prices keep up to six decimals (Portkey's cheapest rates need them) and drop trailing zeros down to
// minDecimals.
QString trimmedNumber(double value, int minDecimals)
{
    const QLocale locale;
    QString s = locale.toString(value, 'f', 6);
    const qsizetype point = s.lastIndexOf(locale.decimalPoint());
    if (point < 0)
        return s;
    qsizetype end = s.size();
    while (end > point + 1 + minDecimals && s.at(end - 1) == u'0')
        --end;
    if (end == point + 1)
        --end;
    return s.left(end);
}

bool parseNumber(QString text, double *out)
{
    text = text.trimmed();
    if (text.startsWith(u'$'))
        text.remove(0, 1);
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    *out = v;
    return true;
}

} // namespace

CatalogModel::CatalogModel(PriceCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

CatalogModel::~CatalogModel() = default;

void CatalogModel::reload()
{
    beginResetModel();
    endResetModel();
}

QString CatalogModel::key(const ModelInfo &m)
{
    return m.provider + u'/' + m.modelId;
}

QString CatalogModel::pricePer1M(double per1k)
{
    return per1k < 0 ? QStringLiteral("–") : QString(u'$' + trimmedNumber(per1k * 1000.0, 2));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog->models().size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NumColumns;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &m = m_catalog->models().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(m, column);
    case Qt::EditRole:
        return editText(m, column);
    case SortRole:
        return sortData(m, column);
    case KeyRole:
        return key(m);
    case CandidateRole:
        return m.candidate;
    case ChatRole:
        return m.isChat();
    case TypeRole:
        return m.type;
    case Qt::CheckStateRole:
        if (column == CandidateColumn)
            return m.candidate ? Qt::Checked : Qt::Unchecked;
        if (column == ActiveColumn)
            return m.active ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column >= InputColumn && column <= RankColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == ModelColumn) {
            QString tip = m.displayName.isEmpty() || m.displayName == m.modelId
                ? key(m)
                : tr("%1 (%2)").arg(key(m), m.displayName);
            if (!m.supports.isEmpty())
                tip += u'\n' + tr("Supports: %1").arg(m.supports.join(QLatin1String(", ")));
            return tip;
        }
        if (isOptionalPrice(column) && priceOf(m, column) < 0) {
            return column <= CacheWriteColumn ? tr("Not given: billed at the input price.")
                                              : tr("Not given: batch requests cost the pay-as-you-go price.");
        }
        if (column == CandidateColumn)
            return tr("Offered for replays and recommendations.");
        if (column == ActiveColumn)
            return tr("Inactive models are not offered anywhere.");
        return {};
    default:
        return {};
    }
}

QVariant CatalogModel::displayData(const ModelInfo &m, int column) const
{
    switch (column) {
    case ProviderColumn:
        return m.provider;
    case ModelColumn:
        return m.modelId;
    case TypeColumn:
        return m.type;
    case ContextColumn:
        return m.contextWindow > 0 ? QLocale().toString(m.contextWindow) : QStringLiteral("–");
    case MaxOutputColumn:
        return m.maxOutputTokens > 0 ? QLocale().toString(m.maxOutputTokens) : QStringLiteral("–");
    case RankColumn:
        return m.rank;
    default:
        return isPriceColumn(column) ? pricePer1M(priceOf(m, column)) : QVariant();
    }
}

QVariant CatalogModel::sortData(const ModelInfo &m, int column) const
{
    switch (column) {
    case ProviderColumn:
        return m.provider.toLower();
    case ModelColumn:
        return m.modelId.toLower();
    case TypeColumn:
        return m.type;
    case ContextColumn:
        return m.contextWindow;
    case MaxOutputColumn:
        return m.maxOutputTokens;
    case RankColumn:
        return m.rank;
    case CandidateColumn:
        return m.candidate;
    case ActiveColumn:
        return m.active;
    default:
        return isPriceColumn(column) ? QVariant(priceOf(m, column)) : QVariant();
    }
}

QString CatalogModel::editText(const ModelInfo &m, int column) const
{
    if (isPriceColumn(column)) {
        const double per1k = priceOf(m, column);
        return per1k < 0 ? QString() : trimmedNumber(per1k * 1000.0, 0);
    }
    switch (column) {
    case ContextColumn:
        return QString::number(m.contextWindow);
    case MaxOutputColumn:
        return QString::number(m.maxOutputTokens);
    case RankColumn:
        return QString::number(m.rank);
    default:
        return displayData(m, column).toString();
    }
}

bool CatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = index.column();
    ModelInfo m = m_catalog->models().at(index.row());
    if (role == Qt::CheckStateRole && (column == CandidateColumn || column == ActiveColumn)) {
        const bool on = value.toInt() == Qt::Checked;
        bool &field = column == CandidateColumn ? m.candidate : m.active;
        if (field == on)
            return true;
        field = on;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text == editText(m, column))
            return true; // an editor closed without a change must not bump the catalog version
        if (isPriceColumn(column)) {
            double per1M = -1;
            const bool notGiven = text.isEmpty() || text == QStringLiteral("–") || text == QLatin1String("-");
            if (notGiven ? !isOptionalPrice(column) : !parseNumber(text, &per1M))
                return false;
            *priceField(m, column) = notGiven ? -1.0 : per1M / 1000.0;
        } else if (column == ContextColumn || column == MaxOutputColumn || column == RankColumn) {
            double n = 0;
            if (!parseNumber(text, &n) || n != std::floor(n) || (column == RankColumn && (n < 1 || n > 1000)))
                return false;
            if (column == ContextColumn)
                m.contextWindow = qint64(n);
            else if (column == MaxOutputColumn)
                m.maxOutputTokens = qint64(n);
            else
                m.rank = int(n);
        } else {
            return false;
        }
    } else {
        return false;
    }
    if (m == m_catalog->models().at(index.row()))
        return true;
    m_catalog->upsert(m);
    emit dataChanged(index, index);
    emit entryEdited(index.row());
    return true;
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const int column = index.column();
    if (column == CandidateColumn || column == ActiveColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (isPriceColumn(column) || column == ContextColumn || column == MaxOutputColumn || column == RankColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProviderColumn:
            return tr("Provider");
        case ModelColumn:
            return tr("Model");
        case TypeColumn:
            return tr("Type");
        case InputColumn:
            return tr("Input\n$/1M");
        case OutputColumn:
            return tr("Output\n$/1M");
        case CacheReadColumn:
            return tr("Cache\nread\n$/1M");
        case CacheWriteColumn:
            return tr("Cache\nwrite\n$/1M");
        case BatchInputColumn:
            return tr("Batch\ninput\n$/1M");
        case BatchOutputColumn:
            return tr("Batch\noutput\n$/1M");
        case ContextColumn:
            return tr("Context");
        case MaxOutputColumn:
            return tr("Max\noutput");
        case RankColumn:
            return tr("Rank");
        case CandidateColumn:
            return tr("Candidate");
        case ActiveColumn:
            return tr("Active");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (isPriceColumn(section))
            return tr("USD per 1M tokens; \"–\" when the catalog does not give one. Edit with F2 or a double click.");
        if (section == RankColumn)
            return tr("1 = most expensive and strongest; larger numbers are cheaper.");
        if (section == ContextColumn || section == MaxOutputColumn)
            return tr("Tokens");
    }
    return {};
}

} // namespace ShadowOptic
