// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QPaintDevice;
class QSizeF;

namespace larder::ui {

// The paper for a stock count: a table of location, item, lot (use by), what the books expect —
// left out for a blind count — and an empty box to write the counted number in, grouped by
// location in shelf order. Every page has a header (pantry, "Count sheet", what is counted, the
// date) and a footer ("page x of y", a line for who counted). Built as a QTextDocument and painted
// page by page, so QPrinter (print and preview) and QPdfWriter give the same sheet.
class CountSheet {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::CountSheet)

public:
    struct Options {
        QString pantryName;
        QString scope; // "All locations" or the location's name
        QDate date;
        bool blind = false; // leave out what the books expect
    };

    CountSheet(const inventory::StockCount& count, Options options);

    // Paints every page on `device` (a QPrinter or a QPdfWriter); returns the number of pages.
    int paint(QPagedPaintDevice* device) const;
    // Writes the sheet as a PDF at `path`, on the locale's paper size. False with `error` set
    // when the file cannot be written.
    bool writePdf(const QString& path, QString* error = nullptr) const;

    // Letter where people use Letter (the Americas mostly), A4 elsewhere.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale());

private:
    QString headerHtml() const;
    QString locationRowHtml(const QString& location, bool continued) const;
    QString lineRowHtml(const inventory::CountLine& line) const;
    std::unique_ptr<QTextDocument> document(QPaintDevice* device, const QString& html,
                                            double width) const;
    // The HTML of each page's table: as many rows as fit the body, never a row cut in two.
    QStringList pages(QPaintDevice* device, const QSizeF& body) const;

    inventory::StockCount m_count;
    Options m_options;
};

} // namespace larder::ui
