// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

class QPainter;

namespace larder::reports {

// The one-page summary a group hands to its network or a supplier: the key figures, four charts
// and what they count, with small counts of households suppressed and no personal data (a
// summary holds none). Needs a QApplication (Qt Charts draws with widgets' graphics scene);
// larder-cli makes one, offscreen, for `report pdf`.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(larder::reports::ReportPdf)

public:
    struct Options {
        QPageSize::PageSizeId paper = QPageSize::A4;
        QLocale locale;
    };

    static Result<void> write(const Summary& summary, const QString& path, const Options& options);
    // Paints the page on a painter whose device is `pageRect` big (in its own units).
    static void paint(QPainter& painter, const QRectF& pageRect, const Summary& summary,
                      const QLocale& locale);
};

} // namespace larder::reports
