// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The rows larder_print's papers are made of (internal to print/, see SheetLayout.h): titles,
// paragraphs, the map, a line to write a note on, separators, a stop with its number and tick
// boxes, table rows; and the words and numbers they share (dates, durations, "3 boxes").

#include "print/SheetData.h"
#include "print/SheetLayout.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace larder::print::layout {

// "Saturday 7 March 2026", in the default locale.
QString longDate(const QDate& date);
// "45 min", "1 h 05 min".
QString duration(int minutes);
// A clock time to the minute, as the locale writes it ("16:50", "4:50 PM"): never seconds.
QString clockTime(const QTime& time);
// Spaces that never break, so a fact ("12 of 12 boxes") or a phone number stays on one line.
QString unbroken(QString text);
// Facts on one line, each unbroken, joined by a spaced dot.
QString joinFacts(const QStringList& facts);
// Plural forms spelled out: the CLI prints without loading a translation.
QString boxesLabel(int boxes);
QString stopsLabel(qsizetype stops);

// Empty space.
Row spacer(double height);
// A paragraph of wrapped text.
Row paragraph(const Ink& ink, double width, const QFont& font, const QString& text,
              double spaceAfter = 0);
// A big title on the left and the date on the right, or under it when both do not fit.
Row titleRow(const Ink& ink, double width, const QString& title, const QString& right);
// The schematic route map (RouteMap.h), `height` tall.
Row mapRow(const Ink& ink, const RouteMapData& map, double height);
// "Note: ______" — a line to write on.
Row noteRow(const Ink& ink, const QString& label);
// A rule across the page, in the middle of `heightMm` (a thinner one when under 5 mm).
Row separator(const Ink& ink, double heightMm = 5.0);
// Shifts a row right by `indent`, so it sits beside a stop's number.
Row indented(Row row, double indent);

using Details = QList<std::pair<QString, QString>>; // label, value

// A stop: its number large in a box on the left; the name, where, and labelled details in the
// middle; the boxes and the tick boxes for the outcome stacked on the right.
Row stopRow(const Ink& ink, double width, int number, const QString& name, const QString& boxes,
            const QString& where, const Details& details, const QStringList& ticks);

// A stop of the compact route sheet: its number in a small box; the name and boxes, the address,
// then `facts` (one wrapped paragraph); the outcome's tick boxes side by side, numbered 1..ticks.
Row compactStopRow(const Ink& ink, double width, int number, const QString& name,
                   const QString& boxes, const QString& where, const QString& facts, int ticks);

// A table row: cells at the given x offsets and widths; each cell wraps.
struct Column {
    double x = 0;
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
};
// A row of `cells` in `columns`, with a box to tick in the last column when `tickBox`, and a
// heavier rule under it when it is the `heading`.
Row tableRow(const Ink& ink, const QList<Column>& columns, const QStringList& cells,
             const QFont& font, bool tickBox, bool heading);

} // namespace larder::print::layout
