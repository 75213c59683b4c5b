// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/Households.h"

#include "core/identity/Clock.h"
#include "core/inventory/Vocabulary.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Normalize.h"
#include "core/people/People.h"
#include "core/requests/Requests.h"
#include "core/storage/Erasure.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace larder::people {

namespace {

QVariant textOrNull(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QString timeText(const QTime& time) {
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

// A list as stored: never NULL (the column is NOT NULL DEFAULT '').
QString joined(const QStringList& list, QStringView separator) {
    return list.isEmpty() ? u""_s : list.join(separator);
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

bool isLanguageCode(const QString& code) {
    static const QRegularExpression pattern(u"^[a-z]{2,3}$"_s);
    return pattern.match(code).hasMatch();
}

} // namespace

QString DuplicateMatch::description() const {
    return reason == Reason::SamePhone
               ? Households::tr("\"%1\" is already on file with the same phone number.")
                     .arg(chosenName)
               : Households::tr("\"%1\" is already on file at the same address and unit.")
                     .arg(chosenName);
}

Households::Households(Store& store)
    : m_store(store) {}

QDate Households::today() const {
    return m_store.today();
}

QString Households::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {u"chosen_name"_s, QT_TR_NOOP("Chosen name")},
        {u"street"_s, QT_TR_NOOP("Street address")},
        {u"unit"_s, QT_TR_NOOP("Unit")},
        {u"city"_s, QT_TR_NOOP("City")},
        {u"postal_code"_s, QT_TR_NOOP("Postal code")},
        {u"meeting_point"_s, QT_TR_NOOP("Meeting point")},
        {u"coordinates"_s, QT_TR_NOOP("Coordinates")},
        {u"latitude"_s, QT_TR_NOOP("Latitude")},
        {u"longitude"_s, QT_TR_NOOP("Longitude")},
        {u"adults"_s, QT_TR_NOOP("Adults")},
        {u"children"_s, QT_TR_NOOP("Children")},
        {u"seniors"_s, QT_TR_NOOP("Seniors")},
        {u"size"_s, QT_TR_NOOP("Household size")},
        {u"dietary_tags"_s, QT_TR_NOOP("Dietary needs")},
        {u"allergies"_s, QT_TR_NOOP("Allergies")},
        {u"languages"_s, QT_TR_NOOP("Languages")},
        {u"delivery_notes"_s, QT_TR_NOOP("Delivery notes")},
        {u"access_needs"_s, QT_TR_NOOP("Access needs")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"may_call"_s, QT_TR_NOOP("May call")},
        {u"may_text"_s, QT_TR_NOOP("May text")},
        {u"may_leave_at_door"_s, QT_TR_NOOP("May leave at the door")},
        {u"schedule"_s, QT_TR_NOOP("Schedule")},
        {u"preferred_weekday"_s, QT_TR_NOOP("Preferred day")},
        {u"window"_s, QT_TR_NOOP("Time window")},
        {u"window_start"_s, QT_TR_NOOP("Window from")},
        {u"window_end"_s, QT_TR_NOOP("Window until")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"status_since"_s, QT_TR_NOOP("Status since")},
        {u"id"_s, QT_TR_NOOP("Larder id")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QList<FieldProblem> Households::validate(const Household& h) {
    QList<FieldProblem> problems;
    auto add = [&problems](const QString& field, const QString& problem, const QString& hint) {
        problems.append({field,
                         tr("%1: %2", "field label: what is wrong").arg(fieldLabel(field), problem),
                         hint});
    };
    auto tooLong = [&add](const QString& field, const QString& text, int maximum) {
        if (text.size() > maximum)
            add(field, tr("%n characters is too long.", "", int(text.size())),
                tr("Keep it under %1 characters.").arg(maximum));
    };

    if (h.chosenName.trimmed().isEmpty())
        add(u"chosen_name"_s, tr("the household needs a name."),
            tr("Type the name or alias they want to be called by; it never needs to be a legal "
               "name."));
    tooLong(u"chosen_name"_s, h.chosenName, 120);
    if (h.street.trimmed().isEmpty() && h.meetingPoint.trimmed().isEmpty())
        add(u"street"_s, tr("there is no address and no meeting point."),
            tr("Type a street address, or a meeting point (such as \"library steps\") for "
               "someone without a fixed address."));
    if (!h.unit.trimmed().isEmpty() && h.street.trimmed().isEmpty())
        add(u"unit"_s, tr("a unit needs its street address."),
            tr("Type the street address too, or clear the unit."));
    tooLong(u"street"_s, h.street, 200);
    tooLong(u"unit"_s, h.unit, 40);
    tooLong(u"city"_s, h.city, 100);
    tooLong(u"meeting_point"_s, h.meetingPoint, 300);
    static const QRegularExpression postal(u"^[A-Za-z0-9][A-Za-z0-9 \\-]{1,11}$"_s);
    if (!h.postalCode.trimmed().isEmpty() && !postal.match(h.postalCode.trimmed()).hasMatch())
        add(u"postal_code"_s, tr("\"%1\" is not a postal code.").arg(h.postalCode.trimmed()),
            tr("Type letters and digits only, such as 60608 or SW1A 1AA."));
    if (h.coordinates) {
        const Coordinates& c = *h.coordinates;
        if (!isPlace(c))
            add(u"coordinates"_s, tr("%1, %2 is not a place.").arg(c.latitude).arg(c.longitude),
                tr("Type latitude and longitude, such as 41.8575, -87.6607, or paste a map "
                   "link."));
    }
    const auto checkCount = [&add](const QString& field, int n) {
        if (n < 0 || n > 30)
            add(field, tr("%1 is not a number of people.").arg(n),
                tr("Type a number from 0 to 30."));
    };
    checkCount(u"adults"_s, h.adults);
    checkCount(u"children"_s, h.children);
    checkCount(u"seniors"_s, h.seniors);
    if (h.adults >= 0 && h.children >= 0 && h.seniors >= 0 && h.size() == 0)
        add(u"size"_s, tr("nobody lives in this household."),
            tr("Type how many adults, children and seniors it has (at least one person)."));
    for (const QString& tag : h.dietaryTags) {
        if (!inventory::vocabulary::dietaryTags().contains(tag)) {
            add(u"dietary_tags"_s, tr("\"%1\" is not a dietary tag.").arg(tag),
                tr("Use: %1.").arg(inventory::vocabulary::dietaryTags().join(u", ")));
            break;
        }
    }
    tooLong(u"allergies"_s, h.allergies.join(u", "), 500);
    for (const QString& code : h.languages) {
        if (!isLanguageCode(code)) {
            add(u"languages"_s, tr("\"%1\" is not a language code.").arg(code),
                tr("Type a language such as Spanish, or its code such as es."));
            break;
        }
    }
    tooLong(u"delivery_notes"_s, h.deliveryNotes, 2000);
    tooLong(u"access_needs"_s, h.accessNeeds, 2000);
    if (const QString error = FieldParser::phoneError(h.phone); !error.isEmpty())
        add(u"phone"_s, error, {});
    if (h.phone.trimmed().isEmpty() && (h.mayCall || h.mayText))
        add(h.mayCall ? u"may_call"_s : u"may_text"_s, tr("there is no phone number to use."),
            tr("Type the phone number, or clear the consent to call or text."));
    if (!vocabulary::schedules().contains(h.schedule))
        add(u"schedule"_s, tr("\"%1\" is not a schedule.").arg(h.schedule),
            tr("Choose weekly, every two weeks or monthly."));
    if (h.preferredWeekday < 0 || h.preferredWeekday > 7)
        add(u"preferred_weekday"_s, tr("%1 is not a day of the week.").arg(h.preferredWeekday),
            tr("Choose a day from Monday to Sunday, or none."));
    if (h.windowStart.isValid() != h.windowEnd.isValid())
        add(u"window"_s, tr("the window needs both a start and an end."),
            tr("Type a window such as 9-12, or clear it."));
    else if (h.windowStart.isValid() && h.windowStart >= h.windowEnd)
        add(u"window"_s, tr("the window ends before it starts."),
            tr("Type a window such as 9-12 or 14:00-16:30."));
    if (!vocabulary::statuses().contains(h.status))
        add(u"status"_s, tr("\"%1\" is not a status.").arg(h.status),
            tr("Choose active, paused or closed."));
    return problems;
}

Values Households::toValues(const Household& h) {
    return {
        {u"chosen_name"_s, h.chosenName.trimmed()},
        {u"street"_s, textOrNull(h.street)},
        {u"unit"_s, textOrNull(h.unit)},
        {u"city"_s, textOrNull(h.city)},
        {u"postal_code"_s, textOrNull(h.postalCode.toUpper())},
        {u"meeting_point"_s, textOrNull(h.meetingPoint)},
        {u"latitude"_s, h.coordinates ? QVariant(h.coordinates->latitude) : QVariant()},
        {u"longitude"_s, h.coordinates ? QVariant(h.coordinates->longitude) : QVariant()},
        {u"adults"_s, h.adults},
        {u"children"_s, h.children},
        {u"seniors"_s, h.seniors},
        {u"dietary_tags"_s, joined(h.dietaryTags, u",")},
        {u"allergies"_s, textOrNull(h.allergies.join(u", "))},
        {u"languages"_s, joined(h.languages, u",")},
        {u"delivery_notes"_s, textOrNull(h.deliveryNotes)},
        {u"access_needs"_s, textOrNull(h.accessNeeds)},
        {u"phone"_s, textOrNull(h.phone)},
        {u"may_call"_s, h.mayCall ? 1 : 0},
        {u"may_text"_s, h.mayText ? 1 : 0},
        {u"may_leave_at_door"_s, h.mayLeaveAtDoor ? 1 : 0},
        {u"schedule"_s, h.schedule},
        {u"preferred_weekday"_s,
         h.preferredWeekday > 0 ? QVariant(h.preferredWeekday) : QVariant()},
        {u"window_start"_s, textOrNull(timeText(h.windowStart))},
        {u"window_end"_s, textOrNull(timeText(h.windowEnd))},
        {u"status"_s, h.status},
        {u"status_since"_s,
         h.statusSince.isValid() ? QVariant(h.statusSince.toString(Qt::ISODate)) : QVariant()},
    };
}

const QByteArray Households::Columns =
    "id, chosen_name, street, unit, city, postal_code, meeting_point, latitude, longitude, "
    "adults, children, seniors, dietary_tags, allergies, languages, delivery_notes, access_needs, "
    "phone, may_call, may_text, may_leave_at_door, schedule, preferred_weekday, window_start, "
    "window_end, status, status_since, created_at";

Household Households::fromRow(const Row& r) {
    Household h;
    h.id = r.text(0);
    h.chosenName = r.text(1);
    h.street = r.text(2);
    h.unit = r.text(3);
    h.city = r.text(4);
    h.postalCode = r.text(5);
    h.meetingPoint = r.text(6);
    if (!r.isNull(7) && !r.isNull(8))
        h.coordinates = Coordinates{r.real(7), r.real(8)};
    h.adults = int(r.integer(9));
    h.children = int(r.integer(10));
    h.seniors = int(r.integer(11));
    h.dietaryTags = splitList(r.text(12));
    h.allergies = splitList(r.text(13));
    h.languages = splitList(r.text(14));
    h.deliveryNotes = r.text(15);
    h.accessNeeds = r.text(16);
    h.phone = r.text(17);
    h.mayCall = r.integer(18) != 0;
    h.mayText = r.integer(19) != 0;
    h.mayLeaveAtDoor = r.integer(20) != 0;
    h.schedule = r.text(21);
    h.preferredWeekday = int(r.integer(22));
    h.windowStart = QTime::fromString(r.text(23), u"HH:mm"_s);
    h.windowEnd = QTime::fromString(r.text(24), u"HH:mm"_s);
    h.status = r.text(25);
    h.statusSince = QDate::fromString(r.text(26).left(10), Qt::ISODate);
    h.createdAt = r.text(27);
    return h;
}

Result<QString> Households::add(const Household& household) {
    if (const auto problems = validate(household); !problems.isEmpty())
        return Error::invalidInput(problems.first().message, problems.first().hint)
            .inColumn(problems.first().field);
    Household h = household;
    if (!h.statusSince.isValid())
        h.statusSince = today();
    QString id;
    auto ok = m_store.write([&](Writer& w) { id = w.insert(u"households", toValues(h)); });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Households::update(const Household& household) {
    if (const auto problems = validate(household); !problems.isEmpty())
        return Error::invalidInput(problems.first().message, problems.first().hint)
            .inColumn(problems.first().field);
    return m_store.write([&](Writer& w) {
        const auto current = this->household(household.id);
        if (!current)
            w.refuse(tr("This household is no longer on file; it may have been deleted on "
                        "another laptop."),
                     tr("Reload the list."));
        Household h = household;
        if (h.status != current->status &&
            (!h.statusSince.isValid() || h.statusSince == current->statusSince))
            h.statusSince = today();
        w.update(u"households", h.id, toValues(h));
    });
}

Result<void> Households::setStatus(const QString& id, const QString& status, const QDate& since) {
    auto current = household(id);
    if (!current) {
        return Error::invalidInput(tr("This household is no longer on file."));
    }
    current->status = status;
    current->statusSince = since;
    return update(*current);
}

int Households::removeInside(Writer& writer, const QString& id) {
    Store& store = writer.store();
    // People stay: they may volunteer without receiving.
    QStringList members;
    store.readOrWarn("SELECT id FROM people WHERE household_id = ?1", {id},
                     [&members](const Row& row) { members << row.text(0); });
    for (const QString& person : std::as_const(members))
        writer.update(u"people", person, {{u"household_id"_s, QVariant()}});
    // Its stops on past and planned distribution days stay (the days' counts), without the
    // household and without the notes written about it, here and in the operation log.
    QStringList stops;
    store.readOrWarn("SELECT id FROM run_stops WHERE household_id = ?1", {id},
                     [&stops](const Row& row) { stops << row.text(0); });
    for (const QString& stop : std::as_const(stops)) {
        writer.update(u"run_stops", stop,
                      {{u"household_id"_s, QVariant()}, {u"outcome_note"_s, QVariant()}});
    }
    // What it asked for and offered goes with it (core/requests/Requests.h).
    requests::Requests::removeForHouseholdInside(writer, id);
    // Concurrent edits kept for review hold the record's old values: they go too.
    auto forget = store.connection().prepare(
        "DELETE FROM sync_conflicts WHERE tbl = 'households' AND row_id = ?1");
    forget.bind(1, id).run();
    writer.remove(u"households", id);
    // The notes leave the operation log too, as on every laptop this purge reaches.
    erasure::scrubDependents(store.connection(), u"households"_s, id, store.lastHlc());
    return int(members.size());
}

Result<void> Households::remove(const QString& id) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"households", id).isEmpty())
            w.refuse(tr("This household is no longer on file."));
        removeInside(w, id);
    });
}

std::optional<Household> Households::household(const QString& id) const {
    std::optional<Household> found;
    m_store.readOrWarn("SELECT " + Columns + " FROM households WHERE id = ?1", {id},
                       [&found](const Row& row) { found = fromRow(row); });
    return found;
}

QList<Household> Households::all() const {
    QList<Household> list;
    m_store.readOrWarn("SELECT " + Columns + " FROM households ORDER BY id", {},
                       [&list](const Row& row) { list.append(fromRow(row)); });
    return list;
}

int Households::count() const {
    return m_store.connection().scalar("SELECT count(*) FROM households").toInt();
}

int Households::activeCount() const {
    return m_store.connection()
        .scalar("SELECT count(*) FROM households WHERE status = 'active'")
        .toInt();
}

QList<DuplicateMatch> Households::duplicates(const Household& household,
                                             const HouseholdIndex* index) const {
    if (index)
        return index->duplicatesOf(household);
    QList<DuplicateMatch> matches;
    const QString address = normalize::addressKey(household.street, household.unit);
    const QString phone = normalize::phoneKey(household.phone);
    if (address.isEmpty() && phone.isEmpty())
        return matches;
    for (const Household& other : all()) {
        if (other.id == household.id)
            continue;
        if (!phone.isEmpty() && normalize::phoneKey(other.phone) == phone)
            matches.append({other.id, other.chosenName, DuplicateMatch::Reason::SamePhone});
        else if (!address.isEmpty() && normalize::addressKey(other.street, other.unit) == address)
            matches.append({other.id, other.chosenName, DuplicateMatch::Reason::SameAddress});
    }
    return matches;
}

Result<MergeReport> Households::merge(const QString& keepId, const QString& otherId) {
    MergeReport report;
    report.keptId = keepId;
    report.removedId = otherId;
    auto ok = m_store.write([&](Writer& w) {
        if (keepId == otherId)
            w.refuse(tr("A household cannot be merged with itself."));
        const auto keep = household(keepId);
        const auto other = household(otherId);
        if (!keep || !other)
            w.refuse(tr("One of the two households is no longer on file."), tr("Reload the list."));
        report.keptBefore = keep;
        report.removedBefore = other;
        Household merged = *keep;
        auto fillText = [&report](const char16_t* field, QString& mine, const QString& theirs) {
            if (theirs.trimmed().isEmpty())
                return;
            if (mine.trimmed().isEmpty()) {
                mine = theirs;
                report.filled << QString::fromUtf16(field);
            } else if (normalize::fold(mine) != normalize::fold(theirs)) {
                report.differing << QString::fromUtf16(field);
            }
        };
        auto combineText = [&report](const char16_t* field, QString& mine, const QString& theirs) {
            if (theirs.trimmed().isEmpty() || mine.contains(theirs.trimmed()))
                return;
            mine = mine.trimmed().isEmpty() ? theirs : mine.trimmed() + u'\n' + theirs.trimmed();
            report.filled << QString::fromUtf16(field);
        };
        auto combineList = [&report](const char16_t* field, QStringList& mine,
                                     const QStringList& theirs) {
            bool added = false;
            for (const QString& item : theirs) {
                if (!mine.contains(item, Qt::CaseInsensitive)) {
                    mine << item;
                    added = true;
                }
            }
            if (added)
                report.filled << QString::fromUtf16(field);
        };
        fillText(u"chosen_name", merged.chosenName, other->chosenName);
        if (merged.street.trimmed().isEmpty() && !other->street.trimmed().isEmpty()) {
            merged.street = other->street;
            merged.unit = other->unit;
            report.filled << u"street"_s;
        } else {
            fillText(u"street", merged.street, other->street);
            if (!merged.street.isEmpty() &&
                normalize::streetKey(merged.street) == normalize::streetKey(other->street))
                fillText(u"unit", merged.unit, other->unit);
        }
        fillText(u"city", merged.city, other->city);
        fillText(u"postal_code", merged.postalCode, other->postalCode);
        fillText(u"meeting_point", merged.meetingPoint, other->meetingPoint);
        if (!merged.coordinates && other->coordinates) {
            merged.coordinates = other->coordinates;
            report.filled << u"coordinates"_s;
        }
        combineList(u"dietary_tags", merged.dietaryTags, other->dietaryTags);
        combineList(u"allergies", merged.allergies, other->allergies);
        combineList(u"languages", merged.languages, other->languages);
        combineText(u"delivery_notes", merged.deliveryNotes, other->deliveryNotes);
        combineText(u"access_needs", merged.accessNeeds, other->accessNeeds);
        if (merged.phone.trimmed().isEmpty() && !other->phone.trimmed().isEmpty()) {
            // The consent goes with the number it was given for.
            merged.phone = other->phone;
            merged.mayCall = other->mayCall;
            merged.mayText = other->mayText;
            report.filled << u"phone"_s;
        } else if (!other->phone.trimmed().isEmpty() &&
                   normalize::phoneKey(merged.phone) != normalize::phoneKey(other->phone)) {
            report.differing << u"phone"_s;
        }
        if (merged.preferredWeekday == 0 && other->preferredWeekday > 0) {
            merged.preferredWeekday = other->preferredWeekday;
            report.filled << u"preferred_weekday"_s;
        }
        if (!merged.windowStart.isValid() && other->windowStart.isValid()) {
            merged.windowStart = other->windowStart;
            merged.windowEnd = other->windowEnd;
            report.filled << u"window"_s;
        }
        if (merged.status != other->status)
            report.differing << u"status"_s;
        Values values = toValues(merged);
        if (!other->createdAt.isEmpty() && other->createdAt < merged.createdAt)
            values.insert(u"created_at"_s, other->createdAt); // the longer history
        w.update(u"households", keepId, values);

        // Every reference to the other household moves to the kept one.
        for (const TableDef& table : schema::tables()) {
            if (table.kind != TableKind::Record || !table.column(u"household_id"))
                continue;
            QStringList rows;
            m_store.readOrWarn("SELECT id FROM " + table.name.toUtf8() + " WHERE household_id = ?1",
                               {otherId}, [&rows](const Row& row) { rows << row.text(0); });
            for (const QString& row : std::as_const(rows)) {
                w.update(table.name, row, {{u"household_id"_s, keepId}});
                report.moved.append({table.name, row});
            }
            report.relinked += int(rows.size());
        }
        removeInside(w, otherId);
    });
    if (!ok)
        return ok.error();
    return report;
}

Result<QString> Households::unmerge(const MergeReport& merge) {
    if (!merge.keptBefore || !merge.removedBefore)
        return Error::invalidInput(tr("This merge cannot be taken back: Larder did not keep the "
                                      "two households as they were."))
            .inColumn(u"id"_s);
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (!household(merge.keptId))
            w.refuse(tr("The merged household is no longer on file, so the merge cannot be taken "
                        "back."),
                     tr("Reload the list."));
        Values kept = toValues(*merge.keptBefore);
        kept.insert(u"created_at"_s, merge.keptBefore->createdAt);
        w.update(u"households", merge.keptId, kept);
        Values removed = toValues(*merge.removedBefore);
        if (!merge.removedBefore->createdAt.isEmpty())
            removed.insert(u"created_at"_s, merge.removedBefore->createdAt);
        id = w.insert(u"households", removed);
        for (const auto& [table, row] : merge.moved) {
            const Values current = m_store.record(table, row);
            if (current.value(u"household_id"_s).toString() == merge.keptId)
                w.update(table, row, {{u"household_id"_s, id}});
        }
    });
    if (!ok)
        return ok.error();
    return id;
}

QList<Person> Households::members(const QString& householdId) const {
    return People(m_store).membersOf(householdId);
}

} // namespace larder::people
