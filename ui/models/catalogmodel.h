// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace ShadowOptic {

class PriceCatalog;
struct ModelInfo;

/** The entries of a PriceCatalog, one row each, in catalog order. Prices are shown and edited per 1M tokens; an edit
 *  writes back only the edited entry (PriceCatalog::upsert). Provider and model id are the key and stay read-only. */
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        ProviderColumn,
        ModelColumn,
        TypeColumn,
        InputColumn,
        OutputColumn,
        CacheReadColumn,
        CacheWriteColumn,
        BatchInputColumn,
        BatchOutputColumn,
        ContextColumn,
        MaxOutputColumn,
        RankColumn,
        CandidateColumn,
        ActiveColumn,
        NumColumns
    };
    Q_ENUM(Columns)
    enum Roles { SortRole = Qt::UserRole, KeyRole, CandidateRole, ChatRole, TypeRole };

    /** The catalog must outlive the model; call reload() after changing it other than through the model. */
    explicit CatalogModel(PriceCatalog *catalog, QObject *parent = nullptr);
    ~CatalogModel() override;

    void reload();
    /** "provider/model", the form mappings and the command line name an entry by. */
    static QString key(const ModelInfo &m);
    /** "$2.50" per 1M tokens for a per-1K price, "–" when not given (negative). */
    static QString pricePer1M(double per1k);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** An entry changed through setData (not on reload()). */
    void entryEdited(int row);

private:
    QVariant displayData(const ModelInfo &m, int column) const;
    QVariant sortData(const ModelInfo &m, int column) const;
    QString editText(const ModelInfo &m, int column) const;

    PriceCatalog *m_catalog;
};

} // namespace ShadowOptic
