// SPDX-License-Identifier: MIT
#include "crashpoint.h"

#include <QByteArray>
#include <QList>
#include <QStringBuilder>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <mutex>

#include <sqlite3.h>
#include <unistd.h>

namespace ShadowOptic {

namespace {

struct Config
{
    bool active = false;
    CrashPoint::Kind kind = CrashPoint::Kind::Commit;
    int nth = 0;
    QByteArray spec;
};

const Config &config()
{
    static const Config c = [] {
        Config c;
        c.spec = qgetenv("SO_CRASH_POINT");
        const QList<QByteArray> parts = c.spec.split(':');
        bool ok = false;
        c.nth = parts.size() == 2 ? parts.at(1).toInt(&ok) : 0;
        if (!ok || c.nth <= 0)
            return Config {};
        if (parts.at(0) == "commit")
            c.kind = CrashPoint::Kind::Commit;
        else if (parts.at(0) == "wal")
            c.kind = CrashPoint::Kind::WalWrite;
        else if (parts.at(0) == "checkpoint")
            c.kind = CrashPoint::Kind::Checkpoint;
        else
            return Config {};
        c.active = true;
        return c;
    }();
    return c;
}

std::atomic<int> s_events { 0 };
std::atomic<int> s_openWalFiles { 0 }; // while a WAL is open, writes to a database file are checkpoint copies

void count(CrashPoint::Kind kind)
{
    const Config &c = config();
    if (!c.active || c.kind != kind || s_events.fetch_add(1) + 1 != c.nth)
        return;
    const QByteArray line = QByteArray("crash point ") + c.spec + QByteArray(" reached\n");
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    ::raise(SIGKILL);
}

// A VFS that forwards everything to SQLite's default one and counts writes by file type.
sqlite3_vfs *s_base = nullptr;
sqlite3_vfs s_vfs {};

struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
    int flags;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

int shimClose(sqlite3_file *f)
{
    auto *s = reinterpret_cast<ShimFile *>(f);
    if (s->flags & SQLITE_OPEN_WAL)
        --s_openWalFiles;
    return s->real->pMethods->xClose(s->real);
}

int shimWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    const int flags = reinterpret_cast<ShimFile *>(f)->flags;
    if (flags & SQLITE_OPEN_WAL)
        count(CrashPoint::Kind::WalWrite);
    else if ((flags & SQLITE_OPEN_MAIN_DB) && s_openWalFiles.load() > 0)
        count(CrashPoint::Kind::Checkpoint);
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}

const sqlite3_io_methods s_methods = {
    3,
    shimClose,
    [](sqlite3_file *f, void *d, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), d, n, o); },
    shimWrite,
    [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); },
    [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); },
    [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); },
    [](sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); },
    [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); },
    [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); },
    [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); },
    [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); },
    [](sqlite3_file *f, int page, int size, int extend, void volatile **out) {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    },
    [](sqlite3_file *f, int offset, int n, int flags) {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    },
    [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); },
    [](sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); },
    [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) { return real(f)->pMethods->xFetch(real(f), o, n, p); },
    [](sqlite3_file *f, sqlite3_int64 o, void *p) { return real(f)->pMethods->xUnfetch(real(f), o, p); },
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *s = reinterpret_cast<ShimFile *>(f);
    s->real = reinterpret_cast<sqlite3_file *>(s + 1);
    s->flags = flags;
    const int rc = s_base->xOpen(s_base, name, s->real, flags, outFlags);
    // SQLite calls xClose exactly when pMethods is set, so ours is set exactly when the real file's is.
    s->base.pMethods = s->real->pMethods ? &s_methods : nullptr;
    if (s->real->pMethods && (flags & SQLITE_OPEN_WAL))
        ++s_openWalFiles;
    return rc;
}

} // namespace

void CrashPoint::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!config().active || config().kind == Kind::Commit)
            return;
        s_base = sqlite3_vfs_find(nullptr);
        if (!s_base || s_base->iVersion < 3)
            return;
        s_vfs = *s_base;
        s_vfs.szOsFile = int(sizeof(ShimFile)) + s_base->szOsFile;
        s_vfs.zName = "so-crashpoint";
        s_vfs.pNext = nullptr;
        s_vfs.xOpen = shimOpen;
        // The rest keep the default VFS's functions but must receive the default VFS itself.
        s_vfs.xDelete = [](sqlite3_vfs *, const char *n, int sync) { return s_base->xDelete(s_base, n, sync); };
        s_vfs.xAccess = [](sqlite3_vfs *, const char *n, int f, int *o) { return s_base->xAccess(s_base, n, f, o); };
        s_vfs.xFullPathname
            = [](sqlite3_vfs *, const char *n, int size, char *o) { return s_base->xFullPathname(s_base, n, size, o); };
        s_vfs.xDlOpen = [](sqlite3_vfs *, const char *n) { return s_base->xDlOpen(s_base, n); };
        s_vfs.xDlError = [](sqlite3_vfs *, int n, char *o) { s_base->xDlError(s_base, n, o); };
        s_vfs.xDlSym = [](sqlite3_vfs *, void *h, const char *n) { return s_base->xDlSym(s_base, h, n); };
        s_vfs.xDlClose = [](sqlite3_vfs *, void *h) { s_base->xDlClose(s_base, h); };
        s_vfs.xRandomness = [](sqlite3_vfs *, int n, char *o) { return s_base->xRandomness(s_base, n, o); };
        s_vfs.xSleep = [](sqlite3_vfs *, int us) { return s_base->xSleep(s_base, us); };
        s_vfs.xCurrentTime = [](sqlite3_vfs *, double *o) { return s_base->xCurrentTime(s_base, o); };
        s_vfs.xGetLastError = [](sqlite3_vfs *, int n, char *o) { return s_base->xGetLastError(s_base, n, o); };
        s_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *o) { return s_base->xCurrentTimeInt64(s_base, o); };
        s_vfs.xSetSystemCall
            = [](sqlite3_vfs *, const char *n, sqlite3_syscall_ptr p) { return s_base->xSetSystemCall(s_base, n, p); };
        s_vfs.xGetSystemCall = [](sqlite3_vfs *, const char *n) { return s_base->xGetSystemCall(s_base, n); };
        s_vfs.xNextSystemCall = [](sqlite3_vfs *, const char *n) { return s_base->xNextSystemCall(s_base, n); };
        sqlite3_vfs_register(&s_vfs, 1);
    });
}

void CrashPoint::reached(Kind kind)
{
    count(kind);
}

} // namespace ShadowOptic
