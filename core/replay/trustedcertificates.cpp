// SPDX-License-Identifier: MIT
#include "trustedcertificates.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>

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

} // namespace ShadowOptic
