#pragma once

#include "Page.h"

class QLabel;
class QTableView;

namespace larder::ui {

class HouseholdsModel;

// The households the pantry serves, by the name each chose, fetched lazily as the list scrolls.
// Addresses, phones and notes stay off this list: a volunteer at intake sees only what helps to
// recognise a household. Editing households arrives in a later issue.
class HouseholdsPage : public Page {
    Q_OBJECT

public:
    explicit HouseholdsPage(Store& store, QWidget* parent = nullptr);

    HouseholdsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void updateCount();

    HouseholdsModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace larder::ui
