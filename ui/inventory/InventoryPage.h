// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Page.h"
#include "ui/inventory/ItemHistoryDialog.h"
#include "ui/inventory/StockActionDialog.h"

#include <QPointer>

class QAbstractButton;
class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace larder::ui {

class BelowParModel;
class CsvImportDialog;
class CountPanel;
class IntakeForm;
class LotsModel;
class StockModel;

// The pantry's stock, in five tabs: Intake (first: receiving at scanner speed), On hand (by item,
// or by location and lot with use-by dates; below-zero stock in the warning colour), Use first
// (lots expiring within the setting's days, and those past their date), Below par, and Counts.
// On stock rows: give out, throw away, move, return undelivered (buttons, context menu,
// Ctrl+G/D/M/R), each a small dialog; Enter or double-click on any item row opens its history.
// Every change is a StockUndoCommand on the page's one QUndoStack: Ctrl+Z undoes the last change
// (a reversal in the ledger), Ctrl+Shift+Z redoes it.
class InventoryPage : public Page {
    Q_OBJECT

public:
    enum Tab { IntakeTab, OnHandTab, UseFirstTab, BelowParTab, CountsTab };

    explicit InventoryPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();
    ~InventoryPage() override;

    void focusContent() override;

    void showTab(Tab tab);
    QUndoStack* undoStack() const override { return m_undo; }
    // Undo or redo the last change and say on the page what it was.
    void undo() override;
    void redo() override;
    // The line under the tabs: what an action or an undo just did, or why it could not.
    QString status() const;

    // On hand by item, or by location and lot.
    void showByLot(bool byLot);
    bool showingByLot() const;

    // The out actions on the current row of the tab shown.
    QAction* action(StockActionDialog::Action action) const;
    // Opens the dialog for `action` on a row (of any stock view); returns it.
    StockActionDialog* startAction(StockActionDialog::Action action, const QModelIndex& row);
    // Performs a checked request as an undoable command; returns why not, or empty.
    QString perform(const StockActionDialog::Request& request);

    void showHistory(const QString& itemId);

    // "Import items from CSV…": the catalog from a spreadsheet, through the same dialog as
    // households. createItemImportDialog() is what the action opens after asking for the file
    // (tests drive it directly); it deletes itself when closed.
    CsvImportDialog* createItemImportDialog();

private:
    QWidget* buildOnHand();
    QWidget* buildUseFirst();
    QWidget* buildBelowPar();
    QWidget* actionBar(QWidget* parent);
    QTableView* stockView(QAbstractItemModel* model, const QString& name, QWidget* parent);
    void buildActions();
    QModelIndex currentRow() const;
    void say(const QString& text, bool error);
    void updateTabTitles();
    void updateOnHandInfo();
    // Tells the stock models whether their rows are on screen (see RowTableModel).
    void updateOnScreen();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_importItems = nullptr;
    QLabel* m_status = nullptr;
    bool m_failed = false;

    IntakeForm* m_intake = nullptr;

    StockModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    LotsModel* m_lots = nullptr;
    QSortFilterProxyModel* m_lotsProxy = nullptr;
    QTableView* m_lotsView = nullptr;
    QAbstractButton* m_byItem = nullptr;
    QAbstractButton* m_byLot = nullptr;
    QLabel* m_negativeBanner = nullptr;

    LotsModel* m_useFirst = nullptr;
    QSortFilterProxyModel* m_useFirstProxy = nullptr;
    QTableView* m_useFirstView = nullptr;
    QLabel* m_useFirstLead = nullptr;
    QLabel* m_useFirstEmpty = nullptr;
    BelowParModel* m_belowPar = nullptr;
    QTableView* m_belowParView = nullptr;
    QLabel* m_belowParEmpty = nullptr;
    CountPanel* m_counts = nullptr;

    QList<QAction*> m_outActions; // in StockActionDialog::Action order
    QAction* m_historyAction = nullptr;
    QPointer<StockActionDialog> m_actionDialog;
    QPointer<ItemHistoryDialog> m_history;
};

} // namespace larder::ui
