// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <utility>

namespace larder::people {

// A point on the map, in decimal degrees (WGS 84, as OpenStreetMap and Google Maps use).
struct Coordinates {
    double latitude = 0;
    double longitude = 0;
    friend bool operator==(const Coordinates&, const Coordinates&) = default;
};

// Whether `where` can be a place Larder plans for: finite, latitude within ±90, longitude within
// ±180, and not 0, 0 (what a spreadsheet's empty cells become). The one rule for what a person
// types and for what a file from elsewhere holds.
bool isPlace(const Coordinates& where);

// The fixed vocabularies of households and people, as stored keys. Screens translate them for
// display (ui/Labels); files and the CLI use the keys. Dietary tags are the catalog's
// (inventory::vocabulary::dietaryTags), so a household's needs and an item's tags match.
namespace vocabulary {
// weekly, biweekly (every two weeks), monthly
const QStringList& schedules();
// active, paused, closed
const QStringList& statuses();
// driver, packer, intake, coordinator
const QStringList& roles();
// mon, tue, wed, thu, fri, sat, sun (people.usual_days); households store 1 (Monday) .. 7
const QStringList& weekdays();
} // namespace vocabulary

// What a coordinator types or a spreadsheet holds for a household's or volunteer's fields,
// turned into stored values — or into a message that says what to type instead. Each parser
// accepts English and Spanish words. Empty text is "no value", never an error: whether a field
// is required is the caller's rule.
class FieldParser {
    Q_DECLARE_TR_FUNCTIONS(larder::people::FieldParser)

public:
    template <typename T> struct Parsed {
        std::optional<T> value; // empty with an empty error: nothing was typed
        QString error;          // what is wrong and what to type instead
        bool ok() const { return error.isEmpty(); }
    };

    // "41.8575, -87.6607", "41.8575 -87.6607", "41,8575; -87,6607", "41.8575° N, 87.6607° W",
    // "41°51'27\"N 87°39'38\"W", "geo:41.8575,-87.6607", an OpenStreetMap link (#map=18/lat/lon,
    // ?mlat=..&mlon=..) or a Google Maps link (/@lat,lon,17z, ?q=lat,lon, ?query=, ?ll=,
    // !3dlat!4dlon). Short links (maps.app.goo.gl, osm.org/go) cannot be read offline.
    static Parsed<Coordinates> coordinates(const QString& text);
    // 1 (Monday) .. 7 (Sunday) from "mon", "Monday", "lunes", "lu", "1".
    static Parsed<int> weekday(const QString& text);
    // Several days as stored keys ("mon,thu") from "Mon, Thu", "lunes y jueves", "Tue/Sat".
    static Parsed<QStringList> weekdays(const QString& text);
    // "9", "9am", "9:30", "14h", "2 pm", "noon".
    static Parsed<QTime> time(const QString& text);
    // "9-12", "9:00–12:30", "1-3pm", "de 9 a 12", "morning" / "mañana" (9–12), "afternoon" /
    // "tarde" (12–17), "evening" / "noche" (17–20). The start is before the end.
    static Parsed<std::pair<QTime, QTime>> timeWindow(const QString& text);
    // ISO 639 codes ("es,en") from codes or names in English or Spanish ("Spanish, inglés").
    static Parsed<QStringList> languages(const QString& text);
    // weekly, biweekly, monthly from "every two weeks", "quincenal", "mensual", ...
    static Parsed<QString> schedule(const QString& text);
    // active, paused, closed from "activo", "on hold", "cerrado", ...
    static Parsed<QString> status(const QString& text);
    // yes / no, sí / no, x, 1 / 0, true / false.
    static Parsed<bool> yesNo(const QString& text);
    // Catalog dietary tags from "vegetarian, gluten free", "sin gluten", "halal".
    static Parsed<QStringList> dietaryTags(const QString& text);
    // driver, packer, intake, coordinator from "Driver / packer", "chofer, empaque".
    static Parsed<QStringList> roles(const QString& text);
    // A whole number from 0 to `maximum`.
    static Parsed<int> count(const QString& text, int maximum);
    // "2026-03-01", or day/month/year (month first when `monthFirst`; a day above 12 decides).
    static Parsed<QDate> date(const QString& text, bool monthFirst = false);
    // Empty when `phone` is acceptable: 7 to 15 digits, with spaces, dashes, dots, parentheses
    // and a leading +; otherwise what to type.
    static QString phoneError(const QString& phone);
    // A free-text list ("peanuts; shellfish") split into its items, trimmed.
    static QStringList list(const QString& text);
};

} // namespace larder::people
