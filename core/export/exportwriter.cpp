// SPDX-License-Identifier: MIT
#include "exportwriter.h"

#include <QIODevice>
#include <QVariant>

#include <cmath>

namespace ShadowOptic {

namespace {

constexpr qsizetype BlockSize = 64 * 1024;

} // namespace

ExportWriter::ExportWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(BlockSize + 4096);
}

ExportWriter::~ExportWriter() = default;

ExportWriter::CellKind ExportWriter::kindOf(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return CellKind::Null;
    switch (cell.typeId()) {
    case QMetaType::Bool:
        return CellKind::Bool;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return CellKind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(cell.toDouble()) ? CellKind::Double : CellKind::Null;
    default:
        return CellKind::Text;
    }
}

QByteArray ExportWriter::number(double value)
{
    // 15 significant digits: every decimal a double can hold, without the binary noise of the 17th (0.1 + 0.2).
    return QByteArray::number(value, 'g', 15);
}

bool ExportWriter::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    return m_buffer.size() < BlockSize || flush();
}

bool ExportWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = m_device->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    return ok;
}

} // namespace ShadowOptic
