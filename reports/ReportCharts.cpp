// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCharts.h"

#include "core/reports/ReportExport.h"
#include "core/runs/Outcomes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace larder::reports::charts {

namespace {

// Weeks past this many are drawn as lines: bars would be slivers.
constexpr int MostWeeksAsBars = 14;

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    return chart;
}

// The fills that tell series apart without colour: black, white with a black edge, hatched.
QBrush seriesBrush(int index) {
    switch (index % 3) {
    case 0:
        return QBrush(Qt::black);
    case 1:
        return QBrush(Qt::white);
    default:
        return QBrush(Qt::black, Qt::BDiagPattern);
    }
}

// Solid, dashed, dotted.
QPen seriesPen(int index) {
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    QPen pen(Qt::black);
    pen.setWidthF(index == 0 ? 2.5 : 2.0);
    pen.setStyle(styles[index % 3]);
    return pen;
}

QValueAxis* valueAxis(double maximum, const QString& title) {
    auto* axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.1 : 1.0);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    return axis;
}

// One value per week for each named series: bars for a few weeks, lines for many.
QChart* weekly(const QString& title, const QList<Week>& weeks, const QLocale& locale,
               const QStringList& names, const std::function<double(const Week&, int)>& value,
               const QString& unit) {
    QChart* chart = newChart(title);
    double maximum = 0;
    if (weeks.size() <= MostWeeksAsBars) {
        auto* series = new QBarSeries;
        for (int s = 0; s < names.size(); ++s) {
            auto* set = new QBarSet(names[s]);
            set->setBrush(seriesBrush(s));
            set->setPen(QPen(Qt::black, 1));
            for (const Week& week : weeks) {
                const double v = value(week, s);
                maximum = std::max(maximum, v);
                *set << v;
            }
            series->append(set);
        }
        chart->addSeries(series);
        QStringList labels;
        for (const Week& week : weeks)
            labels << weekLabel(week, locale);
        auto* x = new QBarCategoryAxis;
        x->append(labels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QValueAxis* y = valueAxis(maximum, unit);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    } else {
        auto* x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setRange(0, weeks.size() - 1);
        const int every = int(std::ceil(weeks.size() / 8.0));
        for (int i = 0; i < weeks.size(); i += every)
            x->append(weekLabel(weeks[i], locale), i);
        chart->addAxis(x, Qt::AlignBottom);
        QList<QLineSeries*> lines;
        for (int s = 0; s < names.size(); ++s) {
            auto* line = new QLineSeries;
            line->setName(names[s]);
            line->setPen(seriesPen(s));
            for (int i = 0; i < weeks.size(); ++i) {
                const double v = value(weeks[i], s);
                maximum = std::max(maximum, v);
                line->append(i, v);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            lines << line;
        }
        QValueAxis* y = valueAxis(maximum, unit);
        chart->addAxis(y, Qt::AlignLeft);
        for (QLineSeries* line : std::as_const(lines))
            line->attachAxis(y);
    }
    chart->legend()->setVisible(names.size() > 1);
    return chart;
}

// Horizontal bars, one per label, largest at the top.
QChart* ranked(const QString& title, const QList<std::pair<QString, double>>& bars,
               const QString& unit) {
    QChart* chart = newChart(title);
    auto* set = new QBarSet(unit);
    set->setBrush(seriesBrush(0));
    QStringList labels;
    double maximum = 0;
    // Qt draws the first category at the bottom: append in reverse.
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        labels << it->first;
        // Whole numbers past ten, one decimal below: the label on the bar stays short.
        const double value =
            it->second >= 10 ? std::round(it->second) : std::round(it->second * 10) / 10;
        *set << value;
        maximum = std::max(maximum, value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(Qt::black);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = valueAxis(maximum * 1.15, unit);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    return chart;
}

QString weightUnit(const QLocale& locale) {
    return usesPounds(locale) ? u"lb"_s : u"kg"_s;
}

} // namespace

QString weekLabel(const Week& week, const QLocale& locale) {
    return locale.toString(week.start, u"d MMM"_s);
}

QChart* stockByWeek(const Summary& summary, const QLocale& locale) {
    return weekly(
        ReportText::tr("Stock by week (%1)").arg(weightUnit(locale)), summary.weeks, locale,
        {ReportText::tr("Given out"), ReportText::tr("Received"), ReportText::tr("Thrown away")},
        [&locale](const Week& week, int series) {
            const Amount& a = series == 0   ? week.givenOut
                              : series == 1 ? week.received
                                            : week.disposed;
            return weightValue(a.grams, locale);
        },
        weightUnit(locale));
}

QChart* householdsByWeek(const Summary& summary, const QLocale& locale, bool suppress) {
    // Suppressed, a week of fewer than SmallCell households has no bar, and the title says so.
    bool left = false;
    for (const Week& week : summary.weeks)
        left = left || (suppress && isSmallCell(week.householdsServed));
    return weekly(
        left ? ReportText::tr("Households served by week (weeks under %1 not drawn)").arg(SmallCell)
             : ReportText::tr("Households served by week"),
        summary.weeks, locale, {ReportText::tr("Households")},
        [suppress](const Week& week, int) {
            return suppress && isSmallCell(week.householdsServed) ? 0.0
                                                                  : double(week.householdsServed);
        },
        ReportText::tr("households"));
}

QChart* deliveriesByOutcome(const Summary& summary, const QLocale&, bool suppress) {
    // Suppressed, the outcomes an export hides (suppressedDeliveryCells) have no bar at all: a
    // bar of 0 would be a false figure.
    const QSet<QString> hidden = suppress ? suppressedDeliveryCells(summary) : QSet<QString>();
    QList<std::pair<QString, double>> bars;
    for (const QString& code : runs::outcome::all()) {
        if (!hidden.contains(code))
            bars.append({ReportText::outcomeLabel(code), double(summary.outcomes.value(code))});
    }
    if (!hidden.contains(DeliveryCell::NoOutcome))
        bars.append({ReportText::tr("No outcome yet"), double(summary.stopsWithoutOutcome)});
    const QString title =
        hidden.isEmpty()
            ? ReportText::tr("Deliveries by outcome")
            : ReportText::tr("Deliveries by outcome (counts under %1 left out)").arg(SmallCell);
    return ranked(title, bars, ReportText::tr("stops"));
}

QChart* topCategories(const Summary& summary, const QLocale& locale, int top) {
    QList<std::pair<QString, double>> bars;
    for (const AmountLine& line : summary.givenOutByCategory) {
        if (bars.size() >= top)
            break;
        bars.append(
            {ReportText::vocabularyLabel(line.key), weightValue(line.amount.grams, locale)});
    }
    return ranked(ReportText::tr("Given out by category (%1)").arg(weightUnit(locale)), bars,
                  weightUnit(locale));
}

QChart* countsByWeek(const Summary& summary, const QLocale& locale) {
    return weekly(
        ReportText::tr("What the counts found, by week"), summary.weeks, locale,
        {ReportText::tr("Missing"), ReportText::tr("Extra")},
        [](const Week& week, int series) {
            return double(series == 0 ? week.countLost : week.countFound);
        },
        ReportText::tr("units"));
}

} // namespace larder::reports::charts
