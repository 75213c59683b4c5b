// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/FieldParser.h"
#include "core/people/Households.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {
class Store;
class Writer;
} // namespace larder

namespace larder::requests {

// How soon a request is needed (requests.urgency), most urgent first.
namespace urgency {
inline const QString Urgent = QStringLiteral("urgent");
inline const QString Normal = QStringLiteral("normal");
inline const QString Whenever = QStringLiteral("whenever");
const QStringList& all();
QString label(const QString& urgency); // in the reader's language
} // namespace urgency

// A request's life (requests.status): open (nobody has it yet), promised (someone took it on, or
// an offer was matched to it), packed (riding with a stop of a distribution day), delivered, or
// unmet (closed without it, with a reason).
namespace status {
inline const QString Open = QStringLiteral("open");
inline const QString Promised = QStringLiteral("promised");
inline const QString Packed = QStringLiteral("packed");
inline const QString Delivered = QStringLiteral("delivered");
inline const QString Unmet = QStringLiteral("unmet");
const QStringList& all();
QString label(const QString& status);
bool isClosed(const QString& status);
} // namespace status

// An offer's life (offers.status): open (nobody matched), matched (a coordinator said yes to it
// for a request), received (in the pantry's hands), withdrawn.
namespace offerstatus {
inline const QString Open = QStringLiteral("open");
inline const QString Matched = QStringLiteral("matched");
inline const QString Received = QStringLiteral("received");
inline const QString Withdrawn = QStringLiteral("withdrawn");
QString label(const QString& status);
} // namespace offerstatus

// What one household (or volunteer) asked for: a catalog item and a quantity, or words and a
// category.
struct Request {
    QString id;
    QString householdId;                        // who asked: a household,
    QString personId;                           // or a volunteer
    QString itemId;                             // a catalog item, or empty for words only
    qint64 quantity = 1;                        // in the item's unit, or pieces
    QString description;                        // "winter coat, age 8" (personal: sealed)
    QString category = QStringLiteral("other"); // inventory::vocabulary::categories()
    QString urgency = urgency::Normal;
    QString notes;
    QString status = status::Open;
    QString closedReason;
    QString takenBy; // the person who took it on
    QString stopId;  // the stop of a distribution day carrying it
    QDate requestedOn;
    QDate closedOn;
    // Read only: names for screens and papers.
    QString whoName;
    QString itemName;
    QString unit;
    QString takenByName;
    QDate carriedOn; // the date of the day carrying it

    // "Diapers size 4" or "winter coat, age 8", and with the quantity: "Diapers size 4, 2".
    QString what() const;
    QString whatWithQuantity() const;
};

// What a neighbour, household or volunteer can give.
struct Offer {
    QString id;
    QString householdId;
    QString personId;
    QString offeredBy; // a neighbour not on file: how the team knows them
    QString phone;
    QString address; // where to pick it up, when not the household's
    std::optional<people::Coordinates> where;
    QString itemId;
    qint64 quantity = 1;
    QString description;
    QString category = QStringLiteral("other");
    QDate availableFrom, availableUntil; // either may be empty
    bool pickup = false;                 // needs picking up (else they bring it)
    int boxes = 1;                       // room it takes in a vehicle
    QString status = offerstatus::Open;
    QString stopId; // its pickup stop
    QDate receivedOn;
    QString notes;
    // Read only
    QString whoName;
    QString itemName;
    QString unit;
    QDate createdOn;

    QString what() const;
    QString whatWithQuantity() const;
};

// A coordinator's yes to an offer for a request.
struct Match {
    QString id;
    QString requestId;
    QString offerId;
    QString status = QStringLiteral("confirmed"); // confirmed, cancelled
    QString confirmedBy;
    Request request; // read only
    Offer offer;
};

// A match Larder suggests; a coordinator confirms it or not.
struct Proposal {
    Request request;
    Offer offer;
    bool sameItem = false; // both name the same catalog item
    int sharedWords = 0;   // words of what was asked found in what is offered
    bool enough = false;   // the offer covers the quantity asked
    int score = 0;         // higher first, for one request
};

// Requests, offers and the matches between them (issue #18; docs/ARCHITECTURE.md "Requests and
// offers"). A request for a catalog item rides with its household's next distribution day (stock
// set aside in Packages::allocate); an offer that needs picking up becomes a stop of a day; a
// received offer enters the ledger like any donation. Every change is one Store::write().
class Requests {
    Q_DECLARE_TR_FUNCTIONS(larder::requests::Requests)

public:
    explicit Requests(Store& store);

    static constexpr int MaxText = 300;
    static constexpr int MaxNotes = 2000;
    static constexpr qint64 MostQuantity = 1000;

    // ---- Requests ----
    static QList<people::FieldProblem> validate(const Request& request);
    Result<QString> add(const Request& request);
    // What, how many, urgency, notes and who took it on; a request already carried or closed
    // keeps its item and quantity.
    Result<void> update(const Request& request);
    // Someone takes it on (promised); empty person: the person on shift.
    Result<void> takeOn(const QString& requestId, const QString& personId = {});
    Result<void> closeUnmet(const QString& requestId, const QString& reason);
    Result<void> reopen(const QString& requestId); // undoes closeUnmet
    // Removes a request entered by mistake (never carried or delivered): what undo of add does.
    Result<void> remove(const QString& requestId);

    std::optional<Request> request(const QString& requestId) const;
    // Not delivered or closed: most urgent first, then oldest.
    QList<Request> open() const;
    // Every request, or only those with `statuses`, newest first.
    QList<Request> list(const QStringList& statuses = {}) const;
    QList<Request> forHousehold(const QString& householdId, bool includeClosed = false) const;
    QList<Request> forStop(const QString& stopId) const;

    // ---- Offers ----
    static QList<people::FieldProblem> validateOffer(const Offer& offer);
    Result<QString> addOffer(const Offer& offer);
    Result<void> withdrawOffer(const QString& offerId);
    Result<void> removeOffer(const QString& offerId); // undo of addOffer: never matched or received
    // Received at the pantry (brought, or picked up outside a day): an offer of a catalog item
    // enters the ledger as a donation into `locationId` (empty: the first location). Returns the
    // movement's id, empty for an offer in words only.
    Result<QString> receiveOffer(const QString& offerId, const QString& locationId = {});
    // Undoes receiveOffer: its ledger row reversed, the offer waiting again. A pickup received by
    // a stop's outcome is corrected through the outcome instead.
    Result<void> unreceiveOffer(const QString& offerId);
    std::optional<Offer> offer(const QString& offerId) const;
    // Every offer, or only those with `statuses`, newest first.
    QList<Offer> offers(const QStringList& statuses = {}) const;
    // Open offers nobody has matched yet, oldest first.
    QList<Offer> unmatchedOffers() const;

    // ---- Matches ----
    // Open requests against open offers of the same category that share a word or the item:
    // requests most urgent then oldest first, and for one request the same item first, then most
    // shared words, then an offer that covers the quantity, then the oldest offer.
    QList<Proposal> proposals() const;
    Result<QString> confirm(const QString& requestId, const QString& offerId);
    Result<void> cancelMatch(const QString& matchId); // before the offer is received
    QList<Match> matches(bool confirmedOnly = true) const;

    // ---- Inside other writes ----
    // Requests of `householdId` that `stopId` (on a day of `date`) may carry: not closed, not
    // carried by a stop of an earlier or the same day elsewhere.
    static QList<Request> carriableInside(Writer& writer, const QString& householdId,
                                          const QString& stopId, const QDate& date);
    // Ties a request to a stop (packed) or frees it (back to promised or open).
    static void carryInside(Writer& writer, const QString& requestId, const QString& stopId);
    static void releaseInside(Writer& writer, const QString& requestId);
    // A stop's outcome: delivered closes its requests and receives its pickups; not home and the
    // rest free the requests for the next day; a cleared outcome puts them back on the stop.
    static void outcomeInside(Writer& writer, const QString& stopId, const QString& outcome,
                              bool wasDelivered);
    // A stop taken off its day (or its day removed): its requests wait for the next day, its
    // pickup is no longer on a day.
    static void stopRemovedInside(Writer& writer, const QString& stopId);
    // A household's purge: its requests, offers and their matches go.
    static void removeForHouseholdInside(Writer& writer, const QString& householdId);
    // A person removed: their own requests and offers go, and their name leaves those they took
    // on or confirmed.
    static void removeForPersonInside(Writer& writer, const QString& personId);
    // Where a pickup stop is and who it is: the offer's household, or the offer's own address.
    struct PickupPlace {
        QString name;
        QString address;
        std::optional<people::Coordinates> where;
        QString what;
    };
    static PickupPlace pickupPlace(const Store& store, const QString& offerId);

private:
    static QString restingStatus(Writer& writer, const QString& requestId);
    static void removeRequestsInside(Writer& writer, const QStringList& requestIds);
    static void removeOffersInside(Writer& writer, const QStringList& offerIds);
    static void removeForInside(Writer& writer, const QString& column, const QString& id);
    static QString receiveInside(Writer& writer, const QString& offerId, const QString& locationId,
                                 const QString& reference);
    Store& m_store;
};

// The words of a text that matching compares: lower case, letters and digits, three or more
// characters (or digits of any length: "size 4"), without the commonest little words.
QStringList matchWords(const QString& text);

} // namespace larder::requests
