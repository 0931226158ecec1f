// SPDX-License-Identifier: MIT
#include "threadstore.h"

#include "projectstore.h"

#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ShadowOptic {

namespace {

std::atomic<int> s_open { 0 };

// Counts itself so shutdown can be checked; destroyed at thread exit or by release().
struct Slot
{
    std::unique_ptr<ProjectStore> store;
    void reset(std::unique_ptr<ProjectStore> next = {})
    {
        if (store)
            --s_open;
        store = std::move(next);
        if (store)
            ++s_open;
    }
    ~Slot() { reset(); }
};

Slot &slot()
{
    thread_local Slot s;
    return s;
}

} // namespace

ProjectStore *ThreadStore::get(const QString &path, QString *error)
{
    Slot &s = slot();
    if (s.store && s.store->path() == path && s.store->isOpen())
        return s.store.get();
    s.reset();
    auto store = std::make_unique<ProjectStore>();
    if (!store->open(path, error, ProjectStore::OpenMode::OpenExisting)) // a background reader never creates a project
        return nullptr;
    s.reset(std::move(store));
    return s.store.get();
}

void ThreadStore::release()
{
    slot().reset();
}

void ThreadStore::shutdown()
{
    QThreadPool::globalInstance()->waitForDone();
    release();
}

int ThreadStore::openCount()
{
    return s_open.load();
}

} // namespace ShadowOptic
