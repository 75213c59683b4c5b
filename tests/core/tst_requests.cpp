// SPDX-License-Identifier: GPL-3.0-or-later
// Requests and offers (issue #18): a request for an item in stock rides with the household's next
// distribution day (set aside first-expiry-first-out, whole or not at all), delivered closes it
// and not home keeps it open for the next day; an offer matched to a request, picked up on a
// route, received into the ledger and the request delivered with the household's next box;
// matching ranks most urgent and oldest requests first and, for one request, the same item, more
// shared words and enough quantity first; bad input is refused with nothing saved; a purge
// removes a household's requests and offers here and on every laptop its purge reaches.

#include "core/inventory/Inventory.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/people/Retention.h"
#include "core/reports/Reports.h"
#include "core/requests/Requests.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/Replicator.h"
#include "tests/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::requests;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

// The test's today is 2026-03-01 (TestEpochMs); days are the Tuesdays after.
const QDate FirstDay(2026, 3, 3);
const QDate NextDay(2026, 3, 10);
constexpr qint64 DayMs = 86400LL * 1000;
const QByteArray Passphrase("beans on tuesday at the church");

} // namespace

class TestRequests : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<inventory::Inventory> m_inventory;
    std::unique_ptr<people::Households> m_households;
    std::unique_ptr<runs::Runs> m_runs;
    std::unique_ptr<runs::Packages> m_packages;
    std::unique_ptr<Requests> m_requests;
    QString m_shelf;
    int m_files = 0;

    QString item(const QString& name, const QString& category, const QString& unit = u"each"_s) {
        inventory::Item item;
        item.name = name;
        item.category = category;
        item.unit = unit;
        item.dietaryTags = {u"halal"_s, u"kosher"_s, u"vegan"_s};
        return LARDER_MUST(m_inventory->addItem(item), {});
    }
    void receive(const QString& itemId, qint64 quantity) {
        inventory::Receipt receipt;
        receipt.itemId = itemId;
        receipt.locationId = m_shelf;
        receipt.quantity = quantity;
        LARDER_MUST(m_inventory->receive(receipt));
    }
    QString household(const QString& name, double latitude = 41.8575) {
        people::Household h;
        h.chosenName = name;
        h.street = u"1850 S Blue Island Ave"_s;
        h.city = u"Chicago"_s;
        h.postalCode = u"60608"_s;
        h.adults = 2;
        h.coordinates = people::Coordinates{latitude, -87.6607};
        return LARDER_MUST(m_households->add(h), {});
    }
    QString dayWith(const QDate& date, const QString& householdId) {
        const QString run = LARDER_MUST(m_runs->create(date, runs::kind::Delivery), {});
        for (const runs::RunStop& s : m_runs->stops(run))
            LARDER_MUST(m_runs->removeStop(s.id), {});
        LARDER_MUST(m_runs->addStop(run, householdId), {});
        return run;
    }
    QString stopOf(const QString& runId, const QString& householdId) const {
        for (const runs::RunStop& s : m_runs->stops(runId)) {
            if (s.householdId == householdId)
                return s.id;
        }
        return {};
    }
    qint64 onHand(const QString& itemId) const {
        return m_store->connection()
            .scalar("SELECT ifnull(sum(quantity), 0) FROM stock_on_hand WHERE item_id = '" +
                    itemId.toUtf8() + "'")
            .toLongLong();
    }
    qint64 setAsideFor(const QString& requestId) const {
        return m_store->connection()
            .scalar("SELECT ifnull(sum(quantity), 0) FROM run_allocations WHERE request_id = '" +
                    requestId.toUtf8() + "' AND status = 'allocated'")
            .toLongLong();
    }
    Request ask(const QString& householdId, const QString& itemId, qint64 quantity,
                const QString& words = {}, const QString& category = u"other"_s) {
        Request r;
        r.householdId = householdId;
        r.itemId = itemId;
        r.quantity = quantity;
        r.description = words;
        r.category = category;
        return r;
    }
    qint64 rows(const char* table) const {
        return m_store->connection()
            .scalar(QByteArray("SELECT count(*) FROM ") + table)
            .toLongLong();
    }

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
        m_inventory = std::make_unique<inventory::Inventory>(*m_store);
        m_households = std::make_unique<people::Households>(*m_store);
        m_runs = std::make_unique<runs::Runs>(*m_store);
        m_packages = std::make_unique<runs::Packages>(*m_store);
        m_requests = std::make_unique<Requests>(*m_store);
        inventory::Location shelf;
        shelf.name = u"Shelves"_s;
        m_shelf = LARDER_MUST(m_inventory->addLocation(shelf));
        // A template, so that allocation has something to pack.
        const QString rice = item(u"Rice"_s, u"food"_s, u"kg"_s);
        receive(rice, 50);
        runs::BoxTemplate t;
        t.name = u"Everyone"_s;
        t.lines.append({rice, {}, 2});
        LARDER_MUST(m_packages->addTemplate(t));
    }

    void cleanup() {
        m_requests.reset();
        m_packages.reset();
        m_runs.reset();
        m_households.reset();
        m_inventory.reset();
        m_store.reset();
    }

    void requestForStockTravelsWithTheNextDay() {
        const QString diapers = item(u"Diapers size 4"_s, u"baby"_s);
        receive(diapers, 3);
        const QString rosa = household(u"Rosa"_s);
        const QString id = LARDER_MUST(m_requests->add(ask(rosa, diapers, 2)));
        QCOMPARE(m_requests->request(id)->status, status::Open);
        QCOMPARE(m_requests->request(id)->category, u"baby"_s); // the item's, whatever was typed
        QCOMPARE(m_requests->request(id)->whatWithQuantity(), u"Diapers size 4, 2"_s);

        // Allocated with the day: two of the three set aside, for the request, at Rosa's stop.
        const QString first = dayWith(FirstDay, rosa);
        LARDER_MUST(m_packages->allocate(first));
        const QString stop = stopOf(first, rosa);
        Request carried = *m_requests->request(id);
        QCOMPARE(carried.status, status::Packed);
        QCOMPARE(carried.stopId, stop);
        QCOMPARE(carried.carriedOn, FirstDay);
        QCOMPARE(setAsideFor(id), 2);
        QCOMPARE(m_requests->forStop(stop).size(), 1);
        bool asRequest = false;
        for (const runs::Allocation& a : m_packages->allocationsForStop(stop))
            asRequest |= a.kind == u"request"_s && a.itemId == diapers && a.quantity == 2;
        QVERIFY(asRequest);
        // Allocating again changes nothing: still one set-aside of two.
        LARDER_MUST(m_packages->allocate(first));
        QCOMPARE(setAsideFor(id), 2);

        // Not home: the request is open again, the diapers back in stock for the next day.
        LARDER_MUST(m_runs->recordOutcomes({{stop, u"not_home"_s, {}}}));
        QCOMPARE(m_requests->request(id)->status, status::Open);
        QCOMPARE(m_requests->request(id)->stopId, stop); // a stop with an outcome carries nothing
        QCOMPARE(setAsideFor(id), 0);
        QCOMPARE(onHand(diapers), 3);

        // The next day carries it; delivered closes it and the ledger gives the diapers out.
        const QString next = dayWith(NextDay, rosa);
        LARDER_MUST(m_packages->allocate(next));
        const QString nextStop = stopOf(next, rosa);
        QCOMPARE(m_requests->request(id)->stopId, nextStop);
        m_clock->advance(9 * DayMs);
        LARDER_MUST(m_runs->recordOutcomes({{nextStop, u"delivered"_s, {}}}));
        const Request done = *m_requests->request(id);
        QCOMPARE(done.status, status::Delivered);
        QCOMPARE(done.closedOn, QDate(2026, 3, 10));
        QCOMPARE(onHand(diapers), 1);
        QVERIFY(m_requests->open().isEmpty());

        // The report counts it, with the days from asking to delivery (1 to 10 March).
        const reports::Summary summary = LARDER_MUST(
            reports::Reports(*m_store).summary({QDate(2026, 3, 1), QDate(2026, 3, 31)}, {}));
        QCOMPARE(summary.requestsAsked, 1);
        QCOMPARE(summary.requestsMet, 1);
        QCOMPARE(summary.requestsOpen, 0);
        QCOMPARE(summary.requestDaysMedian.value_or(-1), 9.0);
        QCOMPARE(summary.requestsByCategory.size(), 1);
        QCOMPARE(summary.requestsByCategory.first().category, u"baby"_s);

        // A correction (it was not delivered after all) opens it again.
        LARDER_MUST(m_runs->recordOutcomes({{nextStop, u"declined"_s, {}}}));
        QCOMPARE(m_requests->request(id)->status, status::Open);
        QVERIFY(!m_requests->request(id)->closedOn.isValid());
        QCOMPARE(onHand(diapers), 3);
        // And corrected back: delivered once more, the diapers given out once.
        LARDER_MUST(m_runs->recordOutcomes({{nextStop, u"delivered"_s, {}}}));
        QCOMPARE(m_requests->request(id)->status, status::Delivered);
        QCOMPARE(onHand(diapers), 1);
    }

    void aCorrectionNeverGivesARequestTwice() {
        const QString diapers = item(u"Diapers size 4"_s, u"baby"_s);
        receive(diapers, 4);
        const QString rosa = household(u"Rosa"_s);
        const QString id = LARDER_MUST(m_requests->add(ask(rosa, diapers, 2)));
        const QString first = dayWith(FirstDay, rosa);
        LARDER_MUST(m_packages->allocate(first));
        const QString firstStop = stopOf(first, rosa);
        LARDER_MUST(m_runs->recordOutcomes({{firstStop, u"not_home"_s, {}}}));
        // The next day carries it; then the first day's sheet is corrected: she was home.
        const QString next = dayWith(NextDay, rosa);
        LARDER_MUST(m_packages->allocate(next));
        const QString nextStop = stopOf(next, rosa);
        QCOMPARE(m_requests->request(id)->stopId, nextStop);
        LARDER_MUST(m_runs->recordOutcomes({{firstStop, u"delivered"_s, {}}}));
        QCOMPARE(onHand(diapers), 4); // the first stop's share for the request stays on the shelf
        QCOMPARE(m_requests->request(id)->stopId, nextStop);
        LARDER_MUST(m_runs->recordOutcomes({{nextStop, u"delivered"_s, {}}}));
        QCOMPARE(onHand(diapers), 2);
        QCOMPARE(m_requests->request(id)->status, status::Delivered);
        QCOMPARE(m_requests->request(id)->closedOn, NextDay); // the day it went out
    }

    void aPickupIsReceivedOnceWhicheverWayItCame() {
        const QString diapers = item(u"Diapers size 4"_s, u"baby"_s);
        const QString rosa = household(u"Rosa"_s);
        Offer offer;
        offer.offeredBy = u"A neighbour"_s;
        offer.address = u"1900 S Racine Ave"_s;
        offer.itemId = diapers;
        offer.quantity = 5;
        offer.pickup = true;
        const QString offerId = LARDER_MUST(m_requests->addOffer(offer));
        const QString day = dayWith(FirstDay, rosa);
        const QString pickup = LARDER_MUST(m_runs->addOfferStop(day, offerId));
        QVERIFY(!m_requests->receiveOffer(offerId)); // the stop's outcome says it
        LARDER_MUST(m_runs->recordOutcomes({{pickup, u"not_home"_s, {}}}));
        LARDER_MUST(m_requests->withdrawOffer(offerId)); // nobody home: it can be withdrawn
        // They brought it after all; the stop's sheet is corrected later, twice.
        const QString offer2 = LARDER_MUST(m_requests->addOffer(offer));
        const QString pickup2 = LARDER_MUST(m_runs->addOfferStop(day, offer2));
        LARDER_MUST(m_runs->recordOutcomes({{pickup2, u"not_home"_s, {}}}));
        LARDER_MUST(m_requests->receiveOffer(offer2));
        QCOMPARE(onHand(diapers), 5);
        LARDER_MUST(m_runs->recordOutcomes({{pickup2, u"delivered"_s, {}}}));
        LARDER_MUST(m_runs->recordOutcomes({{pickup2, u"not_home"_s, {}}}));
        QCOMPARE(onHand(diapers), 5);
        QCOMPARE(m_requests->offer(offer2)->status, offerstatus::Received);
        LARDER_MUST(m_requests->unreceiveOffer(offer2));
        QCOMPARE(onHand(diapers), 0);
    }

    void mergingAndRemovingPeopleKeepItWhole() {
        const QString rosa = household(u"Rosa"_s);
        const QString rosa2 = household(u"Rosa M."_s);
        const QString id =
            LARDER_MUST(m_requests->add(ask(rosa2, {}, 1, u"a crib for the baby"_s, u"baby"_s)));
        LARDER_MUST(m_households->merge(rosa, rosa2));
        const Request moved = *m_requests->request(id);
        QCOMPARE(moved.householdId, rosa);
        QCOMPARE(moved.description, u"a crib for the baby"_s); // not scrubbed by the merge

        people::Person volunteer;
        volunteer.displayName = u"Dev"_s;
        const QString dev = LARDER_MUST(people::People(*m_store).add(volunteer));
        Request own = ask({}, {}, 1, u"rain boots"_s, u"clothing"_s);
        own.personId = dev;
        const QString devsRequest = LARDER_MUST(m_requests->add(own));
        LARDER_MUST(m_requests->takeOn(id, dev));
        LARDER_MUST(people::People(*m_store).remove(dev));
        QVERIFY(!m_requests->request(devsRequest));
        QVERIFY(m_requests->request(id)->takenBy.isEmpty());
    }

    void requestWaitsUntilThereIsEnough() {
        const QString diapers = item(u"Diapers size 4"_s, u"baby"_s);
        receive(diapers, 1);
        const QString rosa = household(u"Rosa"_s);
        const QString id = LARDER_MUST(m_requests->add(ask(rosa, diapers, 2)));
        const QString day = dayWith(FirstDay, rosa);
        LARDER_MUST(m_packages->allocate(day));
        QCOMPARE(m_requests->request(id)->status, status::Open); // not half a request
        QCOMPARE(setAsideFor(id), 0);
        receive(diapers, 5);
        LARDER_MUST(m_packages->allocate(day));
        QCOMPARE(m_requests->request(id)->status, status::Packed);
        QCOMPARE(setAsideFor(id), 2);
        // An earlier day made afterwards takes it over, and only it sets stock aside.
        const QString earlier = dayWith(FirstDay.addDays(-1), rosa);
        LARDER_MUST(m_packages->allocate(earlier));
        QCOMPARE(m_requests->request(id)->stopId, stopOf(earlier, rosa));
        QCOMPARE(setAsideFor(id), 2);
        // Taking the stop off its day frees the request.
        LARDER_MUST(m_runs->removeStop(stopOf(earlier, rosa)));
        QCOMPARE(m_requests->request(id)->status, status::Open);
        QCOMPARE(setAsideFor(id), 0);
        // Closed unmet: with a reason, and nothing set aside for it any more.
        LARDER_MUST(m_packages->allocate(day));
        QVERIFY(!m_requests->closeUnmet(id, u"  "_s));
        LARDER_MUST(m_requests->closeUnmet(id, u"found elsewhere"_s));
        QCOMPARE(m_requests->request(id)->status, status::Unmet);
        QCOMPARE(setAsideFor(id), 0);
        LARDER_MUST(m_requests->reopen(id));
        QCOMPARE(m_requests->request(id)->status, status::Open);
    }

    void offerMatchedPickedUpReceivedAndDelivered() {
        const QString rosa = household(u"Rosa"_s);
        const QString ana = household(u"Ana"_s, 41.86);
        Request coat = ask(rosa, {}, 1, u"Winter coat for a boy, age 8"_s, u"clothing"_s);
        coat.urgency = urgency::Urgent;
        const QString requestId = LARDER_MUST(m_requests->add(coat));

        // Ana's household offers two children's coats, to be picked up at her door.
        Offer offer;
        offer.householdId = ana;
        offer.description = u"Kids' winter coats, ages 7-9"_s;
        offer.category = u"clothing"_s;
        offer.quantity = 2;
        offer.pickup = true;
        offer.boxes = 2;
        const QString offerId = LARDER_MUST(m_requests->addOffer(offer));
        QCOMPARE(m_requests->unmatchedOffers().size(), 1);

        const QList<Proposal> proposals = m_requests->proposals();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals.first().request.id, requestId);
        QCOMPARE(proposals.first().offer.id, offerId);
        QCOMPARE(proposals.first().sharedWords, 2); // winter, coat(s)
        QVERIFY(proposals.first().enough);

        const QString matchId = LARDER_MUST(m_requests->confirm(requestId, offerId));
        QCOMPARE(m_requests->request(requestId)->status, status::Promised);
        QCOMPARE(m_requests->offer(offerId)->status, offerstatus::Matched);
        QVERIFY(m_requests->proposals().isEmpty());
        QVERIFY(m_requests->unmatchedOffers().isEmpty());
        QVERIFY(!m_requests->confirm(requestId, offerId)); // once

        // The pickup is a stop of the first day, at Ana's address, adding her boxes.
        const QString first = dayWith(FirstDay, rosa);
        const QString pickup = LARDER_MUST(m_runs->addOfferStop(first, offerId));
        const runs::RunStop pickupStop = *m_runs->stop(pickup);
        QCOMPARE(pickupStop.offerId, offerId);
        QCOMPARE(pickupStop.name, u"Ana"_s);
        QCOMPARE(pickupStop.address, u"1850 S Blue Island Ave"_s);
        QVERIFY(pickupStop.where);
        QCOMPARE(pickupStop.boxes, 2);
        QVERIFY(!m_runs->addOfferStop(first, offerId)); // not twice
        // Not after the day it is available until, and not the household's own offer.
        Offer late = offer;
        late.availableUntil = FirstDay.addDays(-1);
        const QString lateId = LARDER_MUST(m_requests->addOffer(late));
        QVERIFY(!m_runs->addOfferStop(first, lateId));
        QVERIFY(!m_requests->confirm(requestId, lateId)); // matched already: refused first
        Offer own = offer;
        own.householdId = rosa;
        const QString ownId = LARDER_MUST(m_requests->addOffer(own));
        const QString other =
            LARDER_MUST(m_requests->add(ask(rosa, {}, 1, u"winter coats"_s, u"clothing"_s)));
        const auto refused = m_requests->confirm(other, ownId);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"own offer"_s));
        LARDER_MUST(m_requests->removeOffer(ownId));
        LARDER_MUST(m_requests->removeOffer(lateId));
        LARDER_MUST(m_requests->remove(other));
        // Words only: nothing rides with Rosa before the coats are in hand.
        LARDER_MUST(m_packages->allocate(first));
        QCOMPARE(m_requests->request(requestId)->status, status::Promised);

        // Picked up: the offer is received (words only: no ledger row).
        const qint64 movements = rows("stock_movements");
        LARDER_MUST(m_runs->recordOutcomes({{pickup, u"delivered"_s, {}}}));
        QCOMPARE(m_requests->offer(offerId)->status, offerstatus::Received);
        QCOMPARE(rows("stock_movements"), movements);

        // Rosa's next box carries the coat; delivered closes it.
        const QString next = dayWith(NextDay, rosa);
        LARDER_MUST(m_packages->allocate(next));
        const QString nextStop = stopOf(next, rosa);
        QCOMPARE(m_requests->request(requestId)->status, status::Packed);
        QCOMPARE(m_requests->request(requestId)->stopId, nextStop);
        LARDER_MUST(m_runs->recordOutcomes({{nextStop, u"delivered"_s, {}}}));
        QCOMPARE(m_requests->request(requestId)->status, status::Delivered);
        QVERIFY(!m_requests->cancelMatch(matchId)); // what was delivered stays matched
    }

    void offerOfAnItemEntersTheLedger() {
        const QString diapers = item(u"Diapers size 4"_s, u"baby"_s);
        const QString rosa = household(u"Rosa"_s);
        const QString requestId = LARDER_MUST(m_requests->add(ask(rosa, diapers, 2)));
        Offer offer;
        offer.offeredBy = u"Neighbour on 19th St"_s;
        offer.address = u"1900 S Racine Ave"_s;
        offer.where = people::Coordinates{41.856, -87.657};
        offer.itemId = diapers;
        offer.quantity = 6;
        offer.pickup = true;
        const QString offerId = LARDER_MUST(m_requests->addOffer(offer));
        QCOMPARE(m_requests->offer(offerId)->category, u"baby"_s);
        QVERIFY(m_requests->proposals().first().sameItem);
        LARDER_MUST(m_requests->confirm(requestId, offerId));

        const QString first = dayWith(FirstDay, rosa);
        const QString pickup = LARDER_MUST(m_runs->addOfferStop(first, offerId));
        QCOMPARE(m_runs->stop(pickup)->address, u"1900 S Racine Ave"_s);
        LARDER_MUST(m_runs->recordOutcomes({{pickup, u"delivered"_s, {}}}));
        QCOMPARE(onHand(diapers), 6); // received like any donation
        QCOMPARE(m_store->connection()
                     .scalar("SELECT count(*) FROM stock_movements WHERE kind = 'received' AND "
                             "reason = 'donation: offer'")
                     .toInt(),
                 1);
        // A correction takes it back out of the ledger.
        LARDER_MUST(m_runs->recordOutcomes({{pickup, u"not_home"_s, {}}}));
        QCOMPARE(onHand(diapers), 0);
        QCOMPARE(m_requests->offer(offerId)->status, offerstatus::Matched);
        LARDER_MUST(m_runs->recordOutcomes({{pickup, u"delivered"_s, {}}}));
        QCOMPARE(onHand(diapers), 6);

        // Rosa's next box carries two of them.
        const QString next = dayWith(NextDay, rosa);
        LARDER_MUST(m_packages->allocate(next));
        QCOMPARE(setAsideFor(requestId), 2);

        // An offer brought to the pantry is received there, into the ledger, once.
        Offer brought;
        brought.offeredBy = u"Church drive"_s;
        brought.itemId = diapers;
        brought.quantity = 4;
        const QString broughtId = LARDER_MUST(m_requests->addOffer(brought));
        QVERIFY(!m_runs->addOfferStop(next, broughtId)); // they bring it: no pickup
        QVERIFY(!LARDER_MUST(m_requests->receiveOffer(broughtId)).isEmpty());
        QCOMPARE(onHand(diapers), 10);
        QVERIFY(!m_requests->receiveOffer(broughtId));
        QCOMPARE(onHand(diapers), 10);
        // Undone (it was not brought after all): the ledger row reversed, the offer open again.
        LARDER_MUST(m_requests->unreceiveOffer(broughtId));
        QCOMPARE(onHand(diapers), 6);
        QCOMPARE(m_requests->offer(broughtId)->status, offerstatus::Open);
        QVERIFY(
            !m_requests->unreceiveOffer(pickup.isEmpty() ? broughtId : offerId)); // via its stop
    }

    void matchingRanksAsStated() {
        const QString rosa = household(u"Rosa"_s);
        const QString li = household(u"Li"_s);
        const QString sam = household(u"Sam"_s);
        const QString boots = item(u"Rain boots"_s, u"clothing"_s);
        // Oldest first within an urgency; urgent before normal before whenever.
        Request old = ask(rosa, {}, 1, u"rain boots size 5"_s, u"clothing"_s);
        old.requestedOn = QDate(2026, 2, 1);
        Request urgent = ask(li, {}, 1, u"boots for school"_s, u"clothing"_s);
        urgent.requestedOn = QDate(2026, 2, 20);
        urgent.urgency = urgency::Urgent;
        Request whenever = ask(sam, boots, 2, {}, u"clothing"_s);
        whenever.requestedOn = QDate(2026, 1, 1);
        whenever.urgency = urgency::Whenever;
        Request newer = ask(sam, {}, 1, u"boots"_s, u"clothing"_s);
        newer.requestedOn = QDate(2026, 2, 25);
        const QString oldId = LARDER_MUST(m_requests->add(old));
        const QString urgentId = LARDER_MUST(m_requests->add(urgent));
        const QString wheneverId = LARDER_MUST(m_requests->add(whenever));
        const QString newerId = LARDER_MUST(m_requests->add(newer));

        auto offerOf = [this](const QString& itemId, const QString& words, qint64 quantity) {
            Offer o;
            o.offeredBy = u"A neighbour"_s;
            o.itemId = itemId;
            o.description = words;
            o.category = u"clothing"_s;
            o.quantity = quantity;
            const QString id = LARDER_MUST(m_requests->addOffer(o), QString());
            m_clock->advance(1000);
            return id;
        };
        const QString sameItem = offerOf(boots, {}, 1);
        const QString twoWords = offerOf({}, u"rain boots, kids"_s, 1);
        const QString oneWordEnough = offerOf({}, u"winter boots"_s, 3);
        const QString oneWordShort = offerOf({}, u"boots"_s, 1); // older than none: made last
        offerOf({}, u"a scarf"_s, 1);                            // no word in common
        Offer food;
        food.offeredBy = u"Someone"_s;
        food.description = u"boots-shaped cookies"_s;
        food.category = u"food"_s; // another category: never
        LARDER_MUST(m_requests->addOffer(food));

        const QList<Proposal> proposals = m_requests->proposals();
        QStringList order;
        for (const Proposal& p : proposals) {
            if (order.isEmpty() || order.last() != p.request.id)
                order << p.request.id;
        }
        QCOMPARE(order, (QStringList{urgentId, oldId, newerId, wheneverId}));
        auto offersFor = [&proposals](const QString& requestId) {
            QStringList ids;
            for (const Proposal& p : proposals) {
                if (p.request.id == requestId)
                    ids << p.offer.id;
            }
            return ids;
        };
        // Rosa's "rain boots size 5": two shared words first, then one word with enough, then
        // one word, then the item's name ("Rain boots": two words) — by words, then quantity,
        // then age.
        QCOMPARE(offersFor(oldId), (QStringList{sameItem, twoWords, oneWordEnough, oneWordShort}));
        // Sam asked for the item itself, two of them: the same item first though it has one.
        QCOMPARE(offersFor(wheneverId).first(), sameItem);
        QVERIFY(!proposals.isEmpty());
        for (const Proposal& p : proposals)
            QVERIFY(p.offer.category == u"clothing"_s);
    }

    void badInputIsRefusedWithNothingSaved() {
        const QString rosa = household(u"Rosa"_s);
        const qint64 before = rows("requests");
        QVERIFY(!m_requests->add(ask({}, {}, 1, u"soap"_s)));                 // nobody asked
        QVERIFY(!m_requests->add(ask(rosa, {}, 1, {})));                      // asked for nothing
        QVERIFY(!m_requests->add(ask(rosa, {}, 0, u"soap"_s)));               // none
        QVERIFY(!m_requests->add(ask(rosa, {}, 1001, u"soap"_s)));            // too many
        QVERIFY(!m_requests->add(ask(rosa, {}, 1, u"soap"_s, u"weapons"_s))); // no such category
        QVERIFY(!m_requests->add(ask(rosa, {}, 1, QString(400, u'x'))));      // too long
        QVERIFY(!m_requests->add(ask(u"no-such-household"_s, {}, 1, u"soap"_s)));
        Request odd = ask(rosa, {}, 1, u"soap"_s);
        odd.urgency = u"yesterday"_s;
        const auto refused = m_requests->add(odd);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"yesterday"_s));
        QCOMPARE(rows("requests"), before);
        Offer nowhere;
        nowhere.offeredBy = u"Someone"_s;
        nowhere.description = u"a sofa"_s;
        nowhere.pickup = true; // but no address
        QVERIFY(!m_requests->addOffer(nowhere));
        QCOMPARE(rows("offers"), 0);
        // The store refuses a bad value even from outside the API's checks (CHECK constraints).
        QVERIFY(!m_store->write([&](Writer& w) {
            w.insert(u"requests", {{u"household_id"_s, rosa},
                                   {u"status"_s, u"stolen"_s},
                                   {u"requested_on"_s, u"2026-03-01"_s}});
        }));
        QCOMPARE(rows("requests"), before);
    }

    void undoOfAddAndConfirm() {
        const QString rosa = household(u"Rosa"_s);
        const QString id = LARDER_MUST(m_requests->add(ask(rosa, {}, 1, u"bus pass"_s)));
        Offer o;
        o.offeredBy = u"Transit volunteer"_s;
        o.description = u"monthly bus pass"_s;
        const QString offerId = LARDER_MUST(m_requests->addOffer(o));
        const QString matchId = LARDER_MUST(m_requests->confirm(id, offerId));
        LARDER_MUST(m_requests->cancelMatch(matchId));
        QCOMPARE(m_requests->request(id)->status, status::Open);
        QCOMPARE(m_requests->offer(offerId)->status, offerstatus::Open);
        QCOMPARE(m_requests->proposals().size(), 1);
        LARDER_MUST(m_requests->removeOffer(offerId));
        LARDER_MUST(m_requests->remove(id));
        QCOMPARE(rows("requests"), 0);
        QCOMPARE(rows("offers"), 0);
    }

    void purgeRemovesRequestsEverywhere() {
        // East and West share a household with a request and an offer; East purges it.
        auto eastClock = std::make_shared<ManualClock>(TestEpochMs, 1);
        auto path = [this](const char* stem) {
            return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_files) +
                                  u".larder"_s);
        };
        std::unique_ptr<Store> east =
            LARDER_MUST(Store::create(path("east"), u"East"_s, fixedOptions(eastClock, 1)));
        sync::Replicator eastSync(*east, sync::KdfLimits::minimal());
        LARDER_VERIFY_OK(eastSync.setPassphrase(Passphrase));
        people::Households households(*east);
        people::Household h;
        h.chosenName = u"Quillon Ybarra"_s;
        h.street = u"4471 W Zorblatt Ave"_s;
        const QString doomed = LARDER_MUST(households.add(h));
        h.chosenName = u"Stays"_s;
        const QString stays = LARDER_MUST(households.add(h));
        Requests eastRequests(*east);
        LARDER_MUST(eastRequests.add(ask(doomed, {}, 1, u"crib for the new baby"_s, u"baby"_s)));
        LARDER_MUST(eastRequests.add(ask(stays, {}, 1, u"a crib"_s, u"baby"_s)));
        Offer offer;
        offer.householdId = doomed;
        offer.description = u"baby crib, folding"_s;
        offer.category = u"baby"_s;
        const QString offerId = LARDER_MUST(eastRequests.addOffer(offer));
        const QString staysRequest = eastRequests.forHousehold(stays).first().id;
        LARDER_MUST(eastRequests.confirm(staysRequest, offerId));
        auto exportFrom = [this](sync::Replicator& r) -> QString {
            const QString file = m_dir.filePath(u"sync%1.lardersync"_s.arg(++m_files));
            LARDER_MUST(r.exportFile(file, Passphrase), QString());
            return file;
        };
        auto westClock = std::make_shared<ManualClock>(TestEpochMs + 1000, 1);
        std::unique_ptr<Store> west = LARDER_MUST(
            sync::Replicator::join(path("west"), u"West"_s, exportFrom(eastSync), Passphrase,
                                   fixedOptions(westClock, 2), sync::KdfLimits::minimal()));
        sync::Replicator westSync(*west, sync::KdfLimits::minimal());
        Requests westRequests(*west);
        QCOMPARE(westRequests.forHousehold(doomed).size(), 1);
        QCOMPARE(westRequests.forHousehold(doomed).first().description, u"crib for the new baby"_s);

        LARDER_VERIFY_OK(households.setStatus(doomed, u"closed"_s, QDate(2024, 1, 15)));
        QCOMPARE(LARDER_MUST(people::Retention(*east).purgeClosed()).purged, 1);
        QVERIFY(eastRequests.forHousehold(doomed, true).isEmpty());
        QVERIFY(!eastRequests.offer(offerId));
        // Stays' request lost its offer: back to waiting, never pointing at what is gone.
        QCOMPARE(eastRequests.request(staysRequest)->status, status::Open);
        QVERIFY(eastRequests.matches().isEmpty());

        LARDER_VERIFY_OK(westSync.importFile(exportFrom(eastSync), Passphrase));
        QVERIFY(westRequests.forHousehold(doomed, true).isEmpty());
        QVERIFY(!westRequests.offer(offerId));
        QCOMPARE(westRequests.request(staysRequest)->status, status::Open);
        for (Store* store : {east.get(), west.get()}) {
            QCOMPARE(store->connection()
                         .scalar("SELECT count(*) FROM sync_log WHERE tbl IN ('requests', "
                                 "'offers', 'matches') AND value IS NOT NULL AND col NOT IN "
                                 "('-', '*') AND row_id NOT IN (SELECT id FROM requests UNION "
                                 "SELECT id FROM offers UNION SELECT id FROM matches)")
                         .toInt(),
                     0);
        }
        QCOMPARE(sync::digest(*east), sync::digest(*west));
    }

    void whatPeopleWroteIsPersonal() {
        // Sealed under the passphrase like a household's address (tst_codec checks that every
        // column marked so reaches the disk sealed); what the counts need stays readable.
        for (const char* column : {"description", "notes", "closed_reason"})
            QVERIFY(schema::isSensitive(u"requests", QString::fromLatin1(column)));
        for (const char* column :
             {"offered_by", "phone", "address", "latitude", "longitude", "description", "notes"})
            QVERIFY(schema::isSensitive(u"offers", QString::fromLatin1(column)));
        for (const char* column : {"category", "quantity", "status", "requested_on", "closed_on"})
            QVERIFY(!schema::isSensitive(u"requests", QString::fromLatin1(column)));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
