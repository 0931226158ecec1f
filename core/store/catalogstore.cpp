// SPDX-License-Identifier: MIT
#include "catalogstore.h"

#include "catalog/pricecatalog.h"
#include "costestimatestore.h"
#include "projectstore.h"
#include "storeaccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ShadowOptic {

CatalogStore::CatalogStore(const ProjectStore &store)
    : m_store(store)
{
}

bool CatalogStore::load(PriceCatalog *catalog, QString *error) const
{
    QSqlQuery q(StoreAccess::database(m_store));
    if (!q.exec(QStringLiteral("SELECT catalog_json FROM catalog_versions ORDER BY version DESC LIMIT 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *catalog = PriceCatalog::defaultCatalog();
        return true;
    }
    return PriceCatalog::fromJson(q.value(0).toString().toUtf8(), catalog, error);
}

bool CatalogStore::save(const PriceCatalog &catalog, QString *error)
{
    QSqlDatabase db = StoreAccess::database(m_store);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO catalog_versions (version, created_at, catalog_json) VALUES (?,?,?) "
                             "ON CONFLICT (version) DO UPDATE SET catalog_json = excluded.catalog_json"));
    q.addBindValue(catalog.version());
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(QString::fromUtf8(catalog.toJson(false)));
    bool ok = q.exec();
    ok = ok && QSqlQuery(db).exec(QStringLiteral("DELETE FROM catalog_models"));
    QSqlQuery m(db);
    m.prepare(
        QStringLiteral("INSERT INTO catalog_models (model_id, provider, catalog_version, data_json) VALUES (?,?,?,?) "
                       "ON CONFLICT (provider, model_id) DO NOTHING"));
    for (const auto &model : catalog.models()) {
        if (!ok)
            break;
        m.addBindValue(model.modelId);
        m.addBindValue(model.provider);
        m.addBindValue(catalog.version());
        m.addBindValue(QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact)));
        ok = m.exec();
    }
    // Estimated log costs follow the catalog they were estimated from.
    qint64 repriced = 0;
    QString repriceError;
    if (ok && !CostEstimateStore(m_store).reprice(catalog, &repriced, &repriceError)) {
        *error = ProjectStore::tr("Cannot save the catalog: %1").arg(repriceError);
        db.rollback();
        return false;
    }
    if (!ok) {
        // Translated in ProjectStore's context, where the message has always been.
        *error = ProjectStore::tr("Cannot save the catalog: %1").arg(q.lastError().text() + m.lastError().text());
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace ShadowOptic
