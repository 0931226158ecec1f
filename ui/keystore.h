// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace ShadowOptic {

/**
 * API keys in the OS keychain (Secret Service, KWallet) through QtKeychain, for the Settings dialog and the Replay
 * panel. Where no keyring answers — a server, a container, a session without D-Bus — writing fails with a reason and
 * the caller keeps the key for the session only. Keys never go to the settings file, the project or the logs.
 */
class KeyStore : public QObject
{
    Q_OBJECT
public:
    /** The names keys are stored under. */
    static QString portkeyKeyName() { return QStringLiteral("portkey-api-key"); }
    static QString providerKeyName() { return QStringLiteral("provider-api-key"); }

    explicit KeyStore(QObject *parent = nullptr);

    /** False when the build has no QtKeychain (then every write fails and reads find nothing). */
    static bool isBuiltIn();
    /** done(secret) with an empty secret when there is none or no keyring answers. */
    void read(const QString &name, std::function<void(const QString &secret)> done);
    /** done(ok, error); an empty secret deletes the entry. */
    void write(const QString &name, const QString &secret, std::function<void(bool ok, const QString &error)> done);
};

} // namespace ShadowOptic
