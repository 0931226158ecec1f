// SPDX-License-Identifier: MIT
#pragma once

#include "exportwriter.h"

namespace ShadowOptic {

/**
 * RFC 4180 CSV in UTF-8 (a file begins with a byte-order mark, so spreadsheets read it as UTF-8), CRLF records, a
 * header row. Text with a comma, quote, CR or LF is quoted with doubled quotes. Text that begins with = + - @ tab or CR
 * is prefixed with ' (OWASP's guard against formula injection), so a spreadsheet shows it as text; number cells stay
 * numbers, negative ones too.
 */
class CsvWriter : public ExportWriter
{
public:
    /** bom: begin with the UTF-8 byte-order mark (for files; a pipe's reader rarely wants it). */
    explicit CsvWriter(QIODevice *device, bool bom = true);

    bool begin(const QStringList &columns) override;
    bool writeRow(const QVariantList &cells) override;
    bool finish() override;

    /** One text cell as written: guarded, then quoted when needed. */
    static QString textCell(const QString &text);

private:
    bool m_bom;
    int m_columns = 0;
};

} // namespace ShadowOptic
