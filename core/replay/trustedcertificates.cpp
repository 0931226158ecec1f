// SPDX-License-Identifier: MIT
#include "trustedcertificates.h"

#include <QDir>
#include <QFile>
#include <QSslError>
#include <QSslSocket>
#include <QUrl>

namespace ShadowOptic {

QList<QSslCertificate> TrustedCertificates::load(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The trusted certificate file '%1' cannot be read: %2").arg(shown, file.errorString());
        return {};
    }
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty()) {
        *error = QSslSocket::supportsSsl()
            ? tr("The trusted certificate file '%1' holds no PEM or DER certificate.").arg(shown)
            : tr("The trusted certificate file '%1' cannot be used: this system has no TLS support.").arg(shown);
        return {};
    }
    return certificates;
}

QString TrustedCertificates::untrustedText(const QUrl &url, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    return tr("the TLS certificate of %1:%2 is not trusted (%3)")
        .arg(url.host())
        .arg(port)
        .arg(reasons.join(QStringLiteral("; ")));
}

QString TrustedCertificates::untrustedTextWithRemedy(const QUrl &url, const QList<QSslError> &errors)
{
    return tr("%1; trust it explicitly with --ca-cert FILE or Settings ▸ Gateway ▸ Trusted certificate")
        .arg(untrustedText(url, errors));
}

} // namespace ShadowOptic
