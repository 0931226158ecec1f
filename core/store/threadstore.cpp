// SPDX-License-Identifier: MIT
#include "threadstore.h"

#include "projectstore.h"

#include <QThreadPool>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace ShadowOptic {

namespace {

std::mutex s_mutex;
std::condition_variable s_closed;
int s_open = 0;

// Counts open connections so shutdown() can wait until every thread has closed its own. A pool thread closes its
// connection in its thread_local destructor, which runs after QThread::wait() has already returned.
struct Slot
{
    std::unique_ptr<ProjectStore> store;
    void reset(std::unique_ptr<ProjectStore> next = {})
    {
        const bool had = bool(store);
        store = std::move(next); // closes the old connection first
        std::lock_guard lock(s_mutex);
        s_open += (store ? 1 : 0) - (had ? 1 : 0);
        if (s_open == 0)
            s_closed.notify_all();
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

bool ThreadStore::shutdown(int timeoutMs)
{
    release();
    QThreadPool::globalInstance()->waitForDone(); // its threads end, and each closes its connection as it exits
    std::unique_lock lock(s_mutex);
    return s_closed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [] { return s_open == 0; });
}

int ThreadStore::openCount()
{
    std::lock_guard lock(s_mutex);
    return s_open;
}

} // namespace ShadowOptic
