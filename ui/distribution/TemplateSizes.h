// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Packages.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace larder::ui {

// How the template editor (TemplatesDialog) words the household sizes of box templates: a
// template's range ("households of 3-5"), and the sizes that no template in use covers, whose
// households would get no package. Translated in the dialog's context.
class TemplateSizes {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::TemplatesDialog)

public:
    // "households of 3-5", "households of 2", "households of 6 or more".
    static QString range(const runs::BoxTemplate& boxTemplate);
    // "No template in use covers households of 3, 6-8 people: …" for the sizes from 1 to 12 that
    // no active template covers (past 12 counts as no upper bound); empty when all are covered.
    static QString uncovered(const QList<runs::BoxTemplate>& templates);
};

} // namespace larder::ui
