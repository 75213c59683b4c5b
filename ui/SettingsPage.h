#pragma once

#include "Page.h"

namespace larder::ui {

// What this pantry file is: its name, where it lives, its ids in the network, the schema and
// Larder versions, the language. Settings that later issues add (passphrase, retention, printing)
// will be edited here.
class SettingsPage : public Page {
    Q_OBJECT

public:
    explicit SettingsPage(Store& store, QWidget* parent = nullptr);
};

} // namespace larder::ui
