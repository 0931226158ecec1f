// SPDX-License-Identifier: MIT
#include "importsummarydialog.h"

#include "domain/importreport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ShadowOptic {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QLocale loc;
    form->addRow(tr("Files:"), new QLabel(QString::number(report.files.size()), this));
    form->addRow(tr("Records read:"), new QLabel(loc.toString(report.read), this));
    form->addRow(tr("Imported:"), new QLabel(loc.toString(report.imported), this));
    form->addRow(tr("Duplicates (already in the project):"), new QLabel(loc.toString(report.duplicates), this));
    form->addRow(tr("Skipped:"), new QLabel(loc.toString(report.skipped), this));
    for (auto it = report.skippedByReason.constBegin(); it != report.skippedByReason.constEnd(); ++it)
        form->addRow(QStringLiteral("    %1:").arg(it.key()), new QLabel(loc.toString(it.value()), this));
    if (report.estimatedCosts > 0)
        form->addRow(tr("Costs estimated from the catalog:"), new QLabel(loc.toString(report.estimatedCosts), this));
    form->addRow(tr("Time:"), new QLabel(tr("%1 s").arg(report.seconds, 0, 'f', 2), this));
    layout->addLayout(form);
    for (const QString &e : report.fileErrors) {
        auto *l = new QLabel(e, this);
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: #a00;"));
        layout->addWidget(l);
    }
    if (!report.errors.isEmpty()) {
        layout->addWidget(new QLabel(tr("Skipped records (first %1):").arg(report.errors.size()), this));
        auto *table = new QTableWidget(int(report.errors.size()), 4, this);
        table->setHorizontalHeaderLabels({ tr("File"), tr("Line"), tr("Problem"), tr("Detail") });
        for (int i = 0; i < report.errors.size(); ++i) {
            const auto &e = report.errors.at(i);
            table->setItem(i, 0, new QTableWidgetItem(e.file));
            table->setItem(i, 1, new QTableWidgetItem(QString::number(e.line)));
            table->setItem(i, 2, new QTableWidgetItem(e.category));
            table->setItem(i, 3, new QTableWidgetItem(e.reason));
        }
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        layout->addWidget(table, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, report.errors.isEmpty() ? 260 : 460);
}

ImportSummaryDialog::~ImportSummaryDialog() = default;

} // namespace ShadowOptic
