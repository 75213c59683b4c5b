// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Settings.h"
#include "ui/common/Page.h"

class QFrame;

class QCheckBox;
class QComboBox;
class QTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace larder::ui {

// What this pantry file is: its name, where it lives, its ids in the network, the schema and
// Larder versions, the language — and the pantry-wide settings, each saved the moment it changes
// (settings::ExpiryWarningDays, settings::DatesMonthFirst; the pantry's name, address, phone
// and coordinates; route planning; route sheets).
class SettingsPage : public Page {
    Q_OBJECT

public:
    explicit SettingsPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();

    // Erases the closed households past the retention period (people/Retention), after a
    // confirmation that names them unless `confirm` is false (tests). False when nothing was
    // erased.
    bool purgeClosedHouseholds(bool confirm = true);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildLanguageSettings();
    QWidget* buildStockSettings();
    QWidget* buildPantrySettings();
    QWidget* buildRouteSettings();
    QWidget* buildRetentionSettings();
    // Privacy settings another laptop made weaker, waiting for someone here to accept them.
    QWidget* buildPendingSettings();
    void showPendingSettings();
    void showPurgeCandidates();
    static QFrame* settingsFrame(QWidget* parent, const QString& name);
    // Saves a text setting when editing finishes; the coordinates are checked first.
    void saveText(QLineEdit* edit, const Setting<QString>& setting);
    void showSettings();
    void saved(bool ok, const QString& error);

    QComboBox* m_language = nullptr;
    QComboBox* m_sheetLanguage = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_expiryDays = nullptr;
    QCheckBox* m_monthFirst = nullptr;
    QLabel* m_example = nullptr;
    QLabel* m_savedNote = nullptr;

    QLineEdit* m_pantryName = nullptr;
    QLineEdit* m_pantryAddress = nullptr;
    QLineEdit* m_pantryPhone = nullptr;
    QLineEdit* m_pantryCoordinates = nullptr;
    QLabel* m_pantryNote = nullptr;
    QDoubleSpinBox* m_roadFactor = nullptr;
    QDoubleSpinBox* m_speed = nullptr;
    QSpinBox* m_serviceMinutes = nullptr;
    QSpinBox* m_maxStops = nullptr;
    QSpinBox* m_consistency = nullptr;
    QDoubleSpinBox* m_planSeconds = nullptr;
    QCheckBox* m_initialsOnly = nullptr;
    QCheckBox* m_compactSheets = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_routeGoal = nullptr;
    QTimeEdit* m_leaveAt = nullptr;
    QComboBox* m_windows = nullptr;
    QSpinBox* m_lateMetres = nullptr;
    QLabel* m_routeNote = nullptr;
    QSpinBox* m_retentionMonths = nullptr;
    QLabel* m_purgeNote = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pending = nullptr;
    QLabel* m_pendingText = nullptr;
};

} // namespace larder::ui
