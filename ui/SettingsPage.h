#pragma once

#include "Page.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace larder::ui {

// What this pantry file is: its name, where it lives, its ids in the network, the schema and
// Larder versions, the language — and the pantry-wide settings, each saved the moment it changes
// (settings::ExpiryWarningDays, settings::DatesMonthFirst). Settings that later issues add
// (passphrase, retention, printing) will be edited here.
class SettingsPage : public Page {
    Q_OBJECT

public:
    explicit SettingsPage(Store& store, QWidget* parent = nullptr);

    QSpinBox* expiryWarningBox() const { return m_expiryDays; }
    QCheckBox* monthFirstBox() const { return m_monthFirst; }

private:
    QWidget* buildStockSettings();
    void showSettings();
    void saved(bool ok, const QString& error);

    QSpinBox* m_expiryDays = nullptr;
    QCheckBox* m_monthFirst = nullptr;
    QLabel* m_example = nullptr;
    QLabel* m_savedNote = nullptr;
};

} // namespace larder::ui
