// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/SheetData.h"

using namespace Qt::StringLiterals;

namespace larder::print {

QString initials(const QString& name) {
    QStringList letters;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                letters << QString(c.toUpper()) + u'.';
                break;
            }
        }
    }
    return letters.join(u' ');
}

} // namespace larder::print
