// SPDX-License-Identifier: MIT
#include "keystore.h"

#ifdef SHADOW_OPTIC_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace ShadowOptic {

namespace {

const QString Service = QStringLiteral("shadow-optic");

} // namespace

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{
}

bool KeyStore::isBuiltIn()
{
#ifdef SHADOW_OPTIC_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

// The keyrings QtKeychain talks to (Secret Service, KWallet) answer on the session bus; without one, asking would
// only wait for D-Bus to fail or autolaunch a daemon.
static bool keyringReachable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void KeyStore::read(const QString &name, std::function<void(const QString &)> done)
{
#ifdef SHADOW_OPTIC_HAVE_KEYCHAIN
    if (!keyringReachable()) {
        done(QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData() : QString());
    });
    job->start();
#else
    Q_UNUSED(name);
    done(QString());
#endif
}

void KeyStore::write(const QString &name, const QString &secret, std::function<void(bool, const QString &)> done)
{
#ifdef SHADOW_OPTIC_HAVE_KEYCHAIN
    if (!keyringReachable()) {
        done(false, tr("no session keyring is running (DBUS_SESSION_BUS_ADDRESS is not set)"));
        return;
    }
    QKeychain::Job *job = nullptr;
    if (secret.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(Service, this);
        remove->setKey(name);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(Service, this);
        write->setKey(name);
        write->setTextData(secret);
        job = write;
    }
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), secret](QKeychain::Job *j) {
        const bool ok
            = j->error() == QKeychain::NoError || (secret.isEmpty() && j->error() == QKeychain::EntryNotFound);
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
#else
    Q_UNUSED(name);
    Q_UNUSED(secret);
    done(false, tr("this build has no keychain support"));
#endif
}

} // namespace ShadowOptic
