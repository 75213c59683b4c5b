// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the printed papers of a distribution day say, as plain data: the renderers in
// RouteSheets.h paint these and nothing else, and SheetBuilder.h fills them from a pantry file.
// Tests and benchmarks fill them by hand.

#include "print/RouteMap.h"

#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace larder::print {

// How a set of papers is printed.
struct PrintOptions {
    QPageSize::PageSizeId paper = QPageSize::Letter; // Letter or A4
    // The privacy setting (settings::SheetInitialsOnly): initials instead of names, no phones.
    // The renderers apply it themselves, whatever the data holds.
    bool initialsOnly = false;
    QString pantryName;  // on every page's header
    QString pantryPhone; // "call the pantry" on route sheets
    // Route sheets in the compact layout: a smaller map, then one row a stop (number, name,
    // address, boxes, the facts that matter, the tick boxes), about twelve stops a page.
    bool compact = false;
    // The language the papers speak ("es"; i18n::languages()), mirrored right to left for Arabic;
    // empty: the one installed. SheetBuilder fills the data in it too.
    QString language;
};

// One stop of a route sheet, in the order the driver drives.
struct SheetStop {
    int number = 0;       // 1, 2, 3 ... as on the map
    QString name;         // the name the household chose
    QString address;      // street and unit, city; empty when meeting somewhere
    QString meetingPoint; // where to meet, for a household without a fixed address
    int boxes = 1;
    QString boxName;      // the box template ("1-2 people")
    QStringList contents; // "Rice 2 kg", "Pasta 1 (instead of Rice)", "+ Diapers 1"
    // What differs from the template (substitutions, additions): the route sheet prints the
    // template's name and these; the packing list prints every line of `contents`.
    QStringList changes;
    QStringList asked;     // what the household asked for, riding along ("Diapers size 4, 2")
    QString pickup;        // on a pickup stop: what to collect
    QStringList languages; // display names, most used first
    QString deliveryNotes; // "side door, ring twice"
    QString accessNeeds;   // "no stairs"
    QString phone;         // only when the household agreed to calls or texts
    bool mayLeaveAtDoor = false;
    bool approximate = false;     // placed on the map by postal area only
    bool onMap = true;            // has coordinates (its own or its postal area's)
    QTime expected;               // when the driver should be at the door (estimate)
    QTime windowStart, windowEnd; // the household's preferred window, if any
    int minutesLate = 0;          // expected after the window by this much
};

// One driver's route sheet: the driver's whole interface on the day.
struct RouteSheetData {
    QDate date;
    QString runName; // "Saturday morning", may be empty
    int routeNo = 1;
    QString driver;     // the driver's name
    int capacity = 0;   // boxes the car takes
    QString startPoint; // "Pantry", "Home, near 18th St"
    bool returns = true;
    double kilometres = 0; // estimate
    int minutes = 0;       // estimate, driving and stops
    QTime departure;       // when to leave (estimate)
    RouteMapData map;
    QList<SheetStop> stops;

    int boxes() const {
        int total = 0;
        for (const SheetStop& stop : stops)
            total += stop.boxes;
        return total;
    }
};

// One route's packing list, in loading order: the last stop is loaded first, so the first stop's
// boxes come out of the car first.
struct PackingListData {
    QDate date;
    QString runName;
    int routeNo = 1;
    QString driver;
    struct Line {
        int stopNumber = 0;
        QString household; // the chosen name (initials under the privacy setting)
        int boxes = 1;
        QString boxName;
        QStringList contents;
    };
    QList<Line> lines; // in route order; the renderer prints them last stop first
};

// The whole day's pick list: what to take from where, grouped by location.
struct PickListData {
    QDate date;
    QString runName;
    struct Line {
        QString location;
        QString item;
        std::optional<QDate> expiry;
        QString quantity; // with its unit: "24", "3 kg"
    };
    QList<Line> lines; // sorted by location, item, expiry
};

// A supplier pickup route: whom to collect from, in order.
struct PickupManifestData {
    QDate date;
    QString runName;
    int routeNo = 1;
    QString driver;
    int capacity = 0;
    QString startPoint;
    double kilometres = 0;
    int minutes = 0;
    RouteMapData map;
    struct Stop {
        int number = 0;
        QString supplier;
        QString address;
        QString contact; // the contact person's name
        QString phone;   // the supplier's phone (left out under the privacy setting)
        QString collect; // what to collect, notes
        int boxes = 0;   // the load expected, in boxes (0: not said)
    };
    QList<Stop> stops;
};

// The initials of a name: "Ana María Q." -> "A. M. Q.". A name of one word keeps its first letter.
QString initials(const QString& name);

} // namespace larder::print
