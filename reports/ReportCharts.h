// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"

#include <QLocale>

class QChart;

// The report's charts, made with Qt Charts for the Reports page and the one-page PDF alike. Each
// reads in black and white: series differ by fill pattern or line style, never by colour alone,
// and every chart has its numbers in a table beside it (the page) or in the export (the PDF).
// With `suppress`, counts of fewer than SmallCell households are drawn as nothing (exports).
namespace larder::reports::charts {

// Given out, received and thrown away per week, by weight (kg or lb by locale).
QChart* stockByWeek(const Summary& summary, const QLocale& locale);
// Households served per week.
QChart* householdsByWeek(const Summary& summary, const QLocale& locale, bool suppress);
// Stops by outcome (and those with none yet).
QChart* deliveriesByOutcome(const Summary& summary, const QLocale& locale, bool suppress);
// The categories given out the most, by weight.
QChart* topCategories(const Summary& summary, const QLocale& locale, int top = 6);
// Units the counts found missing and extra, per week.
QChart* countsByWeek(const Summary& summary, const QLocale& locale);

// The week labels charts and tables share: "2 Nov".
QString weekLabel(const Week& week, const QLocale& locale);

} // namespace larder::reports::charts
