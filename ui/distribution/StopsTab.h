// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/runs/Runs.h"
#include "ui/distribution/DistributionTab.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace larder::people {
class HouseholdIndex;
}

namespace larder::ui {

class RunStopsModel;

// The Distribution page's first tab: the day's stops, a type-ahead that adds a household by name,
// street or phone, boxes edited in place, and a line that sums the day up.
class StopsTab : public DistributionTab {
    Q_OBJECT

public:
    explicit StopsTab(DistributionPage& page, QWidget* parent = nullptr);

    // Shows the day's stops (none: no day), keeping the selected stop.
    // No day: an empty list.
    void clear();
    // A collection day (runs::kind::SupplierPickup) adds suppliers instead of households.
    void setDay(const QList<runs::RunStop>& stops, const QList<runs::RunDriver>& drivers,
                const QString& runKind);
    // The household's chosen name when a search has seen it, else the id.
    QString householdName(const QString& householdId) const;
    void focusSearch();
    // Ctrl+M on this tab: the routes menu for the selected stop; false when none is selected.
    bool moveCurrentStop();

private:
    void search(const QString& text);
    void searchHouseholds(const QString& text);
    // Offers to pick up whose giver or words hold `text`, added to the matches.
    void addPickupMatches(const QString& text);
    void searchSuppliers(const QString& text);
    void addFirstMatch();
    void showMatches(); // the completer's popup, the first addable match current
    bool addMatch(const QString& id, const QString& name);
    void setSupplierDay(bool suppliers);

    people::HouseholdIndex* m_index = nullptr; // built on first search
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
    RunStopsModel* m_stops = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_addLabel = nullptr;
    QPushButton* m_suppliersButton = nullptr; // the supplier list, on a collection day
    bool m_supplierDay = false;
};

} // namespace larder::ui
