#pragma once

#include "Page.h"

namespace larder::ui {

class QueryModel;
class StatCard;

// Where coordinators will plan a distribution day: who is due, packages, routes for the drivers
// who came, route sheets and packing lists. Until planning lands it shows what planning will work
// from (active households, drivers and their vehicles' capacity) and says what to prepare now.
class DistributionPage : public Page {
    Q_OBJECT

public:
    explicit DistributionPage(Store& store, QWidget* parent = nullptr);

    void refresh();
    QueryModel* driversModel() const { return m_drivers; }

private:
    QueryModel* m_drivers = nullptr;
    StatCard* m_households = nullptr;
    StatCard* m_weekly = nullptr;
    StatCard* m_driverCount = nullptr;
    StatCard* m_capacity = nullptr;
};

} // namespace larder::ui
