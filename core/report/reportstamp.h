// SPDX-License-Identifier: MIT
#pragma once

#include "reportevidence.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ShadowOptic {

/**
 * What a report file carries about itself, in its XMP metadata packet (uncompressed, so it is found without a PDF
 * parser): the evidence it was made from, its fingerprint, when and from which project file.
 */
struct ReportStamp
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportStamp)
public:
    ReportEvidence evidence;
    qint64 createdAtMs = 0;
    QString projectName; // the file name, for people; evidence identifies the project
    QString title;

    QString fingerprint() const { return evidence.fingerprint(); }
    QByteArray toXmp() const;
    /** Reads the stamp from a report's bytes; false with *error when the file is not a Shadow Optic report. */
    static bool fromPdf(const QByteArray &pdf, ReportStamp *stamp, QString *error);
};

} // namespace ShadowOptic
