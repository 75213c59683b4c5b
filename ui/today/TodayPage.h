// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Page.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace larder::ui {

class AidPanel;
class BelowParModel;
class ExpiringLotsModel;
class StatCard;

// The first page a volunteer sees: today's figures for the pantry (active households, catalog
// items, lots to use first, stock below par, volunteers) and two short lists of what needs
// attention: lots expiring within a week and items running low; below them the follow-up list of
// delivery stops where nobody was home or the address was wrong, each marked "Done" once someone
// has called or visited; then requests and offers (AidPanel): what people asked for, the
// matches waiting for a coordinator and the offers nobody has matched. Everything is read from core
// (Inventory, Households, People, Runs) and refreshed on Store::changed; the running-low list is
// Inventory::belowPar, as on the Inventory page.
class TodayPage : public Page {
    Q_OBJECT

public:
    // Days ahead that count as "expiring soon": the pantry's setting
    // (settings::ExpiryWarningDays, 7 unless changed on the Settings page).
    int horizonDays() const;

    struct Summary {
        int activeHouseholds = 0;
        int items = 0;
        int expiringSoon = 0; // lots on the shelf with an expiry from today to the horizon
        int pastDate = 0;     // lots still on the shelf after their expiry
        int belowPar = 0;     // items with less on hand than their par level
        int volunteers = 0;   // active people
    };

    explicit TodayPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();

    Summary summary() const { return m_summary; }
    // Marks the follow-up in `row` as dealt with; false (and the reason shown) if refused.
    bool markFollowedUp(int row);

    void refresh();
    // Requests and offers: entering them and confirming matches can be undone.
    QUndoStack* undoStack() const override { return m_undo; }
    AidPanel* aidPanel() const { return m_aid; }

Q_SIGNALS:
    // "Open household" on a follow-up: the main window shows that household.
    void householdRequested(const QString& householdId);
    // A link of the getting-started steps: "settings", "inventory", "households", "distribution".
    void pageRequested(const QString& page);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    Summary readSummary() const;
    // A new pantry's first steps, each ticked when done; hidden once all are.
    void refreshFirstSteps();
    void refreshFollowUps();
    int currentFollowUpRow() const;

    Summary m_summary;
    StatCard* m_households = nullptr;
    StatCard* m_items = nullptr;
    StatCard* m_expiring = nullptr;
    StatCard* m_belowPar = nullptr;
    StatCard* m_volunteers = nullptr;
    ExpiringLotsModel* m_useFirst = nullptr;
    BelowParModel* m_runningLow = nullptr;
    QLabel* m_firstSteps = nullptr;
    QTableView* m_useFirstView = nullptr;
    QLabel* m_useFirstText = nullptr;
    QLabel* m_useFirstEmpty = nullptr;
    // Follow-ups: one row per stop (household, run date, what happened, note); the stop id is
    // under Qt::UserRole and the household id under Qt::UserRole + 1 of column 0.
    QStandardItemModel* m_followUps = nullptr;
    QTableView* m_followUpView = nullptr;
    QLabel* m_followUpEmpty = nullptr;
    QLabel* m_followUpMessage = nullptr;
    QPushButton* m_followUpDone = nullptr;
    QPushButton* m_openHousehold = nullptr;
    QUndoStack* m_undo = nullptr;
    AidPanel* m_aid = nullptr;
    bool m_stale = false; // changed while not on screen
};

} // namespace larder::ui
