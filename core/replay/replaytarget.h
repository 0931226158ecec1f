// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ShadowOptic {

/** Where replays are sent. API keys are held only in memory and never serialised (see toJson). */
struct ReplayTarget
{
    enum class Kind { Simulator, LocalGateway, PortkeyHosted, OpenAiCompatible };
    enum class RoutingMode { Header, Config };

    Kind kind = Kind::Simulator;
    RoutingMode routing = RoutingMode::Header;
    QUrl baseUrl; // ends in /v1
    QString provider; // x-portkey-provider (header mode)
    QString configJson; // x-portkey-config: inline JSON or a saved config id (config mode)
    QUrl upstreamUrl; // x-portkey-custom-host for a local gateway in header mode
    QString apiKey; // provider key (Authorization: Bearer) — memory only
    QString portkeyApiKey; // x-portkey-api-key — memory only
    /** A PEM or DER file of certificates the user trusts for this target on top of the system's (a gateway with
     *  a self-signed or private-CA certificate). Empty: the system's trust store only. */
    QString trustedCertificates;

    static QString kindName(Kind k);
    static Kind kindFromName(const QString &name);
    static QUrl defaultBaseUrl(Kind k);
    /** The kind a gateway URL most likely is: Portkey's hosted API, a local gateway on its default port 8787, or
     *  else any OpenAI-compatible server. */
    static Kind kindForUrl(const QUrl &url);
    /** Secret-free description stored with a run (keys inside an inline config are redacted). */
    QJsonObject toJson() const;
    /** What decides which answers this target gives: kind, base URL, routing mode, provider, config (secrets
     *  removed) and upstream — never the keys. The built-in simulator is one identity whatever its port, since its
     *  answers depend only on the request. Cached answers are reused only for the same identity. */
    QString identity() const;
    /** Short stable fingerprint of identity(), stored with every completion and cache entry. */
    QString fingerprint() const;
    /** The config JSON with every secret-looking value (api keys, tokens, passwords) replaced by "***". */
    static QString redactedConfig(const QString &configJson);
    static ReplayTarget fromJson(const QJsonObject &o);
    QString describe() const;
};

} // namespace ShadowOptic

Q_DECLARE_METATYPE(ShadowOptic::ReplayTarget)
