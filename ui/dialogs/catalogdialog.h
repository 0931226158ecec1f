// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/pricecatalog.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTableWidget;

namespace ShadowOptic {

/** View and edit the project's model/price catalog, import Portkey or LiteLLM price files, see conflicts. */
class CatalogDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    PriceCatalog catalog() const { return m_catalog; }
    bool importFile(const QString &path, QString *error);

private:
    void populate();
    void refreshConflicts();
    void applyEdits();
    void save();

    QString m_project;
    PriceCatalog m_catalog;
    QTableWidget *m_table;
    QListWidget *m_conflicts;
    QLabel *m_version;
};

} // namespace ShadowOptic
