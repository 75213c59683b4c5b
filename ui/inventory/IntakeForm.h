// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Inventory.h"
#include "ui/inventory/NewItemDialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QCompleter;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace larder {
class Store;
}

namespace larder::ui {

class LastEntriesModel;

// Intake at scanner speed: one line of fields — Item, Quantity, Use by, Location, Source (and
// Supplier) — driven by Enter. A USB scanner types a barcode and Enter into Item; a known code or
// name moves on to Quantity, an unknown code opens "New item" with the code filled in. The
// quantity is typed once ("14", "3 cases"), the date quickly ("fri", "3w", "12/5", "2027-01";
// proposed from the item's shelf life), and Enter on the date saves through Inventory::receive as
// a StockUndoCommand on the page's undo stack (Ctrl+Z undoes the last entry). Location and source
// stay as chosen for the session. A problem is shown in red under the field at fault and nothing is
// saved; a date already past is saved only after "receive anyway?". Below the line, the entries
// of this session stay on screen.
class IntakeForm : public QWidget {
    Q_OBJECT

public:
    enum class Field { Item, Quantity, Expiry, Location, Source, Supplier };

    IntakeForm(Store& store, QUndoStack& undoStack, QWidget* parent = nullptr);

    // The message shown under a field: an error in red, or a hint; empty when none.
    QString message(Field field) const;
    bool hasError(Field field) const;
    // The line under the fields: what was just saved, or what core refused.
    QString status() const;
    QTableView* lastEntriesView() const { return m_entriesView; }
    QString currentItemId() const { return m_itemData ? m_itemData->id : QString(); }

    // Ready for the next scan: Item focused and empty.
    void focusItem();
    // Shows `text` on the line under the fields (green, or red for a refusal).
    void showStatus(const QString& text, bool error);
    // Opens "New item" (Alt+N), with the barcode or name typed so far.
    void openNewItem(const QString& barcode = {}, const QString& name = {});

Q_SIGNALS:
    void historyRequested(const QString& itemId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Message {
        QLabel* label = nullptr;
        int row = 2; // in the line's grid: 2 under the fields, 3 under the supplier
        int column = 0;
        bool error = false;
    };
    QWidget* buildLine();
    void reloadItems();
    void reloadLocations();
    void reloadSuppliers();
    void setMessage(Field field, const QString& text, bool error);
    void clearMessage(Field field);

    void onItemEntered();
    void onQuantityEntered();
    void onExpiryEntered();
    void chooseItem(const inventory::Item& item);
    void clearItem();
    void updateQuantityHint();
    void updateExpiryHint();
    void updateSupplierVisibility();
    // Units in one "case" as typed: the case size, or 1 for an item counted in cases.
    static int caseMultiplier(const inventory::Item& item);
    // Checks every field and saves; `allowPast` after "receive anyway?".
    void submit(bool allowPast = false);
    void askPastExpiry(const QDate& date);
    void resetLine();

    Store& m_store;
    QUndoStack& m_undo;
    QLineEdit* m_item = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLineEdit* m_expiry = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_supplier = nullptr;
    QPushButton* m_receive = nullptr;
    QGridLayout* m_grid = nullptr;
    int m_sourceColumn = 0;
    QHash<Field, Message> m_messages;
    QLabel* m_status = nullptr;
    bool m_statusError = false;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_itemNames = nullptr;
    std::optional<inventory::Item> m_itemData;
    LastEntriesModel* m_entries = nullptr;
    QTableView* m_entriesView = nullptr;
    QPointer<NewItemDialog> m_newItemDialog;
    QPointer<QMessageBox> m_pastQuestion;
};

} // namespace larder::ui
