// SPDX-License-Identifier: MIT
#include "listeningsockets.h"

#include <QFile>

namespace ShadowOptic {

namespace {

// /proc/net/tcp* write addresses as hex of 32-bit words in host (little-endian) order.
QHostAddress parseAddress(const QByteArray &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    if (raw.size() == 4)
        return QHostAddress(quint32(quint8(raw[3])) << 24 | quint32(quint8(raw[2])) << 16 | quint32(quint8(raw[1])) << 8
                            | quint32(quint8(raw[0])));
    if (raw.size() != 16)
        return QHostAddress();
    Q_IPV6ADDR v6;
    for (int word = 0; word < 4; ++word)
        for (int i = 0; i < 4; ++i)
            v6[word * 4 + i] = quint8(raw[word * 4 + 3 - i]);
    return QHostAddress(v6);
}

} // namespace

QList<QHostAddress> ListeningSockets::addresses(quint16 port)
{
    QList<QHostAddress> found;
    for (const char *table : { "/proc/net/tcp", "/proc/net/tcp6" }) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            if (fields.size() < 4 || fields[3] != "0A") // 0A = LISTEN
                continue;
            const QList<QByteArray> local = fields[1].split(':');
            if (local.size() == 2 && local[1].toUInt(nullptr, 16) == port)
                found << parseAddress(local[0]);
        }
    }
    return found;
}

bool ListeningSockets::loopbackOnly(quint16 port)
{
    const QList<QHostAddress> bound = addresses(port);
    if (bound.isEmpty())
        return false;
    for (const QHostAddress &a : bound)
        if (a != QHostAddress(QHostAddress::LocalHost))
            return false;
    return true;
}

} // namespace ShadowOptic
