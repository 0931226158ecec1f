// SPDX-License-Identifier: MIT
#include "threadstore.h"

#include "projectstore.h"

#include <memory>

namespace ShadowOptic {

ProjectStore *ThreadStore::get(const QString &path, QString *error)
{
    thread_local std::unique_ptr<ProjectStore> store;
    if (store && store->path() == path && store->isOpen())
        return store.get();
    store = std::make_unique<ProjectStore>();
    if (!store->open(path, error, ProjectStore::OpenMode::OpenExisting)) { // a reader never creates a project
        store.reset();
        return nullptr;
    }
    return store.get();
}

} // namespace ShadowOptic
