// SPDX-License-Identifier: MIT
#include "textfit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>

namespace ShadowOptic {

namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text.left(60));
}

} // namespace

QStringList TextFit::cutOff(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(root) || l->text().isEmpty() || !l->isVisible())
            continue;
        if (l->wordWrap()) {
            if (l->height() < l->heightForWidth(l->width()))
                out.append(describe(l, l->text())
                           + QStringLiteral(" height %1 < %2").arg(l->height()).arg(l->heightForWidth(l->width())));
        } else if (l->width() < l->sizeHint().width()) {
            out.append(describe(l, l->text())
                       + QStringLiteral(" width %1 < %2").arg(l->width()).arg(l->sizeHint().width()));
        }
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            out.append(describe(b, b->text())
                       + QStringLiteral(" width %1 < %2").arg(b->width()).arg(b->sizeHint().width()));
    }
    for (QComboBox *c : root->findChildren<QComboBox *>()) {
        if (c->isVisible() && c->width() < c->sizeHint().width())
            out.append(describe(c, c->currentText()));
    }
    for (QAbstractScrollArea *a : root->findChildren<QAbstractScrollArea *>()) {
        if (a->isVisible() && a->horizontalScrollBar()->isVisible())
            out.append(describe(a, a->objectName()) + QStringLiteral(" scrolls horizontally"));
    }
    for (QTableView *v : root->findChildren<QTableView *>()) {
        if (!v->isVisible() || !v->model())
            continue;
        // A view that wraps may narrow its last (stretched) column, as long as every row is as tall as its text.
        const int columns = v->model()->columnCount() - (v->wordWrap() ? 1 : 0);
        if (v->wordWrap())
            for (int row = 0; row < v->model()->rowCount(); ++row)
                if (v->rowHeight(row) < static_cast<QAbstractItemView *>(v)->sizeHintForRow(row))
                    out.append(describe(v, v->model()->index(row, 0).data().toString())
                               + QStringLiteral(" row %1 < %2")
                                     .arg(v->rowHeight(row))
                                     .arg(static_cast<QAbstractItemView *>(v)->sizeHintForRow(row)));
        for (int c = 0; c < columns; ++c) {
            if (v->isColumnHidden(c))
                continue;
            const int needed = std::max(static_cast<QAbstractItemView *>(v)->sizeHintForColumn(c),
                                        v->horizontalHeader()->sectionSizeHint(c));
            if (v->columnWidth(c) < needed)
                out.append(describe(v, v->model()->headerData(c, Qt::Horizontal).toString())
                           + QStringLiteral(" column %1 < %2").arg(v->columnWidth(c)).arg(needed));
        }
    }
    for (QTabBar *t : root->findChildren<QTabBar *>()) {
        if (t->isVisible() && t->count() > 0 && t->tabRect(t->count() - 1).right() > t->width())
            out.append(describe(t, t->tabText(t->count() - 1)));
    }
    return out;
}

} // namespace ShadowOptic
