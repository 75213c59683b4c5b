// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace larder::ui {

class DistributionPage;

// The row under the Distribution page's tabs that hands the day on: set stock aside (packing),
// print the route sheets and packing lists, and record what the drivers ticked on their sheets.
class HandOffBar : public QWidget {
    Q_OBJECT

public:
    explicit HandOffBar(DistributionPage& page, QWidget* parent = nullptr);

    // Opens the print preview of the day's route sheets (or packing lists); false when there is
    // no day or the papers could not be made (the page's message line says why).
    bool printPapers(bool routeSheets);
    // Ctrl+P: what the "Print route sheets" button does.
    void printRouteSheets();

private:
    void setAsideStock();
    void recordOutcomes();

    DistributionPage& m_page;
    QPushButton* m_sheets = nullptr;
};

} // namespace larder::ui
