// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ReportExport.h"

#include <QDialog>

namespace larder {
class Store;
}

namespace larder::ui {

// What is behind one figure of a report: the ledger rows it adds up (with their corrections) or
// the stops it counts, so anyone can see how it was computed. Households are named only while
// the pantry's details can be read.
class FigureDetailsDialog final : public QDialog {
    Q_OBJECT

public:
    // At most this many rows are listed; the dialog says when there are more.
    static constexpr int MostRows = 2000;

    FigureDetailsDialog(const Store& store, const reports::Summary& summary,
                        const reports::FigureRow& figure, QWidget* parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace larder::ui
