// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/FieldParser.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace larder {
class Store;
}
namespace larder::people {
struct FieldProblem;
}

namespace larder::inventory {

// A place food comes from: a bakery's day-old bread, a grocer's dock, a church's food drive, a
// neighbour's garden. Drivers collect from suppliers on a supplier pickup run (core/runs), so a
// supplier has an address and coordinates for the routes and a contact for the manifest. A
// supplier can be a private person, so the contact, phone, address, coordinates and notes are
// personal (sealed at rest, like a household's).
struct Supplier {
    QString id;
    QString name;                             // required, unique among active suppliers
    QString kind = QStringLiteral("donor");   // supplierKinds()
    QString contactName;                      // who to ask for
    QString phone;                            // optional
    QStringList pickupDays;                   // people::vocabulary::weekdays() keys, "tue"
    QString address;                          // printed on the manifest
    std::optional<people::Coordinates> where; // for the routes
    QString notes;                            // "back door after 7 pm; bring the crates back"
    int usualBoxes = 0;                       // boxes a pickup usually fills (vehicle room)
    bool active = true;
};

// Adds, changes, retires and lists the pantry's suppliers. Every change is checked first
// (validate) and saved in one write, or refused whole with what to fix.
class Suppliers {
    Q_DECLARE_TR_FUNCTIONS(larder::inventory::Suppliers)

public:
    explicit Suppliers(Store& store)
        : m_store(store) {}

    // donor, grocery, bakery, farm, restaurant, church, food_bank, other
    static const QStringList& kinds();
    // The most boxes one pickup may fill.
    static constexpr int MostBoxes = 500;
    // What is wrong with the supplier as typed, field by field ("name", "kind", "phone",
    // "pickup_days", "address", "where", "contact_name", "notes", "usual_boxes"); empty when it
    // can be saved.
    static QList<people::FieldProblem> validate(const Supplier& supplier);
    static QString fieldLabel(const QString& field);

    // Active suppliers only unless includeRetired, by name.
    QList<Supplier> list(bool includeRetired = false) const;
    std::optional<Supplier> supplier(const QString& id) const;
    // By id, or by name (case-insensitive; active first).
    std::optional<Supplier> find(const QString& idOrName) const;

    Result<QString> add(const Supplier& supplier);
    Result<void> update(const Supplier& supplier); // by supplier.id, every field
    Result<void> setActive(const QString& id, bool active);

private:
    Result<void> refuseProblems(const Supplier& supplier) const;
    static QVariantMap toValues(const Supplier& supplier);

    Store& m_store;
};

} // namespace larder::inventory
