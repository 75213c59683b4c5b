// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requests/Requests.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace larder {
class Store;
}

namespace larder::ui {

// Entering a request ("what does the household need?") or an offer ("what can they give?") by
// keyboard alone: who, by type-ahead over households and volunteers (or, for an offer, any
// neighbour's name); what, by type-ahead over the catalog or in words with a category; how many;
// then how urgent (a request) or whether it needs picking up, where and until when (an offer).
// Enter saves; what is wrong is said under the fields and nothing is written until it is right.
// The dialog only collects: the caller saves through an undo command.
class AidEntryDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Request, Offer };
    AidEntryDialog(Store& store, Kind kind, QWidget* parent = nullptr);

    // Fixes who asks or offers (the household form's own household).
    void setHousehold(const QString& householdId, const QString& name);

    requests::Request request() const { return m_request; }
    requests::Offer offer() const { return m_offer; }

    void accept() override;

private:
    // Reads the fields into m_request / m_offer; an empty string when they are right.
    QString readFields();
    void whatChanged(const QString& text);

    Store& m_store;
    Kind m_kind;
    QHash<QString, QString> m_households; // name, case folded -> id
    QHash<QString, QString> m_people;
    QHash<QString, QString> m_items; // name, case folded -> id
    QHash<QString, QString> m_itemCategories;
    QString m_fixedHousehold;
    QLineEdit* m_who = nullptr;
    QLineEdit* m_what = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_quantity = nullptr;
    QComboBox* m_urgency = nullptr;
    QCheckBox* m_pickup = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QSpinBox* m_boxes = nullptr;
    QLineEdit* m_until = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_problem = nullptr;
    requests::Request m_request;
    requests::Offer m_offer;
};

} // namespace larder::ui
