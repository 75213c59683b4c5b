#pragma once

#include "Page.h"

namespace larder::ui {

class StatCard;

// Where pantries of one network will exchange sync files (USB stick, messaging app, shared
// folder). Until export and import land it shows this laptop's identity in the network and how
// many changes it has recorded, ready to be shared.
class SyncPage : public Page {
    Q_OBJECT

public:
    explicit SyncPage(Store& store, QWidget* parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    StatCard* m_changes = nullptr;
    StatCard* m_others = nullptr;
};

} // namespace larder::ui
