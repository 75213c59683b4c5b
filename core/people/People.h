// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/FieldParser.h"
#include "core/storage/Result.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder::people {

struct FieldProblem;
struct Household;

// A volunteer or driver. Anyone may also belong to a household that receives deliveries
// (householdId): everyone can give and receive.
struct Person {
    QString id;
    QString displayName;     // required; what the team calls them
    QString phone;           // optional
    QStringList roles;       // vocabulary::roles()
    int vehicleCapacity = 0; // boxes; 0 without a vehicle
    QStringList languages;   // ISO 639 codes
    QString startPoint;      // where a driver usually starts ("Home, near 18th and Loomis")
    std::optional<Coordinates> start;
    QStringList usualDays; // vocabulary::weekdays() keys
    QString householdId;   // empty: not a member of a household on file
    QString notes;
    bool active = true;
    QString createdAt;

    bool isDriver() const { return roles.contains(QStringLiteral("driver")); }
};

// The pantry's volunteers and drivers, and their link to a household. Same rules as
// Households: one Store::write() per change, refused whole with a message naming the field.
class People {
    Q_DECLARE_TR_FUNCTIONS(larder::people::People)

public:
    explicit People(Store& store);

    static QString fieldLabel(const QString& field);
    static QList<FieldProblem> validate(const Person& person);

    Result<QString> add(const Person& person);
    Result<void> update(const Person& person);
    Result<void> setActive(const QString& id, bool active);
    Result<void> remove(const QString& id);

    std::optional<Person> person(const QString& id) const;
    QList<Person> all(bool includeInactive = false) const;
    QList<Person> drivers() const; // active people with the driver role
    int activeCount() const;       // people not marked inactive

    // Both directions of the household link.
    Result<void> link(const QString& personId, const QString& householdId);
    Result<void> unlink(const QString& personId);
    QList<Person> membersOf(const QString& householdId) const;
    std::optional<Household> householdOf(const QString& personId) const;

    // For imports that run inside a caller's write.
    static Values toValues(const Person& person);
    static const QByteArray Columns;
    static Person fromRow(const Row& row);

private:
    Store& m_store;
};

} // namespace larder::people
