// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace larder {
class Store;
}

namespace larder::ui {

// "New item": adds a catalog item — barcode (filled in when an unknown code was scanned), name,
// category, unit and case size, perishable with a default shelf life, dietary tags, par level.
// Enter adds it (Inventory::addItem); a refusal is shown in the dialog, which stays open with
// everything typed. Opened from intake and from "Add found item" in a count.
class NewItemDialog : public QDialog {
    Q_OBJECT

public:
    NewItemDialog(Store& store, const QString& barcode, const QString& name,
                  QWidget* parent = nullptr);

    // The new item's id, once accepted.
    QString itemId() const { return m_itemId; }

    QList<QCheckBox*> tagBoxes() const { return m_tags; }
    QString errorText() const;

    void accept() override;

private:
    Store& m_store;
    QLineEdit* m_barcode = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_caseSize = nullptr;
    QCheckBox* m_perishable = nullptr;
    QSpinBox* m_shelfLife = nullptr;
    QSpinBox* m_par = nullptr;
    QList<QCheckBox*> m_tags;
    QLabel* m_error = nullptr;
    QString m_itemId;
};

} // namespace larder::ui
