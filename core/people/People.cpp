// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/people/People.h"

#include "core/people/Households.h"
#include "core/requests/Requests.h"
#include "core/storage/Sqlite.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace larder::people {

namespace {

QVariant textOrNull(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QString joined(const QStringList& list) {
    return list.isEmpty() ? u""_s : list.join(u',');
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

People::People(Store& store)
    : m_store(store) {}

QString People::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {u"display_name"_s, QT_TR_NOOP("Name")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"roles"_s, QT_TR_NOOP("Roles")},
        {u"vehicle_capacity"_s, QT_TR_NOOP("Vehicle capacity")},
        {u"languages"_s, QT_TR_NOOP("Languages")},
        {u"start_point"_s, QT_TR_NOOP("Usual start point")},
        {u"start_coordinates"_s, QT_TR_NOOP("Start coordinates")},
        {u"start_latitude"_s, QT_TR_NOOP("Start latitude")},
        {u"start_longitude"_s, QT_TR_NOOP("Start longitude")},
        {u"usual_days"_s, QT_TR_NOOP("Usual days")},
        {u"household_id"_s, QT_TR_NOOP("Household")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"active"_s, QT_TR_NOOP("Active")},
        {u"id"_s, QT_TR_NOOP("Larder id")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QList<FieldProblem> People::validate(const Person& p) {
    QList<FieldProblem> problems;
    auto add = [&problems](const QString& field, const QString& problem, const QString& hint) {
        problems.append({field,
                         tr("%1: %2", "field label: what is wrong").arg(fieldLabel(field), problem),
                         hint});
    };
    if (p.displayName.trimmed().isEmpty())
        add(u"display_name"_s, tr("the person needs a name."),
            tr("Type the name the team calls them by; a first name or nickname is enough."));
    else if (p.displayName.size() > 120)
        add(u"display_name"_s, tr("the name is too long."), tr("Keep it under 120 characters."));
    if (const QString error = FieldParser::phoneError(p.phone); !error.isEmpty())
        add(u"phone"_s, error, {});
    for (const QString& role : p.roles) {
        if (!vocabulary::roles().contains(role)) {
            add(u"roles"_s, tr("\"%1\" is not a role.").arg(role),
                tr("Use: %1.").arg(vocabulary::roles().join(u", ")));
            break;
        }
    }
    if (p.vehicleCapacity < 0 || p.vehicleCapacity > 500)
        add(u"vehicle_capacity"_s, tr("%1 boxes is not possible.").arg(p.vehicleCapacity),
            tr("Type how many boxes the vehicle carries, from 0 to 500."));
    static const QRegularExpression code(u"^[a-z]{2,3}$"_s);
    for (const QString& language : p.languages) {
        if (!code.match(language).hasMatch()) {
            add(u"languages"_s, tr("\"%1\" is not a language code.").arg(language),
                tr("Type a language such as Spanish, or its code such as es."));
            break;
        }
    }
    if (p.start) {
        const Coordinates& c = *p.start;
        if (std::abs(c.latitude) > 90 || std::abs(c.longitude) > 180 ||
            (c.latitude == 0 && c.longitude == 0))
            add(u"start_coordinates"_s,
                tr("%1, %2 is not a place.").arg(c.latitude).arg(c.longitude),
                tr("Type latitude and longitude, such as 41.8575, -87.6607, or paste a map "
                   "link."));
    }
    if (p.startPoint.size() > 300)
        add(u"start_point"_s, tr("the start point is too long."),
            tr("Keep it under 300 characters."));
    for (const QString& day : p.usualDays) {
        if (!vocabulary::weekdays().contains(day)) {
            add(u"usual_days"_s, tr("\"%1\" is not a day.").arg(day),
                tr("Use: %1.").arg(vocabulary::weekdays().join(u", ")));
            break;
        }
    }
    if (p.notes.size() > 2000)
        add(u"notes"_s, tr("the notes are too long."), tr("Keep them under 2000 characters."));
    return problems;
}

Values People::toValues(const Person& p) {
    return {{u"display_name"_s, p.displayName.trimmed()},
            {u"phone"_s, textOrNull(p.phone)},
            {u"roles"_s, joined(p.roles)},
            {u"vehicle_capacity"_s, p.vehicleCapacity},
            {u"languages"_s, joined(p.languages)},
            {u"start_point"_s, textOrNull(p.startPoint)},
            {u"start_latitude"_s, p.start ? QVariant(p.start->latitude) : QVariant()},
            {u"start_longitude"_s, p.start ? QVariant(p.start->longitude) : QVariant()},
            {u"usual_days"_s, joined(p.usualDays)},
            {u"household_id"_s, textOrNull(p.householdId)},
            {u"notes"_s, textOrNull(p.notes)},
            {u"active"_s, p.active ? 1 : 0}};
}

const QByteArray People::Columns =
    "id, display_name, phone, roles, vehicle_capacity, languages, start_point, start_latitude, "
    "start_longitude, usual_days, household_id, notes, active, created_at";

Person People::fromRow(const Row& r) {
    Person p;
    p.id = r.text(0);
    p.displayName = r.text(1);
    p.phone = r.text(2);
    p.roles = splitList(r.text(3));
    p.vehicleCapacity = int(r.integer(4));
    p.languages = splitList(r.text(5));
    p.startPoint = r.text(6);
    if (!r.isNull(7) && !r.isNull(8))
        p.start = Coordinates{r.real(7), r.real(8)};
    p.usualDays = splitList(r.text(9));
    p.householdId = r.text(10);
    p.notes = r.text(11);
    p.active = r.integer(12) != 0;
    p.createdAt = r.text(13);
    return p;
}

Result<QString> People::add(const Person& person) {
    if (const auto problems = validate(person); !problems.isEmpty())
        return Error::invalidInput(problems.first().message, problems.first().hint)
            .inColumn(problems.first().field);
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (!person.householdId.isEmpty() &&
            m_store.record(u"households", person.householdId).isEmpty())
            w.refuse(tr("That household is not on file."), tr("Choose another household."));
        id = w.insert(u"people", toValues(person));
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> People::update(const Person& person) {
    if (const auto problems = validate(person); !problems.isEmpty())
        return Error::invalidInput(problems.first().message, problems.first().hint)
            .inColumn(problems.first().field);
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"people", person.id).isEmpty())
            w.refuse(tr("This person is no longer on file; they may have been removed on "
                        "another laptop."),
                     tr("Reload the list."));
        if (!person.householdId.isEmpty() &&
            m_store.record(u"households", person.householdId).isEmpty())
            w.refuse(tr("That household is not on file."), tr("Choose another household."));
        w.update(u"people", person.id, toValues(person));
    });
}

Result<void> People::setActive(const QString& id, bool active) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"people", id).isEmpty())
            w.refuse(tr("This person is no longer on file."));
        w.update(u"people", id, {{u"active"_s, active ? 1 : 0}});
    });
}

Result<void> People::remove(const QString& id) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"people", id).isEmpty())
            w.refuse(tr("This person is no longer on file."));
        auto forget = m_store.connection().prepare(
            "DELETE FROM sync_conflicts WHERE tbl = 'people' AND row_id = ?1");
        forget.bind(1, id).run();
        // The routes they drove stay, without them.
        QStringList drove;
        m_store.readOrWarn("SELECT id FROM run_drivers WHERE person_id = ?1", {id},
                           [&drove](const Row& row) { drove << row.text(0); });
        for (const QString& driver : std::as_const(drove))
            w.update(u"run_drivers", driver, {{u"person_id"_s, QVariant()}});
        requests::Requests::removeForPersonInside(w, id);
        w.remove(u"people", id);
    });
}

std::optional<Person> People::person(const QString& id) const {
    std::optional<Person> found;
    m_store.readOrWarn("SELECT " + Columns + " FROM people WHERE id = ?1", {id},
                       [&found](const Row& row) { found = fromRow(row); });
    return found;
}

QList<Person> People::all(bool includeInactive) const {
    QList<Person> list;
    m_store.readOrWarn("SELECT " + Columns + " FROM people" +
                           (includeInactive ? QByteArray() : " WHERE active = 1") + " ORDER BY id",
                       {}, [&list](const Row& row) { list.append(fromRow(row)); });
    // Sorted by the decoded name (the column is sensitive: not sorted in SQL).
    std::sort(list.begin(), list.end(), [](const Person& a, const Person& b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return list;
}

int People::activeCount() const {
    return m_store.connection().scalar("SELECT count(*) FROM people WHERE active = 1").toInt();
}

QList<Person> People::drivers() const {
    QList<Person> list;
    for (const Person& p : all()) {
        if (p.isDriver())
            list.append(p);
    }
    return list;
}

Result<void> People::link(const QString& personId, const QString& householdId) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"people", personId).isEmpty())
            w.refuse(tr("This person is no longer on file."));
        if (m_store.record(u"households", householdId).isEmpty())
            w.refuse(tr("That household is not on file."), tr("Choose another household."));
        w.update(u"people", personId, {{u"household_id"_s, householdId}});
    });
}

Result<void> People::unlink(const QString& personId) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"people", personId).isEmpty())
            w.refuse(tr("This person is no longer on file."));
        w.update(u"people", personId, {{u"household_id"_s, QVariant()}});
    });
}

QList<Person> People::membersOf(const QString& householdId) const {
    QList<Person> list;
    m_store.readOrWarn("SELECT " + Columns + " FROM people WHERE household_id = ?1", {householdId},
                       [&list](const Row& row) { list.append(fromRow(row)); });
    return list;
}

std::optional<Household> People::householdOf(const QString& personId) const {
    const auto p = person(personId);
    if (!p || p->householdId.isEmpty())
        return std::nullopt;
    return Households(m_store).household(p->householdId);
}

} // namespace larder::people
