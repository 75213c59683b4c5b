// SPDX-License-Identifier: GPL-3.0-or-later
// Households and people: what the form accepts and refuses (with the field named), the field
// parsers (coordinates from typed pairs and map links, days, windows, languages), entry and
// changes through the write API, the household link both ways, duplicate detection and merges
// that keep both histories, and the in-memory search index: folding, phone digits, filters,
// and incremental updates from Store::changed.

#include "core/people/FieldParser.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/people/Normalize.h"
#include "core/people/People.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "tests/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::people;
using namespace larder::test;
using namespace Qt::StringLiterals;

namespace {

Household household(const QString& name, const QString& street, const QString& unit = {},
                    const QString& phone = {}) {
    Household h;
    h.chosenName = name;
    h.street = street;
    h.unit = unit;
    h.city = u"Chicago"_s;
    h.postalCode = u"60608"_s;
    h.phone = phone;
    return h;
}

SearchQuery q(const QString& text) {
    SearchQuery query;
    query.text = text;
    return query;
}

} // namespace

class TestHouseholds : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init() {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_clock = std::make_shared<ManualClock>(TestEpochMs, 1);
        m_store = LARDER_MUST(createPantry(m_dir, m_clock));
    }

    void cleanup() { m_store.reset(); }

    // ---- Parsers ----

    void coordinates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::newRow("pair") << u"41.8575, -87.6607"_s << 41.8575 << -87.6607;
        QTest::newRow("no space") << u"41.8575,-87.6607"_s << 41.8575 << -87.6607;
        QTest::newRow("spaces only") << u"41.8575 -87.6607"_s << 41.8575 << -87.6607;
        QTest::newRow("decimal commas") << u"41,8575; -87,6607"_s << 41.8575 << -87.6607;
        QTest::newRow("hemispheres") << u"41.8575° N, 87.6607° W"_s << 41.8575 << -87.6607;
        QTest::newRow("hemispheres first") << u"N 41.8575 W 87.6607"_s << 41.8575 << -87.6607;
        QTest::newRow("longitude first with letters")
            << u"87.6607 W, 41.8575 N"_s << 41.8575 << -87.6607;
        QTest::newRow("degrees minutes seconds")
            << u"41°51'27\"N 87°39'38.5\"W"_s << 41.8575 << -87.660694;
        QTest::newRow("geo uri") << u"geo:41.8575,-87.6607?z=19"_s << 41.8575 << -87.6607;
        QTest::newRow("osm map") << u"https://www.openstreetmap.org/#map=18/41.85/-87.66"_s << 41.85
                                 << -87.66;
        QTest::newRow("osm marker") << u"https://www.openstreetmap.org/?mlat=41.8575&mlon=-87.6607"
                                       u"#map=19/41.85/-87.66"_s
                                    << 41.8575 << -87.6607;
        QTest::newRow("google at")
            << u"https://www.google.com/maps/@41.85,-87.66,17z"_s << 41.85 << -87.66;
        QTest::newRow("google q") << u"https://maps.google.com/?q=41.85,-87.66"_s << 41.85
                                  << -87.66;
        QTest::newRow("google query api")
            << u"https://www.google.com/maps/search/?api=1&query=41.8575%2C-87.6607"_s << 41.8575
            << -87.6607;
        QTest::newRow("google place pin beats the view")
            << u"https://www.google.com/maps/place/1843+S+Loomis/@41.8500,-87.6700,17z/"
               u"data=!3m1!4b1!4m5!3m4!1s0x0:0x0!8m2!3d41.8575!4d-87.6607"_s
            << 41.8575 << -87.6607;
        QTest::newRow("google place coordinates")
            << u"https://www.google.com/maps/place/41.8575,-87.6607"_s << 41.8575 << -87.6607;
        QTest::newRow("no scheme") << u"www.google.com/maps/@41.85,-87.66,17z"_s << 41.85 << -87.66;
    }

    void coordinates() {
        QFETCH(QString, text);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        const auto parsed = FieldParser::coordinates(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.value);
        QVERIFY2(qAbs(parsed.value->latitude - latitude) < 1e-5,
                 qPrintable(QString::number(parsed.value->latitude)));
        QVERIFY2(qAbs(parsed.value->longitude - longitude) < 1e-5,
                 qPrintable(QString::number(parsed.value->longitude)));
    }

    void badCoordinates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("one number") << u"41.85"_s << u"not a pair"_s;
        QTest::newRow("words") << u"near the church"_s << u"not a pair"_s;
        QTest::newRow("swapped") << u"-122.41, 37.77"_s << u"latitude comes first"_s;
        QTest::newRow("off the planet") << u"41.85, 200"_s << u"not a place"_s;
        QTest::newRow("zero") << u"0, 0"_s << u"ocean"_s;
        QTest::newRow("short link") << u"https://maps.app.goo.gl/AbCdEf"_s << u"short map link"_s;
        QTest::newRow("link without place")
            << u"https://www.openstreetmap.org/about"_s << u"no coordinates"_s;
        QTest::newRow("two latitudes") << u"41.85 N, 42.1 N"_s << u"two latitudes"_s;
    }

    void badCoordinates() {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto parsed = FieldParser::coordinates(text);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.value);
        QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
        QVERIFY(FieldParser::coordinates(u"  "_s).ok()); // empty: no value, no error
    }

    void fieldParsers() {
        QCOMPARE(*FieldParser::weekday(u"Tuesday"_s).value, 2);
        QCOMPARE(*FieldParser::weekday(u"miércoles"_s).value, 3);
        QCOMPARE(*FieldParser::weekday(u"sáb"_s).value, 6);
        QCOMPARE(*FieldParser::weekday(u"7"_s).value, 7);
        QVERIFY(!FieldParser::weekday(u"someday"_s).ok());
        QCOMPARE(*FieldParser::weekdays(u"Sat, Tue"_s).value, (QStringList{u"tue"_s, u"sat"_s}));
        QCOMPARE(*FieldParser::weekdays(u"lunes y jueves"_s).value,
                 (QStringList{u"mon"_s, u"thu"_s}));
        QCOMPARE(*FieldParser::weekdays(u"Tue Thu"_s).value, (QStringList{u"tue"_s, u"thu"_s}));

        QCOMPARE(*FieldParser::time(u"9:30"_s).value, QTime(9, 30));
        QCOMPARE(*FieldParser::time(u"2 p.m."_s).value, QTime(14, 0));
        QCOMPARE(*FieldParser::time(u"12am"_s).value, QTime(0, 0));
        QCOMPARE(*FieldParser::time(u"14h"_s).value, QTime(14, 0));
        QVERIFY(!FieldParser::time(u"25:00"_s).ok());
        auto window = FieldParser::timeWindow(u"9-12"_s);
        QCOMPARE(window.value->first, QTime(9, 0));
        QCOMPARE(window.value->second, QTime(12, 0));
        window = FieldParser::timeWindow(u"1-3pm"_s);
        QCOMPARE(window.value->first, QTime(13, 0));
        QCOMPARE(window.value->second, QTime(15, 0));
        window = FieldParser::timeWindow(u"de 9 a 12:30"_s);
        QCOMPARE(window.value->second, QTime(12, 30));
        window = FieldParser::timeWindow(u"14:00–16:30"_s);
        QCOMPARE(window.value->first, QTime(14, 0));
        QCOMPARE(FieldParser::timeWindow(u"tarde"_s).value->first, QTime(12, 0));
        QVERIFY(FieldParser::timeWindow(u"5-3"_s).error.contains(u"ends before"_s));
        QVERIFY(!FieldParser::timeWindow(u"whenever"_s).ok());

        QCOMPARE(*FieldParser::languages(u"Spanish, inglés"_s).value,
                 (QStringList{u"es"_s, u"en"_s}));
        QCOMPARE(*FieldParser::languages(u"es/en"_s).value, (QStringList{u"es"_s, u"en"_s}));
        QCOMPARE(*FieldParser::languages(u"spa"_s).value, (QStringList{u"es"_s}));
        QCOMPARE(*FieldParser::languages(u"Español y Mam"_s).value,
                 (QStringList{u"es"_s, u"mam"_s}));
        QCOMPARE(*FieldParser::languages(u"Somali"_s).value, (QStringList{u"so"_s}));
        QCOMPARE(*FieldParser::languages(u"K'iche'"_s).value, (QStringList{u"quc"_s}));
        QVERIFY(FieldParser::languages(u"Klingonese"_s).error.contains(u"Klingonese"_s));

        QCOMPARE(*FieldParser::schedule(u"Every two weeks"_s).value, u"biweekly"_s);
        QCOMPARE(*FieldParser::schedule(u"mensual"_s).value, u"monthly"_s);
        QVERIFY(!FieldParser::schedule(u"sometimes"_s).ok());
        QCOMPARE(*FieldParser::status(u"Cerrado"_s).value, u"closed"_s);
        QCOMPARE(*FieldParser::status(u"on hold"_s).value, u"paused"_s);
        QCOMPARE(*FieldParser::yesNo(u"Sí"_s).value, true);
        QCOMPARE(*FieldParser::yesNo(u"x"_s).value, true);
        QCOMPARE(*FieldParser::yesNo(u"no"_s).value, false);
        QVERIFY(!FieldParser::yesNo(u"maybe"_s).ok());
        QCOMPARE(*FieldParser::dietaryTags(u"Sin gluten; halal"_s).value,
                 (QStringList{u"gluten-free"_s, u"halal"_s}));
        QVERIFY(FieldParser::dietaryTags(u"paleo"_s).error.contains(u"paleo"_s));
        QCOMPARE(*FieldParser::roles(u"Chofer / empaque"_s).value,
                 (QStringList{u"driver"_s, u"packer"_s}));
        QCOMPARE(*FieldParser::date(u"25/12/2025"_s).value, QDate(2025, 12, 25));
        QCOMPARE(*FieldParser::date(u"12/5/2025"_s, true).value, QDate(2025, 12, 5));
        QVERIFY(FieldParser::phoneError(u"(312) 555-0142"_s).isEmpty());
        QVERIFY(FieldParser::phoneError(u"+52 55 1234 5678"_s).isEmpty());
        QVERIFY(!FieldParser::phoneError(u"call me"_s).isEmpty());
        QVERIFY(!FieldParser::phoneError(u"555"_s).isEmpty());
    }

    void normalization() {
        QCOMPARE(normalize::fold(u"  José  María-O’Brien "_s), u"jose maria obrien"_s);
        QCOMPARE(normalize::fold(u"STRASSE Straße Æsir Łódź"_s), u"strasse strasse aesir lodz"_s);
        QCOMPARE(normalize::fold(u"Nguyễn"_s), u"nguyen"_s);
        QCOMPARE(normalize::fold(u"محمد"_s), u"محمد"_s); // other scripts stay searchable
        QCOMPARE(normalize::phoneDigits(u"+1 (312) 555-0142"_s), u"13125550142"_s);
        QCOMPARE(normalize::phoneKey(u"+1 (312) 555-0142"_s),
                 normalize::phoneKey(u"312.555.0142"_s));
        QVERIFY(normalize::phoneKey(u"0142"_s).isEmpty());
        QCOMPARE(normalize::addressKey(u"1843 South Loomis Street"_s, u"Apt. 2R"_s),
                 normalize::addressKey(u"1843 S. Loomis St"_s, u"#2r"_s));
        QVERIFY(normalize::addressKey(u"1843 S Loomis St"_s, u"2R"_s) !=
                normalize::addressKey(u"1843 S Loomis St"_s, u"3R"_s));
        QCOMPARE(normalize::streetKey(u"Calle Mayor No. 5"_s),
                 normalize::streetKey(u"C/ Mayor 5"_s));
        QCOMPARE(normalize::postalArea(u"60608"_s), u"606"_s);
        QCOMPARE(normalize::postalArea(u"60608-1234"_s), u"606"_s);
        QCOMPARE(normalize::postalArea(u"SW1A 1AA"_s), u"SW1A"_s);
        QCOMPARE(normalize::postalArea(u"k1a0b1"_s), u"K1A"_s);
    }

    // ---- Validation ----

    void validationNamesTheField_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no name") << u"name"_s << u"chosen_name"_s << u"Chosen name"_s;
        QTest::newRow("nowhere") << u"nowhere"_s << u"street"_s << u"meeting point"_s;
        QTest::newRow("bad phone") << u"phone"_s << u"phone"_s << u"Phone"_s;
        QTest::newRow("consent without phone") << u"consent"_s << u"may_text"_s << u"phone"_s;
        QTest::newRow("nobody") << u"nobody"_s << u"size"_s << u"at least one"_s;
        QTest::newRow("tag") << u"tag"_s << u"dietary_tags"_s << u"paleo"_s;
        QTest::newRow("schedule") << u"schedule"_s << u"schedule"_s << u"Schedule"_s;
        QTest::newRow("half window") << u"window"_s << u"window"_s << u"Time window"_s;
        QTest::newRow("status") << u"status"_s << u"status"_s << u"Status"_s;
        QTest::newRow("postal") << u"postal"_s << u"postal_code"_s << u"Postal code"_s;
        QTest::newRow("language") << u"language"_s << u"languages"_s << u"Languages"_s;
        QTest::newRow("coordinates") << u"coordinates"_s << u"coordinates"_s << u"Coordinates"_s;
    }

    void validationNamesTheField() {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(QString, says);
        Household h = household(u"Ana R."_s, u"1843 S Loomis St"_s);
        QVERIFY(Households::validate(h).isEmpty());
        if (what == u"name")
            h.chosenName = u"   "_s;
        else if (what == u"nowhere")
            h.street.clear();
        else if (what == u"phone")
            h.phone = u"call the church"_s;
        else if (what == u"consent")
            h.mayText = true;
        else if (what == u"nobody")
            h.adults = 0;
        else if (what == u"tag")
            h.dietaryTags = {u"paleo"_s};
        else if (what == u"schedule")
            h.schedule = u"daily"_s;
        else if (what == u"window")
            h.windowStart = QTime(9, 0);
        else if (what == u"status")
            h.status = u"gone"_s;
        else if (what == u"postal")
            h.postalCode = u"606/08"_s;
        else if (what == u"language")
            h.languages = {u"Spanish"_s};
        else if (what == u"coordinates")
            h.coordinates = Coordinates{0, 0};
        const auto problems = Households::validate(h);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.contains(says, Qt::CaseInsensitive) ||
                     problems.first().hint.contains(says, Qt::CaseInsensitive),
                 qPrintable(problems.first().message + u" / "_s + problems.first().hint));

        // Refused whole, nothing written, the field named in the error.
        const qint64 seq = m_store->lastSeq();
        auto added = Households(*m_store).add(h);
        QVERIFY(!added);
        QCOMPARE(added.error().column, field);
        QCOMPARE(m_store->lastSeq(), seq);
    }

    void aMeetingPointIsEnough() {
        Household h;
        h.chosenName = u"Tío"_s;
        h.meetingPoint = u"Library steps, Tuesdays"_s;
        QVERIFY(Households::validate(h).isEmpty());
        const QString id = LARDER_MUST(Households(*m_store).add(h));
        QCOMPARE(Households(*m_store).household(id)->meetingPoint, u"Library steps, Tuesdays"_s);
    }

    // ---- Entry and changes ----

    void addUpdateAndStatusDates() {
        Households households(*m_store);
        Household h = household(u"Ana R."_s, u"1843 S Loomis St"_s, u"2R"_s, u"(312) 555-0142"_s);
        h.coordinates = *FieldParser::coordinates(u"41.8575, -87.6607"_s).value;
        h.adults = 2;
        h.children = 3;
        h.dietaryTags = {u"halal"_s};
        h.allergies = {u"peanuts"_s, u"shellfish"_s};
        h.languages = {u"es"_s, u"en"_s};
        h.deliveryNotes = u"side door"_s;
        h.mayCall = true;
        h.mayLeaveAtDoor = true;
        h.schedule = u"biweekly"_s;
        h.preferredWeekday = 2;
        h.windowStart = QTime(9, 0);
        h.windowEnd = QTime(12, 0);
        const QString id = LARDER_MUST(households.add(h));
        auto stored = *households.household(id);
        QCOMPARE(stored.chosenName, h.chosenName);
        QCOMPARE(stored.unit, u"2R"_s);
        QCOMPARE(stored.coordinates->latitude, 41.8575);
        QCOMPARE(stored.size(), 5);
        QCOMPARE(stored.allergies, h.allergies);
        QCOMPARE(stored.languages, h.languages);
        QCOMPARE(stored.windowEnd, QTime(12, 0));
        QCOMPARE(stored.statusSince, households.today());
        QVERIFY(stored.mayCall && !stored.mayText && stored.mayLeaveAtDoor);

        // A status change moves status_since to today.
        m_clock->advance(40LL * 86400 * 1000);
        stored.status = u"paused"_s;
        LARDER_VERIFY_OK(households.update(stored));
        QCOMPARE(households.household(id)->statusSince, households.today());
        LARDER_VERIFY_OK(households.setStatus(id, u"closed"_s, QDate(2026, 3, 5)));
        QCOMPARE(households.household(id)->statusSince, QDate(2026, 3, 5));
        QCOMPARE(households.household(id)->status, u"closed"_s);

        // Nothing in the schema could hold what Larder must never keep.
        const TableDef* table = schema::table(u"households");
        for (const ColumnDef& column : table->columns) {
            for (const char* forbidden :
                 {"birth", "dob", "legal", "immigration", "income", "photo", "ssn", "passport"})
                QVERIFY2(!column.name.contains(QLatin1String(forbidden)), qPrintable(column.name));
        }
    }

    void peopleAndTheHouseholdLinkBothWays() {
        Households households(*m_store);
        People people(*m_store);
        const QString ana =
            LARDER_MUST(households.add(household(u"Ana R."_s, u"1843 S Loomis St"_s)));
        Person jorge;
        jorge.displayName = u"Jorge"_s;
        jorge.roles = {u"driver"_s, u"packer"_s};
        jorge.vehicleCapacity = 14;
        jorge.languages = {u"es"_s};
        jorge.usualDays = {u"tue"_s, u"sat"_s};
        jorge.startPoint = u"Home, near 18th and Loomis"_s;
        jorge.start = Coordinates{41.8579, -87.6605};
        const QString jorgeId = LARDER_MUST(people.add(jorge));
        QVERIFY(people.membersOf(ana).isEmpty());
        LARDER_VERIFY_OK(people.link(jorgeId, ana));
        QCOMPARE(people.membersOf(ana).size(), 1);
        QCOMPARE(households.members(ana).first().displayName, u"Jorge"_s);
        QCOMPARE(people.householdOf(jorgeId)->chosenName, u"Ana R."_s);
        QCOMPARE(people.drivers().size(), 1);
        QCOMPARE(people.person(jorgeId)->start->longitude, -87.6605);

        Person bad = jorge;
        bad.roles = {u"chef"_s};
        auto refused = people.add(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().column, u"roles"_s);
        QVERIFY(!people.link(jorgeId, u"01900000-0000-7000-8000-000000000000"_s));

        // Deleting the household keeps the person, unlinked.
        LARDER_VERIFY_OK(households.remove(ana));
        QVERIFY(people.person(jorgeId));
        QVERIFY(people.person(jorgeId)->householdId.isEmpty());
        QVERIFY(!people.householdOf(jorgeId));
        LARDER_VERIFY_OK(integrity(*m_store));
    }

    void activeCountsLeaveOutPausedClosedAndInactive() {
        Households households(*m_store);
        People people(*m_store);
        QCOMPARE(households.activeCount(), 0);
        QCOMPARE(people.activeCount(), 0);
        const QString ana =
            LARDER_MUST(households.add(household(u"Ana R."_s, u"1843 S Loomis St"_s)));
        const QString li =
            LARDER_MUST(households.add(household(u"Li W."_s, u"2100 S Wentworth Ave"_s)));
        LARDER_MUST(households.add(household(u"Tío"_s, u"1 W 18th St"_s)));
        LARDER_VERIFY_OK(households.setStatus(ana, u"paused"_s));
        LARDER_VERIFY_OK(households.setStatus(li, u"closed"_s));
        QCOMPARE(households.activeCount(), 1);
        QCOMPARE(households.count(), 3);

        Person rosa;
        rosa.displayName = u"Rosa"_s;
        const QString rosaId = LARDER_MUST(people.add(rosa));
        Person dev;
        dev.displayName = u"Dev P."_s;
        dev.roles = {u"driver"_s};
        LARDER_MUST(people.add(dev));
        QCOMPARE(people.activeCount(), 2);
        LARDER_VERIFY_OK(people.setActive(rosaId, false));
        QCOMPARE(people.activeCount(), 1);
        QCOMPARE(people.activeCount(), int(people.all().size()));
    }

    // ---- Duplicates and merges ----

    void duplicatesAreFoundByAddressOrPhone() {
        Households households(*m_store);
        const QString ana = LARDER_MUST(households.add(
            household(u"Ana R."_s, u"1843 South Loomis Street"_s, u"Apt 2R"_s, u"312-555-0142"_s)));
        const QString luis =
            LARDER_MUST(households.add(household(u"Luis"_s, u"2100 W Cermak Rd"_s, {}, {})));
        HouseholdIndex index(*m_store);

        auto sameDoor = household(u"Anita"_s, u"1843 S. Loomis St"_s, u"#2r"_s);
        for (const auto& matches :
             {households.duplicates(sameDoor), index.duplicatesOf(sameDoor)}) {
            QCOMPARE(matches.size(), 1);
            QCOMPARE(matches.first().id, ana);
            QCOMPARE(matches.first().reason, DuplicateMatch::Reason::SameAddress);
            QVERIFY(matches.first().description().contains(u"Ana R."_s));
        }
        auto otherUnit = household(u"Neighbour"_s, u"1843 S Loomis St"_s, u"3R"_s);
        QVERIFY(households.duplicates(otherUnit).isEmpty());
        QVERIFY(index.duplicatesOf(otherUnit).isEmpty());
        auto samePhone = household(u"Someone"_s, u"99 W 18th St"_s, {}, u"+1 (312) 555 0142"_s);
        QCOMPARE(index.duplicatesOf(samePhone).first().reason, DuplicateMatch::Reason::SamePhone);
        QCOMPARE(households.duplicates(samePhone).first().id, ana);
        // A record is not a duplicate of itself.
        QVERIFY(index.duplicatesOf(*households.household(luis)).isEmpty());
    }

    void mergeKeepsBothHistories() {
        Households households(*m_store);
        People people(*m_store);
        Household first = household(u"Ana R."_s, u"1843 S Loomis St"_s, u"2R"_s);
        first.dietaryTags = {u"halal"_s};
        first.deliveryNotes = u"side door"_s;
        first.languages = {u"es"_s};
        const QString keep = LARDER_MUST(households.add(first));
        m_clock->advance(86400 * 1000);
        Household second = household(u"Ana Rodríguez"_s, u"1843 South Loomis Street"_s, u"2R"_s,
                                     u"(312) 555-0142"_s);
        second.mayText = true;
        second.coordinates = Coordinates{41.8575, -87.6607};
        second.dietaryTags = {u"nut-free"_s};
        second.deliveryNotes = u"call on arrival"_s;
        second.languages = {u"en"_s};
        second.preferredWeekday = 4;
        const QString other = LARDER_MUST(households.add(second));
        Person member;
        member.displayName = u"Ana (volunteer)"_s;
        member.householdId = other;
        const QString memberId = LARDER_MUST(people.add(member));
        // The older record was created first: made "later" here to see the older date kept.
        const QString olderCreated = households.household(keep)->createdAt;

        HouseholdIndex index(*m_store);
        QCOMPARE(index.size(), 2);
        const MergeReport report = LARDER_MUST(households.merge(keep, other));
        QCOMPARE(report.relinked, 1);
        QVERIFY(report.filled.contains(u"phone"_s));
        QVERIFY(report.filled.contains(u"coordinates"_s));
        QVERIFY(report.differing.contains(u"chosen_name"_s));

        const Household merged = *households.household(keep);
        QCOMPARE(merged.chosenName, u"Ana R."_s); // the kept record's name stays
        QCOMPARE(merged.phone, u"(312) 555-0142"_s);
        QVERIFY(merged.mayText); // consent travels with its number
        QVERIFY(merged.coordinates);
        QCOMPARE(merged.dietaryTags, (QStringList{u"halal"_s, u"nut-free"_s}));
        QCOMPARE(merged.languages, (QStringList{u"es"_s, u"en"_s}));
        QVERIFY(merged.deliveryNotes.contains(u"side door"_s));
        QVERIFY(merged.deliveryNotes.contains(u"call on arrival"_s));
        QCOMPARE(merged.preferredWeekday, 4);
        QCOMPARE(merged.createdAt, olderCreated);
        QVERIFY(!households.household(other));
        QCOMPARE(people.person(memberId)->householdId, keep);
        // The other is gone through the write API: a tombstone, its values scrubbed.
        auto& db = m_store->connection();
        auto tomb = db.prepare("SELECT count(*) FROM tombstones WHERE row_id = ?1");
        tomb.bind(1, other);
        QVERIFY(tomb.step());
        QCOMPARE(tomb.int64(0), 1);
        tomb.reset();
        auto scrubbed = db.prepare("SELECT count(*) FROM sync_log WHERE row_id = ?1 AND value IS "
                                   "NOT NULL AND col NOT IN ('-', '*')");
        scrubbed.bind(1, other);
        QVERIFY(scrubbed.step());
        QCOMPARE(scrubbed.int64(0), 0);
        scrubbed.reset();
        QCOMPARE(index.size(), 1); // the index followed
        QVERIFY(!households.merge(keep, keep));
        QVERIFY(!households.merge(keep, other));
        LARDER_VERIFY_OK(integrity(*m_store));
    }

    // ---- Search ----

    void searchFoldsAccentsAndFindsPhones() {
        Households households(*m_store);
        Household jose =
            household(u"José Ñúñez"_s, u"2145 W 21st Pl"_s, u"1F"_s, u"(312) 555-0173"_s);
        jose.deliveryNotes = u"Llamar al llegar; perro amable"_s;
        jose.languages = {u"es"_s};
        const QString joseId = LARDER_MUST(households.add(jose));
        Household mary = household(u"Mary Joseph"_s, u"1620 S Racine Ave"_s, {}, u"773-555-0112"_s);
        mary.languages = {u"en"_s};
        mary.dietaryTags = {u"diabetic-friendly"_s};
        mary.schedule = u"monthly"_s;
        mary.postalCode = u"60616"_s;
        const QString maryId = LARDER_MUST(households.add(mary));
        Household kasia = household(u"Pani Kasia"_s, u"1901 S Ashland Ave"_s);
        kasia.languages = {u"pl"_s, u"en"_s};
        kasia.status = u"paused"_s;
        const QString kasiaId = LARDER_MUST(households.add(kasia));
        HouseholdIndex index(*m_store);

        auto ids = [&index](SearchQuery query) { return index.search(query).ids; };
        QCOMPARE(ids(q(u"jose"_s)), (QStringList{joseId, maryId})); // name match first, then...
        QCOMPARE(ids(q(u"nunez"_s)), QStringList{joseId});
        QCOMPARE(ids(q(u"NÚÑ"_s)), QStringList{joseId});
        QCOMPARE(ids(q(u"jos nu"_s)), QStringList{joseId});   // every word must match
        QCOMPARE(ids(q(u"seph"_s)), QStringList{});           // words match from their start
        QCOMPARE(ids(q(u"racine"_s)), QStringList{maryId});   // address
        QCOMPARE(ids(q(u"perro"_s)), QStringList{joseId});    // notes
        QCOMPARE(ids(q(u"555-0173"_s)), QStringList{joseId}); // phone, however typed
        QCOMPARE(ids(q(u"(312) 555 01"_s)), QStringList{joseId});
        QCOMPARE(ids(q(u"5550112"_s)), QStringList{maryId});
        QCOMPARE(ids(q(u"21st"_s)), QStringList{joseId});
        QCOMPARE(index.search(q(u"a"_s)).total, 3);

        SearchQuery filtered;
        filtered.statuses = {u"active"_s};
        QCOMPARE(index.search(filtered).total, 2);
        filtered.languages = {u"pl"_s, u"es"_s};
        QCOMPARE(ids(filtered), QStringList{joseId});
        filtered = {};
        filtered.schedules = {u"monthly"_s};
        QCOMPARE(ids(filtered), QStringList{maryId});
        filtered = {};
        filtered.tags = {u"diabetic-friendly"_s};
        QCOMPARE(ids(filtered), QStringList{maryId});
        filtered = {};
        filtered.postalArea = u"60616"_s;
        QCOMPARE(ids(filtered), QStringList{maryId});
        filtered.postalArea = u"606"_s;
        QCOMPARE(index.search(filtered).total, 3);
        filtered.text = u"kasia"_s;
        filtered.statuses = {u"paused"_s};
        QCOMPARE(ids(filtered), QStringList{kasiaId});
        SearchQuery limited;
        limited.limit = 2;
        const auto page = index.search(limited);
        QCOMPARE(page.ids.size(), 2);
        QCOMPARE(page.total, 3);
        QCOMPARE(index.summary(joseId)->chosenName, u"José Ñúñez"_s);
    }

    void indexFollowsWritesRowByRow() {
        Households households(*m_store);
        for (int i = 0; i < 30; ++i)
            LARDER_MUST(households.add(
                household(u"Household %1"_s.arg(i), u"%1 W 18th St"_s.arg(i + 100))));
        HouseholdIndex index(*m_store);
        QCOMPARE(index.stats().fullBuilds, 1);
        int updates = 0;
        connect(&index, &HouseholdIndex::updated, this, [&updates] { ++updates; });

        const QString id = LARDER_MUST(households.add(household(u"Zuleika"_s, u"1 W 18th St"_s)));
        QCOMPARE(index.search(q(u"zuleika"_s)).ids, QStringList{id});
        Household h = *households.household(id);
        h.chosenName = u"Zoe"_s;
        LARDER_VERIFY_OK(households.update(h));
        QVERIFY(index.search(q(u"zuleika"_s)).ids.isEmpty());
        QCOMPARE(index.search(q(u"zoe"_s)).ids, QStringList{id});
        LARDER_VERIFY_OK(households.remove(id));
        QVERIFY(index.search(q(u"zoe"_s)).ids.isEmpty());
        QCOMPARE(index.size(), 30);
        // Three writes, each reloading only the one household it touched.
        QCOMPARE(index.stats().fullBuilds, 1);
        QCOMPARE(index.stats().rowsReloaded, 3);
        QCOMPARE(updates, 3);
        // The list stays in name order while names change (the order is patched, not resorted).
        auto names = [&index] {
            QStringList list;
            for (const QString& shown : index.search({}).ids)
                list << normalize::fold(index.summary(shown)->chosenName);
            return list;
        };
        Household renamed = *households.household(index.search(q(u"household 17"_s)).ids.first());
        renamed.chosenName = u"Aaron"_s;
        LARDER_VERIFY_OK(households.update(renamed));
        QCOMPARE(names().first(), u"aaron"_s);
        renamed.chosenName = u"Zz Top"_s;
        LARDER_VERIFY_OK(households.update(renamed));
        QCOMPARE(names().last(), u"zz top"_s);
        QStringList sorted = names();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names(), sorted);
        QCOMPARE(index.stats().fullBuilds, 1);
        updates = 3;

        // A write to another table leaves the index alone.
        LARDER_VERIFY_OK(m_store->write([](Writer& w) {
            w.insert(u"locations", {{u"name"_s, u"Shelf"_s}});
        }));
        QCOMPARE(updates, 3);
    }
};

QTEST_GUILESS_MAIN(TestHouseholds)
#include "tst_households.moc"
