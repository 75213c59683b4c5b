// SPDX-License-Identifier: GPL-3.0-or-later
// print: a distribution day's papers as PDF — route sheets (and pickup manifests for supplier
// pickup runs), packing lists and the pick list. Needs a QGuiApplication (main.cpp makes one,
// offscreen, for this command only).

#include "app/cli/Commands.h"
#include "core/people/FieldParser.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "print/RouteSheets.h"
#include "print/SheetBuilder.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::PrintCommands)
};

QCommandLineOption dateOption() {
    return QCommandLineOption(u"date"_s, Tr::tr("the distribution day (YYYY-MM-DD)"), u"D"_s);
}
QCommandLineOption outputOption() {
    return QCommandLineOption({u"o"_s, u"output"_s}, Tr::tr("the PDF file to write"), u"OUT.pdf"_s);
}
QCommandLineOption routeOption() {
    return QCommandLineOption(u"route"_s, Tr::tr("only this route number"), u"N"_s);
}
QCommandLineOption paperOption() {
    return QCommandLineOption(
        u"paper"_s, Tr::tr("letter or a4 (default: the pantry's paper size setting)"), u"SIZE"_s);
}

QDate dateFrom(const Context& context) {
    if (!context.isSet(u"date"_s))
        throw UsageProblem{Tr::tr("--date is required: the distribution day, as YYYY-MM-DD")};
    const QString text = context.value(u"date"_s).trimmed();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        const auto parsed = people::FieldParser::date(text);
        if (parsed.ok() && parsed.value)
            date = *parsed.value;
    }
    if (!date.isValid())
        throw UsageProblem{Tr::tr("--date must be a day such as 2026-03-07, not \"%1\"").arg(text)};
    return date;
}

QString outputFrom(const Context& context) {
    const QString path = context.value(u"output"_s).trimmed();
    if (path.isEmpty())
        throw UsageProblem{Tr::tr("-o OUT.pdf is required: where to write the PDF")};
    return path;
}

std::optional<int> routeFrom(const Context& context) {
    if (!context.isSet(u"route"_s))
        return std::nullopt;
    return int(context.integer(u"route"_s, 1, 1, 10000));
}

print::PrintOptions optionsFrom(const Context& context, Store& store) {
    print::PrintOptions options = print::SheetBuilder(store).options();
    if (context.isSet(u"paper"_s)) {
        const QString paper = context.value(u"paper"_s).trimmed().toLower();
        if (paper == u"letter")
            options.paper = QPageSize::Letter;
        else if (paper == u"a4")
            options.paper = QPageSize::A4;
        else
            throw UsageProblem{
                Tr::tr("--paper must be letter or a4, not \"%1\"").arg(context.value(u"paper"_s))};
    }
    return options;
}

void reportWritten(Context& context, const QString& path, const QString& what) {
    context.out << Tr::tr("Wrote %1 to %2").arg(what, QFileInfo(path).absoluteFilePath()) << '\n';
}

int runRouteSheets(Context& context) {
    const QDate date = dateFrom(context);
    const QString output = outputFrom(context);
    const std::optional<int> route = routeFrom(context);
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const print::PrintOptions options = optionsFrom(context, **store);
    const print::SheetBuilder builder(**store);

    // Delivery runs get route sheets; a day with only supplier pickups gets their manifests.
    bool delivery = false;
    bool supplierPickup = false;
    for (const runs::Run& run : runs::Runs(**store).runsOn(date)) {
        delivery = delivery || run.kind == runs::kind::Delivery;
        supplierPickup = supplierPickup || run.kind == runs::kind::SupplierPickup;
    }
    if (!delivery && supplierPickup) {
        auto manifests = builder.pickupManifests(date, route);
        if (!manifests)
            return context.fail(manifests.error());
        auto written = print::writePickupManifestsPdf(output, manifests.value(), options);
        if (!written)
            return context.fail(written.error());
        reportWritten(context, output, Tr::tr("%1 pickup route(s)").arg(manifests->size()));
        return Success;
    }
    auto sheets = builder.routeSheets(date, route);
    if (!sheets)
        return context.fail(sheets.error());
    auto written = print::writeRouteSheetsPdf(output, sheets.value(), options);
    if (!written)
        return context.fail(written.error());
    reportWritten(context, output, Tr::tr("%1 route sheet(s)").arg(sheets->size()));
    return Success;
}

int runPackingLists(Context& context) {
    const QDate date = dateFrom(context);
    const QString output = outputFrom(context);
    const std::optional<int> route = routeFrom(context);
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const print::PrintOptions options = optionsFrom(context, **store);
    auto lists = print::SheetBuilder(**store).packingLists(date, route);
    if (!lists)
        return context.fail(lists.error());
    auto written = print::writePackingListsPdf(output, lists.value(), options);
    if (!written)
        return context.fail(written.error());
    reportWritten(context, output, Tr::tr("%1 packing list(s)").arg(lists->size()));
    return Success;
}

int runPickList(Context& context) {
    const QDate date = dateFrom(context);
    const QString output = outputFrom(context);
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const print::PrintOptions options = optionsFrom(context, **store);
    auto list = print::SheetBuilder(**store).pickList(date);
    if (!list)
        return context.fail(list.error());
    auto written = print::writePickListPdf(output, list.value(), options);
    if (!written)
        return context.fail(written.error());
    reportWritten(context, output, Tr::tr("the pick list (%1 line(s))").arg(list->lines.size()));
    return Success;
}

} // namespace

QList<Command> printCommands() {
    Command print;
    print.name = u"print"_s;
    print.summary = Tr::tr("Print a distribution day's route sheets, packing lists or pick list "
                           "to PDF.");
    print.description = Tr::tr(
        "Writes the papers of a distribution day as one PDF, on Letter or A4 (the pantry's "
        "paper size setting unless --paper is given). The file is written under a temporary "
        "name and renamed at the end, so a failure never leaves half a file. Under the privacy "
        "setting (sheet_initials_only) names print as initials and no phone is printed.");
    print.synopsis = u"route-sheets|packing-lists|pick-list --date D -o OUT.pdf ..."_s;
    print.example =
        u"larder-cli --db pantry.larder print route-sheets --date 2026-03-07 -o sheets.pdf"_s;
    print.run = [](Context&) -> int {
        throw UsageProblem{Tr::tr("say what to print: route-sheets, packing-lists or pick-list")};
    };

    Command sheets;
    sheets.name = u"route-sheets"_s;
    sheets.needsDetails = true;
    sheets.summary = Tr::tr("One route sheet per driver.");
    sheets.description = Tr::tr(
        "One sheet per driver of the day's delivery runs, in route order: the header (date, "
        "route, driver, capacity, start, stops, estimated km and minutes, the pantry's phone), "
        "the route's sketch map, then each stop with its number, the household's chosen name, "
        "address or meeting point, what is in the box, languages, delivery notes, access "
        "needs, the phone only where the household agreed, and tick boxes for the outcome. On a "
        "day with only supplier pickup runs, prints their pickup routes instead.");
    sheets.synopsis = u"--date D -o OUT.pdf [--route N] [--paper letter|a4]"_s;
    sheets.options = {dateOption(), outputOption(), routeOption(), paperOption()};
    sheets.example =
        u"larder-cli --db pantry.larder print route-sheets --date 2026-03-07 --route 4 -o r4.pdf"_s;
    sheets.run = runRouteSheets;

    Command packing;
    packing.name = u"packing-lists"_s;
    packing.summary = Tr::tr("One packing list per route, in loading order.");
    packing.description =
        Tr::tr("One list per route of the day's delivery runs, last stop first (the order to "
               "load the car in): stop number, household, boxes and contents.");
    packing.synopsis = u"--date D -o OUT.pdf [--route N] [--paper letter|a4]"_s;
    packing.options = {dateOption(), outputOption(), routeOption(), paperOption()};
    packing.example =
        u"larder-cli --db pantry.larder print packing-lists --date 2026-03-07 -o packing.pdf"_s;
    packing.run = runPackingLists;

    Command pick;
    pick.name = u"pick-list"_s;
    pick.summary = Tr::tr("What to take from each place for the whole day.");
    pick.description = Tr::tr("Everything set aside for the day's runs, grouped by location: "
                              "item, use-by date and quantity.");
    pick.synopsis = u"--date D -o OUT.pdf [--paper letter|a4]"_s;
    pick.options = {dateOption(), outputOption(), paperOption()};
    pick.example = u"larder-cli --db pantry.larder print pick-list --date 2026-03-07 -o pick.pdf"_s;
    pick.run = runPickList;

    print.subcommands = {sheets, packing, pick};
    return {print};
}

} // namespace larder::cli
