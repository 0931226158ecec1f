// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QWidget;

namespace ShadowOptic {

/** What the GUI tests check on every panel: no text the layout gave too little room. */
class TextFit
{
public:
    /** A wrapped label shorter than its text, a single-line label, button or combo box narrower than its text, a
     *  table column narrower than its cells (a wrapping table's rows shorter than theirs), a scroll area that
     *  scrolls sideways, tabs that need scroll buttons; one line each, empty when everything fits. */
    static QStringList cutOff(QWidget *root);
};

} // namespace ShadowOptic
