// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

// A summary as it leaves the laptop or reaches a script: JSON with every figure exact (what the
// Reports page shows; larder-cli report summary --json), and CSV with small counts of households
// suppressed (what a group hands to its network or a supplier; the page's export and --csv).
// Neither holds a name, phone, address or household id: a summary has none to give.
namespace larder::reports {

// A count of households below this (and above zero) is shown as "<5" in anything exported: with
// fewer, a neighbour who knows the street could tell who was served.
inline constexpr qint64 SmallCell = 5;
bool isSmallCell(qint64 households);
// The count as an export writes it: "<5" for a small cell, else the number.
QString householdCell(qint64 households);

// The counts of households an export checks (besides each outcome, by its code).
namespace DeliveryCell {
inline const QString Served = QStringLiteral("served"); // people reached and boxes follow it
inline const QString Planned = QStringLiteral("planned");
inline const QString Attempted = QStringLiteral("attempted");
inline const QString Completed = QStringLiteral("completed");
inline const QString NoOutcome = QStringLiteral("none");
} // namespace DeliveryCell
// Every delivery count of a summary by cell.
QHash<QString, qint64> deliveryCells(const Summary& summary);
// The cells an export writes as "<5": the small ones, and a second cell of any printed sum that
// would otherwise give a hidden one back (completed = delivered + left at the door; attempted =
// every outcome; planned = attempted + no outcome yet). Counts of zero may be hidden too ("<5"
// is still true of them).
QSet<QString> suppressedDeliveryCells(const Summary& summary);

// Weights in the unit people read where the laptop is: pounds for the US system, else kilograms.
bool usesPounds(const QLocale& locale);
// "12.5 kg" / "27.6 lb", one decimal.
QString weightText(qint64 grams, const QLocale& locale);
// The number alone in the unit of usesPounds, for tables and CSV ("12.5").
double weightValue(qint64 grams, const QLocale& locale);

QJsonObject toJson(const Summary& summary);

// One line of the summary as people read it: the Reports page's table of figures and
// larder-cli report summary's text are these rows, so both say the same.
struct FigureRow {
    QString section;                 // "Deliveries", "Given out" …
    QString label;                   // "Households served"
    QString value;                   // "123", "45.2 kg (1,234 units)"
    QString explanation;             // what it counts, from which records
    Figure figure = Figure::Nothing; // what opens behind it
    QString key;
    QString cell; // a DeliveryCell or outcome code: a count exports may suppress; empty if none
};
QList<FigureRow> figureRows(const Summary& summary, const QLocale& locale);
// "45.2 kg (1,234 units)", "1,234 units" when nothing has a weight, and the units without one.
QString amountText(const Amount& amount, const QLocale& locale);

// Everything exports need to say in words, translated (context larder::reports::ReportText).
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(larder::reports::ReportText)

public:
    // "Counts of fewer than 5 households are shown as "<5" …": the line every export carries.
    static QString suppressionNote();
    // What an outcome, a category, a source or a disposal reason is called.
    static QString outcomeLabel(const QString& code);
    static QString vocabularyLabel(const QString& code);
    // "1 Nov 2026 – 30 Nov 2026"
    static QString periodText(const Period& period, const QLocale& locale);
    // "1 unit", "1,234 units" (in the default locale's digits).
    static QString units(qint64 units);
};

// CSV (UTF-8 with a byte-order mark, as CsvWriter writes): one figure per row, columns section,
// figure, value, unit; counts of fewer than SmallCell households suppressed.
QByteArray toCsv(const Summary& summary, const QLocale& locale);

} // namespace larder::reports
