// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace ShadowOptic {

struct ImportReport;

/** Read / imported / duplicates / skipped-by-reason, and the first problems with file and line. */
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;
};

} // namespace ShadowOptic
