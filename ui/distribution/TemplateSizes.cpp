// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/TemplateSizes.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace larder::ui {

QString TemplateSizes::range(const runs::BoxTemplate& boxTemplate) {
    if (!boxTemplate.maxSize)
        return tr("households of %1 or more").arg(boxTemplate.minSize);
    if (*boxTemplate.maxSize == boxTemplate.minSize)
        return tr("households of %1").arg(boxTemplate.minSize);
    return tr("households of %1-%2").arg(boxTemplate.minSize).arg(*boxTemplate.maxSize);
}

QString TemplateSizes::uncovered(const QList<runs::BoxTemplate>& templates) {
    // Household sizes (up to 12) no template in use covers: they would get no package.
    QList<int> uncovered;
    for (int size = 1; size <= 12; ++size) {
        const bool covered =
            std::any_of(templates.cbegin(), templates.cend(), [size](const auto& t) {
                return t.active && t.minSize <= size && (!t.maxSize || size <= *t.maxSize);
            });
        if (!covered)
            uncovered.append(size);
    }
    if (uncovered.isEmpty())
        return {};
    // As ranges: "3", "6-8", "10 or more" (past 12 counts as no upper bound).
    QStringList ranges;
    for (int i = 0; i < uncovered.size();) {
        int j = i;
        while (j + 1 < uncovered.size() && uncovered.at(j + 1) == uncovered.at(j) + 1)
            ++j;
        if (uncovered.at(j) == 12)
            ranges.append(tr("%1 or more").arg(uncovered.at(i)));
        else if (i == j)
            ranges.append(QString::number(uncovered.at(i)));
        else
            ranges.append(tr("%1-%2").arg(uncovered.at(i)).arg(uncovered.at(j)));
        i = j + 1;
    }
    return tr("No template in use covers households of %1 people: they get no package.")
        .arg(QLocale().createSeparatedList(ranges));
}

} // namespace larder::ui
