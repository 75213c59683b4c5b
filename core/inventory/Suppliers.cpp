// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/Suppliers.h"

#include "core/people/Households.h"
#include "core/storage/Store.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace larder::inventory {

namespace {

constexpr int MaxName = 120;
constexpr int MaxContact = 120;
constexpr int MaxAddress = 300;
constexpr int MaxNotes = 2000;

const QByteArray SupplierColumns =
    "id, name, kind, contact_name, phone, pickup_days, address, "
    "latitude, longitude, notes, active, usual_boxes FROM suppliers ";

Supplier supplierFromRow(const Row& row) {
    Supplier s;
    s.id = row.text(0);
    s.name = row.text(1);
    s.kind = row.text(2);
    s.contactName = row.text(3);
    s.phone = row.text(4);
    s.pickupDays = row.text(5).split(u',', Qt::SkipEmptyParts);
    s.address = row.text(6);
    if (!row.isNull(7) && !row.isNull(8))
        s.where = people::Coordinates{row.real(7), row.real(8)};
    s.notes = row.text(9);
    s.active = row.integer(10) != 0;
    s.usualBoxes = int(row.integer(11));
    return s;
}

QVariant textOrNull(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

} // namespace

const QStringList& Suppliers::kinds() {
    static const QStringList list{u"donor"_s,      u"grocery"_s, u"bakery"_s,    u"farm"_s,
                                  u"restaurant"_s, u"church"_s,  u"food_bank"_s, u"other"_s};
    return list;
}

QString Suppliers::fieldLabel(const QString& field) {
    static const QHash<QString, const char*> labels{
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"contact_name"_s, QT_TR_NOOP("Contact")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"pickup_days"_s, QT_TR_NOOP("Pickup days")},
        {u"address"_s, QT_TR_NOOP("Address")},
        {u"where"_s, QT_TR_NOOP("Coordinates")},
        {u"notes"_s, QT_TR_NOOP("Notes for the driver")},
        {u"usual_boxes"_s, QT_TR_NOOP("Usual load")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QList<people::FieldProblem> Suppliers::validate(const Supplier& s) {
    QList<people::FieldProblem> problems;
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
    if (s.name.trimmed().isEmpty())
        add(u"name"_s, tr("the supplier needs a name."),
            tr("Type the name drivers and volunteers know it by, such as \"Mercado El Sol\"."));
    tooLong(u"name"_s, s.name, MaxName);
    if (!kinds().contains(s.kind))
        add(u"kind"_s, tr("\"%1\" is not a kind of supplier.").arg(s.kind.left(40)),
            tr("Choose one of: %1.").arg(kinds().join(u", "_s)));
    tooLong(u"contact_name"_s, s.contactName, MaxContact);
    if (const QString error = people::FieldParser::phoneError(s.phone); !error.isEmpty())
        add(u"phone"_s, error, {});
    for (const QString& day : s.pickupDays) {
        if (!people::vocabulary::weekdays().contains(day)) {
            add(u"pickup_days"_s, tr("\"%1\" is not a day of the week.").arg(day.left(20)),
                tr("Type days such as \"Tue, Sat\"."));
            break;
        }
    }
    tooLong(u"address"_s, s.address, MaxAddress);
    if (s.where) {
        const people::Coordinates& c = *s.where;
        if (!people::isPlace(c))
            add(u"where"_s, tr("%1, %2 is not a place.").arg(c.latitude).arg(c.longitude),
                tr("Type latitude and longitude, such as 41.8575, -87.6607, or paste a map "
                   "link."));
    }
    tooLong(u"notes"_s, s.notes, MaxNotes);
    if (s.usualBoxes < 0 || s.usualBoxes > MostBoxes)
        add(u"usual_boxes"_s, tr("%1 is not a number of boxes.").arg(s.usualBoxes),
            tr("Type a number from 0 to %1.").arg(MostBoxes));
    return problems;
}

QVariantMap Suppliers::toValues(const Supplier& s) {
    QStringList days;
    for (const QString& day : people::vocabulary::weekdays()) { // in the week's order, once
        if (s.pickupDays.contains(day))
            days.append(day);
    }
    return {{u"name"_s, s.name.trimmed()},
            {u"kind"_s, s.kind},
            {u"contact_name"_s, textOrNull(s.contactName)},
            {u"phone"_s, textOrNull(s.phone)},
            {u"pickup_days"_s, days.join(u',')},
            {u"address"_s, textOrNull(s.address)},
            {u"latitude"_s, s.where ? QVariant(s.where->latitude) : QVariant()},
            {u"longitude"_s, s.where ? QVariant(s.where->longitude) : QVariant()},
            {u"notes"_s, textOrNull(s.notes)},
            {u"active"_s, s.active ? 1 : 0},
            {u"usual_boxes"_s, s.usualBoxes}};
}

QList<Supplier> Suppliers::list(bool includeRetired) const {
    QList<Supplier> suppliers;
    m_store.readOrWarn(
        "SELECT " + SupplierColumns + (includeRetired ? QByteArray() : "WHERE active = 1 ") +
            "ORDER BY active DESC, name COLLATE NOCASE",
        {}, [&suppliers](const Row& row) { suppliers.append(supplierFromRow(row)); });
    return suppliers;
}

std::optional<Supplier> Suppliers::supplier(const QString& id) const {
    std::optional<Supplier> found;
    m_store.readOrWarn("SELECT " + SupplierColumns + "WHERE id = ?1", {id},
                       [&found](const Row& row) { found = supplierFromRow(row); });
    return found;
}

std::optional<Supplier> Suppliers::find(const QString& idOrName) const {
    if (auto byId = supplier(idOrName.trimmed()))
        return byId;
    for (const Supplier& s : list(true)) { // active first
        if (s.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Result<void> Suppliers::refuseProblems(const Supplier& supplier) const {
    const QList<people::FieldProblem> problems = validate(supplier);
    if (!problems.isEmpty())
        return Error::invalidInput(problems.first().message, problems.first().hint);
    if (!supplier.active)
        return {};
    for (const Supplier& other : list()) {
        if (other.id != supplier.id &&
            other.name.compare(supplier.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error::invalidInput(
                tr("There is already a supplier called \"%1\".").arg(other.name),
                tr("Choose another name, or change that supplier instead."));
    }
    return {};
}

Result<QString> Suppliers::add(const Supplier& supplier) {
    if (!m_store.detailsReadable())
        return Error::locked(); // the contact and the address are sealed
    if (auto ok = refuseProblems(supplier); !ok)
        return ok.error();
    QString id;
    auto ok = m_store.write([&](Writer& w) { id = w.insert(u"suppliers", toValues(supplier)); });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Suppliers::update(const Supplier& supplier) {
    if (!m_store.detailsReadable())
        return Error::locked();
    if (auto ok = refuseProblems(supplier); !ok)
        return ok;
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"suppliers", supplier.id).isEmpty())
            w.refuse(tr("This supplier is no longer on file."), tr("Reload the list."));
        w.update(u"suppliers", supplier.id, toValues(supplier));
    });
}

Result<void> Suppliers::setActive(const QString& id, bool active) {
    const auto current = supplier(id);
    if (!current)
        return Error::invalidInput(tr("This supplier is no longer on file."),
                                   tr("Reload the list."));
    Supplier changed = *current;
    changed.active = active;
    if (active) {
        if (auto ok = refuseProblems(changed); !ok)
            return ok; // a supplier of the same name came back meanwhile
    }
    return m_store.write([&](Writer& w) {
        w.update(u"suppliers", id, {{u"active"_s, active ? 1 : 0}});
    });
}

} // namespace larder::inventory
