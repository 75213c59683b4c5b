// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/Suppliers.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace larder {
class Store;
}

namespace larder::ui {

// Where the pantry's food comes from: each supplier's name, kind, pickup days, address and
// coordinates (for the routes of a collection day), contact and notes for the driver. A supplier
// on the left, its details on the right. What is typed is checked as it is typed; every valid
// change is saved when its field is left (Suppliers::update), an invalid one is shown in red and
// not saved until fixed. A new supplier is saved once it has a name. Retiring keeps it for the
// history; Restore brings it back.
class SuppliersDialog : public QDialog {
    Q_OBJECT

public:
    explicit SuppliersDialog(Store& store, QWidget* parent = nullptr);
    ~SuppliersDialog() override;

    bool changed() const { return m_changed; }
    QString messageText() const;
    // Starts a new supplier: an empty form, saved once it has a name.
    void startNew();
    // Selects the supplier with this id.
    void selectSupplier(const QString& supplierId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadList(const QString& selectId);
    void showSupplier(int row);
    // The supplier as the form shows it, and what is wrong with it (empty when it can be saved).
    inventory::Supplier edited(QString* problem) const;
    void validateAndSave();
    void toggleRetired();
    void showMessage(const QString& text, bool problem);

    Store& m_store;
    QList<inventory::Supplier> m_suppliers;
    inventory::Supplier m_current; // id empty: a new one, not saved yet
    bool m_loading = false;
    bool m_changed = false;
    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_retire = nullptr;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QList<QCheckBox*> m_days; // Monday first
    QLineEdit* m_address = nullptr;
    QLineEdit* m_where = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QSpinBox* m_boxes = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace larder::ui
