// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportdata.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace ShadowOptic {

class ReportChartObject;

/**
 * Lays out a decision report (SPEC §10) as an A4 PDF: a title page with the verdict and its business impact, then
 * cost and quality (trade-off chart, per-model table), the candidates against the margin, refusals, the cost
 * reconciliation and forecast accuracy, the rollout with its audit history, and the method. Text is real text,
 * charts are vectors; every page carries the evidence fingerprint, and the file's XMP metadata the evidence itself
 * (ReportStamp), so `report --check` can tell whether the project has changed since.
 *
 * Needs a QGuiApplication (fonts); runs on any thread.
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ShadowOptic::ReportWriter)
public:
    /** Writes the PDF to path through a temporary file (a failed write leaves no half file). */
    static bool write(const ReportData &data, const QString &path, int *pages, QString *error);
    /** The report's text as HTML with chart placeholders filled in doc; for tests and the writer. */
    static void build(const ReportData &data, QTextDocument *doc, ReportChartObject *charts);
};

} // namespace ShadowOptic
