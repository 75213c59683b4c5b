// SPDX-License-Identifier: GPL-3.0-or-later
// print: a distribution day's papers as PDF — route sheets (and pickup manifests for supplier
// pickup runs), packing lists and the pick list. Needs a QGuiApplication (main.cpp makes one,
// offscreen, for this command only).

#include "app/cli/Commands.h"
#include "core/people/FieldParser.h"
#include "core/runs/Runs.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "i18n/Language.h"
#include "print/RouteSheets.h"
#include "print/SheetBuilder.h"

#include <QFileInfo>

#include <memory>
#include <optional>

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

void reportWritten(Context& context, const QString& path, const QString& what) {
    context.out << Tr::tr("Wrote %1 to %2").arg(what, QFileInfo(path).absoluteFilePath()) << '\n';
}

// What every print command starts from: the day, the file to write, the route (when the command
// takes --route), the pantry open and how to print.
struct Job {
    QDate date;
    QString output;
    std::optional<int> route;
    std::unique_ptr<Store> store;
    print::PrintOptions options;
};

Result<Job> jobFrom(const Context& context, bool takesRoute) {
    Job job;
    job.date = dateFrom(context);
    job.output = outputFrom(context);
    if (takesRoute)
        job.route = routeFrom(context);
    auto store = context.openPantry();
    if (!store)
        return store.error();
    job.store = std::move(*store);
    job.options = printOptionsFrom(context, *job.store);
    return job;
}

// The papers' builder, filling their words in the language chosen for them (--lang).
print::SheetBuilder builderFor(const Job& job) {
    print::SheetBuilder builder(*job.store);
    builder.setLanguage(job.options.language);
    return builder;
}

// Writes the papers built (or fails with why they were not) with `write` to the job's file, then
// says what was written: `what(papers)`.
template <typename Papers, typename Write, typename What>
int writePapers(Context& context, const Job& job, const Result<Papers>& papers, Write write,
                What what) {
    if (!papers)
        return context.fail(papers.error());
    auto written = write(job.output, papers.value(), job.options);
    if (!written)
        return context.fail(written.error());
    reportWritten(context, job.output, what(papers.value()));
    return Success;
}

int runRouteSheets(Context& context) {
    auto job = jobFrom(context, true);
    if (!job)
        return context.fail(job.error());
    if (context.isSet(u"layout"_s)) {
        const QString layout = context.value(u"layout"_s).trimmed().toLower();
        if (layout != u"compact" && layout != u"full")
            throw UsageProblem{Tr::tr("--layout must be compact or full, not \"%1\"")
                                   .arg(context.value(u"layout"_s))};
        job->options.compact = layout == u"compact";
    }
    const print::SheetBuilder builder = builderFor(*job);

    // Delivery runs get route sheets; a day with only supplier pickups gets their manifests.
    bool delivery = false;
    bool supplierPickup = false;
    for (const runs::Run& run : runs::Runs(*job->store).runsOn(job->date)) {
        delivery = delivery || run.kind == runs::kind::Delivery;
        supplierPickup = supplierPickup || run.kind == runs::kind::SupplierPickup;
    }
    if (!delivery && supplierPickup)
        return writePapers(context, *job, builder.pickupManifests(job->date, job->route),
                           print::writePickupManifestsPdf, [](const auto& manifests) {
                               return Tr::tr("%1 pickup route(s)").arg(manifests.size());
                           });
    return writePapers(
        context, *job, builder.routeSheets(job->date, job->route), print::writeRouteSheetsPdf,
        [](const auto& sheets) { return Tr::tr("%1 route sheet(s)").arg(sheets.size()); });
}

int runPackingLists(Context& context) {
    auto job = jobFrom(context, true);
    if (!job)
        return context.fail(job.error());
    return writePapers(context, *job, builderFor(*job).packingLists(job->date, job->route),
                       print::writePackingListsPdf, [](const auto& lists) {
                           return Tr::tr("%1 packing list(s)").arg(lists.size());
                       });
}

int runPickList(Context& context) {
    auto job = jobFrom(context, false);
    if (!job)
        return context.fail(job.error());
    return writePapers(context, *job, builderFor(*job).pickList(job->date), print::writePickListPdf,
                       [](const auto& list) {
                           return Tr::tr("the pick list (%1 line(s))").arg(list.lines.size());
                       });
}

} // namespace

QCommandLineOption languageOption() {
    return QCommandLineOption(u"lang"_s,
                              Tr::tr("the papers' language: en, es or ar (default: the pantry's "
                                     "setting for papers, else the language larder-cli speaks)"),
                              u"CODE"_s);
}

QCommandLineOption paperOption() {
    return QCommandLineOption(
        u"paper"_s, Tr::tr("letter or a4 (default: the pantry's paper size setting)"), u"SIZE"_s);
}

print::PrintOptions printOptionsFrom(const Context& context, Store& store) {
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
    if (context.isSet(u"lang"_s)) {
        const QString language = context.value(u"lang"_s).trimmed().toLower();
        QStringList known;
        for (const i18n::Language& each : i18n::languages())
            known << each.code;
        if (!known.contains(language))
            throw UsageProblem{Tr::tr("--lang must be one of %1, not \"%2\"")
                                   .arg(known.join(u", "_s), context.value(u"lang"_s))};
        options.language = language;
    }
    return options;
}

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
    sheets.synopsis =
        u"--date D -o OUT.pdf [--route N] [--paper letter|a4] [--lang CODE] [--layout compact|full]"_s;
    sheets.options = {
        dateOption(),
        outputOption(),
        routeOption(),
        paperOption(),
        languageOption(),
        QCommandLineOption(u"layout"_s,
                           Tr::tr("compact (one row a stop, about twelve a page) or full (the "
                                  "default: the pantry's setting)"),
                           u"L"_s)};
    sheets.example =
        u"larder-cli --db pantry.larder print route-sheets --date 2026-03-07 --route 4 -o r4.pdf"_s;
    sheets.run = runRouteSheets;

    Command packing;
    packing.name = u"packing-lists"_s;
    packing.summary = Tr::tr("One packing list per route, in loading order.");
    packing.description =
        Tr::tr("One list per route of the day's delivery runs, last stop first (the order to "
               "load the car in): stop number, household, boxes and contents.");
    packing.synopsis = u"--date D -o OUT.pdf [--route N] [--paper letter|a4] [--lang CODE]"_s;
    packing.options = {dateOption(), outputOption(), routeOption(), paperOption(),
                       languageOption()};
    packing.example =
        u"larder-cli --db pantry.larder print packing-lists --date 2026-03-07 -o packing.pdf"_s;
    packing.run = runPackingLists;

    Command pick;
    pick.name = u"pick-list"_s;
    pick.summary = Tr::tr("What to take from each place for the whole day.");
    pick.description = Tr::tr("Everything set aside for the day's runs, grouped by location: "
                              "item, use-by date and quantity.");
    pick.synopsis = u"--date D -o OUT.pdf [--paper letter|a4] [--lang CODE]"_s;
    pick.options = {dateOption(), outputOption(), paperOption(), languageOption()};
    pick.example = u"larder-cli --db pantry.larder print pick-list --date 2026-03-07 -o pick.pdf"_s;
    pick.run = runPickList;

    print.subcommands = {sheets, packing, pick};
    return {print};
}

} // namespace larder::cli
