// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/FieldParser.h"
#include "core/storage/Result.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace larder::people {

class HouseholdIndex;
struct Person;

// A household Larder delivers to: the least that a delivery needs. There is deliberately no
// field for a legal name or ID, immigration status, income, date of birth or photos; a chosen
// name or alias is enough. Sensitive columns (see storage/Schema.cpp) hold the name, the
// address, the coordinates, the phone and every free-text field.
struct Household {
    QString id;
    QString chosenName; // required; the name or alias they chose
    // Where: a street address, or a meeting point for someone without a fixed address.
    QString street;
    QString unit;
    QString city;
    QString postalCode;
    QString meetingPoint;
    std::optional<Coordinates> coordinates;
    int adults = 1;
    int children = 0;
    int seniors = 0;
    QStringList dietaryTags; // inventory::vocabulary::dietaryTags()
    QStringList allergies;   // free text, one allergy per entry
    QStringList languages;   // ISO 639 codes, most used first
    QString deliveryNotes;   // "side door", "call on arrival"
    QString accessNeeds;     // "no stairs", "carry to the 3rd floor"
    QString phone;           // optional
    bool mayCall = false;    // consent, given by the household
    bool mayText = false;
    bool mayLeaveAtDoor = false;
    QString schedule = QStringLiteral("weekly"); // vocabulary::schedules()
    int preferredWeekday = 0;                    // 1 Monday .. 7 Sunday; 0 none
    QTime windowStart;                           // both or neither
    QTime windowEnd;
    QString status = QStringLiteral("active"); // vocabulary::statuses()
    QDate statusSince;                         // set to today when the status changes
    QString createdAt;                         // ISO 8601 UTC, set by the write API

    int size() const { return adults + children + seniors; }
    bool hasStreetAddress() const { return !street.trimmed().isEmpty(); }
};

// One problem with one field, for a form that validates as you type and for import reports.
struct FieldProblem {
    QString field;   // the column key, e.g. "phone"
    QString message; // names the field and says what is wrong
    QString hint;    // what to type instead
};

// A household that looks like one already on file.
struct DuplicateMatch {
    enum class Reason { SameAddress, SamePhone };
    QString id;
    QString chosenName;
    Reason reason = Reason::SameAddress;
    // A sentence for the person entering the household: who it looks like, and why.
    QString description() const;
};

struct MergeReport {
    QString keptId;
    QString removedId;
    QStringList filled;    // fields of the kept record filled from the other one
    QStringList differing; // fields where both had a value and the kept record's stayed
    int relinked = 0;      // references (people.household_id, ...) moved to the kept record
    // What unmerge() needs to take the merge back: both records as they were, and the records
    // whose household_id moved, as (table, row id).
    std::optional<Household> keptBefore;
    std::optional<Household> removedBefore;
    QList<std::pair<QString, QString>> moved;
};

// The pantry's households: validation, entry, changes, duplicates, merges. Every change is one
// Store::write(); bad input is refused whole with a message that names the field. Reads decode
// the sensitive columns; nothing here searches them with SQL (they will be encrypted at rest):
// searching is HouseholdIndex's job.
class Households {
    Q_DECLARE_TR_FUNCTIONS(larder::people::Households)

public:
    explicit Households(Store& store);

    QDate today() const;

    // The translated label of a field key ("chosen_name" -> "Chosen name").
    static QString fieldLabel(const QString& field);
    // Every problem with `household`, in the order of the form; empty when it can be saved.
    static QList<FieldProblem> validate(const Household& household);

    // Adds a household (status since today unless given). Does not refuse look-alikes: ask
    // duplicates() first and let the person decide.
    Result<QString> add(const Household& household);
    // Saves every field of `household`. A change of status moves status_since to today unless
    // the caller set another date.
    Result<void> update(const Household& household);
    Result<void> setStatus(const QString& id, const QString& status, const QDate& since = {});
    // Deletes a household: its people stay and are unlinked; its values leave the operation log
    // and the conflict list, and the delete travels through sync as a tombstone.
    Result<void> remove(const QString& id);

    std::optional<Household> household(const QString& id) const;
    QList<Household> all() const;
    int count() const;
    int activeCount() const; // households whose status is active

    // Households that look like `household` (same normalized address and unit, or same phone),
    // leaving out `household.id` itself. Uses `index` when given, else reads every household.
    QList<DuplicateMatch> duplicates(const Household& household,
                                     const HouseholdIndex* index = nullptr) const;
    // Merges `otherId` into `keepId`: empty fields of the kept record are filled from the other,
    // tags, languages, allergies and notes are combined, the earlier creation date is kept,
    // references to the other (people.household_id and any other household_id column) move to
    // the kept record, and the other is deleted through the write API. One write.
    Result<MergeReport> merge(const QString& keepId, const QString& otherId);
    // Takes a merge back (undo), in one write: the kept record gets its values from before the
    // merge, the removed one is added again with its old values — under a new id, since a
    // deleted id never comes back — and the references the merge moved and that still point at
    // the kept record move to it. Returns the new id of the re-created household.
    Result<QString> unmerge(const MergeReport& merge);

    // The people (volunteers, drivers) who belong to a household: aid is mutual.
    QList<Person> members(const QString& householdId) const;

    // For imports and merges that run inside a caller's write.
    static Values toValues(const Household& household);
    // The columns fromRow() reads, in its order: "SELECT " + Columns + " FROM households".
    static const QByteArray Columns;
    static Household fromRow(const Row& row);
    // Deletes inside a write: unlinks people, scrubs conflicts, tombstones the record.
    static int removeInside(Writer& writer, const QString& id);

private:
    Store& m_store;
};

} // namespace larder::people
