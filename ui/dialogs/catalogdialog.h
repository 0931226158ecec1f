// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace ShadowOptic {

class CatalogModel;
class CatalogProxyModel;
class MessageBar;

/** View and edit the project's model/price catalog, import Portkey or LiteLLM price files, and price the logged
 *  models the catalog cannot price by mapping them to catalog entries. Saving stores one new catalog version. */
class CatalogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    /** The catalog as edited; its version is the one save() stores. */
    PriceCatalog catalog() const;
    bool importFile(const QString &path, QString *error);
    /** Maps the logged provider/model to a catalog entry "provider/model"; false (and a message) when it is not one. */
    bool mapTo(const QString &provider, const QString &model, const QString &target);

private:
    void refreshConflicts();
    void refreshMappings();
    void fillTargets();
    void updateCount();
    void updateVersionLabel();
    void updateMapButton();
    void fitColumns();
    void mapSelected();
    void removeSelectedMapping();
    void save();

    QString m_project;
    PriceCatalog m_catalog;
    int m_loadedVersion = 1;
    CatalogModel *m_model;
    CatalogProxyModel *m_proxy;
    MessageBar *m_message;
    QLabel *m_version;
    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QCheckBox *m_candidatesOnly;
    QComboBox *m_type;
    QLabel *m_count;
    QTableView *m_table;
    QListWidget *m_conflicts;
    QComboBox *m_target;
    QPushButton *m_map;
    QListWidget *m_mappings;
    QPushButton *m_removeMapping;
    QTimer *m_conflictsDebounce;
    QTimer *m_countUpdate;
};

} // namespace ShadowOptic
