// SPDX-License-Identifier: MIT
#include "threadstore.h"

#include "projectstore.h"

#include <QThreadPool>
#include <QThreadStorage>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace ShadowOptic {

namespace {

std::mutex s_mutex;
std::condition_variable s_closed;
int s_open = 0;

// Counts open connections so shutdown() can wait until every thread has closed its own.
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

// QThreadStorage, not thread_local: Qt deletes it while the QThread finishes, with the thread still known to Qt and
// before QThread::wait() returns. A thread_local destructor runs after that, when Qt has forgotten the thread
// ("requested database does not belong to the calling thread") and possibly while the process is already exiting.
QThreadStorage<Slot *> s_slots;

Slot &slot()
{
    if (!s_slots.hasLocalData())
        s_slots.setLocalData(new Slot);
    return *s_slots.localData();
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
    QThreadPool::globalInstance()->waitForDone(); // its threads end, and each closes its connection as it finishes
    std::unique_lock lock(s_mutex);
    return s_closed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [] { return s_open == 0; });
}

int ThreadStore::openCount()
{
    std::lock_guard lock(s_mutex);
    return s_open;
}

} // namespace ShadowOptic
