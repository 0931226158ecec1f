// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

class QSslError;
class QUrl;

namespace ShadowOptic {

/** Certificates the user trusts explicitly for one gateway target (ReplayTarget::trustedCertificates), added to
 *  the system's trust store for that target's requests only. TLS errors are never ignored: a certificate is either
 *  trusted by the system, trusted through this file, or the request fails with the reason. */
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::TrustedCertificates)
public:
    /** The certificates in a PEM or DER file; empty with *error naming the file and the reason when there are
     *  none. */
    static QList<QSslCertificate> load(const QString &path, QString *error);

    /** Why a request to url failed its TLS handshake: the host and port and QSslError's reasons, each once. The same
     *  for every request to that host, so that a run's failures group as one. */
    static QString untrustedText(const QUrl &url, const QList<QSslError> &errors);
    /** untrustedText() and how to trust the certificate after all, for requests that take a trusted certificate
     *  file (gateway targets). */
    static QString untrustedTextWithRemedy(const QUrl &url, const QList<QSslError> &errors);
};

} // namespace ShadowOptic
