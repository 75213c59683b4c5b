// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ReportExport.h"

#include "core/io/Csv.h"
#include "core/runs/Outcomes.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace larder::reports {

bool isSmallCell(qint64 households) {
    return households > 0 && households < SmallCell;
}

QString householdCell(qint64 households) {
    return isSmallCell(households) ? u"<%1"_s.arg(SmallCell) : QString::number(households);
}

QHash<QString, qint64> deliveryCells(const Summary& s) {
    QHash<QString, qint64> cells{{DeliveryCell::Served, s.householdsServed},
                                 {DeliveryCell::Planned, s.stopsPlanned},
                                 {DeliveryCell::Attempted, s.stopsAttempted},
                                 {DeliveryCell::Completed, s.stopsDelivered},
                                 {DeliveryCell::NoOutcome, s.stopsWithoutOutcome}};
    for (const QString& code : runs::outcome::all())
        cells.insert(code, s.outcomes.value(code));
    return cells;
}

QSet<QString> suppressedDeliveryCells(const Summary& s) {
    const QHash<QString, qint64> cells = deliveryCells(s);
    QSet<QString> suppressed;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (isSmallCell(it.value()))
            suppressed.insert(it.key());
    }
    // The sums an export prints whole: a total and the cells that add up to it.
    QStringList outcomes;
    for (const QString& code : runs::outcome::all())
        outcomes << code;
    const QList<std::pair<QString, QStringList>> sums{
        {DeliveryCell::Completed, {runs::outcome::Delivered, runs::outcome::LeftAtDoor}},
        {DeliveryCell::Attempted, outcomes},
        {DeliveryCell::Planned, {DeliveryCell::Attempted, DeliveryCell::NoOutcome}}};
    // One hidden cell of a sum is the total less the others: hide a second one (the smallest
    // other part, else the total), until no sum has exactly one.
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& [total, parts] : sums) {
            QStringList group = parts;
            group.prepend(total);
            qsizetype hidden = 0;
            for (const QString& cell : std::as_const(group))
                hidden += suppressed.contains(cell);
            if (hidden != 1)
                continue;
            QString second;
            for (const QString& part : parts) {
                if (!suppressed.contains(part) &&
                    (second.isEmpty() || cells.value(part) < cells.value(second)))
                    second = part;
            }
            suppressed.insert(second.isEmpty() ? total : second);
            changed = true;
        }
    }
    return suppressed;
}

bool usesPounds(const QLocale& locale) {
    return locale.measurementSystem() == QLocale::ImperialUSSystem;
}

double weightValue(qint64 grams, const QLocale& locale) {
    return usesPounds(locale) ? double(grams) / 453.59237 : double(grams) / 1000.0;
}

QString weightText(qint64 grams, const QLocale& locale) {
    return locale.toString(weightValue(grams, locale), 'f', 1) +
           (usesPounds(locale) ? u" lb"_s : u" kg"_s);
}

namespace {

QJsonObject amountJson(const Amount& amount) {
    return {{u"units"_s, amount.units},
            {u"grams"_s, amount.grams},
            {u"units_without_weight"_s, amount.unitsWithoutWeight},
            {u"movements"_s, amount.movements}};
}

QJsonArray linesJson(const QList<AmountLine>& lines) {
    QJsonArray array;
    for (const AmountLine& line : lines) {
        QJsonObject object = amountJson(line.amount);
        object.insert(u"key"_s, line.key);
        object.insert(u"label"_s, line.label);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject toJson(const Summary& s) {
    QJsonObject outcomes;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it)
        outcomes.insert(it.key(), it.value());
    QJsonArray counts;
    for (const CountDifference& c : s.countDifferences)
        counts.append(QJsonObject{{u"item"_s, c.itemName},
                                  {u"location"_s, c.locationName},
                                  {u"lost"_s, c.lost},
                                  {u"found"_s, c.found},
                                  {u"movements"_s, c.lines}});
    QJsonArray unbacked;
    for (const UnbackedLine& line : s.unbackedByItem) {
        QJsonObject object = amountJson(line.amount);
        object.insert(u"item"_s, line.itemName);
        unbacked.append(object);
    }
    QJsonArray weeks;
    for (const Week& w : s.weeks)
        weeks.append(QJsonObject{{u"from"_s, w.start.toString(Qt::ISODate)},
                                 {u"to"_s, w.end.toString(Qt::ISODate)},
                                 {u"given_out"_s, amountJson(w.givenOut)},
                                 {u"received"_s, amountJson(w.received)},
                                 {u"thrown_away"_s, amountJson(w.disposed)},
                                 {u"count_lost"_s, w.countLost},
                                 {u"count_found"_s, w.countFound},
                                 {u"households_served"_s, w.householdsServed},
                                 {u"stops_delivered"_s, w.stopsDelivered}});
    QJsonObject json{
        {u"from"_s, s.period.from.toString(Qt::ISODate)},
        {u"to"_s, s.period.to.toString(Qt::ISODate)},
        {u"site"_s, s.scope.site},
        {u"site_name"_s, s.scopeName},
        {u"today"_s, s.today.toString(Qt::ISODate)},
        {u"deliveries"_s, QJsonObject{{u"households_served"_s, s.householdsServed},
                                      {u"people_reached"_s, s.peopleReached},
                                      {u"stops_planned"_s, s.stopsPlanned},
                                      {u"stops_attempted"_s, s.stopsAttempted},
                                      {u"stops_delivered"_s, s.stopsDelivered},
                                      {u"stops_without_outcome"_s, s.stopsWithoutOutcome},
                                      {u"outcomes"_s, outcomes},
                                      {u"boxes_delivered"_s, s.boxesDelivered}}},
        {u"given_out"_s, amountJson(s.givenOut)},
        {u"given_out_by_category"_s, linesJson(s.givenOutByCategory)},
        {u"received"_s, amountJson(s.received)},
        {u"received_by_source"_s, linesJson(s.receivedBySource)},
        {u"received_by_supplier"_s, linesJson(s.receivedBySupplier)},
        {u"thrown_away"_s, amountJson(s.disposed)},
        {u"thrown_away_by_reason"_s, linesJson(s.disposedByReason)},
        {u"returned"_s, amountJson(s.returned)},
        {u"waste_rate"_s, s.wasteRate ? QJsonValue(*s.wasteRate) : QJsonValue()},
        {u"waste_rate_by"_s, s.wasteRateByWeight ? u"weight"_s : u"units"_s},
        {u"items_without_weight"_s, QJsonArray::fromStringList(s.itemsWithoutWeight)},
        {u"on_hand"_s, amountJson(s.onHand)},
        {u"negative_bins"_s, s.negativeBins},
        {u"expiring_soon"_s, amountJson(s.expiringSoon)},
        {u"expiring_soon_lots"_s, s.lotsExpiringSoon},
        {u"expiring_within_days"_s, s.expiringWithinDays},
        {u"supply_checks"_s,
         QJsonObject{{u"count_lost"_s, s.countLost},
                     {u"count_found"_s, s.countFound},
                     {u"count_differences"_s, counts},
                     {u"given_out_without_delivery"_s, amountJson(s.givenOutUnbacked)},
                     {u"given_out_without_delivery_by_item"_s, unbacked}}},
        {u"weeks"_s, weeks},
    };
    QJsonArray requestLines;
    for (const Summary::RequestLine& line : s.requestsByCategory)
        requestLines.append(QJsonObject{{u"category"_s, line.category},
                                        {u"asked"_s, line.asked},
                                        {u"met"_s, line.met},
                                        {u"unmet"_s, line.unmet}});
    json.insert(u"requests"_s,
                QJsonObject{{u"asked"_s, s.requestsAsked},
                            {u"met"_s, s.requestsMet},
                            {u"unmet"_s, s.requestsUnmet},
                            {u"open"_s, s.requestsOpen},
                            {u"by_category"_s, requestLines},
                            {u"days_to_delivery_median"_s,
                             s.requestDaysMedian ? QJsonValue(*s.requestDaysMedian) : QJsonValue()},
                            {u"days_to_delivery_longest"_s, s.requestDaysLongest}});
    return json;
}

QString ReportText::suppressionNote() {
    return tr("Counts of fewer than %1 households are shown as \"<%1\", so that nobody can be "
              "picked out. This file holds no names, phones, addresses or household ids.")
        .arg(SmallCell);
}

QString ReportText::outcomeLabel(const QString& code) {
    return runs::outcome::label(code);
}

QString ReportText::vocabularyLabel(const QString& code) {
    static const QHash<QString, const char*> words{
        {u"food"_s, QT_TR_NOOP("Food")},
        {u"water"_s, QT_TR_NOOP("Water")},
        {u"hygiene"_s, QT_TR_NOOP("Hygiene")},
        {u"baby"_s, QT_TR_NOOP("Baby")},
        {u"clothing"_s, QT_TR_NOOP("Clothing")},
        {u"school supplies"_s, QT_TR_NOOP("School supplies")},
        {u"healthcare"_s, QT_TR_NOOP("Healthcare")},
        {u"household"_s, QT_TR_NOOP("Household")},
        {u"other"_s, QT_TR_NOOP("Other")},
        {u"supplier"_s, QT_TR_NOOP("Supplier")},
        {u"donation"_s, QT_TR_NOOP("Donation")},
        {u"purchase"_s, QT_TR_NOOP("Purchase")},
        {u"drive"_s, QT_TR_NOOP("Food drive")},
        {u"spoiled"_s, QT_TR_NOOP("Spoiled")},
        {u"expired"_s, QT_TR_NOOP("Expired")},
        {u"damaged"_s, QT_TR_NOOP("Damaged")},
        {u"recalled"_s, QT_TR_NOOP("Recalled")},
    };
    const auto it = words.constFind(code);
    if (it != words.cend())
        return tr(*it);
    if (code.isEmpty())
        return tr("(none given)");
    return code.first(1).toUpper() + code.mid(1);
}

QString ReportText::periodText(const Period& period, const QLocale& locale) {
    if (period.from == period.to)
        return locale.toString(period.from, QLocale::ShortFormat);
    return tr("%1 to %2")
        .arg(locale.toString(period.from, QLocale::ShortFormat),
             locale.toString(period.to, QLocale::ShortFormat));
}

QString ReportText::units(qint64 units) {
    // Not a %n plural: larder-cli prints these too, and it reads no translation file yet.
    return units == 1 ? tr("1 unit") : tr("%1 units").arg(QLocale().toString(units));
}

QString amountText(const Amount& a, const QLocale& locale) {
    const QString units = ReportText::units(a.units);
    QString text = a.grams != 0 || (a.units != 0 && a.unitsWithoutWeight == 0)
                       ? ReportText::tr("%1 (%2)").arg(weightText(a.grams, locale), units)
                       : units;
    if (a.unitsWithoutWeight != 0 && a.unitsWithoutWeight != a.units)
        text += ReportText::tr(", %1 of them without a weight")
                    .arg(locale.toString(a.unitsWithoutWeight));
    return text;
}

QList<FigureRow> figureRows(const Summary& s, const QLocale& locale) {
    QList<FigureRow> rows;
    const auto count = [&locale](qint64 n) { return locale.toString(n); };
    const auto add = [&rows](const QString& section, const QString& label, const QString& value,
                             const QString& explanation, Figure figure = Figure::Nothing,
                             const QString& key = {}, const QString& cell = {}) {
        rows.append({section, label, value, explanation, figure, key, cell});
    };

    const QString deliveries = ReportText::tr("Deliveries");
    add(deliveries, ReportText::tr("Households served"), count(s.householdsServed),
        ReportText::tr(
            "Different households with a stop marked Delivered or Left at door on a "
            "distribution day of the period. Opened, it lists those stops: a household served "
            "twice is listed twice."),
        Figure::Stops, runs::outcome::Delivered, DeliveryCell::Served);
    add(deliveries, ReportText::tr("People reached"), count(s.peopleReached),
        ReportText::tr(
            "The adults, children and seniors of the households served, as their records "
            "stood on the day of their last delivery in the period."),
        Figure::Stops, runs::outcome::Delivered, DeliveryCell::Served);
    add(deliveries, ReportText::tr("Deliveries attempted"), count(s.stopsAttempted),
        ReportText::tr("Stops of the period's distribution days with an outcome recorded."),
        Figure::Stops, DeliveryCell::Attempted, DeliveryCell::Attempted);
    add(deliveries, ReportText::tr("Deliveries completed"), count(s.stopsDelivered),
        ReportText::tr("Stops marked Delivered or Left at door."), Figure::Stops,
        runs::outcome::Delivered, DeliveryCell::Completed);
    for (const QString& code : runs::outcome::all()) {
        if (runs::outcome::boxesDelivered(code))
            continue;
        add(deliveries, ReportText::tr("Not completed: %1").arg(ReportText::outcomeLabel(code)),
            count(s.outcomes.value(code)),
            ReportText::tr("Stops whose outcome was \"%1\".").arg(ReportText::outcomeLabel(code)),
            Figure::Stops, code, code);
    }
    add(deliveries, ReportText::tr("No outcome recorded yet"), count(s.stopsWithoutOutcome),
        ReportText::tr("Stops of the period with no outcome: enter them from the route sheets "
                       "(Distribution, Record outcomes)."),
        Figure::Stops, DeliveryCell::NoOutcome, DeliveryCell::NoOutcome);
    add(deliveries, ReportText::tr("Boxes delivered"), count(s.boxesDelivered),
        ReportText::tr("The boxes of the completed stops."), Figure::Stops,
        runs::outcome::Delivered, DeliveryCell::Served);

    const QString given = ReportText::tr("Given out");
    add(given, ReportText::tr("Given out"), amountText(s.givenOut, locale),
        ReportText::tr(
            "Ledger rows \"distributed\" dated in the period, less their corrections. Weight "
            "from each item's unit weight."),
        Figure::GivenOut);
    for (const AmountLine& line : s.givenOutByCategory)
        add(given, u"  "_s + ReportText::vocabularyLabel(line.key), amountText(line.amount, locale),
            ReportText::tr("Given out, items of the category \"%1\".")
                .arg(ReportText::vocabularyLabel(line.key)),
            Figure::GivenOut, line.key);

    const QString received = ReportText::tr("Received");
    add(received, ReportText::tr("Received"), amountText(s.received, locale),
        ReportText::tr("Ledger rows \"received\" dated in the period, less their corrections."),
        Figure::Received);
    for (const AmountLine& line : s.receivedBySource)
        add(received,
            u"  "_s + ReportText::tr("Source: %1").arg(ReportText::vocabularyLabel(line.key)),
            amountText(line.amount, locale),
            ReportText::tr("Received with the source \"%1\".")
                .arg(ReportText::vocabularyLabel(line.key)),
            Figure::Received, line.key);
    for (const AmountLine& line : s.receivedBySupplier)
        add(received, u"  "_s + ReportText::tr("Supplier: %1").arg(line.label),
            amountText(line.amount, locale),
            line.key.isEmpty() ? ReportText::tr("Received with no supplier named.")
                               : ReportText::tr("Received from the supplier %1.").arg(line.label),
            Figure::Received, u"supplier:"_s + line.key);

    const QString thrown = ReportText::tr("Thrown away");
    add(thrown, ReportText::tr("Thrown away"), amountText(s.disposed, locale),
        ReportText::tr("Ledger rows \"disposed\" dated in the period, less their corrections."),
        Figure::Disposed);
    for (const AmountLine& line : s.disposedByReason)
        add(thrown, u"  "_s + ReportText::vocabularyLabel(line.key),
            amountText(line.amount, locale),
            ReportText::tr("Thrown away with the reason \"%1\".")
                .arg(ReportText::vocabularyLabel(line.key)),
            Figure::Disposed, line.key);
    add(thrown, ReportText::tr("Waste rate"),
        s.wasteRate ? locale.toString(*s.wasteRate * 100.0, 'f', 1) + u" %"_s
                    : ReportText::tr("none"),
        s.wasteRateByWeight
            ? ReportText::tr(
                  "Thrown away as a share of all that left the shelf (given out and thrown "
                  "away), by weight.")
            : ReportText::tr(
                  "Thrown away as a share of all that left the shelf (given out and thrown "
                  "away), by units: some items have no unit weight."),
        Figure::Disposed);
    add(thrown, ReportText::tr("Returned to the shelf"), amountText(s.returned, locale),
        ReportText::tr("Ledger rows \"returned\": stock that came back, undelivered."),
        Figure::Returned);

    const QString now =
        ReportText::tr("The shelf on %1").arg(locale.toString(s.today, QLocale::ShortFormat));
    add(now, ReportText::tr("On hand now"), amountText(s.onHand, locale),
        ReportText::tr("Everything on the shelves today, whatever the period."));
    add(now, ReportText::tr("Expiring within %1 days").arg(s.expiringWithinDays),
        ReportText::tr("%1, lots: %2")
            .arg(amountText(s.expiringSoon, locale), count(s.lotsExpiringSoon)),
        ReportText::tr("Stock on hand whose lot's expiry date is today or in the next %1 days.")
            .arg(s.expiringWithinDays));
    add(now, ReportText::tr("Shelf places below zero"), count(s.negativeBins),
        ReportText::tr(
            "Item, lot and location whose stock is below zero: more went out than came in. "
            "Count that shelf."));

    const QString checks = ReportText::tr("Checks on supply");
    add(checks, ReportText::tr("Counts found missing"), ReportText::units(s.countLost),
        ReportText::tr("Units the stock counts of the period found fewer than the ledger said, per "
                       "item, location and week."),
        Figure::CountDifferences);
    add(checks, ReportText::tr("Counts found extra"), ReportText::units(s.countFound),
        ReportText::tr("Units the counts found more than the ledger said."),
        Figure::CountDifferences);
    add(checks, ReportText::tr("Given out with no delivery behind it"),
        amountText(s.givenOutUnbacked, locale),
        ReportText::tr(
            "Given out, but not for a stop marked Delivered or Left at door: walk-in "
            "give-outs entered by hand, or stock whose stop changed. Open it to see each."),
        Figure::Unbacked);
    if (!s.itemsWithoutWeight.isEmpty())
        add(checks, ReportText::tr("Items without a unit weight"),
            count(s.itemsWithoutWeight.size()),
            ReportText::tr("Counted in units only: %1. Give them a weight in the catalog.")
                .arg(s.itemsWithoutWeight.join(u", ")));

    const QString asked = ReportText::tr("Requests");
    add(asked, ReportText::tr("Requests made"), count(s.requestsAsked),
        ReportText::tr("What households and volunteers asked for in the period (counts only)."));
    add(asked, ReportText::tr("Requests met"), count(s.requestsMet),
        ReportText::tr("Requests delivered in the period, whenever they were made."));
    add(asked, ReportText::tr("Requests closed unmet"), count(s.requestsUnmet),
        ReportText::tr("Requests closed in the period without being met, with a reason."));
    add(asked, ReportText::tr("Requests still open"), count(s.requestsOpen),
        ReportText::tr("Requests not yet delivered or closed, today."));
    add(asked, ReportText::tr("Days from request to delivery"),
        s.requestDaysMedian
            ? ReportText::tr("%1 (median), longest %2")
                  .arg(locale.toString(*s.requestDaysMedian, 'f', 1), count(s.requestDaysLongest))
            : ReportText::tr("none delivered"),
        ReportText::tr("For the requests met in the period: the middle value of the days from "
                       "asking to delivery, and the longest."));
    for (const Summary::RequestLine& line : s.requestsByCategory)
        add(asked, u"  "_s + ReportText::vocabularyLabel(line.category),
            ReportText::tr("%1 asked, %2 met, %3 unmet")
                .arg(count(line.asked), count(line.met), count(line.unmet)),
            ReportText::tr("Requests of the category \"%1\".")
                .arg(ReportText::vocabularyLabel(line.category)));
    return rows;
}

QByteArray toCsv(const Summary& s, const QLocale& locale) {
    io::CsvWriter csv;
    const QString units = ReportText::tr("units");
    const QString weightUnit = usesPounds(locale) ? u"lb"_s : u"kg"_s;
    const QString households = ReportText::tr("households");
    const QString stops = ReportText::tr("stops");
    const auto number = [](qint64 n) { return QString::number(n); };
    const auto weight = [&locale](qint64 grams) {
        return QString::number(weightValue(grams, locale), 'f', 1);
    };
    csv.addRow({ReportText::tr("section"), ReportText::tr("figure"), ReportText::tr("value"),
                ReportText::tr("unit")});
    const QString about = ReportText::tr("report");
    csv.addRow({about,
                ReportText::tr("pantry"),
                s.scopeName.isEmpty() ? ReportText::tr("all pantries in this file") : s.scopeName,
                {}});
    csv.addRow({about, ReportText::tr("from"), s.period.from.toString(Qt::ISODate), {}});
    csv.addRow({about, ReportText::tr("to"), s.period.to.toString(Qt::ISODate), {}});
    csv.addRow({about, ReportText::tr("note"), ReportText::suppressionNote(), {}});
    const auto amountRows = [&](const QString& section, const QString& figure, const Amount& a) {
        csv.addRow({section, figure, number(a.units), units});
        csv.addRow({section, figure, weight(a.grams), weightUnit});
        if (a.unitsWithoutWeight != 0)
            csv.addRow({section, figure + ReportText::tr(" (units without a weight)"),
                        number(a.unitsWithoutWeight), units});
    };

    // Deliveries: every count here is a count of households (one stop, one household). Small
    // ones are suppressed, and a second cell of any sum that would give one back
    // (suppressedDeliveryCells); people and boxes follow the households served.
    const QString deliveries = ReportText::tr("deliveries");
    const QSet<QString> hidden = suppressedDeliveryCells(s);
    const QHash<QString, qint64> cells = deliveryCells(s);
    const auto cell = [&hidden, &cells](const QString& key, std::optional<qint64> value = {}) {
        return hidden.contains(key) ? u"<%1"_s.arg(SmallCell)
                                    : QString::number(value.value_or(cells.value(key)));
    };
    csv.addRow(
        {deliveries, ReportText::tr("households served"), cell(DeliveryCell::Served), households});
    csv.addRow({deliveries, ReportText::tr("people reached"),
                cell(DeliveryCell::Served, s.peopleReached), ReportText::tr("people")});
    csv.addRow({deliveries, ReportText::tr("stops planned"), cell(DeliveryCell::Planned), stops});
    csv.addRow(
        {deliveries, ReportText::tr("deliveries attempted"), cell(DeliveryCell::Attempted), stops});
    csv.addRow(
        {deliveries, ReportText::tr("deliveries completed"), cell(DeliveryCell::Completed), stops});
    for (const QString& code : runs::outcome::all())
        csv.addRow({deliveries, ReportText::tr("outcome: %1").arg(ReportText::outcomeLabel(code)),
                    cell(code), stops});
    csv.addRow(
        {deliveries, ReportText::tr("no outcome recorded"), cell(DeliveryCell::NoOutcome), stops});
    csv.addRow({deliveries, ReportText::tr("boxes delivered"),
                cell(DeliveryCell::Served, s.boxesDelivered), ReportText::tr("boxes")});

    const QString given = ReportText::tr("given out");
    amountRows(given, ReportText::tr("total"), s.givenOut);
    for (const AmountLine& line : s.givenOutByCategory)
        amountRows(given, ReportText::vocabularyLabel(line.key), line.amount);
    const QString received = ReportText::tr("received");
    amountRows(received, ReportText::tr("total"), s.received);
    for (const AmountLine& line : s.receivedBySource)
        amountRows(received,
                   ReportText::tr("source: %1").arg(ReportText::vocabularyLabel(line.key)),
                   line.amount);
    for (const AmountLine& line : s.receivedBySupplier)
        amountRows(received, ReportText::tr("supplier: %1").arg(line.label), line.amount);
    const QString thrown = ReportText::tr("thrown away");
    amountRows(thrown, ReportText::tr("total"), s.disposed);
    for (const AmountLine& line : s.disposedByReason)
        amountRows(thrown, ReportText::vocabularyLabel(line.key), line.amount);
    if (s.wasteRate)
        csv.addRow(
            {thrown, ReportText::tr("waste rate"), QString::number(*s.wasteRate * 100.0, 'f', 1),
             s.wasteRateByWeight ? ReportText::tr("% by weight") : ReportText::tr("% by units")});
    amountRows(ReportText::tr("returned"), ReportText::tr("total"), s.returned);

    const QString now = ReportText::tr("on hand on %1").arg(s.today.toString(Qt::ISODate));
    amountRows(now, ReportText::tr("total"), s.onHand);
    amountRows(now, ReportText::tr("expiring within %1 days").arg(s.expiringWithinDays),
               s.expiringSoon);

    const QString checks = ReportText::tr("supply checks");
    csv.addRow({checks, ReportText::tr("counts found missing"), number(s.countLost), units});
    csv.addRow({checks, ReportText::tr("counts found extra"), number(s.countFound), units});
    for (const CountDifference& c : s.countDifferences)
        csv.addRow({checks,
                    ReportText::tr("count difference: %1 at %2").arg(c.itemName, c.locationName),
                    number(c.found - c.lost), units});
    amountRows(checks, ReportText::tr("given out with no delivery behind it"), s.givenOutUnbacked);

    for (const Week& w : s.weeks) {
        const QString week = ReportText::tr("week from %1").arg(w.start.toString(Qt::ISODate));
        csv.addRow({week, ReportText::tr("households served"), householdCell(w.householdsServed),
                    households});
        csv.addRow({week, ReportText::tr("given out"), weight(w.givenOut.grams), weightUnit});
        csv.addRow({week, ReportText::tr("received"), weight(w.received.grams), weightUnit});
        csv.addRow({week, ReportText::tr("thrown away"), weight(w.disposed.grams), weightUnit});
    }
    return csv.bytes();
}

} // namespace larder::reports
