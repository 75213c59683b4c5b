// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/requests/Requests.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/Vocabulary.h"
#include "core/runs/Outcomes.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::requests {

namespace {

QVariant textOrNull(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QVariant dateOrNull(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QString& text) {
    return QDate::fromString(text.left(10), Qt::ISODate);
}

const QByteArray RequestColumns =
    "r.id, r.household_id, r.person_id, r.item_id, r.quantity, r.description, r.category, "
    "r.urgency, r.notes, r.status, r.closed_reason, r.taken_by, r.stop_id, r.requested_on, "
    "r.closed_on, i.name, i.unit, (SELECT ru.run_date FROM run_stops st JOIN runs ru ON ru.id = "
    "st.run_id WHERE st.id = r.stop_id) FROM requests r LEFT JOIN items i ON i.id = r.item_id ";

const QByteArray OfferColumns =
    "o.id, o.household_id, o.person_id, o.offered_by, o.phone, o.address, o.latitude, "
    "o.longitude, o.item_id, o.quantity, o.description, o.category, o.available_from, "
    "o.available_until, o.pickup, o.boxes, o.status, o.stop_id, o.received_on, o.notes, i.name, "
    "i.unit, o.created_at FROM offers o LEFT JOIN items i ON i.id = o.item_id ";

// Names of the households and people a list mentions, read once per list.
class Names {
public:
    explicit Names(const Store& store)
        : m_store(store) {}

    QString household(const QString& id) {
        return lookup(m_households, u"households", u"chosen_name"_s, id);
    }
    QString person(const QString& id) { return lookup(m_people, u"people", u"display_name"_s, id); }
    QString who(const QString& householdId, const QString& personId, const QString& other = {}) {
        if (!householdId.isEmpty())
            return household(householdId);
        if (!personId.isEmpty())
            return person(personId);
        return other;
    }

private:
    QString lookup(QHash<QString, QString>& cache, QStringView table, const QString& column,
                   const QString& id) {
        if (id.isEmpty())
            return {};
        auto it = cache.constFind(id);
        if (it == cache.cend())
            it = cache.insert(id, m_store.record(table, id).value(column).toString());
        return it.value();
    }

    const Store& m_store;
    QHash<QString, QString> m_households, m_people;
};

Request requestFromRow(const Row& row, Names& names) {
    Request r;
    r.id = row.text(0);
    r.householdId = row.text(1);
    r.personId = row.text(2);
    r.itemId = row.text(3);
    r.quantity = row.integer(4);
    r.description = row.text(5);
    r.category = row.text(6);
    r.urgency = row.text(7);
    r.notes = row.text(8);
    r.status = row.text(9);
    r.closedReason = row.text(10);
    r.takenBy = row.text(11);
    r.stopId = row.text(12);
    r.requestedOn = dateFrom(row.text(13));
    r.closedOn = dateFrom(row.text(14));
    r.itemName = row.text(15);
    r.unit = row.text(16);
    r.carriedOn = dateFrom(row.text(17));
    r.whoName = names.who(r.householdId, r.personId);
    r.takenByName = names.person(r.takenBy);
    return r;
}

Offer offerFromRow(const Row& row, Names& names) {
    Offer o;
    o.id = row.text(0);
    o.householdId = row.text(1);
    o.personId = row.text(2);
    o.offeredBy = row.text(3);
    o.phone = row.text(4);
    o.address = row.text(5);
    if (!row.isNull(6) && !row.isNull(7)) {
        const people::Coordinates where{row.real(6), row.real(7)};
        if (people::isPlace(where))
            o.where = where;
    }
    o.itemId = row.text(8);
    o.quantity = row.integer(9);
    o.description = row.text(10);
    o.category = row.text(11);
    o.availableFrom = dateFrom(row.text(12));
    o.availableUntil = dateFrom(row.text(13));
    o.pickup = row.integer(14) != 0;
    o.boxes = int(row.integer(15));
    o.status = row.text(16);
    o.stopId = row.text(17);
    o.receivedOn = dateFrom(row.text(18));
    o.notes = row.text(19);
    o.itemName = row.text(20);
    o.unit = row.text(21);
    o.createdOn = dateFrom(row.text(22));
    o.whoName = names.who(o.householdId, o.personId, o.offeredBy);
    return o;
}

// "WHERE r.status IN (?1, ?2) " for `statuses` (bound into `bindings`), or nothing for all.
QByteArray statusFilter(const char* alias, const QStringList& statuses, QVariantList& bindings) {
    if (statuses.isEmpty())
        return {};
    QStringList marks;
    for (const QString& s : statuses) {
        bindings << s;
        marks << u"?%1"_s.arg(bindings.size());
    }
    return "WHERE " + QByteArray(alias) + ".status IN (" + marks.join(u", "_s).toUtf8() + ") ";
}

// What was asked for or offered: the item's name, the words, or both.
QString whatOf(const QString& itemName, const QString& description) {
    if (!itemName.isEmpty() && description.trimmed().isEmpty())
        return itemName;
    if (!itemName.isEmpty())
        return Requests::tr("%1 (%2)", "item (words)").arg(itemName, description.trimmed());
    return description.trimmed();
}

QString withQuantity(const QString& what, qint64 quantity, const QString& unit) {
    if (unit.isEmpty() && quantity == 1) // words: "winter coat, age 8" is one
        return what;
    if (unit.isEmpty() || unit == u"each")
        return Requests::tr("%1, %2", "what and how many").arg(what).arg(quantity);
    return Requests::tr("%1, %2 %3", "what, how many and the unit")
        .arg(what)
        .arg(quantity)
        .arg(unit);
}

int urgencyRank(const QString& urgency) {
    if (urgency == urgency::Urgent)
        return 0;
    if (urgency == urgency::Normal)
        return 1;
    return 2;
}

bool mostUrgentThenOldest(const Request& a, const Request& b) {
    const int ua = urgencyRank(a.urgency), ub = urgencyRank(b.urgency);
    if (ua != ub)
        return ua < ub;
    if (a.requestedOn != b.requestedOn)
        return a.requestedOn < b.requestedOn;
    return a.id < b.id;
}

void addProblem(QList<people::FieldProblem>& problems, const QString& field, const QString& message,
                const QString& hint) {
    problems.append({field, message, hint});
}

// What requests and offers share to be checked alike.
void validateWhat(QList<people::FieldProblem>& problems, const QString& itemId,
                  const QString& description, const QString& category, qint64 quantity,
                  const QString& notes) {
    if (itemId.isEmpty() && description.trimmed().isEmpty())
        addProblem(problems, u"description"_s, Requests::tr("Say what it is."),
                   Requests::tr("Choose an item from the catalog, or type a few words such as "
                                "\"winter coat, age 8\"."));
    if (description.size() > Requests::MaxText)
        addProblem(
            problems, u"description"_s,
            Requests::tr("%1 characters is too long for what it is.").arg(description.size()),
            Requests::tr("Keep it under %1 characters; put the rest in the notes.")
                .arg(Requests::MaxText));
    if (!inventory::vocabulary::categories().contains(category))
        addProblem(
            problems, u"category"_s,
            Requests::tr("\"%1\" is not a category.").arg(category.left(40)),
            Requests::tr("Use one of: %1.").arg(inventory::vocabulary::categories().join(u", "_s)));
    if (quantity < 1 || quantity > Requests::MostQuantity)
        addProblem(problems, u"quantity"_s, Requests::tr("%1 is not a quantity.").arg(quantity),
                   Requests::tr("Type a number from 1 to %1.").arg(Requests::MostQuantity));
    if (notes.size() > Requests::MaxNotes)
        addProblem(problems, u"notes"_s, Requests::tr("The notes are too long."),
                   Requests::tr("Keep them under %1 characters.").arg(Requests::MaxNotes));
}

void refuseProblems(Writer& w, const QList<people::FieldProblem>& problems) {
    if (problems.isEmpty())
        return;
    QStringList messages;
    for (const people::FieldProblem& p : problems)
        messages << p.message;
    w.refuse(messages.join(u' '), problems.first().hint);
}

// Checks who and which item a request or offer names.
void checkLinks(Store& store, Writer& w, const QString& householdId, const QString& personId,
                const QString& itemId) {
    if (!householdId.isEmpty() && store.record(u"households", householdId).isEmpty())
        w.refuse(Requests::tr("This household is no longer on file."),
                 Requests::tr("Reload the list and choose the household again."));
    if (!personId.isEmpty() && store.record(u"people", personId).isEmpty())
        w.refuse(Requests::tr("This person is no longer on file."),
                 Requests::tr("Reload the list and choose the person again."));
    if (!itemId.isEmpty()) {
        const Values item = store.record(u"items", itemId);
        if (item.isEmpty())
            w.refuse(Requests::tr("The item is not in the catalog."),
                     Requests::tr("Choose it from the catalog, or describe it in words."));
    }
}

Values requestRecord(Store& store, Writer& w, const QString& requestId) {
    const Values r = store.record(u"requests", requestId);
    if (r.isEmpty())
        w.refuse(Requests::tr("This request is no longer on file; it may have been removed."),
                 Requests::tr("Reload the list."));
    return r;
}

Values offerRecord(Store& store, Writer& w, const QString& offerId) {
    const Values o = store.record(u"offers", offerId);
    if (o.isEmpty())
        w.refuse(Requests::tr("This offer is no longer on file; it may have been removed."),
                 Requests::tr("Reload the list."));
    return o;
}

bool hasConfirmedMatch(const Store& store, const QString& requestId) {
    bool found = false;
    store.readOrWarn("SELECT 1 FROM matches WHERE request_id = ?1 AND status = 'confirmed' LIMIT 1",
                     {requestId}, [&found](const Row&) { found = true; });
    return found;
}

bool hasConfirmedMatchForOffer(const Store& store, const QString& offerId) {
    bool found = false;
    store.readOrWarn("SELECT 1 FROM matches WHERE offer_id = ?1 AND status = 'confirmed' LIMIT 1",
                     {offerId}, [&found](const Row&) { found = true; });
    return found;
}

// Whether a confirmed match has brought what was asked for into the pantry's hands.
bool matchReceived(const Store& store, const QString& requestId) {
    bool found = false;
    store.readOrWarn("SELECT 1 FROM matches m JOIN offers o ON o.id = m.offer_id WHERE "
                     "m.request_id = ?1 AND m.status = 'confirmed' AND o.status = 'received' "
                     "LIMIT 1",
                     {requestId}, [&found](const Row&) { found = true; });
    return found;
}

QString firstLocation(const Store& store) {
    QString id;
    store.readOrWarn("SELECT id FROM locations WHERE active = 1 ORDER BY created_at, id LIMIT 1",
                     {}, [&id](const Row& row) { id = row.text(0); });
    return id;
}

} // namespace

// ---- Words ----

const QStringList& urgency::all() {
    static const QStringList list{Urgent, Normal, Whenever};
    return list;
}

QString urgency::label(const QString& value) {
    if (value == Urgent)
        return Requests::tr("urgent");
    if (value == Whenever)
        return Requests::tr("when there is some");
    return Requests::tr("soon");
}

const QStringList& status::all() {
    static const QStringList list{Open, Promised, Packed, Delivered, Unmet};
    return list;
}

QString status::label(const QString& value) {
    if (value == Promised)
        return Requests::tr("promised");
    if (value == Packed)
        return Requests::tr("packed");
    if (value == Delivered)
        return Requests::tr("delivered");
    if (value == Unmet)
        return Requests::tr("closed unmet");
    return Requests::tr("open");
}

bool status::isClosed(const QString& value) {
    return value == Delivered || value == Unmet;
}

QString offerstatus::label(const QString& value) {
    if (value == Matched)
        return Requests::tr("matched");
    if (value == Received)
        return Requests::tr("received");
    if (value == Withdrawn)
        return Requests::tr("withdrawn");
    return Requests::tr("open");
}

QString Request::what() const {
    return whatOf(itemName, description);
}

QString Request::whatWithQuantity() const {
    return withQuantity(what(), quantity, unit);
}

QString Offer::what() const {
    return whatOf(itemName, description);
}

QString Offer::whatWithQuantity() const {
    return withQuantity(what(), quantity, unit);
}

QStringList matchWords(const QString& text) {
    static const QSet<QString> little{
        u"the"_s, u"and"_s, u"for"_s,   u"with"_s, u"from"_s, u"some"_s, u"any"_s,   u"our"_s,
        u"her"_s, u"his"_s, u"their"_s, u"one"_s,  u"two"_s,  u"pack"_s, u"packs"_s, u"pair"_s,
        u"los"_s, u"las"_s, u"del"_s,   u"para"_s, u"con"_s,  u"una"_s,  u"uno"_s};
    static const QRegularExpression split(u"[^\\p{L}\\p{N}]+"_s);
    QStringList words;
    for (QString word : text.toLower().split(split, Qt::SkipEmptyParts)) {
        const bool digits =
            std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if ((!digits && word.size() < 3) || little.contains(word))
            continue;
        if (!digits && word.size() > 4 && word.endsWith(u's')) // "diapers" meets "diaper"
            word.chop(1);
        if (!words.contains(word))
            words << word;
    }
    return words;
}

Requests::Requests(Store& store)
    : m_store(store) {}

// ---- Requests ----

QList<people::FieldProblem> Requests::validate(const Request& r) {
    QList<people::FieldProblem> problems;
    if (r.householdId.isEmpty() && r.personId.isEmpty())
        addProblem(problems, u"who"_s, tr("Say who asked: a household or a volunteer."),
                   tr("Choose the household (or the volunteer) the request is for."));
    validateWhat(problems, r.itemId, r.description, r.category, r.quantity, r.notes);
    if (!urgency::all().contains(r.urgency))
        addProblem(problems, u"urgency"_s,
                   tr("\"%1\" is not a level of urgency.").arg(r.urgency.left(20)),
                   tr("Use one of: %1.").arg(urgency::all().join(u", "_s)));
    return problems;
}

Result<QString> Requests::add(const Request& request) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path()); // what people asked for is sealed
    Request r = request;
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (!r.itemId.isEmpty()) { // the item's category, whatever was typed
            const Values item = m_store.record(u"items", r.itemId);
            if (!item.isEmpty())
                r.category = item.value(u"category"_s).toString();
        }
        refuseProblems(w, validate(r));
        checkLinks(m_store, w, r.householdId, r.personId, r.itemId);
        if (!r.takenBy.isEmpty() && m_store.record(u"people", r.takenBy).isEmpty())
            w.refuse(tr("The person taking it on is no longer on file."));
        id = w.insert(
            u"requests",
            {{u"household_id"_s, textOrNull(r.householdId)},
             {u"person_id"_s, textOrNull(r.personId)},
             {u"item_id"_s, textOrNull(r.itemId)},
             {u"quantity"_s, r.quantity},
             {u"description"_s, textOrNull(r.description)},
             {u"category"_s, r.category},
             {u"urgency"_s, r.urgency},
             {u"notes"_s, textOrNull(r.notes)},
             {u"status"_s, r.takenBy.isEmpty() ? status::Open : status::Promised},
             {u"taken_by"_s, textOrNull(r.takenBy)},
             {u"requested_on"_s,
              (r.requestedOn.isValid() ? r.requestedOn : m_store.today()).toString(Qt::ISODate)}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Requests::update(const Request& request) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path());
    return m_store.write([&](Writer& w) {
        const Values old = requestRecord(m_store, w, request.id);
        Request r = request;
        const bool fixed = old.value(u"status"_s).toString() == status::Packed ||
                           status::isClosed(old.value(u"status"_s).toString());
        if (fixed) { // what a day carries or carried stays as it was
            r.itemId = old.value(u"item_id"_s).toString();
            r.quantity = old.value(u"quantity"_s).toLongLong();
        }
        if (!r.itemId.isEmpty()) {
            const Values item = m_store.record(u"items", r.itemId);
            if (!item.isEmpty())
                r.category = item.value(u"category"_s).toString();
        }
        r.householdId = old.value(u"household_id"_s).toString();
        r.personId = old.value(u"person_id"_s).toString();
        refuseProblems(w, validate(r));
        checkLinks(m_store, w, {}, {}, r.itemId);
        if (!r.takenBy.isEmpty() && m_store.record(u"people", r.takenBy).isEmpty())
            w.refuse(tr("The person taking it on is no longer on file."));
        Values values{{u"item_id"_s, textOrNull(r.itemId)},
                      {u"quantity"_s, r.quantity},
                      {u"description"_s, textOrNull(r.description)},
                      {u"category"_s, r.category},
                      {u"urgency"_s, r.urgency},
                      {u"notes"_s, textOrNull(r.notes)},
                      {u"taken_by"_s, textOrNull(r.takenBy)}};
        if (old.value(u"status"_s).toString() == status::Open && !r.takenBy.isEmpty())
            values.insert(u"status"_s, status::Promised);
        w.update(u"requests", r.id, values);
    });
}

Result<void> Requests::takeOn(const QString& requestId, const QString& personId) {
    return m_store.write([&](Writer& w) {
        const Values r = requestRecord(m_store, w, requestId);
        const QString person = personId.isEmpty() ? m_store.actor() : personId;
        if (person.isEmpty())
            w.refuse(tr("Nobody is on shift to take this request on."),
                     tr("Choose who is on shift first (Alt+S), or name the person."));
        if (m_store.record(u"people", person).isEmpty())
            w.refuse(tr("This person is no longer on file."));
        const QString state = r.value(u"status"_s).toString();
        if (status::isClosed(state))
            w.refuse(tr("This request is closed already."));
        Values values{{u"taken_by"_s, person}};
        if (state == status::Open)
            values.insert(u"status"_s, status::Promised);
        w.update(u"requests", requestId, values);
    });
}

Result<void> Requests::closeUnmet(const QString& requestId, const QString& reason) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path());
    return m_store.write([&](Writer& w) {
        const Values r = requestRecord(m_store, w, requestId);
        const QString state = r.value(u"status"_s).toString();
        if (status::isClosed(state))
            w.refuse(tr("This request is closed already (%1).").arg(status::label(state)));
        if (reason.trimmed().isEmpty())
            w.refuse(tr("Say why the request is closed without being met."),
                     tr("For example \"found elsewhere\" or \"no longer needed\"."));
        if (reason.size() > MaxText)
            w.refuse(tr("The reason is too long."),
                     tr("Keep it under %1 characters.").arg(MaxText));
        // Stock set aside for it goes back.
        QStringList allocations;
        m_store.readOrWarn("SELECT id FROM run_allocations WHERE request_id = ?1 AND status = "
                           "'allocated'",
                           {requestId},
                           [&allocations](const Row& row) { allocations << row.text(0); });
        for (const QString& id : std::as_const(allocations))
            w.remove(u"run_allocations", id);
        w.update(u"requests", requestId,
                 {{u"status"_s, status::Unmet},
                  {u"closed_reason"_s, reason.trimmed()},
                  {u"closed_on"_s, m_store.today().toString(Qt::ISODate)},
                  {u"stop_id"_s, QVariant()}});
    });
}

Result<void> Requests::reopen(const QString& requestId) {
    return m_store.write([&](Writer& w) {
        const Values r = requestRecord(m_store, w, requestId);
        if (r.value(u"status"_s).toString() != status::Unmet)
            w.refuse(tr("Only a request closed unmet can be opened again."));
        w.update(u"requests", requestId,
                 {{u"status"_s, QVariant(status::Open)},
                  {u"closed_reason"_s, QVariant()},
                  {u"closed_on"_s, QVariant()}});
        w.update(u"requests", requestId, {{u"status"_s, restingStatus(w, requestId)}});
    });
}

Result<void> Requests::remove(const QString& requestId) {
    return m_store.write([&](Writer& w) {
        const Values r = requestRecord(m_store, w, requestId);
        const QString state = r.value(u"status"_s).toString();
        if (state == status::Packed || state == status::Delivered)
            w.refuse(tr("This request rides with a distribution day or was delivered; it stays "
                        "on file."),
                     tr("Close it unmet instead, with the reason."));
        removeRequestsInside(w, {requestId});
    });
}

std::optional<Request> Requests::request(const QString& requestId) const {
    std::optional<Request> found;
    Names names(m_store);
    m_store.readOrWarn("SELECT " + RequestColumns + "WHERE r.id = ?1", {requestId},
                       [&](const Row& row) { found = requestFromRow(row, names); });
    return found;
}

QList<Request> Requests::open() const {
    QList<Request> list = this->list({status::Open, status::Promised, status::Packed});
    std::sort(list.begin(), list.end(), mostUrgentThenOldest);
    return list;
}

QList<Request> Requests::list(const QStringList& statuses) const {
    QList<Request> list;
    Names names(m_store);
    QVariantList bindings;
    const QByteArray where = statusFilter("r", statuses, bindings);
    m_store.readOrWarn("SELECT " + RequestColumns + where +
                           "ORDER BY r.requested_on DESC, r.id DESC",
                       bindings, [&](const Row& row) { list.append(requestFromRow(row, names)); });
    return list;
}

QList<Request> Requests::forHousehold(const QString& householdId, bool includeClosed) const {
    QList<Request> list;
    Names names(m_store);
    m_store.readOrWarn("SELECT " + RequestColumns + "WHERE r.household_id = ?1" +
                           (includeClosed ? QByteArray()
                                          : QByteArray(" AND r.status NOT IN ('delivered', "
                                                       "'unmet')")) +
                           " ORDER BY r.requested_on DESC, r.id DESC",
                       {householdId},
                       [&](const Row& row) { list.append(requestFromRow(row, names)); });
    return list;
}

QList<Request> Requests::forStop(const QString& stopId) const {
    QList<Request> list;
    Names names(m_store);
    m_store.readOrWarn("SELECT " + RequestColumns + "WHERE r.stop_id = ?1 ORDER BY r.id", {stopId},
                       [&](const Row& row) { list.append(requestFromRow(row, names)); });
    return list;
}

// ---- Offers ----

QList<people::FieldProblem> Requests::validateOffer(const Offer& o) {
    QList<people::FieldProblem> problems;
    if (o.householdId.isEmpty() && o.personId.isEmpty() && o.offeredBy.trimmed().isEmpty())
        addProblem(problems, u"who"_s, tr("Say who offers it."),
                   tr("Choose the household or volunteer, or type how the team knows the "
                      "neighbour."));
    if (o.offeredBy.size() > MaxText || o.phone.size() > 40 || o.address.size() > MaxText)
        addProblem(problems, u"who"_s, tr("The name, phone or address is too long."),
                   tr("Keep each under %1 characters.").arg(MaxText));
    validateWhat(problems, o.itemId, o.description, o.category, o.quantity, o.notes);
    if (o.availableFrom.isValid() && o.availableUntil.isValid() &&
        o.availableUntil < o.availableFrom)
        addProblem(problems, u"available"_s,
                   tr("It cannot be available until before it is available from."),
                   tr("Check the two dates."));
    if (o.boxes < 0 || o.boxes > 99)
        addProblem(problems, u"boxes"_s, tr("%1 is not a number of boxes.").arg(o.boxes),
                   tr("Type how many boxes of room it takes in a car, from 0 to 99."));
    if (o.where && !people::isPlace(*o.where))
        addProblem(problems, u"where"_s, tr("Those coordinates are not a place."),
                   tr("Type latitude and longitude, such as 41.8575, -87.6607, or paste a map "
                      "link."));
    if (o.pickup && o.householdId.isEmpty() && o.address.trimmed().isEmpty() && !o.where)
        addProblem(problems, u"address"_s, tr("A pickup needs an address."),
                   tr("Type where to pick it up, or choose the household offering it."));
    return problems;
}

Result<QString> Requests::addOffer(const Offer& offer) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path());
    Offer o = offer;
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (!o.itemId.isEmpty()) {
            const Values item = m_store.record(u"items", o.itemId);
            if (!item.isEmpty())
                o.category = item.value(u"category"_s).toString();
        }
        refuseProblems(w, validateOffer(o));
        checkLinks(m_store, w, o.householdId, o.personId, o.itemId);
        if (!o.itemId.isEmpty()) { // it must be receivable, or the day's outcomes would fail
            const Values item = m_store.record(u"items", o.itemId);
            const QString name = item.value(u"name"_s).toString();
            if (item.value(u"active"_s).toInt() == 0)
                w.refuse(tr("\"%1\" is retired from the catalog.").arg(name),
                         tr("Choose an item the pantry still takes, or describe it in words."));
            if (item.value(u"perishable"_s).toInt() != 0 &&
                item.value(u"shelf_life_days"_s).toInt() <= 0)
                w.refuse(tr("\"%1\" is perishable and needs its date when it comes in.").arg(name),
                         tr("Record the offer in words, and receive the food at intake with its "
                            "date."));
            if (firstLocation(m_store).isEmpty())
                w.refuse(tr("This pantry has no location to put the offer in."),
                         tr("Add a location in Inventory first."));
            if (o.quantity > Settings(m_store).get(settings::MaxIntakeQuantity))
                w.refuse(tr("%1 is more than one intake may record.").arg(o.quantity));
        }
        id = w.insert(u"offers",
                      {{u"household_id"_s, textOrNull(o.householdId)},
                       {u"person_id"_s, textOrNull(o.personId)},
                       {u"offered_by"_s, textOrNull(o.offeredBy)},
                       {u"phone"_s, textOrNull(o.phone)},
                       {u"address"_s, textOrNull(o.address)},
                       {u"latitude"_s, o.where ? QVariant(o.where->latitude) : QVariant()},
                       {u"longitude"_s, o.where ? QVariant(o.where->longitude) : QVariant()},
                       {u"item_id"_s, textOrNull(o.itemId)},
                       {u"quantity"_s, o.quantity},
                       {u"description"_s, textOrNull(o.description)},
                       {u"category"_s, o.category},
                       {u"available_from"_s, dateOrNull(o.availableFrom)},
                       {u"available_until"_s, dateOrNull(o.availableUntil)},
                       {u"pickup"_s, o.pickup ? 1 : 0},
                       {u"boxes"_s, o.boxes},
                       {u"status"_s, offerstatus::Open},
                       {u"notes"_s, textOrNull(o.notes)}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Requests::withdrawOffer(const QString& offerId) {
    return m_store.write([&](Writer& w) {
        const Values o = offerRecord(m_store, w, offerId);
        if (o.value(u"status"_s).toString() == offerstatus::Received)
            w.refuse(tr("This offer was received already."));
        const Values stop = m_store.record(u"run_stops", o.value(u"stop_id"_s).toString());
        if (!stop.isEmpty() && stop.value(u"outcome"_s).toString().isEmpty())
            w.refuse(tr("This offer is a pickup on a distribution day."),
                     tr("Take the pickup off that day first."));
        QStringList matchIds;
        m_store.readOrWarn("SELECT id, request_id FROM matches WHERE offer_id = ?1 AND status = "
                           "'confirmed'",
                           {offerId}, [&matchIds](const Row& row) { matchIds << row.text(0); });
        for (const QString& id : std::as_const(matchIds)) {
            const QString requestId =
                m_store.record(u"matches", id).value(u"request_id"_s).toString();
            w.update(u"matches", id, {{u"status"_s, u"cancelled"_s}});
            const Values r = m_store.record(u"requests", requestId);
            if (r.value(u"status"_s).toString() == status::Promised)
                w.update(u"requests", requestId, {{u"status"_s, restingStatus(w, requestId)}});
        }
        w.update(u"offers", offerId, {{u"status"_s, offerstatus::Withdrawn}});
    });
}

Result<void> Requests::removeOffer(const QString& offerId) {
    return m_store.write([&](Writer& w) {
        const Values o = offerRecord(m_store, w, offerId);
        if (o.value(u"status"_s).toString() != offerstatus::Open ||
            !o.value(u"stop_id"_s).toString().isEmpty())
            w.refuse(tr("This offer is matched, on a day or received; it stays on file."),
                     tr("Withdraw it instead."));
        removeOffersInside(w, {offerId});
    });
}

QString Requests::receiveInside(Writer& w, const QString& offerId, const QString& locationId,
                                const QString& reference) {
    Store& store = w.store();
    const Values o = offerRecord(store, w, offerId);
    const QString state = o.value(u"status"_s).toString();
    if (state == offerstatus::Received)
        return {};
    if (state == offerstatus::Withdrawn)
        w.refuse(tr("This offer was withdrawn."));
    QString movement;
    const QString itemId = o.value(u"item_id"_s).toString();
    if (!itemId.isEmpty()) {
        inventory::Receipt receipt;
        receipt.itemId = itemId;
        receipt.locationId = locationId.isEmpty() ? firstLocation(store) : locationId;
        if (receipt.locationId.isEmpty())
            w.refuse(tr("This pantry has no location to put the offer in."),
                     tr("Add a location in Inventory first."));
        receipt.quantity = o.value(u"quantity"_s).toLongLong();
        receipt.source = u"donation"_s;
        receipt.note = u"offer"_s; // the ledger is readable while locked: no name in it
        movement = inventory::Inventory::receiveInside(w, receipt, reference).movementIds.value(0);
    }
    w.update(u"offers", offerId,
             {{u"status"_s, offerstatus::Received},
              {u"received_on"_s, store.today().toString(Qt::ISODate)}});
    return movement;
}

Result<QString> Requests::receiveOffer(const QString& offerId, const QString& locationId) {
    QString movement;
    auto ok = m_store.write([&](Writer& w) {
        const Values o = offerRecord(m_store, w, offerId);
        if (o.value(u"status"_s).toString() == offerstatus::Received)
            w.refuse(tr("This offer was received already."));
        const QString stopId = o.value(u"stop_id"_s).toString();
        if (!stopId.isEmpty()) {
            const Values stop = m_store.record(u"run_stops", stopId);
            if (!stop.isEmpty() && stop.value(u"outcome"_s).toString().isEmpty())
                w.refuse(tr("This offer is a pickup on a distribution day."),
                         tr("Record the pickup stop's outcome instead, or take it off the day."));
            // Brought in after all: that stop no longer answers for it.
            w.update(u"offers", offerId, {{u"stop_id"_s, QVariant()}});
        }
        movement = receiveInside(w, offerId, locationId, offerId);
    });
    if (!ok)
        return ok.error();
    return movement;
}

Result<void> Requests::unreceiveOffer(const QString& offerId) {
    return m_store.write([&](Writer& w) {
        const Values o = offerRecord(m_store, w, offerId);
        if (o.value(u"status"_s).toString() != offerstatus::Received)
            w.refuse(tr("This offer has not been received."));
        if (!o.value(u"stop_id"_s).toString().isEmpty())
            w.refuse(tr("This offer was picked up on a distribution day."),
                     tr("Correct the pickup stop's outcome instead."));
        inventory::Inventory::reverseReferenceInside(w, offerId, inventory::movement::Received,
                                                     tr("offer not received after all"));
        w.update(u"offers", offerId,
                 {{u"status"_s, hasConfirmedMatchForOffer(m_store, offerId) ? offerstatus::Matched
                                                                            : offerstatus::Open},
                  {u"received_on"_s, QVariant()}});
    });
}

std::optional<Offer> Requests::offer(const QString& offerId) const {
    std::optional<Offer> found;
    Names names(m_store);
    m_store.readOrWarn("SELECT " + OfferColumns + "WHERE o.id = ?1", {offerId},
                       [&](const Row& row) { found = offerFromRow(row, names); });
    return found;
}

QList<Offer> Requests::offers(const QStringList& statuses) const {
    QList<Offer> list;
    Names names(m_store);
    QVariantList bindings;
    const QByteArray where = statusFilter("o", statuses, bindings);
    m_store.readOrWarn("SELECT " + OfferColumns + where + "ORDER BY o.created_at DESC, o.id DESC",
                       bindings, [&](const Row& row) { list.append(offerFromRow(row, names)); });
    return list;
}

QList<Offer> Requests::unmatchedOffers() const {
    QList<Offer> list = offers({offerstatus::Open});
    std::reverse(list.begin(), list.end()); // oldest first
    return list;
}

// ---- Matches ----

QList<Proposal> Requests::proposals() const {
    QList<Request> requests = list({status::Open, status::Promised});
    QSet<QString> answered; // requests with a confirmed match: one query, not one per request
    m_store.readOrWarn("SELECT request_id FROM matches WHERE status = 'confirmed'", {},
                       [&answered](const Row& row) { answered.insert(row.text(0)); });
    requests.erase(
        std::remove_if(requests.begin(), requests.end(),
                       [&answered](const Request& r) { return answered.contains(r.id); }),
        requests.end());
    std::sort(requests.begin(), requests.end(), mostUrgentThenOldest);
    const QList<Offer> offers = unmatchedOffers();
    QHash<QString, QStringList> offerWords;
    for (const Offer& o : offers)
        offerWords.insert(o.id, matchWords(o.description + u' ' + o.itemName));
    const QDate today = m_store.today();
    QList<Proposal> all;
    for (const Request& r : std::as_const(requests)) {
        const QStringList asked = matchWords(r.description + u' ' + r.itemName);
        QList<Proposal> forRequest;
        for (const Offer& o : offers) {
            if (o.category != r.category)
                continue;
            if (o.availableUntil.isValid() && o.availableUntil < today)
                continue; // no longer to be had
            if (!r.householdId.isEmpty() && o.householdId == r.householdId)
                continue; // a household's own offer is not its answer
            Proposal p;
            p.request = r;
            p.offer = o;
            p.sameItem = !r.itemId.isEmpty() && r.itemId == o.itemId;
            const QStringList& offered = offerWords.value(o.id);
            for (const QString& word : asked)
                p.sharedWords += offered.contains(word) ? 1 : 0;
            if (!p.sameItem && p.sharedWords == 0)
                continue;
            p.enough = o.quantity >= r.quantity;
            p.score = (p.sameItem ? 1000 : 0) + p.sharedWords * 10 + (p.enough ? 5 : 0);
            forRequest.append(p);
        }
        std::stable_sort(forRequest.begin(), forRequest.end(),
                         [](const Proposal& a, const Proposal& b) {
                             if (a.score != b.score)
                                 return a.score > b.score;
                             return a.offer.createdOn < b.offer.createdOn; // oldest offer first
                         });
        all += forRequest;
    }
    return all;
}

Result<QString> Requests::confirm(const QString& requestId, const QString& offerId) {
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        const Values r = requestRecord(m_store, w, requestId);
        const Values o = offerRecord(m_store, w, offerId);
        const QString state = r.value(u"status"_s).toString();
        if (status::isClosed(state))
            w.refuse(tr("This request is closed already."));
        if (hasConfirmedMatch(m_store, requestId))
            w.refuse(tr("This request has a confirmed offer already."),
                     tr("Cancel that match first to choose another offer."));
        const QString offerState = o.value(u"status"_s).toString();
        if (offerState != offerstatus::Open && offerState != offerstatus::Received)
            w.refuse(tr("This offer is %1; it can no longer be matched.")
                         .arg(offerstatus::label(offerState)));
        bool taken = false;
        m_store.readOrWarn("SELECT 1 FROM matches WHERE offer_id = ?1 AND status = 'confirmed'",
                           {offerId}, [&taken](const Row&) { taken = true; });
        if (taken)
            w.refuse(tr("This offer is matched to another request already."));
        const QString household = r.value(u"household_id"_s).toString();
        if (!household.isEmpty() && household == o.value(u"household_id"_s).toString())
            w.refuse(tr("This is the household's own offer."),
                     tr("Choose an offer from someone else."));
        if (r.value(u"category"_s) != o.value(u"category"_s))
            w.refuse(
                tr("The offer is %1 and the request %2: they do not match.")
                    .arg(o.value(u"category"_s).toString(), r.value(u"category"_s).toString()));
        const QString by = m_store.actor();
        id = w.insert(u"matches", {{u"request_id"_s, requestId},
                                   {u"offer_id"_s, offerId},
                                   {u"status"_s, u"confirmed"_s},
                                   {u"confirmed_by"_s, textOrNull(by)}});
        Values values;
        if (state == status::Open)
            values.insert(u"status"_s, status::Promised);
        if (r.value(u"taken_by"_s).toString().isEmpty() && !by.isEmpty())
            values.insert(u"taken_by"_s, by);
        if (!values.isEmpty())
            w.update(u"requests", requestId, values);
        if (offerState == offerstatus::Open)
            w.update(u"offers", offerId, {{u"status"_s, offerstatus::Matched}});
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Requests::cancelMatch(const QString& matchId) {
    return m_store.write([&](Writer& w) {
        const Values m = m_store.record(u"matches", matchId);
        if (m.isEmpty() || m.value(u"status"_s).toString() != u"confirmed"_s)
            w.refuse(tr("This match is no longer confirmed."), tr("Reload the list."));
        const QString requestId = m.value(u"request_id"_s).toString();
        const QString offerId = m.value(u"offer_id"_s).toString();
        const Values r = m_store.record(u"requests", requestId);
        if (r.value(u"status"_s).toString() == status::Delivered)
            w.refuse(tr("What was offered has been delivered already."));
        w.update(u"matches", matchId, {{u"status"_s, u"cancelled"_s}});
        const Values o = m_store.record(u"offers", offerId);
        if (o.value(u"status"_s).toString() == offerstatus::Matched)
            w.update(u"offers", offerId, {{u"status"_s, offerstatus::Open}});
        Values values;
        const QString by = m.value(u"confirmed_by"_s).toString();
        if (!by.isEmpty() && r.value(u"taken_by"_s).toString() == by)
            values.insert(u"taken_by"_s, QVariant());
        if (!values.isEmpty())
            w.update(u"requests", requestId, values);
        if (r.value(u"status"_s).toString() == status::Promised)
            w.update(u"requests", requestId, {{u"status"_s, restingStatus(w, requestId)}});
        if (r.value(u"status"_s).toString() == status::Packed &&
            r.value(u"item_id"_s).toString().isEmpty()) // words only: it came with the offer
            releaseInside(w, requestId);
    });
}

QList<Match> Requests::matches(bool confirmedOnly) const {
    QList<Match> list;
    m_store.readOrWarn(QByteArray("SELECT id, request_id, offer_id, status, confirmed_by FROM "
                                  "matches ") +
                           (confirmedOnly ? "WHERE status = 'confirmed' " : "") +
                           "ORDER BY created_at, id",
                       {}, [&list](const Row& row) {
                           Match m;
                           m.id = row.text(0);
                           m.requestId = row.text(1);
                           m.offerId = row.text(2);
                           m.status = row.text(3);
                           m.confirmedBy = row.text(4);
                           list.append(m);
                       });
    for (Match& m : list) {
        m.request = request(m.requestId).value_or(Request{});
        m.offer = offer(m.offerId).value_or(Offer{});
    }
    return list;
}

// ---- Inside other writes ----

QString Requests::restingStatus(Writer& w, const QString& requestId) {
    const Values r = w.store().record(u"requests", requestId);
    if (!r.value(u"taken_by"_s).toString().isEmpty() || hasConfirmedMatch(w.store(), requestId))
        return status::Promised;
    return status::Open;
}

QList<Request> Requests::carriableInside(Writer& w, const QString& householdId,
                                         const QString& stopId, const QDate& date) {
    QList<Request> list;
    Names names(w.store());
    w.store().readOrWarn(
        "SELECT " + RequestColumns +
            "WHERE r.household_id = ?1 AND r.status IN ('open', 'promised', 'packed') AND "
            "(r.stop_id IS NULL OR r.stop_id = ?2 OR NOT EXISTS (SELECT 1 FROM run_stops st JOIN "
            "runs ru ON ru.id = st.run_id WHERE st.id = r.stop_id AND ifnull(st.outcome, '') = '' "
            "AND ru.run_date <= ?3)) ORDER BY r.requested_on, r.id",
        {householdId, stopId, date.toString(Qt::ISODate)},
        [&](const Row& row) { list.append(requestFromRow(row, names)); });
    // Words only: it rides once what was offered for it is in the pantry's hands.
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&w](const Request& r) {
                                  return r.itemId.isEmpty() && !matchReceived(w.store(), r.id);
                              }),
               list.end());
    return list;
}

void Requests::carryInside(Writer& w, const QString& requestId, const QString& stopId) {
    Store& store = w.store();
    // Stock set aside for it with another day goes back: one request, one stop.
    QStringList elsewhere;
    store.readOrWarn("SELECT id FROM run_allocations WHERE request_id = ?1 AND stop_id <> ?2 AND "
                     "status = 'allocated'",
                     {requestId, stopId},
                     [&elsewhere](const Row& row) { elsewhere << row.text(0); });
    for (const QString& id : std::as_const(elsewhere))
        w.remove(u"run_allocations", id);
    w.update(u"requests", requestId, {{u"stop_id"_s, stopId}, {u"status"_s, status::Packed}});
}

void Requests::releaseInside(Writer& w, const QString& requestId) {
    const Values r = w.store().record(u"requests", requestId);
    if (r.isEmpty() || status::isClosed(r.value(u"status"_s).toString()))
        return;
    w.update(u"requests", requestId, {{u"stop_id"_s, QVariant()}});
    w.update(u"requests", requestId, {{u"status"_s, restingStatus(w, requestId)}});
}

void Requests::outcomeInside(Writer& w, const QString& stopId, const QString& outcome,
                             bool wasDelivered) {
    Store& store = w.store();
    const bool delivered = runs::outcome::boxesDelivered(outcome);
    QStringList carried;
    store.readOrWarn("SELECT id FROM requests WHERE stop_id = ?1", {stopId},
                     [&carried](const Row& row) { carried << row.text(0); });
    // The day the boxes went out: what the report counts the days to.
    QString day;
    store.readOrWarn("SELECT r.run_date FROM run_stops s JOIN runs r ON r.id = s.run_id WHERE s.id "
                     "= ?1",
                     {stopId}, [&day](const Row& row) { day = row.text(0); });
    for (const QString& id : std::as_const(carried)) {
        const QString was = store.record(u"requests", id).value(u"status"_s).toString();
        if (delivered) {
            if (was != status::Delivered)
                w.update(
                    u"requests", id,
                    {{u"status"_s, status::Delivered},
                     {u"closed_on"_s, day.isEmpty() ? store.today().toString(Qt::ISODate) : day}});
        } else if (outcome.isEmpty()) { // cleared: back on the stop, as packed
            w.update(u"requests", id,
                     {{u"status"_s, status::Packed}, {u"closed_on"_s, QVariant()}});
        } else if (was != status::Unmet) {
            // Not home, wrong address, declined: waiting for the next day. It stays tied to
            // this stop (a stop with an outcome carries nothing), so a correction finds it.
            w.update(u"requests", id, {{u"closed_on"_s, QVariant()}});
            w.update(u"requests", id, {{u"status"_s, restingStatus(w, id)}});
        }
    }
    // A pickup stop: what was collected is received; a correction takes it back out.
    QStringList pickups;
    store.readOrWarn("SELECT id FROM offers WHERE stop_id = ?1", {stopId},
                     [&pickups](const Row& row) { pickups << row.text(0); });
    for (const QString& offerId : std::as_const(pickups)) {
        if (delivered && !wasDelivered) {
            receiveInside(w, offerId, {}, stopId);
        } else if (!delivered && wasDelivered &&
                   store.record(u"offers", offerId).value(u"status"_s).toString() ==
                       offerstatus::Received) {
            inventory::Inventory::reverseReferenceInside(w, stopId, inventory::movement::Received,
                                                         tr("pickup outcome corrected"));
            const QString back = hasConfirmedMatchForOffer(store, offerId) ? offerstatus::Matched
                                                                           : offerstatus::Open;
            w.update(u"offers", offerId, {{u"status"_s, back}, {u"received_on"_s, QVariant()}});
        }
    }
}

void Requests::stopRemovedInside(Writer& w, const QString& stopId) {
    Store& store = w.store();
    QStringList carried, pickups;
    store.readOrWarn("SELECT id FROM requests WHERE stop_id = ?1", {stopId},
                     [&carried](const Row& row) { carried << row.text(0); });
    for (const QString& id : std::as_const(carried))
        releaseInside(w, id);
    store.readOrWarn("SELECT id FROM offers WHERE stop_id = ?1", {stopId},
                     [&pickups](const Row& row) { pickups << row.text(0); });
    for (const QString& id : std::as_const(pickups))
        w.update(u"offers", id, {{u"stop_id"_s, QVariant()}});
}

void Requests::removeRequestsInside(Writer& w, const QStringList& requestIds) {
    Store& store = w.store();
    for (const QString& id : requestIds) {
        // Stock set aside for it stays with its stop (the day's counts), no longer saying for
        // whom; an offer matched to it waits for another request.
        QStringList allocations, matchIds;
        store.readOrWarn("SELECT id FROM run_allocations WHERE request_id = ?1", {id},
                         [&allocations](const Row& row) { allocations << row.text(0); });
        for (const QString& allocation : std::as_const(allocations))
            w.update(u"run_allocations", allocation, {{u"request_id"_s, QVariant()}});
        store.readOrWarn("SELECT id FROM matches WHERE request_id = ?1", {id},
                         [&matchIds](const Row& row) { matchIds << row.text(0); });
        for (const QString& matchId : std::as_const(matchIds)) {
            const Values m = store.record(u"matches", matchId);
            const QString offerId = m.value(u"offer_id"_s).toString();
            w.remove(u"matches", matchId);
            if (store.record(u"offers", offerId).value(u"status"_s).toString() ==
                    offerstatus::Matched &&
                !hasConfirmedMatchForOffer(store, offerId))
                w.update(u"offers", offerId, {{u"status"_s, offerstatus::Open}});
        }
        w.remove(u"requests", id);
    }
}

void Requests::removeOffersInside(Writer& w, const QStringList& offerIds) {
    Store& store = w.store();
    for (const QString& id : offerIds) {
        // Its pickup stops stay (the day's counts), no longer saying from whom; a request
        // matched to it goes back to waiting.
        QStringList stops, matchIds;
        store.readOrWarn("SELECT id FROM run_stops WHERE offer_id = ?1", {id},
                         [&stops](const Row& row) { stops << row.text(0); });
        for (const QString& stop : std::as_const(stops))
            w.update(u"run_stops", stop,
                     {{u"offer_id"_s, QVariant()}, {u"outcome_note"_s, QVariant()}});
        store.readOrWarn("SELECT id FROM matches WHERE offer_id = ?1", {id},
                         [&matchIds](const Row& row) { matchIds << row.text(0); });
        for (const QString& matchId : std::as_const(matchIds)) {
            const QString requestId =
                store.record(u"matches", matchId).value(u"request_id"_s).toString();
            w.remove(u"matches", matchId);
            const Values r = store.record(u"requests", requestId);
            if (r.value(u"status"_s).toString() == status::Promised)
                w.update(u"requests", requestId, {{u"status"_s, restingStatus(w, requestId)}});
        }
        w.remove(u"offers", id);
    }
}

void Requests::removeForInside(Writer& w, const QString& column, const QString& id) {
    Store& store = w.store();
    QStringList requestIds, offerIds;
    const QByteArray by = column.toUtf8();
    store.readOrWarn("SELECT id FROM requests WHERE " + by + " = ?1", {id},
                     [&requestIds](const Row& row) { requestIds << row.text(0); });
    store.readOrWarn("SELECT id FROM offers WHERE " + by + " = ?1", {id},
                     [&offerIds](const Row& row) { offerIds << row.text(0); });
    removeRequestsInside(w, requestIds);
    removeOffersInside(w, offerIds);
}

void Requests::removeForHouseholdInside(Writer& w, const QString& householdId) {
    removeForInside(w, u"household_id"_s, householdId);
}

void Requests::removeForPersonInside(Writer& w, const QString& personId) {
    removeForInside(w, u"person_id"_s, personId);
    // Who took a request on or confirmed a match is forgotten with them.
    Store& store = w.store();
    QStringList taken, confirmed;
    store.readOrWarn("SELECT id FROM requests WHERE taken_by = ?1", {personId},
                     [&taken](const Row& row) { taken << row.text(0); });
    for (const QString& id : std::as_const(taken))
        w.update(u"requests", id, {{u"taken_by"_s, QVariant()}});
    store.readOrWarn("SELECT id FROM matches WHERE confirmed_by = ?1", {personId},
                     [&confirmed](const Row& row) { confirmed << row.text(0); });
    for (const QString& id : std::as_const(confirmed))
        w.update(u"matches", id, {{u"confirmed_by"_s, QVariant()}});
}

Requests::PickupPlace Requests::pickupPlace(const Store& store, const QString& offerId) {
    PickupPlace place;
    Names names(store);
    std::optional<Offer> found;
    store.readOrWarn("SELECT " + OfferColumns + "WHERE o.id = ?1", {offerId},
                     [&](const Row& row) { found = offerFromRow(row, names); });
    if (!found)
        return place;
    const Offer& o = *found;
    place.what = o.whatWithQuantity();
    place.name = o.whoName;
    if (!o.address.trimmed().isEmpty() || o.where) {
        place.address = o.address.trimmed();
        place.where = o.where;
    } else if (!o.householdId.isEmpty()) {
        const Values h = store.record(u"households", o.householdId);
        const QString street = h.value(u"street"_s).toString().trimmed();
        const QString unit = h.value(u"unit"_s).toString().trimmed();
        place.address = street.isEmpty() ? h.value(u"meeting_point"_s).toString().trimmed()
                                         : (unit.isEmpty() ? street : street + u", "_s + unit);
        if (!h.value(u"latitude"_s).isNull() && !h.value(u"longitude"_s).isNull()) {
            const people::Coordinates where{h.value(u"latitude"_s).toDouble(),
                                            h.value(u"longitude"_s).toDouble()};
            if (people::isPlace(where))
                place.where = where;
        }
    }
    return place;
}

} // namespace larder::requests
