// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoData.h"

#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoTables.h"
#include "core/identity/Clock.h"
#include "core/identity/Random.h"
#include "core/inventory/Inventory.h"
#include "core/people/People.h"
#include "core/requests/Requests.h"
#include "core/runs/Packages.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>
#include <random>
#include <span>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace larder::demo {

namespace {

using namespace catalog;
using namespace tables;

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 HourMs = 3'600'000;
// Rows per Store::write call: large enough to be fast, small enough to keep a transaction short.
constexpr qint64 RowsPerWrite = 5000;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::demo::DemoData)
};

// Never a null QString (the write API stores a null QString as NULL), so "" stays "".
QString utf8(const char* text) {
    return *text ? QString::fromUtf8(text) : u""_s;
}

QString isoMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The demo's own dice: std::mt19937_64 is specified bit for bit by the standard and the helpers
// below use no library distributions, so a seed gives the same data with any compiler.
class Dice {
public:
    explicit Dice(quint64 seed)
        : m_engine(mix(seed)) {}

    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); } // inclusive
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    double jitter(double magnitude) { return (unit() * 2.0 - 1.0) * magnitude; }
    template <typename T> const T& pick(std::span<const T> list) {
        return list[std::size_t(below(int(list.size())))];
    }
    template <typename T, std::size_t N> const T& pick(const T (&list)[N]) {
        return list[std::size_t(below(int(N)))];
    }
    // An index drawn with the given relative weights.
    int weighted(std::initializer_list<int> weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    // SplitMix64, so that seeds 1, 2, 3 start far apart.
    static quint64 mix(quint64 x) {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    std::mt19937_64 m_engine;
};

// ---- Chicago's address grid ----
// Origin State & Madison; 800 address numbers to the mile; at this latitude one mile is
// 1/69.05 degree of latitude and 1/51.43 degree of longitude.
constexpr double OriginLatitude = 41.88195;
constexpr double OriginLongitude = -87.62780;
double latitudeSouth(int southNumber) {
    return OriginLatitude - (southNumber / 800.0) / 69.05;
}
double longitudeWest(int westNumber) {
    return OriginLongitude - (westNumber / 800.0) / 51.43;
}

QString postalCodeFor(int westNumber) {
    if (westNumber >= 2800)
        return u"60623"_s; // Little Village
    if (westNumber <= 900)
        return u"60616"_s;
    return u"60608"_s; // Pilsen, Heart of Chicago
}

// How many volunteers, drawn at random, also belong to a household that receives deliveries.
constexpr int VolunteersLinkedToHouseholds = 3;

// The pantry itself, about 1850 S Blue Island Ave (printed on route sheets, the routes' depot).
constexpr int PantrySouth = 1850;
constexpr int PantryWest = 1500;

QString phoneNumber(Dice& dice) {
    // 555-0100 to 555-0199 are reserved for fiction: never a real person's number.
    return u"(%1) 555-01%2"_s.arg(utf8(dice.pick(tables::areaCodes())))
        .arg(dice.below(100), 2, 10, QLatin1Char('0'));
}

// ---- Barcodes ----
// A valid-looking EAN-13 from a fixed hash of the item's name: the same product keeps its code
// whatever the seed, as a real product does.
quint64 fnv1a(const QByteArray& bytes, quint64 salt) {
    quint64 hash = 0xcbf29ce484222325ull ^ salt;
    for (char c : bytes) {
        hash ^= quint64(uchar(c));
        hash *= 0x100000001b3ull;
    }
    return hash;
}

QString ean13(quint64 hash) {
    // GS1 US prefixes (UPC-A as EAN-13), avoiding the restricted 02, 04 and 05 ranges.
    static const char* const prefixes[] = {"00", "01", "03", "06", "07", "08", "09"};
    QString digits = QString::fromLatin1(prefixes[hash % 7]);
    hash /= 7;
    for (int i = 0; i < 10; ++i) {
        digits += QChar(u'0' + char16_t(hash % 10));
        hash /= 10;
    }
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - u'0') * (i % 2 ? 3 : 1);
    digits += QChar(u'0' + char16_t((10 - sum % 10) % 10));
    return digits;
}

// ---- The generator ----

// Makes one demo pantry inside an open store: catalog, people and weeks of stock history. All
// state it needs to keep the ledger sensible (on-hand per lot and location, expiry, what is
// below par) is held in memory, so it never reads back from the file.
class Generator {
public:
    Generator(Store& store, const DemoOptions& options, ManualClock* clock, qint64 historyStart)
        : m_store(store)
        , m_options(options)
        , m_clock(clock)
        , m_dice(options.seed)
        , m_historyStartMs(historyStart)
        , m_startDate(QDateTime::fromMSecsSinceEpoch(historyStart, Qt::UTC).date())
        , m_days(options.weeksOfHistory * 7) {}

    Result<DemoSummary> run();

private:
    struct ItemState {
        QString id;
        const ItemSpec* spec = nullptr;
        qint64 onHand = 0;
        std::vector<int> bins; // bins of this item that had stock when listed
        int stockedSlot = -1;  // index in m_stocked, or -1
        int distributeMin = 1, distributeMax = 1, receiveMin = 1, receiveMax = 1;
    };
    struct Lot {
        QString id;
        int item = 0;
        int expiryDay = INT_MAX; // day index of the history; INT_MAX: does not expire
    };
    // Stock of one lot at one location: what stock_on_hand holds, kept here in memory.
    struct Bin {
        int lot = 0;
        int location = 0;
        qint64 quantity = 0;
        bool listed = false;           // in its item's bins
        bool listedPerishable = false; // in m_perishableBins
    };
    enum class Event { Distribute, Receive, Spoil, Count, Move };

    Result<void> inBatches(qint64 count, const std::function<void(Writer&, qint64)>& make);
    void reportProgress();
    void makeLocation(Writer& writer, int index);
    void makeSupplier(Writer& writer, int index);
    void makeItem(Writer& writer, int index);
    void makeHousehold(Writer& writer);
    void makeVolunteer(Writer& writer, int index);
    void makeTemplates(Writer& writer);
    void makePantrySettings(Writer& writer);
    Result<void> makeLedger();
    Result<void> makeDistributionDays();
    Result<void> makeRequestsAndOffers();
    Result<void> planDay(const QString& runId);
    Result<void> restockFor(const QString& runId);

    // Ledger simulation.
    void planDays();
    void startDay();
    int nextEvent(Writer& writer, qint64 remainingToday);
    void startEvent();
    int receive(Writer& writer, qint64 room, bool force = false);
    int distribute(Writer& writer);
    int spoil(Writer& writer, int bin, qint64 quantity, const QString& reason);
    int spoilSomething(Writer& writer);
    int count(Writer& writer);
    int move(Writer& writer);
    int bestBin(ItemState& item); // first expiry, first out; -1 when none
    int binFor(int lot, int location);
    void post(Writer& writer, const char* kind, int bin, qint64 quantity, const QString& reason,
              const QString& reference, const QString& supplierId = {});
    int itemBelowPar(unsigned sources, int tries);
    int randomStockedItem();
    bool isDistributionDay() const;
    const QString& shiftActor();

    Store& m_store;
    const DemoOptions& m_options;
    ManualClock* m_clock; // advanced through the history when the store's clock is ours
    Dice m_dice;
    qint64 m_historyStartMs;
    QDate m_startDate;
    int m_days;

    QList<QString> m_locationIds;
    QList<QString> m_supplierIds;
    QList<QString> m_householdIds;
    QList<QString> m_peopleIds;
    QList<QString> m_shiftPool;            // volunteers who work shifts at the pantry
    std::vector<bool> m_linkedToHousehold; // volunteers who also receive deliveries
    std::vector<ItemState> m_items;
    std::vector<int> m_itemsBySource[6];
    std::vector<Lot> m_lots;
    std::vector<Bin> m_bins;
    std::unordered_map<qint64, int> m_binIndex; // lot * PlaceCount + location
    std::vector<int> m_stocked;                 // items with stock
    std::vector<int> m_perishableBins;

    // Progress of the simulation.
    qint64 m_movementsTarget = 0;
    qint64 m_movements = 0;
    std::vector<qint64> m_quota; // movements per day
    int m_day = -1;
    qint64 m_dayDone = 0;
    std::vector<int> m_expiredToday;
    qint64 m_expiredBudget = 0;
    QStringList m_shift;
    QString m_distributionRef;
    QString m_countRef;
    qint64 m_eventMs = 0;
    QString m_eventAt; // ISO time of the event being posted

    qint64 m_workDone = 0;
    qint64 m_workTotal = 0;
    DemoSummary m_summary;
};

Result<void> Generator::inBatches(qint64 count, const std::function<void(Writer&, qint64)>& make) {
    for (qint64 done = 0; done < count;) {
        const qint64 end = std::min(count, done + RowsPerWrite);
        auto written = m_store.write([&](Writer& writer) {
            for (qint64 i = done; i < end; ++i)
                make(writer, i);
        });
        if (!written)
            return written.error();
        m_workDone += end - done;
        done = end;
        reportProgress();
    }
    return {};
}

void Generator::reportProgress() {
    if (m_options.progress)
        m_options.progress(m_workDone, m_workTotal);
}

Result<DemoSummary> Generator::run() {
    const auto locations = catalog::locations();
    const auto suppliers = catalog::suppliers();
    const auto items = catalog::items();
    const int households = m_options.households;
    const int volunteers = int(tables::volunteers().size());
    m_movementsTarget =
        m_options.movements > 0
            ? m_options.movements
            : std::max<qint64>(600, qint64(households) * m_options.weeksOfHistory * 2);
    m_workTotal = qint64(locations.size() + suppliers.size() + items.size()) + households +
                  volunteers + m_movementsTarget;

    // The catalog is small: one action.
    auto catalogWritten = m_store.write([&](Writer& writer) {
        for (int i = 0; i < int(locations.size()); ++i)
            makeLocation(writer, i);
        for (int i = 0; i < int(suppliers.size()); ++i)
            makeSupplier(writer, i);
        for (int i = 0; i < int(items.size()); ++i)
            makeItem(writer, i);
        makeTemplates(writer);
        makePantrySettings(writer);
    });
    if (!catalogWritten)
        return catalogWritten.error();
    m_workDone += qint64(locations.size() + suppliers.size() + items.size());
    reportProgress();

    if (auto ok = inBatches(households, [this](Writer& w, qint64) { makeHousehold(w); }); !ok)
        return ok.error();
    m_linkedToHousehold.assign(std::size_t(volunteers), false);
    for (int linked = 0; linked < VolunteersLinkedToHouseholds;) {
        const int index = m_dice.below(volunteers);
        if (!m_linkedToHousehold[std::size_t(index)]) {
            m_linkedToHousehold[std::size_t(index)] = true;
            ++linked;
        }
    }
    if (auto ok = inBatches(volunteers, [this](Writer& w, qint64 i) { makeVolunteer(w, int(i)); });
        !ok)
        return ok.error();
    if (auto ok = makeLedger(); !ok)
        return ok.error();
    if (auto ok = makeRequestsAndOffers(); !ok)
        return ok.error();
    if (auto ok = makeDistributionDays(); !ok)
        return ok.error();

    m_summary.locations = int(locations.size());
    m_summary.suppliers = int(suppliers.size());
    m_summary.items = int(items.size());
    m_summary.households = households;
    m_summary.people = volunteers;
    m_summary.movements = m_movements;
    return m_summary;
}

void Generator::makeLocation(Writer& writer, int index) {
    const LocationSpec& spec = catalog::locations()[std::size_t(index)];
    m_locationIds.append(
        writer.insert(u"locations", {{u"name"_s, utf8(spec.name)}, {u"kind"_s, utf8(spec.kind)}}));
}

void Generator::makeSupplier(Writer& writer, int index) {
    const SupplierSpec& spec = catalog::suppliers()[std::size_t(index)];
    Values values{{u"name"_s, utf8(spec.name)},
                  {u"kind"_s, utf8(spec.kind)},
                  {u"pickup_days"_s, utf8(spec.pickupDays)},
                  {u"notes"_s, utf8(spec.notes)}};
    if (*spec.contactName) {
        values.insert(u"contact_name"_s, utf8(spec.contactName));
        values.insert(u"phone"_s, phoneNumber(m_dice));
    }
    if (*spec.address) {
        values.insert(u"address"_s, utf8(spec.address));
        values.insert(u"latitude"_s, std::round(latitudeSouth(spec.south) * 1e6) / 1e6);
        values.insert(u"longitude"_s, std::round(longitudeWest(spec.west) * 1e6) / 1e6);
    }
    values.insert(u"usual_boxes"_s, spec.usualBoxes);
    m_supplierIds.append(writer.insert(u"suppliers", values));
}

void Generator::makeItem(Writer& writer, int index) {
    const ItemSpec& spec = catalog::items()[std::size_t(index)];
    Values values{{u"name"_s, utf8(spec.name)},
                  {u"category"_s, utf8(spec.category)},
                  {u"unit"_s, utf8(spec.unit)},
                  {u"unit_grams"_s, spec.unitGrams},
                  {u"perishable"_s, spec.shelfLifeDays > 0},
                  {u"dietary_tags"_s, utf8(spec.dietaryTags)},
                  {u"par_level"_s, spec.parLevel}};
    if (spec.caseSize > 0)
        values.insert(u"case_size"_s, spec.caseSize);
    if (spec.shelfLifeDays > 0)
        values.insert(u"shelf_life_days"_s, spec.shelfLifeDays);
    ItemState state;
    state.id = writer.insert(u"items", values);
    state.spec = &spec;
    // A receipt restocks a good part of the par level; a distribution takes a box's worth.
    state.receiveMax = std::max(1, spec.parLevel);
    state.receiveMin = std::max(1, spec.parLevel / 4);
    state.distributeMax = std::max(1, spec.parLevel / 6);
    state.distributeMin = std::max(1, state.distributeMax / 3);
    m_itemsBySource[spec.source].push_back(int(m_items.size()));
    m_items.push_back(state);

    // One barcode, sometimes a second brand's.
    const QByteArray name = QByteArray(spec.name);
    const int codes = fnv1a(name, 7) % 10 < 3 ? 2 : 1;
    for (int i = 0; i < codes; ++i)
        writer.insert(u"item_barcodes",
                      {{u"item_id"_s, m_items.back().id}, {u"code"_s, ean13(fnv1a(name, i))}});
}

void Generator::makeTemplates(Writer& writer) {
    for (const TemplateSpec& spec : tables::templates()) {
        Values values{
            {u"name"_s, utf8(spec.name)}, {u"min_size"_s, spec.minSize}, {u"boxes"_s, spec.boxes}};
        if (spec.maxSize > 0)
            values.insert(u"max_size"_s, spec.maxSize);
        const QString templateId = writer.insert(u"box_templates", values);
        for (const TemplateLineSpec& line : spec.lines) {
            const auto item =
                std::find_if(m_items.cbegin(), m_items.cend(), [&](const ItemState& i) {
                    return qstrcmp(i.spec->name, line.item) == 0;
                });
            if (item == m_items.cend())
                writer.refuse(Tr::tr("The demo's box template \"%1\" names an item that is not in "
                                     "its catalog: \"%2\".")
                                  .arg(utf8(spec.name), utf8(line.item)),
                              Tr::tr("Report this as a bug in Larder's demo data."));
            writer.insert(u"box_template_lines", {{u"template_id"_s, templateId},
                                                  {u"item_id"_s, item->id},
                                                  {u"quantity"_s, line.quantity}});
        }
    }
}

void Generator::makePantrySettings(Writer& writer) {
    const QString coordinates = u"%1, %2"_s.arg(latitudeSouth(PantrySouth), 0, 'f', 6)
                                    .arg(longitudeWest(PantryWest), 0, 'f', 6);
    const std::pair<const char*, QString> values[] = {
        {settings::PantryName.key, u"Pilsen Neighbors Pantry"_s},
        {settings::PantryAddress.key, u"1850 S Blue Island Ave, Chicago, IL 60608"_s},
        // 555-0100 to 555-0199 are reserved for fiction.
        {settings::PantryPhone.key, u"(312) 555-0142"_s},
        {settings::PantryCoordinates.key, coordinates},
    };
    for (const auto& [key, value] : values) {
        const QString id = QString::fromLatin1(key);
        if (m_store.record(u"settings", id).isEmpty())
            writer.insert(u"settings", {{u"value"_s, value}}, id);
        else
            writer.update(u"settings", id, {{u"value"_s, value}});
    }
}

void Generator::makeHousehold(Writer& writer) {
    Dice& d = m_dice;
    Values v;
    const LanguageGroup& group = [&]() -> const LanguageGroup& {
        int roll = d.below(100);
        for (const LanguageGroup& g : tables::languageGroups()) {
            if (roll < g.weight)
                return g;
            roll -= g.weight;
        }
        return tables::languageGroups().front();
    }();

    // A chosen name or alias: never a legal full name.
    const QString given = utf8(d.pick(group.given));
    const QString family = utf8(d.pick(group.family));
    QString name;
    switch (d.weighted({30, 30, 20, 12, 8})) {
    case 0:
        name = given;
        break;
    case 1:
        name = given + u' ' + family.left(1) + u'.';
        break;
    case 2:
    case 3:
        name = utf8(d.pick(group.honorifics))
                   .replace(u"%1"_s, family.left(1))
                   .replace(u"%2"_s, family)
                   .replace(u"%3"_s, given);
        break;
    default:
        name = utf8(d.pick(group.aliases));
        break;
    }
    v.insert(u"chosen_name"_s, name);
    v.insert(u"languages"_s, utf8(group.languages));
    v.insert(u"city"_s, u"Chicago"_s);

    // Where: an address on the grid, or a meeting point.
    const int where = d.weighted({92, 5, 3}); // coordinates, address only, meeting point
    if (where == 2) {
        v.insert(u"meeting_point"_s, utf8(d.pick(tables::meetingPoints())));
        v.insert(u"postal_code"_s, u"60608"_s);
    } else {
        int number = 0, west = 0, south = 0;
        QString street;
        bool even = false;
        if (d.chance(0.5)) {
            const NorthSouthStreet& s = d.pick(tables::northSouthStreets());
            number = d.between(800, 1550) * 2 + d.below(2); // 1600..3101 S
            west = s.west;
            south = number;
            street = utf8(s.name);
        } else {
            const EastWestStreet& s = d.pick(tables::eastWestStreets());
            number = d.between(400, 1599) * 2 + d.below(2); // 800..3199 W
            west = number;
            south = s.south;
            street = utf8(s.name);
        }
        even = number % 2 == 0;
        v.insert(u"street"_s, QString(QString::number(number) + u' ' + street));
        if (d.chance(0.3))
            v.insert(u"unit"_s, utf8(d.pick(tables::units())));
        v.insert(u"postal_code"_s, postalCodeFor(west));
        if (where == 0) {
            double latitude = latitudeSouth(south);
            double longitude = longitudeWest(west);
            // Even numbers are on the west side of north-south streets and the north side of
            // east-west streets.
            if (west == number)
                latitude += even ? 0.0001 : -0.0001;
            else
                longitude += even ? -0.00012 : 0.00012;
            latitude += d.jitter(0.00008);
            longitude += d.jitter(0.00008);
            v.insert(u"latitude"_s, std::round(latitude * 1e6) / 1e6);
            v.insert(u"longitude"_s, std::round(longitude * 1e6) / 1e6);
        }
    }

    // Who lives there.
    const int seniors = d.weighted({70, 20, 10});
    const int adults = d.weighted({seniors > 0 ? 30 : 0, 35, 40, 15, 10});
    const int children = d.weighted({40, 20, 20, 12, 5, 3});
    v.insert(u"adults"_s, adults);
    v.insert(u"children"_s, children);
    v.insert(u"seniors"_s, seniors);

    QStringList tags;
    if (QString::fromUtf8(group.languages).startsWith(u"ar"_s) && d.chance(0.8))
        tags << u"halal"_s;
    if (d.chance(0.3)) {
        const QString tag = utf8(d.pick(tables::dietaryTags()));
        if (!tags.contains(tag))
            tags << tag;
    }
    if (seniors > 0 && d.chance(0.3) && !tags.contains(u"diabetic-friendly"_s))
        tags << u"diabetic-friendly"_s;
    // Not tags.join() of an empty list: that is a null QString, which the write API stores as NULL.
    v.insert(u"dietary_tags"_s, tags.isEmpty() ? u""_s : tags.join(u','));
    if (d.chance(0.1))
        v.insert(u"allergies"_s, utf8(d.pick(tables::allergies())));
    if (d.chance(0.4))
        v.insert(u"delivery_notes"_s, utf8(d.pick(tables::deliveryNotes())));
    if (d.chance(seniors > 0 ? 0.25 : 0.06))
        v.insert(u"access_needs"_s, utf8(d.pick(tables::accessNeeds())));

    if (d.chance(0.6)) {
        v.insert(u"phone"_s, phoneNumber(d));
        v.insert(u"may_call"_s, d.chance(0.75));
        v.insert(u"may_text"_s, d.chance(0.7));
    }
    v.insert(u"may_leave_at_door"_s, d.chance(0.5));

    static const char* const schedules[] = {"weekly", "biweekly", "monthly"};
    v.insert(u"schedule"_s, utf8(schedules[d.weighted({55, 30, 15})]));
    if (!d.chance(0.1)) {
        static const int weekdays[] = {2, 4, 6, 3, 5};
        v.insert(u"preferred_weekday"_s, weekdays[d.weighted({30, 30, 30, 5, 5})]);
    }
    if (d.chance(0.7)) {
        const TimeWindow& window = d.pick(tables::windows());
        v.insert(u"window_start"_s, utf8(window.start));
        v.insert(u"window_end"_s, utf8(window.end));
    }
    switch (d.weighted({85, 10, 5})) {
    case 1:
        v.insert(u"status"_s, u"paused"_s);
        v.insert(u"status_since"_s, m_startDate.addDays(m_days - d.between(1, 120)));
        break;
    case 2:
        v.insert(u"status"_s, u"closed"_s);
        v.insert(u"status_since"_s, m_startDate.addDays(m_days - d.between(1, 300)));
        break;
    default:
        v.insert(u"status"_s, u"active"_s);
        break;
    }
    m_householdIds.append(writer.insert(u"households", v));
}

void Generator::makeVolunteer(Writer& writer, int index) {
    const VolunteerSpec& spec = tables::volunteers()[std::size_t(index)];
    Dice& d = m_dice;
    const QString roles = utf8(spec.roles);
    Values v{{u"display_name"_s, utf8(spec.name)},
             {u"roles"_s, roles},
             {u"languages"_s, utf8(spec.languages)},
             {u"vehicle_capacity"_s, spec.vehicleCapacity},
             {u"usual_days"_s, utf8(spec.usualDays)}};
    if (*spec.notes)
        v.insert(u"notes"_s, utf8(spec.notes));
    if (d.chance(0.7))
        v.insert(u"phone"_s, phoneNumber(d));
    if (spec.vehicleCapacity > 0 && d.chance(0.5)) {
        // Starts from home rather than the pantry: a nearby intersection is enough.
        const NorthSouthStreet& ns = d.pick(tables::northSouthStreets());
        const EastWestStreet& ew = d.pick(tables::eastWestStreets());
        v.insert(u"start_point"_s, u"Home, near %1 and %2"_s.arg(utf8(ew.name), utf8(ns.name)));
        v.insert(u"start_latitude"_s, std::round(latitudeSouth(ew.south) * 1e6) / 1e6);
        v.insert(u"start_longitude"_s, std::round(longitudeWest(ns.west) * 1e6) / 1e6);
    }
    // Aid is mutual: a few volunteers also receive deliveries.
    if (m_linkedToHousehold[std::size_t(index)] && !m_householdIds.isEmpty())
        v.insert(u"household_id"_s, m_householdIds.at(d.below(int(m_householdIds.size()))));
    const QString id = writer.insert(u"people", v);
    m_peopleIds.append(id);
    if (roles.contains(u"intake"_s) || roles.contains(u"packer"_s) ||
        roles.contains(u"coordinator"_s))
        m_shiftPool.append(id);
}

// ---- Ledger ----

Result<void> Generator::makeLedger() {
    planDays();
    if (m_movementsTarget > 0)
        startDay();
    while (m_movements < m_movementsTarget) {
        qint64 batchStart = m_movements;
        auto written = m_store.write([&](Writer& writer) {
            while (m_movements < m_movementsTarget && m_movements - batchStart < RowsPerWrite) {
                while (m_dayDone >= m_quota[std::size_t(m_day)])
                    startDay();
                const int made = nextEvent(writer, m_quota[std::size_t(m_day)] - m_dayDone);
                m_dayDone += made;
                m_movements += made;
            }
        });
        if (!written)
            return written.error();
        m_workDone += m_movements - batchStart;
        reportProgress();
    }
    m_store.setActor({});
    return {};
}

void Generator::planDays() {
    // More happens on distribution days (Tue, Thu, Sat) than on the others; Sunday is quiet.
    static const int weights[] = {6, 14, 6, 14, 8, 16, 2}; // Monday first
    std::vector<qint64> cumulative(std::size_t(m_days) + 1, 0);
    for (int day = 0; day < m_days; ++day)
        cumulative[std::size_t(day) + 1] =
            cumulative[std::size_t(day)] + weights[m_startDate.addDays(day).dayOfWeek() - 1];
    const qint64 total = cumulative.back();
    m_quota.assign(std::size_t(m_days), 0);
    for (int day = 0; day < m_days; ++day)
        m_quota[std::size_t(day)] = m_movementsTarget * cumulative[std::size_t(day) + 1] / total -
                                    m_movementsTarget * cumulative[std::size_t(day)] / total;
}

void Generator::startDay() {
    ++m_day;
    m_dayDone = 0;
    Q_ASSERT(m_day < m_days);
    // Who is on shift today: their names go on what they record.
    m_shift.clear();
    const int people = std::min<int>(int(m_shiftPool.size()), 2 + m_dice.below(3));
    for (int i = 0; i < people; ++i) {
        const QString& id = m_shiftPool.at(m_dice.below(int(m_shiftPool.size())));
        if (!m_shift.contains(id))
            m_shift.append(id);
    }
    m_distributionRef.clear();
    m_countRef.clear();
    // What expired overnight is thrown out first, within a share of the day's work.
    m_expiredToday.clear();
    for (std::size_t i = 0; i < m_perishableBins.size();) {
        Bin& bin = m_bins[std::size_t(m_perishableBins[i])];
        if (bin.quantity <= 0) {
            bin.listedPerishable = false;
            m_perishableBins[i] = m_perishableBins.back();
            m_perishableBins.pop_back();
            continue;
        }
        if (m_lots[std::size_t(bin.lot)].expiryDay < m_day)
            m_expiredToday.push_back(m_perishableBins[i]);
        ++i;
    }
    std::sort(m_expiredToday.begin(), m_expiredToday.end());
    m_expiredBudget = std::max<qint64>(1, m_quota[std::size_t(m_day)] / 8);
}

// What a few households asked for and what neighbours offer, so the Today page shows requests,
// matches to confirm and an offer nobody has matched: diapers (in the catalog, riding with the
// next day when in stock), a child's coat and a crib (in words), a bus pass; a neighbour's coats
// to pick up, a household's folding crib, a church drive's diapers, kitchen pots. Made before the
// days, so the next day's packing carries what is in stock.
Result<void> Generator::makeRequestsAndOffers() {
    if (m_householdIds.size() < 6 || m_options.households > 2000)
        return {};
    const QDate today = m_startDate.addDays(m_days);
    QHash<QString, QString> itemIds;
    for (const inventory::Item& item : inventory::Inventory(m_store).items())
        itemIds.insert(item.name, item.id);
    requests::Requests aid(m_store);
    struct Ask {
        int household;
        const char* item;
        const char* words;
        const char* category;
        int quantity;
        const QString& urgency;
        int daysAgo;
    };
    const Ask asks[] = {
        {0, "Diapers size 4, 29 ct", "", "baby", 2, requests::urgency::Urgent, 3},
        {1, "", "Winter coat for a boy, age 8", "clothing", 1, requests::urgency::Normal, 6},
        {2, "", "Crib or pack-and-play for a newborn", "baby", 1, requests::urgency::Normal, 12},
        {3, "Infant formula, powder 12.4 oz", "", "baby", 2, requests::urgency::Normal, 1},
        {4, "", "Bus pass for the month", "other", 1, requests::urgency::Whenever, 20}};
    for (const Ask& ask : asks) {
        requests::Request r;
        r.householdId = m_householdIds.at(ask.household);
        r.itemId = itemIds.value(QString::fromUtf8(ask.item));
        if (*ask.item && r.itemId.isEmpty())
            continue; // a catalog without it
        r.description = QString::fromUtf8(ask.words);
        r.category = QString::fromLatin1(ask.category);
        r.quantity = ask.quantity;
        r.urgency = ask.urgency;
        r.requestedOn = today.addDays(-ask.daysAgo);
        if (auto added = aid.add(r); !added)
            return added.error();
    }
    struct Give {
        int household; // -1: a neighbour not on file
        const char* from;
        const char* item;
        const char* words;
        const char* category;
        int quantity;
        bool pickup;
        const char* address;
    };
    const Give gives[] = {
        {-1, "Neighbour on S Laflin St", "", "Kids' winter coats, ages 7-9", "clothing", 2, true,
         "1711 S Laflin St"},
        {5, "", "", "Pack and play, folding crib", "baby", 1, false, ""},
        {-1, "St. Pius church drive", "Diapers size 4, 29 ct", "", "baby", 12, false, ""},
        {-1, "A neighbour", "", "Box of kitchen pots and pans", "household", 1, false, ""}};
    for (const Give& give : gives) {
        requests::Offer o;
        if (give.household >= 0)
            o.householdId = m_householdIds.at(give.household);
        o.offeredBy = QString::fromUtf8(give.from);
        o.itemId = itemIds.value(QString::fromUtf8(give.item));
        if (*give.item && o.itemId.isEmpty())
            continue;
        o.description = QString::fromUtf8(give.words);
        o.category = QString::fromLatin1(give.category);
        o.quantity = give.quantity;
        o.pickup = give.pickup;
        o.address = QString::fromUtf8(give.address);
        if (give.pickup) {
            o.where = people::Coordinates{41.8584, -87.6636};
            o.availableUntil = today.addDays(14);
        }
        if (auto added = aid.addOffer(o); !added)
            return added.error();
    }
    return {};
}

// The last delivery day before today, packed and brought back with its outcomes (a few not
// home: the Today page's follow-ups), and the next one from today, planned and packed, so the
// Distribution page opens on a real day. Large benchmark pantries get none: planning thousands
// of stops is not what the demo is for.
Result<void> Generator::makeDistributionDays() {
    if (m_options.households > 2000)
        return {};
    const QDate today = m_startDate.addDays(m_days);
    auto isDeliveryDay = [](const QDate& date) {
        const int weekday = date.dayOfWeek();
        return weekday == 2 || weekday == 4 || weekday == 6;
    };
    QDate past = today.addDays(-1);
    while (!isDeliveryDay(past))
        past = past.addDays(-1);
    QDate next = today;
    while (!isDeliveryDay(next))
        next = next.addDays(1);

    runs::Runs runs(m_store);
    auto pastRun = runs.create(past, runs::kind::Delivery, Tr::tr("Delivery"));
    if (!pastRun)
        return pastRun.error();
    if (auto ok = planDay(*pastRun); !ok)
        return ok.error();
    QList<runs::OutcomeEntry> outcomes;
    for (const runs::RunStop& stop : runs.stops(*pastRun)) {
        if (stop.driverId.isEmpty()) {
            // Nobody could take it last time: it is not part of that day's record.
            if (auto ok = runs.removeStop(stop.id); !ok)
                return ok.error();
            continue;
        }
        static const QStringList notes{QString(), Tr::tr("Neighbour says they moved"),
                                       Tr::tr("Nobody answered, left a note"),
                                       Tr::tr("Gate locked")};
        const int roll = m_dice.below(100);
        runs::OutcomeEntry entry{stop.id, runs::outcome::Delivered, QString()};
        if (roll < 6) {
            entry.outcome = runs::outcome::NotHome;
            entry.note = notes.at(2);
        } else if (roll < 8) {
            entry.outcome = runs::outcome::WrongAddress;
            entry.note = notes.at(1 + m_dice.below(3) / 2 * 2);
        } else if (roll < 12) {
            entry.outcome = runs::outcome::LeftAtDoor;
        } else if (roll < 13) {
            entry.outcome = runs::outcome::Declined;
        }
        outcomes.append(entry);
    }
    if (outcomes.isEmpty())
        return {}; // nobody was due, or no driver came: not worth a demo day
    if (auto ok = runs.recordOutcomes(outcomes); !ok)
        return ok.error();

    auto nextRun = runs.create(next, runs::kind::Delivery, Tr::tr("Delivery"));
    if (!nextRun)
        return nextRun.error();
    if (auto ok = planDay(*nextRun); !ok)
        return ok.error();
    return restockFor(*nextRun);
}

// Yesterday's delivery from the food bank: enough of what the next day lacks that only its two
// scarcest items stay short, so the shortage list has something real to show.
Result<void> Generator::restockFor(const QString& runId) {
    runs::Packages packages(m_store);
    QList<runs::Shortage> shortages = packages.shortages(runId);
    if (shortages.size() <= 2)
        return {};
    std::stable_sort(shortages.begin(), shortages.end(),
                     [](const runs::Shortage& a, const runs::Shortage& b) {
                         return a.needed - a.available > b.needed - b.available;
                     });
    inventory::Inventory inventory(m_store);
    const QDate today = m_startDate.addDays(m_days);
    for (int i = 2; i < shortages.size(); ++i) {
        const runs::Shortage& shortage = shortages.at(i);
        const auto item = inventory.item(shortage.itemId);
        if (!item)
            continue;
        inventory::Receipt receipt;
        receipt.itemId = item->id;
        const QList<inventory::MovementRow> last = inventory.history(item->id, 1);
        receipt.locationId = last.isEmpty() ? m_locationIds.value(0) : last.first().locationId;
        const qint64 missing = shortage.needed - shortage.available;
        receipt.quantity = missing + missing / 5 + 6;
        if (item->shelfLifeDays > 0)
            receipt.expiry = today.addDays(item->shelfLifeDays);
        receipt.source = u"supplier"_s;
        receipt.note = Tr::tr("Food bank delivery for the next distribution day");
        receipt.supplierId = m_supplierIds.value(0);
        receipt.allowPastExpiry = true;
        if (auto received = inventory.receive(receipt); !received)
            return received.error();
    }
    if (auto allocated = packages.allocate(runId); !allocated)
        return allocated.error();
    return {};
}

// Puts drivers on the run until their vans hold every box and their stop limits cover every
// stop (or there are no more drivers), plans it with a fixed number of iterations (the same
// routes for the same seed on any machine) and sets its stock aside.
Result<void> Generator::planDay(const QString& runId) {
    runs::Runs runs(m_store);
    qint64 boxes = 0;
    const QList<runs::RunStop> stops = runs.stops(runId);
    if (stops.isEmpty())
        return {}; // nobody due: the day stays a draft
    for (const runs::RunStop& stop : stops)
        boxes += stop.boxes;
    const int stopsPerDriver = Settings(m_store).get(settings::DefaultMaxStops);
    qint64 capacity = 0;
    int stopRoom = 0;
    for (const people::Person& person : people::People(m_store).drivers()) {
        if (capacity >= boxes + boxes / 10 && stopRoom >= stops.size())
            break;
        if (person.vehicleCapacity <= 0)
            continue;
        runs::RunDriver driver;
        driver.personId = person.id;
        driver.capacity = 0; // the person's vehicle
        if (auto added = runs.addDriver(runId, driver); !added)
            return added.error();
        capacity += person.vehicleCapacity;
        stopRoom += stopsPerDriver;
    }
    if (runs.drivers(runId).isEmpty())
        return {};
    runs::PlanOptions options;
    options.maxIterations = 400;
    if (auto planned = runs.plan(runId, options); !planned)
        return planned.error();
    if (auto allocated = runs::Packages(m_store).allocate(runId); !allocated)
        return allocated.error();
    return {};
}

bool Generator::isDistributionDay() const {
    const int weekday = m_startDate.addDays(m_day).dayOfWeek();
    return weekday == 2 || weekday == 4 || weekday == 6;
}

const QString& Generator::shiftActor() {
    static const QString nobody;
    if (m_shift.isEmpty())
        return nobody;
    return m_shift.at(m_dice.below(int(m_shift.size())));
}

void Generator::startEvent() {
    // Open 8:30 to 19:30; the day's events spread over it in order, and time never goes back.
    const qint64 quota = std::max<qint64>(1, m_quota[std::size_t(m_day)]);
    qint64 at = m_historyStartMs + m_day * DayMs + 8 * HourMs + HourMs / 2 +
                m_dayDone * 11 * HourMs / quota + m_dice.below(60'000);
    at = std::max(at, m_eventMs + 1);
    if (m_clock) {
        // Our clock: move it to the event, so record ids and hybrid clock follow the history.
        const qint64 now = m_clock->nowMs();
        if (at > now)
            m_clock->set(at);
        else
            at = now;
    }
    m_eventMs = at;
    m_eventAt = isoMs(at);
    m_store.setActor(shiftActor());
}

int Generator::nextEvent(Writer& writer, qint64 remainingToday) {
    startEvent();
    while (!m_expiredToday.empty() && m_expiredBudget > 0) {
        const int bin = m_expiredToday.back();
        m_expiredToday.pop_back();
        if (m_bins[std::size_t(bin)].quantity > 0) {
            --m_expiredBudget;
            return spoil(writer, bin, m_bins[std::size_t(bin)].quantity, u"expired"_s);
        }
    }
    const Event event = isDistributionDay() ? Event(m_dice.weighted({76, 14, 4, 3, 3}))
                                            : Event(m_dice.weighted({42, 41, 7, 6, 4}));
    int made = 0;
    switch (event) {
    case Event::Distribute:
        made = distribute(writer);
        break;
    case Event::Receive:
        made = receive(writer, remainingToday);
        break;
    case Event::Spoil:
        made = spoilSomething(writer);
        break;
    case Event::Count:
        made = count(writer);
        break;
    case Event::Move:
        if (remainingToday >= 2)
            made = move(writer);
        break;
    }
    if (made == 0 && event != Event::Distribute)
        made = distribute(writer);
    if (made == 0)
        made = receive(writer, remainingToday, true); // always possible
    return made;
}

int Generator::itemBelowPar(unsigned sources, int tries) {
    for (int attempt = 0; attempt < tries; ++attempt) {
        int source = 0;
        do {
            source = m_dice.below(6);
        } while (!(sources & (1u << source)));
        const auto& candidates = m_itemsBySource[source];
        if (candidates.empty())
            continue;
        const int item = candidates[std::size_t(m_dice.below(int(candidates.size())))];
        if (m_items[std::size_t(item)].onHand < m_items[std::size_t(item)].spec->parLevel)
            return item;
    }
    return -1;
}

int Generator::randomStockedItem() {
    return m_stocked.empty() ? -1 : m_stocked[std::size_t(m_dice.below(int(m_stocked.size())))];
}

int Generator::receive(Writer& writer, qint64 room, bool force) {
    // A pickup or drop-off: one supplier, one to four items that are short, one reference.
    int item = itemBelowPar(0x3F, 8);
    if (item < 0 && !force && !m_stocked.empty())
        return 0; // everything is stocked: nothing to fetch today
    if (item < 0)
        item = m_dice.below(int(m_items.size()));
    const Source source = m_items[std::size_t(item)].spec->source;
    const auto suppliers = catalog::suppliers();
    const int weekday = m_startDate.addDays(m_day).dayOfWeek();
    static const char* const dayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    std::vector<int> candidates, today;
    for (int i = 0; i < int(suppliers.size()); ++i) {
        if (!(suppliers[std::size_t(i)].sources & (1u << source)))
            continue;
        candidates.push_back(i);
        if (QByteArray(suppliers[std::size_t(i)].pickupDays).contains(dayNames[weekday - 1]))
            today.push_back(i);
    }
    const std::vector<int>& from = today.empty() ? candidates : today;
    const int supplier = from[std::size_t(m_dice.below(int(from.size())))];
    const SupplierSpec& spec = suppliers[std::size_t(supplier)];
    const QString supplierId = m_supplierIds.at(supplier);
    const QString reason = QByteArray(spec.kind) == "donor"    ? u"drop-off"_s
                           : QByteArray(spec.kind) == "church" ? u"food drive"_s
                                                               : u"pickup"_s;
    const QString reference = m_store.newId();
    const QString receivedOn = m_startDate.addDays(m_day).toString(Qt::ISODate);
    const int lines = int(std::min<qint64>(room, 1 + m_dice.below(4)));
    int made = 0;
    for (int line = 0; line < lines; ++line) {
        if (line > 0) {
            item = itemBelowPar(spec.sources, 4);
            if (item < 0)
                break;
        }
        ItemState& state = m_items[std::size_t(item)];
        Lot lot;
        lot.item = item;
        Values values{{u"item_id"_s, state.id},
                      {u"supplier_id"_s, supplierId},
                      {u"received_on"_s, receivedOn}};
        if (const int life = state.spec->shelfLifeDays; life > 0) {
            // Donated food often arrives with part of its life gone.
            lot.expiryDay = m_day + std::max(1, life - m_dice.below(life / 3 + 1));
            values.insert(u"expiry"_s, m_startDate.addDays(lot.expiryDay));
        }
        lot.id = writer.insert(u"lots", values);
        m_lots.push_back(lot);
        const int bin = binFor(int(m_lots.size()) - 1, state.spec->place);
        const qint64 quantity = m_dice.between(state.receiveMin, state.receiveMax);
        post(writer, "received", bin, quantity, reason, reference, supplierId);
        ++made;
    }
    return made;
}

int Generator::bestBin(ItemState& item) {
    int best = -1;
    for (std::size_t i = 0; i < item.bins.size();) {
        Bin& bin = m_bins[std::size_t(item.bins[i])];
        if (bin.quantity <= 0) {
            bin.listed = false;
            item.bins[i] = item.bins.back();
            item.bins.pop_back();
            continue;
        }
        if (best < 0) {
            best = item.bins[i];
        } else {
            const Bin& current = m_bins[std::size_t(best)];
            const int expiry = m_lots[std::size_t(bin.lot)].expiryDay;
            const int bestExpiry = m_lots[std::size_t(current.lot)].expiryDay;
            if (expiry < bestExpiry || (expiry == bestExpiry && bin.lot < current.lot) ||
                (expiry == bestExpiry && bin.lot == current.lot && bin.location < current.location))
                best = item.bins[i];
        }
        ++i;
    }
    return best;
}

int Generator::binFor(int lot, int location) {
    const qint64 key = qint64(lot) * PlaceCount + location;
    const auto found = m_binIndex.find(key);
    if (found != m_binIndex.end())
        return found->second;
    Bin bin;
    bin.lot = lot;
    bin.location = location;
    m_bins.push_back(bin);
    const int index = int(m_bins.size()) - 1;
    m_binIndex.emplace(key, index);
    return index;
}

void Generator::post(Writer& writer, const char* kind, int binIndex, qint64 quantity,
                     const QString& reason, const QString& reference, const QString& supplierId) {
    Bin& bin = m_bins[std::size_t(binIndex)];
    const Lot& lot = m_lots[std::size_t(bin.lot)];
    ItemState& item = m_items[std::size_t(lot.item)];
    Q_ASSERT(bin.quantity + quantity >= 0);
    Values values{{u"at"_s, m_eventAt},
                  {u"kind"_s, QString::fromLatin1(kind)},
                  {u"item_id"_s, item.id},
                  {u"lot_id"_s, lot.id},
                  {u"location_id"_s, m_locationIds.at(bin.location)},
                  {u"quantity"_s, quantity},
                  {u"reason"_s, reason}};
    if (!supplierId.isEmpty())
        values.insert(u"supplier_id"_s, supplierId);
    if (!reference.isEmpty())
        values.insert(u"reference"_s, reference);
    writer.append(u"stock_movements", values);

    bin.quantity += quantity;
    item.onHand += quantity;
    if (bin.quantity > 0 && !bin.listed) {
        bin.listed = true;
        item.bins.push_back(binIndex);
    }
    if (bin.quantity > 0 && lot.expiryDay != INT_MAX && !bin.listedPerishable) {
        bin.listedPerishable = true;
        m_perishableBins.push_back(binIndex);
    }
    const int itemIndex = lot.item;
    if (item.onHand > 0 && item.stockedSlot < 0) {
        item.stockedSlot = int(m_stocked.size());
        m_stocked.push_back(itemIndex);
    } else if (item.onHand <= 0 && item.stockedSlot >= 0) {
        const int moved = m_stocked.back();
        m_stocked[std::size_t(item.stockedSlot)] = moved;
        m_items[std::size_t(moved)].stockedSlot = item.stockedSlot;
        m_stocked.pop_back();
        item.stockedSlot = -1;
    }
}

int Generator::distribute(Writer& writer) {
    const int itemIndex = randomStockedItem();
    if (itemIndex < 0)
        return 0;
    ItemState& item = m_items[std::size_t(itemIndex)];
    const int bin = bestBin(item);
    if (bin < 0)
        return 0;
    const qint64 available = m_bins[std::size_t(bin)].quantity;
    const qint64 quantity =
        std::min<qint64>(available, m_dice.between(item.distributeMin, item.distributeMax));
    QString reason;
    if (m_bins[std::size_t(bin)].location == PartnerHub) {
        reason = u"partner hub distribution"_s;
    } else if (isDistributionDay()) {
        reason = u"distribution day"_s;
    } else {
        reason = u"emergency box"_s;
    }
    if (m_distributionRef.isEmpty())
        m_distributionRef = m_store.newId(); // the day's packing session
    post(writer, "distributed", bin, -quantity, reason, m_distributionRef);
    return 1;
}

int Generator::spoil(Writer& writer, int bin, qint64 quantity, const QString& reason) {
    if (quantity <= 0)
        return 0;
    post(writer, "disposed", bin, -quantity, reason, {});
    return 1;
}

int Generator::spoilSomething(Writer& writer) {
    // The perishable lot closest to its date, if it is due; otherwise some damage.
    int soonest = -1;
    for (int index : m_perishableBins) {
        const Bin& bin = m_bins[std::size_t(index)];
        if (bin.quantity <= 0)
            continue;
        if (soonest < 0 || m_lots[std::size_t(bin.lot)].expiryDay <
                               m_lots[std::size_t(m_bins[std::size_t(soonest)].lot)].expiryDay)
            soonest = index;
    }
    if (soonest >= 0 && m_lots[std::size_t(m_bins[std::size_t(soonest)].lot)].expiryDay <= m_day)
        return spoil(writer, soonest, m_bins[std::size_t(soonest)].quantity, u"expired"_s);

    const int itemIndex = randomStockedItem();
    if (itemIndex < 0)
        return 0;
    ItemState& item = m_items[std::size_t(itemIndex)];
    const int bin = bestBin(item);
    if (bin < 0)
        return 0;
    static const char* const fridge[] = {"moldy", "bruised, not safe to give out",
                                         "fridge temperature log out of range"};
    static const char* const freezer[] = {"freezer door left open overnight", "freezer burn",
                                          "thawed in transport"};
    static const char* const cans[] = {"dented can, swollen lid", "rusted can", "broken jar"};
    static const char* const other[] = {"damaged packaging", "water damage from roof leak",
                                        "torn bag, spilled", "mice got into it"};
    const int place = item.spec->place;
    const char* reason = place == Fridge    ? m_dice.pick(fridge)
                         : place == Freezer ? m_dice.pick(freezer)
                         : place == ShelfB  ? m_dice.pick(cans)
                                            : m_dice.pick(other);
    const qint64 available = m_bins[std::size_t(bin)].quantity;
    return spoil(writer, bin, m_dice.between(1, int(std::max<qint64>(1, available / 10))),
                 utf8(reason));
}

int Generator::count(Writer& writer) {
    // A shelf count posts the difference it found, never a new total.
    const int itemIndex = randomStockedItem();
    if (itemIndex < 0)
        return 0;
    const int bin = bestBin(m_items[std::size_t(itemIndex)]);
    if (bin < 0)
        return 0;
    const qint64 available = m_bins[std::size_t(bin)].quantity;
    qint64 delta = 0;
    QString reason;
    if (m_dice.chance(0.6)) {
        delta = -std::min<qint64>(available, m_dice.between(1, 3));
        reason = u"count"_s;
    } else {
        delta = m_dice.between(1, 2);
        reason = u"count"_s;
    }
    if (m_countRef.isEmpty())
        m_countRef = m_store.newId();
    post(writer, "counted", bin, delta, reason, m_countRef);
    return 1;
}

int Generator::move(Writer& writer) {
    // Stock moved between places: two movements, one reference.
    const int itemIndex = randomStockedItem();
    if (itemIndex < 0)
        return 0;
    const ItemState& item = m_items[std::size_t(itemIndex)];
    if (item.bins.empty())
        return 0;
    const int from = item.bins[std::size_t(m_dice.below(int(item.bins.size())))];
    const qint64 available = m_bins[std::size_t(from)].quantity;
    if (available <= 0)
        return 0;
    const int place = m_bins[std::size_t(from)].location;
    int to = PartnerHub;
    QString reason = u"to the partner hub"_s;
    if (place == PartnerHub) {
        to = item.spec->place;
        reason = u"back from the partner hub"_s;
    } else if (place == Fridge && item.spec->source == Bread && m_dice.chance(0.7)) {
        to = Freezer;
        reason = u"frozen before its date"_s;
    } else if (place <= ShelfD && m_dice.chance(0.4)) {
        to = (place + 1 + m_dice.below(3)) % 4;
        reason = u"shelves reorganised"_s;
    }
    const qint64 quantity = m_dice.between(1, int(std::max<qint64>(1, available / 2)));
    const QString reference = m_store.newId();
    const int lot = m_bins[std::size_t(from)].lot;
    post(writer, "moved", from, -quantity, reason, reference);
    post(writer, "moved", binFor(lot, to), quantity, reason, reference);
    return 2;
}

Result<void> validate(const DemoOptions& options) {
    if (options.households < 0 || options.households > 10'000'000)
        return Error::invalidInput(
            Tr::tr("The number of demo households must be from 0 to 10,000,000."),
            Tr::tr("Ask for fewer households."));
    if (options.weeksOfHistory < 1 || options.weeksOfHistory > 520)
        return Error::invalidInput(Tr::tr("The demo history must be from 1 to 520 weeks long."),
                                   Tr::tr("Ask for fewer weeks."));
    if (options.movements < 0 || options.movements > 1'000'000'000)
        return Error::invalidInput(
            Tr::tr("The number of demo movements must be from 0 to 1,000,000,000."),
            Tr::tr("Ask for fewer movements, or 0 for a realistic number."));
    return {};
}

qint64 startOfUtcDay(qint64 ms) {
    return ms - ((ms % DayMs) + DayMs) % DayMs;
}

} // namespace

Result<DemoSummary> fill(Store& store, const DemoOptions& options) {
    if (auto ok = validate(options); !ok)
        return ok.error();
    // The history ends at the start of today, by the store's clock.
    const qint64 start =
        startOfUtcDay(store.clock().nowMs()) - qint64(options.weeksOfHistory) * 7 * DayMs;
    const QString actor = store.actor();
    Generator generator(store, options, nullptr, start);
    auto result = generator.run();
    store.setActor(actor);
    return result;
}

Result<DemoSummary> createDemoFile(const QString& path, const DemoOptions& options) {
    if (auto ok = validate(options); !ok)
        return ok.error();
    // Time starts weeksOfHistory weeks before today's UTC midnight and moves 1 ms per read, so
    // the same seed on the same day gives the same ids, timestamps and data.
    const qint64 today = options.clock ? options.clock->nowMs() : SystemClock().nowMs();
    const qint64 start = startOfUtcDay(today) - qint64(options.weeksOfHistory) * 7 * DayMs;
    auto clock = std::make_shared<ManualClock>(start, 1);
    StoreOptions storeOptions;
    storeOptions.clock = clock;
    storeOptions.random = std::make_shared<SeededRandom>(options.seed);
    auto created = Store::create(path, u"Demo pantry"_s, storeOptions);
    if (!created)
        return created.error();
    std::unique_ptr<Store> store = std::move(created).value();
    Generator generator(*store, options, clock.get(), start);
    auto result = generator.run();
    if (!result) {
        // Half a demo is no use to anyone: leave no file behind.
        store.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        Error error = result.error();
        if (error.path.isEmpty())
            error.path = path;
        return error;
    }
    return result;
}

} // namespace larder::demo
