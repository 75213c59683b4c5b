// SPDX-License-Identifier: GPL-3.0-or-later
// requests (add, list, close), offers (add, list, receive, pickup), matches (list, confirm): aid
// that runs both ways (core/requests/Requests.h).

#include "app/cli/Commands.h"
#include "app/cli/RunSupport.h"
#include "app/cli/StockSupport.h"
#include "core/inventory/Vocabulary.h"
#include "core/people/People.h"
#include "core/requests/Requests.h"
#include "core/runs/Runs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace larder::cli {

using namespace larder::requests;

namespace {

struct RequestTr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::RequestCommands)
};

// A date for JSON as every command writes it (CliSupport's dateJson): null when there is none.
QJsonValue dateOrNull(const QDate& date) {
    return dateJson(date.isValid() ? std::optional(date) : std::nullopt);
}

QJsonObject requestJson(const Request& r) {
    return {{u"id"_s, r.id},
            {u"who"_s, r.whoName},
            {u"household_id"_s, textOrNull(r.householdId)},
            {u"person_id"_s, textOrNull(r.personId)},
            {u"what"_s, r.what()},
            {u"item_id"_s, textOrNull(r.itemId)},
            {u"item"_s, textOrNull(r.itemName)},
            {u"description"_s, textOrNull(r.description)},
            {u"quantity"_s, r.quantity},
            {u"unit"_s, textOrNull(r.unit)},
            {u"category"_s, r.category},
            {u"urgency"_s, r.urgency},
            {u"notes"_s, textOrNull(r.notes)},
            {u"status"_s, r.status},
            {u"closed_reason"_s, textOrNull(r.closedReason)},
            {u"taken_by"_s, textOrNull(r.takenByName)},
            {u"stop_id"_s, textOrNull(r.stopId)},
            {u"carried_on"_s, dateOrNull(r.carriedOn)},
            {u"requested_on"_s, dateOrNull(r.requestedOn)},
            {u"closed_on"_s, dateOrNull(r.closedOn)}};
}

QJsonObject offerJson(const Offer& o) {
    QJsonObject object{{u"id"_s, o.id},
                       {u"from"_s, o.whoName},
                       {u"household_id"_s, textOrNull(o.householdId)},
                       {u"person_id"_s, textOrNull(o.personId)},
                       {u"what"_s, o.what()},
                       {u"item_id"_s, textOrNull(o.itemId)},
                       {u"item"_s, textOrNull(o.itemName)},
                       {u"description"_s, textOrNull(o.description)},
                       {u"quantity"_s, o.quantity},
                       {u"unit"_s, textOrNull(o.unit)},
                       {u"category"_s, o.category},
                       {u"available_from"_s, dateOrNull(o.availableFrom)},
                       {u"available_until"_s, dateOrNull(o.availableUntil)},
                       {u"pickup"_s, o.pickup},
                       {u"boxes"_s, o.boxes},
                       {u"phone"_s, textOrNull(o.phone)},
                       {u"address"_s, textOrNull(o.address)},
                       {u"notes"_s, textOrNull(o.notes)},
                       {u"status"_s, o.status},
                       {u"stop_id"_s, textOrNull(o.stopId)},
                       {u"received_on"_s, dateOrNull(o.receivedOn)}};
    object.insert(u"latitude"_s, o.where ? QJsonValue(o.where->latitude) : QJsonValue());
    object.insert(u"longitude"_s, o.where ? QJsonValue(o.where->longitude) : QJsonValue());
    return object;
}

// One of `names` (id -> name) that `text` names: the id, a unique id prefix of six characters or
// more, the name whatever its case, or the one name holding every word typed.
QString findNamed(const QList<std::pair<QString, QString>>& names, const QString& option,
                  const QString& text, const QString& what) {
    const QString typed = text.trimmed();
    QStringList prefixed, exact, containing;
    const QStringList words = typed.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    for (const auto& [id, name] : names) {
        if (id == typed)
            return id;
        if (typed.size() >= 6 && id.startsWith(typed))
            prefixed << id;
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            exact << id;
        const QString folded = name.toCaseFolded();
        if (!words.isEmpty() &&
            std::all_of(words.cbegin(), words.cend(),
                        [&folded](const QString& w) { return folded.contains(w); }))
            containing << id;
    }
    for (const QStringList* found : {&prefixed, &exact, &containing}) {
        if (found->size() == 1)
            return found->first();
        if (found->size() > 1)
            refuseFlag(
                option,
                RequestTr::tr("%1 %2 match \"%3\".").arg(found->size()).arg(what, typed.left(80)),
                RequestTr::tr("Type more of the name, or the id."));
    }
    refuseFlag(option, RequestTr::tr("no %1 matches \"%2\".").arg(what, typed.left(80)),
               RequestTr::tr("List them with larder-cli households list or people."));
}

QString findHousehold(Store& store, const QString& option, const QString& text) {
    QList<std::pair<QString, QString>> names;
    for (const people::Household& h : people::Households(store).all())
        names.append({h.id, h.chosenName});
    return findNamed(names, option, text, RequestTr::tr("household"));
}

QString findPerson(Store& store, const QString& option, const QString& text) {
    QList<std::pair<QString, QString>> names;
    for (const people::Person& p : people::People(store).all(true))
        names.append({p.id, p.displayName});
    return findNamed(names, option, text, RequestTr::tr("person"));
}

// The last characters of an id, as the tables show them, found among `ids`.
QString bySuffix(const QStringList& ids, const QString& option, const QString& text,
                 const QString& what) {
    const QString typed = text.trimmed();
    QStringList found;
    for (const QString& id : ids) {
        if (id == typed)
            return id;
        if (typed.size() >= 6 && (id.endsWith(typed) || id.startsWith(typed)))
            found << id;
    }
    if (found.size() == 1)
        return found.first();
    refuseFlag(option,
               found.isEmpty() ? RequestTr::tr("no %1 has the id \"%2\".").arg(what, typed.left(80))
                               : RequestTr::tr("%1 %2s have ids like \"%3\".")
                                     .arg(found.size())
                                     .arg(what, typed.left(80)),
               RequestTr::tr("Copy the id from the list."));
}

QString findRequest(const Requests& requests, const QString& option, const QString& text) {
    QStringList ids;
    for (const Request& r : requests.list())
        ids << r.id;
    return bySuffix(ids, option, text, RequestTr::tr("request"));
}

QString findOffer(const Requests& requests, const QString& option, const QString& text) {
    QStringList ids;
    for (const Offer& o : requests.offers())
        ids << o.id;
    return bySuffix(ids, option, text, RequestTr::tr("offer"));
}

// --item or --what with --category, --quantity: what is asked for or offered.
void readWhat(const Context& context, Pantry& pantry, QString& itemId, QString& description,
              QString& category, qint64& quantity) {
    if (!context.isSet(u"item"_s) && !context.isSet(u"what"_s))
        throw UsageProblem{RequestTr::tr("say what it is: --item NAME (from the catalog) or --what "
                                         "TEXT with --category C")};
    if (context.isSet(u"item"_s))
        itemId = findItem(pantry.inv(), u"--item"_s, context.value(u"item"_s)).id;
    if (context.isSet(u"what"_s))
        description = context.value(u"what"_s);
    if (context.isSet(u"category"_s))
        category = context.value(u"category"_s).trimmed().toLower();
    quantity = context.integer(u"quantity"_s, 1, 1, Requests::MostQuantity);
}

// The first problem of a validation, as a refusal naming its flag.
void refuseProblems(const QList<people::FieldProblem>& problems) {
    static const QHash<QString, QString> flagOf{
        {u"description"_s, u"what"_s},  {u"category"_s, u"category"_s},
        {u"quantity"_s, u"quantity"_s}, {u"urgency"_s, u"urgency"_s},
        {u"notes"_s, u"notes"_s},       {u"who"_s, u"household"_s},
        {u"address"_s, u"address"_s},   {u"where"_s, u"where"_s},
        {u"boxes"_s, u"boxes"_s},       {u"available"_s, u"until"_s}};
    if (!problems.isEmpty())
        refuseFlag(flagOf.value(problems.first().field, problems.first().field),
                   problems.first().message, problems.first().hint);
}

QDate dateFlag(const Context& context, const QString& option) {
    if (!context.isSet(option) || context.value(option).trimmed().isEmpty())
        return {};
    const QDate date = QDate::fromString(context.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid())
        refuseFlag(option,
                   RequestTr::tr("\"%1\" is not a date.").arg(context.value(option).left(40)),
                   RequestTr::tr("Type it as YYYY-MM-DD."));
    return date;
}

QCommandLineOption option(const char* name, const QString& help, const char* value = nullptr) {
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

QList<QCommandLineOption> whatOptions() {
    return {option("item", RequestTr::tr("a catalog item (name, barcode or id)"), "X"),
            option("what", RequestTr::tr("what it is, in words (\"winter coat, age 8\")"), "TEXT"),
            option("category", inventory::vocabulary::categories().join(u", "_s), "C"),
            option("quantity",
                   RequestTr::tr("how many (1 to %1; default 1)").arg(Requests::MostQuantity), "Q"),
            option("notes", RequestTr::tr("anything else the team should know"), "T")};
}

// ---- requests ----

int runRequestsAdd(Context& context) {
    Pantry pantry = openPantry(context);
    Store& store = *pantry.store;
    exclusive(context, u"household"_s, u"person"_s);
    if (!context.isSet(u"household"_s) && !context.isSet(u"person"_s))
        throw UsageProblem{RequestTr::tr("say who asks: --household NAME or --person NAME")};
    Request r;
    if (context.isSet(u"household"_s))
        r.householdId = findHousehold(store, u"household"_s, context.value(u"household"_s));
    else
        r.personId = findPerson(store, u"person"_s, context.value(u"person"_s));
    readWhat(context, pantry, r.itemId, r.description, r.category, r.quantity);
    if (context.isSet(u"urgency"_s))
        r.urgency = context.value(u"urgency"_s).trimmed().toLower();
    r.notes = context.value(u"notes"_s);
    if (context.isSet(u"taken-by"_s))
        r.takenBy = findPerson(store, u"taken-by"_s, context.value(u"taken-by"_s));
    refuseProblems(Requests::validate(r));
    Requests requests(store);
    const QString id = checked(requests.add(r));
    const Request saved = *requests.request(id);
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"request"_s, requestJson(saved)}});
        return Success;
    }
    context.out << RequestTr::tr("Added the request of %1: %2 (%3), id %4.")
                       .arg(saved.whoName, saved.whatWithQuantity(), urgency::label(saved.urgency),
                            id)
                << '\n';
    if (!saved.itemId.isEmpty())
        context.err << RequestTr::tr("Note: it rides with the household's next distribution day "
                                     "once its packages are allocated and enough is in stock.")
                    << '\n';
    return Success;
}

int runRequestsList(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    QList<Request> list;
    if (context.isSet(u"all"_s))
        list = requests.list();
    else
        list = requests.open();
    if (context.isSet(u"household"_s)) {
        const QString id = findHousehold(*store, u"household"_s, context.value(u"household"_s));
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&id](const Request& r) { return r.householdId != id; }),
                   list.end());
    }
    if (context.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Request& r : std::as_const(list))
            array.append(requestJson(r));
        printJson(context, {{u"requests"_s, array}});
        return Success;
    }
    if (list.isEmpty()) {
        context.out << RequestTr::tr("No open requests.") << '\n';
        return Success;
    }
    const QDate today = store->today();
    Table table({RequestTr::tr("Id"), RequestTr::tr("Who"), RequestTr::tr("What"),
                 RequestTr::tr("Category"), RequestTr::tr("Urgency"), RequestTr::tr("Days"),
                 RequestTr::tr("Status"), RequestTr::tr("Taken on by")},
                {5});
    for (const Request& r : std::as_const(list)) {
        QString state = status::label(r.status);
        if (r.status == status::Packed && r.carriedOn.isValid())
            state = RequestTr::tr("packed for %1").arg(r.carriedOn.toString(Qt::ISODate));
        table.add({r.id.right(12), r.whoName, r.whatWithQuantity(), r.category,
                   urgency::label(r.urgency),
                   QString::number(r.requestedOn.isValid() ? r.requestedOn.daysTo(today) : 0),
                   state, r.takenByName});
    }
    table.print(context.out);
    return Success;
}

int runRequestsClose(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    const QString id = findRequest(requests, u"REQUEST"_s, context.arguments.value(0));
    const QString reason = required(context, u"reason"_s, u"TEXT"_s);
    checked(requests.closeUnmet(id, reason));
    const Request closed = *requests.request(id);
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"request"_s, requestJson(closed)}});
        return Success;
    }
    context.out << RequestTr::tr("Closed unmet: %1's request for %2 (%3).")
                       .arg(closed.whoName, closed.whatWithQuantity(), closed.closedReason)
                << '\n';
    return Success;
}

// ---- offers ----

int runOffersAdd(Context& context) {
    Pantry pantry = openPantry(context);
    Store& store = *pantry.store;
    const int who = int(context.isSet(u"household"_s)) + int(context.isSet(u"person"_s)) +
                    int(context.isSet(u"from"_s));
    if (who != 1)
        throw UsageProblem{RequestTr::tr("say who offers it: one of --household NAME, --person "
                                         "NAME or --from TEXT (a neighbour not on file)")};
    Offer o;
    if (context.isSet(u"household"_s))
        o.householdId = findHousehold(store, u"household"_s, context.value(u"household"_s));
    else if (context.isSet(u"person"_s))
        o.personId = findPerson(store, u"person"_s, context.value(u"person"_s));
    else
        o.offeredBy = context.value(u"from"_s);
    readWhat(context, pantry, o.itemId, o.description, o.category, o.quantity);
    o.notes = context.value(u"notes"_s);
    o.phone = context.value(u"phone"_s);
    o.address = context.value(u"address"_s);
    if (context.isSet(u"where"_s) && !context.value(u"where"_s).trimmed().isEmpty()) {
        const auto where = people::FieldParser::coordinates(context.value(u"where"_s));
        if (!where.ok())
            refuseFlag(u"where"_s, where.error);
        o.where = where.value;
    }
    o.pickup = context.isSet(u"pickup"_s);
    o.boxes = int(context.integer(u"boxes"_s, 1, 0, 99));
    o.availableFrom = dateFlag(context, u"from-date"_s);
    o.availableUntil = dateFlag(context, u"until"_s);
    refuseProblems(Requests::validateOffer(o));
    Requests requests(store);
    const QString id = checked(requests.addOffer(o));
    const Offer saved = *requests.offer(id);
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"offer"_s, offerJson(saved)}});
        return Success;
    }
    context.out << (saved.pickup
                        ? RequestTr::tr("Added the offer of %1: %2, to be picked up; id %3.")
                        : RequestTr::tr("Added the offer of %1: %2, brought to the pantry; "
                                        "id %3."))
                       .arg(saved.whoName, saved.whatWithQuantity(), id)
                << '\n';
    return Success;
}

int runOffersList(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    const QList<Offer> list = context.isSet(u"all"_s)
                                  ? requests.offers()
                                  : requests.offers({offerstatus::Open, offerstatus::Matched});
    if (context.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Offer& o : list)
            array.append(offerJson(o));
        printJson(context, {{u"offers"_s, array}});
        return Success;
    }
    if (list.isEmpty()) {
        context.out << RequestTr::tr("No open offers.") << '\n';
        return Success;
    }
    Table table({RequestTr::tr("Id"), RequestTr::tr("From"), RequestTr::tr("What"),
                 RequestTr::tr("Category"), RequestTr::tr("How"), RequestTr::tr("Until"),
                 RequestTr::tr("Status")});
    for (const Offer& o : list)
        table.add({o.id.right(12), o.whoName, o.whatWithQuantity(), o.category,
                   o.pickup ? RequestTr::tr("pick up") : RequestTr::tr("brought"),
                   o.availableUntil.isValid() ? o.availableUntil.toString(Qt::ISODate) : QString(),
                   offerstatus::label(o.status)});
    table.print(context.out);
    return Success;
}

int runOffersReceive(Context& context) {
    Pantry pantry = openPantry(context);
    Requests requests(*pantry.store);
    const QString id = findOffer(requests, u"OFFER"_s, context.arguments.value(0));
    QString locationId;
    if (auto location = optionalLocation(context, pantry.inv()))
        locationId = location->id;
    const QString movement = checked(requests.receiveOffer(id, locationId));
    const Offer received = *requests.offer(id);
    if (context.isSet(u"json"_s)) {
        printJson(context,
                  {{u"offer"_s, offerJson(received)}, {u"movement_id"_s, textOrNull(movement)}});
        return Success;
    }
    context.out << (movement.isEmpty()
                        ? RequestTr::tr("Received %1 from %2.")
                        : RequestTr::tr("Received %1 from %2 into stock, as a donation."))
                       .arg(received.whatWithQuantity(), received.whoName)
                << '\n';
    return Success;
}

int runOffersPickup(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    const QString id = findOffer(requests, u"OFFER"_s, context.arguments.value(0));
    const QDate date = dateOption(context);
    runs::Runs runs(*store);
    const auto run = runOn(runs, date, kindOption(context));
    if (!run)
        throw Refused{noRun(date)};
    const QString stop = checked(runs.addOfferStop(run->id, id));
    if (context.isSet(u"json"_s)) {
        printJson(context, {{u"stop_id"_s, stop}, {u"run_id"_s, run->id}});
        return Success;
    }
    context.out << RequestTr::tr("The pickup is a stop of the %1 day of %2; plan the day again to "
                                 "put it on a route.")
                       .arg(run->kind, date.toString(Qt::ISODate))
                << '\n';
    return Success;
}

// ---- matches ----

int runMatchesList(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    if (context.isSet(u"confirmed"_s)) {
        const QList<Match> list = requests.matches();
        if (context.isSet(u"json"_s)) {
            QJsonArray array;
            for (const Match& m : list)
                array.append(QJsonObject{{u"id"_s, m.id},
                                         {u"request"_s, requestJson(m.request)},
                                         {u"offer"_s, offerJson(m.offer)},
                                         {u"status"_s, m.status}});
            printJson(context, {{u"matches"_s, array}});
            return Success;
        }
        Table table({RequestTr::tr("Request"), RequestTr::tr("Asked"), RequestTr::tr("Offer"),
                     RequestTr::tr("Offered"), RequestTr::tr("Request status")});
        for (const Match& m : list)
            table.add({m.requestId.right(12),
                       m.request.whoName + u": "_s + m.request.whatWithQuantity(),
                       m.offerId.right(12), m.offer.whoName + u": "_s + m.offer.whatWithQuantity(),
                       status::label(m.request.status)});
        if (list.isEmpty())
            context.out << RequestTr::tr("No confirmed matches.") << '\n';
        else
            table.print(context.out);
        return Success;
    }
    const QList<Proposal> list = requests.proposals();
    if (context.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Proposal& p : list)
            array.append(QJsonObject{{u"request"_s, requestJson(p.request)},
                                     {u"offer"_s, offerJson(p.offer)},
                                     {u"same_item"_s, p.sameItem},
                                     {u"shared_words"_s, p.sharedWords},
                                     {u"enough"_s, p.enough},
                                     {u"score"_s, p.score}});
        printJson(context, {{u"proposals"_s, array}});
        return Success;
    }
    if (list.isEmpty()) {
        context.out << RequestTr::tr("No offer matches an open request.") << '\n';
        return Success;
    }
    Table table({RequestTr::tr("Request"), RequestTr::tr("Asked"), RequestTr::tr("Urgency"),
                 RequestTr::tr("Offer"), RequestTr::tr("Offered"), RequestTr::tr("Why")});
    for (const Proposal& p : list) {
        QStringList why;
        if (p.sameItem)
            why << RequestTr::tr("same item");
        if (p.sharedWords > 0)
            why << RequestTr::tr("%1 word(s) in common").arg(p.sharedWords);
        why << (p.enough ? RequestTr::tr("enough") : RequestTr::tr("not all of it"));
        table.add({p.request.id.right(12),
                   p.request.whoName + u": "_s + p.request.whatWithQuantity(),
                   urgency::label(p.request.urgency), p.offer.id.right(12),
                   p.offer.whoName + u": "_s + p.offer.whatWithQuantity(), why.join(u", "_s)});
    }
    table.print(context.out);
    context.err << RequestTr::tr("Confirm one with larder-cli --db FILE matches confirm REQUEST "
                                 "OFFER (the ids, or their last 12 characters as shown).")
                << '\n';
    return Success;
}

int runMatchesConfirm(Context& context) {
    auto store = openStore(context);
    Requests requests(*store);
    const QString requestId = findRequest(requests, u"REQUEST"_s, context.arguments.value(0));
    const QString offerId = findOffer(requests, u"OFFER"_s, context.arguments.value(1));
    const QString matchId = checked(requests.confirm(requestId, offerId));
    const Request r = *requests.request(requestId);
    const Offer o = *requests.offer(offerId);
    if (context.isSet(u"json"_s)) {
        printJson(context,
                  {{u"id"_s, matchId}, {u"request"_s, requestJson(r)}, {u"offer"_s, offerJson(o)}});
        return Success;
    }
    context.out << RequestTr::tr("Matched: %1 from %2 for %3.")
                       .arg(o.whatWithQuantity(), o.whoName, r.whoName)
                << '\n';
    context.err << (o.pickup
                        ? RequestTr::tr("Next: put the pickup on a day (offers pickup %1 --date "
                                        "YYYY-MM-DD).")
                              .arg(offerId.right(12))
                        : RequestTr::tr("Next: when it is brought, offers receive %1.")
                              .arg(offerId.right(12)))
                << '\n';
    return Success;
}

Command command(const QString& name, const QString& summary, const QString& description,
                const QString& synopsis, QList<QCommandLineOption> options, const QString& example,
                int (*run)(Context&), QStringList arguments = {}) {
    Command c;
    c.name = name;
    c.summary = summary;
    c.description = description;
    c.synopsis = synopsis;
    c.options = std::move(options);
    c.example = example;
    c.needsDetails = true; // who asked and what they wrote are personal
    c.run = handled(run);
    c.arguments = std::move(arguments);
    return c;
}

} // namespace

QList<Command> requestCommands() {
    Command requests = command(
        u"requests"_s, RequestTr::tr("What households and volunteers asked for: add, list, close."),
        RequestTr::tr("Lists the open requests, most urgent then oldest first (--all: every "
                      "request; --household H: one household's). A request for a catalog item "
                      "rides with the household's next distribution day once the day's packages "
                      "are allocated and enough is in stock; delivered closes it, not home keeps "
                      "it open. --json prints {\"requests\": [{\"id\", \"who\", \"what\", "
                      "\"quantity\", \"category\", \"urgency\", \"status\", \"requested_on\", "
                      "...}]}."),
        u"[add|close ...] [--all] [--household H] [--json]"_s,
        {jsonOption(), option("all", RequestTr::tr("every request, closed ones too")),
         option("household", RequestTr::tr("only this household's (name or id)"), "H")},
        u"larder-cli --db pantry.larder requests"_s, runRequestsList);
    QList<QCommandLineOption> addOptions = whatOptions();
    addOptions +=
        {option("household", RequestTr::tr("the household asking (name or id)"), "H"),
         option("person", RequestTr::tr("or the volunteer asking (name or id)"), "P"),
         option("urgency", urgency::all().join(u", "_s), "U"),
         option("taken-by", RequestTr::tr("who takes it on (name or id)"), "P"), jsonOption()};
    requests.subcommands = {
        command(u"add"_s, RequestTr::tr("Add a request."),
                RequestTr::tr("Adds what a household (or volunteer) asks for: a catalog item and "
                              "quantity, or words and a category. Urgency: %1 (default normal).")
                    .arg(urgency::all().join(u", "_s)),
                u"--household H|--person P (--item X|--what TEXT --category C) [--quantity Q] "
                "[--urgency U] [--notes T] [--taken-by P] [--json]"_s,
                addOptions,
                u"larder-cli --db pantry.larder requests add --household \"Rosa M\" --item "
                "\"Diapers size 4\" --quantity 2 --urgency urgent"_s,
                runRequestsAdd),
        command(u"close"_s, RequestTr::tr("Close a request unmet, with the reason."),
                RequestTr::tr("Closes a request that will not be met (found elsewhere, no longer "
                              "needed); stock set aside for it goes back."),
                u"REQUEST --reason TEXT [--json]"_s,
                {option("reason", RequestTr::tr("why it is closed"), "TEXT"), jsonOption()},
                u"larder-cli --db pantry.larder requests close 0a1b2c3d4e5f --reason \"found "
                "elsewhere\""_s,
                runRequestsClose, {u"REQUEST"_s})};

    Command offers = command(
        u"offers"_s, RequestTr::tr("What neighbours offer: add, list, receive, pickup."),
        RequestTr::tr("Lists the open and matched offers (--all: every offer). --json prints "
                      "{\"offers\": [{\"id\", \"from\", \"what\", \"quantity\", \"category\", "
                      "\"pickup\", \"status\", ...}]}."),
        u"[add|receive|pickup ...] [--all] [--json]"_s,
        {jsonOption(), option("all", RequestTr::tr("every offer, received and withdrawn too"))},
        u"larder-cli --db pantry.larder offers"_s, runOffersList);
    QList<QCommandLineOption> offerOptions = whatOptions();
    offerOptions +=
        {option("household", RequestTr::tr("the household offering (name or id)"), "H"),
         option("person", RequestTr::tr("or the volunteer offering (name or id)"), "P"),
         option("from", RequestTr::tr("or a neighbour not on file: how the team knows them"),
                "TEXT"),
         option("phone", RequestTr::tr("a phone number for the pickup"), "P"),
         option("address", RequestTr::tr("where to pick it up (default: the household's)"), "A"),
         option("where", RequestTr::tr("coordinates or a map link for the pickup"), "W"),
         option("pickup", RequestTr::tr("it needs picking up (else they bring it)")),
         option("boxes", RequestTr::tr("room it takes in a car, in boxes (default 1)"), "N"),
         option("from-date", RequestTr::tr("available from (YYYY-MM-DD)"), "D"),
         option("until", RequestTr::tr("available until (YYYY-MM-DD)"), "D"),
         jsonOption()};
    offers.subcommands = {
        command(
            u"add"_s, RequestTr::tr("Add an offer."),
            RequestTr::tr("Adds what someone can give: a catalog item and quantity, or words "
                          "and a category; whether it needs picking up, and until when."),
            u"--household H|--person P|--from TEXT (--item X|--what TEXT --category C) "
            "[--quantity Q] [--pickup [--address A] [--where W] [--boxes N]] [--until D] "
            "[--json]"_s,
            offerOptions,
            u"larder-cli --db pantry.larder offers add --from \"Ana on 19th St\" --what "
            "\"kids' winter coats\" --category clothing --quantity 2 --pickup --address \"1900 S "
            "Racine Ave\""_s,
            runOffersAdd),
        command(u"receive"_s, RequestTr::tr("Record an offer as received at the pantry."),
                RequestTr::tr("An offer of a catalog item enters the ledger as a donation, into "
                              "--location (default: the first location). A pickup on a "
                              "distribution day is received by its outcome instead."),
                u"OFFER [--location L] [--json]"_s,
                {option("location", RequestTr::tr("where it goes"), "L"), jsonOption()},
                u"larder-cli --db pantry.larder offers receive 0a1b2c3d4e5f"_s, runOffersReceive,
                {u"OFFER"_s}),
        command(u"pickup"_s, RequestTr::tr("Put an offer's pickup on a distribution day."),
                RequestTr::tr("Adds the pickup as a stop of the day's delivery run (or --kind "
                              "supplier_pickup); planning puts it on a route, and its boxes count "
                              "against the vehicle's room."),
                u"OFFER --date YYYY-MM-DD [--kind K] [--json]"_s,
                {dateOptionSpec(), kindOptionSpec(), jsonOption()},
                u"larder-cli --db pantry.larder offers pickup 0a1b2c3d4e5f --date 2026-03-07"_s,
                runOffersPickup, {u"OFFER"_s})};

    Command matches = command(
        u"matches"_s, RequestTr::tr("Offers that answer requests: list, confirm."),
        RequestTr::tr("Lists the matches Larder proposes between open requests and open offers: "
                      "same category, and the same item or words in common; requests most "
                      "urgent then oldest first, and for each the same item, more words in "
                      "common and enough quantity first. --confirmed lists the confirmed ones. "
                      "--json prints {\"proposals\": [{\"request\", \"offer\", \"same_item\", "
                      "\"shared_words\", \"enough\", \"score\"}]}."),
        u"[confirm ...] [--confirmed] [--json]"_s,
        {jsonOption(), option("confirmed", RequestTr::tr("the matches a coordinator confirmed"))},
        u"larder-cli --db pantry.larder matches"_s, runMatchesList);
    matches.subcommands = {command(
        u"confirm"_s, RequestTr::tr("Confirm that an offer answers a request."),
        RequestTr::tr("The request becomes promised and the offer matched; when the offer is "
                      "received the request rides with the household's next delivery."),
        u"REQUEST OFFER [--json]"_s, {jsonOption()},
        u"larder-cli --db pantry.larder matches confirm 0a1b2c3d4e5f 9f8e7d6c5b4a"_s,
        runMatchesConfirm, {u"REQUEST"_s, u"OFFER"_s})};
    return {requests, offers, matches};
}

} // namespace larder::cli
