// SPDX-License-Identifier: GPL-3.0-or-later
// The papers of a distribution day, each a list of sections of rows (SheetRows.h) that
// SheetLayout.h paginates and paints: route sheets, packing lists, the pick list and pickup
// manifests; and their PDFs.
#include "print/RouteSheets.h"

#include "core/runs/Outcomes.h"
#include "i18n/Language.h"
#include "print/SheetLayout.h"
#include "print/SheetRows.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::print {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::print::RouteSheets)
};

using namespace layout;

// A section's frame: `left` at the top left, the day (and the pantry's name) at the top right,
// `footer` at the bottom left.
Section framed(const QString& left, const QString& date, const PrintOptions& options,
               const QString& footer = {}) {
    Section section;
    section.headerLeft = left;
    section.headerRight =
        options.pantryName.isEmpty() ? date : Tr::tr("%1 · %2").arg(date, options.pantryName);
    section.footerLeft = footer;
    return section;
}

// "Route 4 — Saturday morning": a title with the run's name, when it has one.
QString withRunName(const QString& title, const QString& runName) {
    return runName.isEmpty() ? title : title + u" — "_s + runName;
}

// ---- Route sheets ----

Section routeSheetSection(const Ink& ink, double width, const RouteSheetData& data,
                          const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    const QString title = withRunName(Tr::tr("Route %1").arg(data.routeNo), data.runName);
    Section section = framed(Tr::tr("Route %1 · %2").arg(data.routeNo).arg(data.driver), date,
                             options, Tr::tr("Return or destroy this sheet after the run."));

    Group head;
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(16, true), Tr::tr("Driver: %1").arg(data.driver), 1.5 * mm);
    QStringList facts;
    facts << Tr::tr("Start: %1")
                 .arg(data.startPoint.isEmpty() ? Tr::tr("the pantry") : data.startPoint);
    facts << stopsLabel(data.stops.size());
    facts << Tr::tr("%1 of %2 boxes").arg(data.boxes()).arg(data.capacity);
    if (data.departure.isValid())
        facts << Tr::tr("leave at %1").arg(clockTime(data.departure));
    if (data.kilometres > 0 || data.minutes > 0)
        facts << Tr::tr("about %1 km, %2")
                     .arg(QLocale().toString(data.kilometres, 'f', 1), duration(data.minutes));
    facts << (data.returns ? Tr::tr("ends back at the pantry") : Tr::tr("ends at the last stop"));
    head << paragraph(ink, width, sans(13), joinFacts(facts), 1.5 * mm);
    if (!options.pantryPhone.isEmpty()) {
        const QString pantry =
            options.pantryName.isEmpty() ? Tr::tr("the pantry") : options.pantryName;
        head << paragraph(ink, width, sans(13, true),
                          Tr::tr("Questions or trouble on the way? Call %1: %2")
                              .arg(pantry, unbroken(options.pantryPhone)),
                          2 * mm);
    }
    section.groups << head;

    // The map, and which stops it cannot show.
    Group map;
    map << mapRow(ink, data.map, (options.compact ? 48 : 62) * mm);
    QStringList offMap;
    for (const SheetStop& stop : data.stops) {
        if (!stop.onMap)
            offMap << QString::number(stop.number);
    }
    if (!offMap.isEmpty())
        map << paragraph(
            ink, width, sans(SmallPt),
            Tr::tr("Not on the map (no location on file): stop %1.").arg(offMap.join(u", "_s)),
            1 * mm);
    if (std::any_of(data.stops.begin(), data.stops.end(),
                    [](const SheetStop& s) { return s.approximate && s.onMap; }))
        map << paragraph(ink, width, sans(SmallPt),
                         Tr::tr("Hollow circles: placed by postal code only; check the address."),
                         1 * mm);
    map << paragraph(ink, width, sans(BodyPt),
                     options.compact
                         ? Tr::tr("At each stop tick one box (1 Delivered, 2 Left at door, 3 Not "
                                  "home, 4 Wrong address, 5 Declined) and write anything the "
                                  "pantry should know beside the stop or on the back.")
                         : Tr::tr("At each stop tick one box (1 Delivered, 2 Left at door, 3 Not "
                                  "home, 4 Wrong address, 5 Declined) and write anything the "
                                  "pantry should know on the note line."),
                     1 * mm);
    map << separator(ink);
    section.groups << map;

    // The outcomes in the check-in screen's key order, worded as it words them.
    QStringList ticks;
    for (const QString& outcome : runs::outcome::all())
        ticks << Tr::tr("%1 %2", "a tick box: its number, then what happened at the stop")
                     .arg(runs::outcome::key(outcome))
                     .arg(runs::outcome::label(outcome));
    const double indent = 19 * mm;
    for (const SheetStop& stop : data.stops) {
        const QString name = options.initialsOnly ? initials(stop.name) : stop.name;
        QString where = stop.address;
        if (where.isEmpty() && !stop.meetingPoint.isEmpty())
            where = Tr::tr("Meet at: %1").arg(stop.meetingPoint);
        else if (!stop.meetingPoint.isEmpty())
            where += u"\n"_s + Tr::tr("Meet at: %1").arg(stop.meetingPoint);
        if (where.isEmpty())
            where = Tr::tr("No address on file: call the pantry.");

        Details details;
        if (stop.expected.isValid()) {
            QString when = Tr::tr("about %1").arg(clockTime(stop.expected));
            if (stop.windowStart.isValid())
                when += u"  "_s + Tr::tr("(their window %1–%2)")
                                      .arg(clockTime(stop.windowStart), clockTime(stop.windowEnd));
            if (stop.minutesLate > 0)
                when += u"\n"_s + Tr::tr("%1 min after their window: call ahead if you can.")
                                      .arg(stop.minutesLate);
            details.append({Tr::tr("Arrive"), when});
        }
        // The box's template by name and what differs from it: the packing list has the rest.
        QString contents = stop.boxName.isEmpty() ? stop.contents.join(u";  "_s)
                           : stop.changes.isEmpty()
                               ? stop.boxName
                               : stop.boxName + u": "_s + stop.changes.join(u";  "_s);
        const bool pickup = !stop.pickup.isEmpty(); // a stop that collects, not one that delivers
        if (!contents.isEmpty() && !pickup)
            details.append({Tr::tr("Box"), contents});
        if (!stop.asked.isEmpty())
            details.append({Tr::tr("Also", "what the household asked for, riding with the box"),
                            stop.asked.join(u";  "_s)});
        if (pickup)
            details.append(
                {Tr::tr("Pick up"), Tr::tr("%1 (tick 1 when you have it)").arg(stop.pickup)});
        if (!stop.languages.isEmpty())
            details.append({Tr::tr("Speaks"), stop.languages.join(u", "_s)});
        QString notes = stop.deliveryNotes.trimmed();
        if (!stop.mayLeaveAtDoor && !pickup)
            notes += (notes.isEmpty() ? QString() : u"\n"_s) +
                     Tr::tr("Do not leave the boxes at the door.");
        if (!notes.isEmpty())
            details.append({Tr::tr("Notes"), notes});
        if (!stop.accessNeeds.trimmed().isEmpty())
            details.append({Tr::tr("Access"), stop.accessNeeds.trimmed()});
        if (!options.initialsOnly && !stop.phone.isEmpty())
            details.append({Tr::tr("Phone"), stop.phone});
        if (options.compact) {
            QStringList facts;
            for (const auto& [label, value] : std::as_const(details))
                facts << Tr::tr("%1: %2", "a fact on the compact sheet: label, value")
                             .arg(label, QString(value).replace(u'\n', u" — "_s));
            section.groups << Group{compactStopRow(ink, width, stop.number, name,
                                                   boxesLabel(stop.boxes),
                                                   where.replace(u'\n', u' '),
                                                   facts.join(u"  ·  "_s), int(ticks.size())),
                                    separator(ink, 2.5)};
            continue;
        }
        Group group;
        group << stopRow(ink, width, stop.number, name, boxesLabel(stop.boxes), where, details,
                         ticks);
        group << indented(noteRow(ink, Tr::tr("Note:")), indent);
        group << separator(ink);
        section.groups << group;
    }
    if (data.stops.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14), Tr::tr("No stops on this route."))};
    return section;
}

// ---- Packing lists ----

Section packingListSection(const Ink& ink, double width, const PackingListData& data,
                           const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section =
        framed(Tr::tr("Packing list · Route %1 · %2").arg(data.routeNo).arg(data.driver), date,
               options, Tr::tr("Destroy this list after packing."));

    int boxes = 0;
    for (const PackingListData::Line& line : data.lines)
        boxes += line.boxes;
    Group head;
    head << titleRow(ink, width, Tr::tr("Packing list — Route %1").arg(data.routeNo), date);
    head << paragraph(ink, width, sans(14, true),
                      Tr::tr("Driver: %1   ·   %2   ·   %3")
                          .arg(data.driver, stopsLabel(data.lines.size()), boxesLabel(boxes)),
                      1.5 * mm);
    head << paragraph(ink, width, sans(13),
                      Tr::tr("Load the car in this order: the last stop first, so that stop 1's "
                             "boxes come out first."),
                      3 * mm);
    section.groups << head;

    const QList<Column> columns{{0, 16 * mm, Qt::AlignLeft},
                                {16 * mm, 16 * mm, Qt::AlignLeft},
                                {32 * mm, 44 * mm, Qt::AlignLeft},
                                {76 * mm, 18 * mm, Qt::AlignLeft},
                                {94 * mm, width - 94 * mm - 18 * mm, Qt::AlignLeft},
                                {width - 18 * mm, 18 * mm, Qt::AlignCenter}};
    const Row heads = tableRow(ink, columns,
                               {Tr::tr("Load"), Tr::tr("Stop"), Tr::tr("Household"),
                                Tr::tr("Boxes"), Tr::tr("Contents"), Tr::tr("Packed")},
                               sans(BodyPt, true), false, true);
    section.continuationHead = heads;
    section.groups.last() << heads;

    int load = 0;
    for (qsizetype i = data.lines.size() - 1; i >= 0; --i) {
        const PackingListData::Line& line = data.lines.at(i);
        QString contents = line.contents.join(u";  "_s);
        if (!line.boxName.isEmpty())
            contents = contents.isEmpty() ? line.boxName : line.boxName + u": "_s + contents;
        section.groups << Group{
            tableRow(ink, columns,
                     {QString::number(++load), QString::number(line.stopNumber),
                      options.initialsOnly ? initials(line.household) : line.household,
                      QString::number(line.boxes), contents, QString()},
                     sans(BodyPt), true, false)};
    }
    if (data.lines.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14), Tr::tr("Nothing to pack."))};
    return section;
}

// ---- Pick list ----

Section pickListSection(const Ink& ink, double width, const PickListData& data,
                        const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section = framed(Tr::tr("Pick list"), date, options);

    Group head;
    const QString title = withRunName(Tr::tr("Pick list"), data.runName);
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(13),
                      Tr::tr("Take these from each place for every route of the day, and tick "
                             "each line when it is on the packing table."),
                      3 * mm);
    const QList<Column> columns{{0, width - 76 * mm, Qt::AlignLeft},
                                {width - 76 * mm, 34 * mm, Qt::AlignLeft},
                                {width - 42 * mm, 28 * mm, Qt::AlignRight},
                                {width - 14 * mm, 14 * mm, Qt::AlignCenter}};
    const Row heads = tableRow(
        ink, columns, {Tr::tr("Item"), Tr::tr("Use by"), Tr::tr("Quantity"), Tr::tr("Taken")},
        sans(BodyPt, true), false, true);
    section.groups << head;

    QString location;
    bool first = true;
    for (const PickListData::Line& line : data.lines) {
        Group group;
        if (first || line.location != location) {
            group << spacer(first ? 0 : 3 * mm);
            group << paragraph(
                ink, width, sans(15, true),
                line.location.isEmpty() ? Tr::tr("(no place recorded)") : line.location, 1 * mm);
            group << heads;
            location = line.location;
            first = false;
        }
        group << tableRow(
            ink, columns,
            {line.item,
             line.expiry ? QLocale().toString(*line.expiry, u"d MMM yyyy"_s) : Tr::tr("no date"),
             line.quantity, QString()},
            sans(BodyPt), true, false);
        section.groups << group;
    }
    if (data.lines.isEmpty())
        section.groups << Group{paragraph(ink, width, sans(14),
                                          Tr::tr("Nothing is set aside for this day yet: "
                                                 "allocate the packages first."))};
    return section;
}

// ---- Pickup manifests ----

Section manifestSection(const Ink& ink, double width, const PickupManifestData& data,
                        const PrintOptions& options) {
    const double mm = ink.mm;
    const QString date = longDate(data.date);
    Section section =
        framed(Tr::tr("Pickup route %1 · %2").arg(data.routeNo).arg(data.driver), date, options,
               Tr::tr("Bring this sheet back to the pantry with the food."));

    Group head;
    const QString title = withRunName(Tr::tr("Pickup route %1").arg(data.routeNo), data.runName);
    head << titleRow(ink, width, title, date);
    head << paragraph(ink, width, sans(16, true), Tr::tr("Driver: %1").arg(data.driver), 1.5 * mm);
    QStringList facts;
    facts << Tr::tr("Start: %1")
                 .arg(data.startPoint.isEmpty() ? Tr::tr("the pantry") : data.startPoint);
    facts << stopsLabel(data.stops.size());
    facts << Tr::tr("room for %1 boxes").arg(data.capacity);
    if (data.kilometres > 0 || data.minutes > 0)
        facts << Tr::tr("about %1 km, %2")
                     .arg(QLocale().toString(data.kilometres, 'f', 1), duration(data.minutes));
    head << paragraph(ink, width, sans(13), joinFacts(facts), 1.5 * mm);
    if (!options.pantryPhone.isEmpty())
        head << paragraph(
            ink, width, sans(13, true),
            Tr::tr("Questions or trouble on the way? Call %1: %2")
                .arg(options.pantryName.isEmpty() ? Tr::tr("the pantry") : options.pantryName,
                     unbroken(options.pantryPhone)),
            2 * mm);
    section.groups << head;
    Group map;
    map << mapRow(ink, data.map, 70 * mm);
    map << separator(ink);
    section.groups << map;

    const QStringList ticks{Tr::tr("1 Collected"), Tr::tr("2 Nothing to collect"),
                            Tr::tr("3 Closed")};
    const double indent = 19 * mm;
    for (const PickupManifestData::Stop& stop : data.stops) {
        Details details;
        if (!stop.contact.isEmpty())
            details.append({Tr::tr("Ask for"), stop.contact});
        if (!options.initialsOnly && !stop.phone.isEmpty())
            details.append({Tr::tr("Phone"), stop.phone});
        if (!stop.collect.isEmpty())
            details.append({Tr::tr("Collect"), stop.collect});
        if (stop.boxes > 0)
            details.append({Tr::tr("Load"), stop.boxes == 1
                                                ? Tr::tr("about 1 box")
                                                : Tr::tr("about %1 boxes").arg(stop.boxes)});
        Group group;
        group << stopRow(ink, width, stop.number, stop.supplier, QString(), stop.address, details,
                         ticks);
        group << indented(noteRow(ink, Tr::tr("What was collected:")), indent);
        group << separator(ink);
        section.groups << group;
    }
    return section;
}

// Paints sections made by `make` for each item of `items`.
template <typename T, typename Make>
int paintAll(QPagedPaintDevice& device, const QList<T>& items, const PrintOptions& options,
             Make make) {
    const i18n::ScopedLanguage language(options.language);
    const Ink ink(&device);
    QList<Section> sections;
    for (const T& item : items)
        sections << make(ink, double(device.width()), item, options);
    if (sections.isEmpty())
        return 0;
    return paintSections(device, sections);
}

void preparePrinter(QPrinter& printer, const PrintOptions& options, bool keepPrinterPage) {
    if (!keepPrinterPage) {
        printer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait,
                                          QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                          QPageLayout::Millimeter));
    }
}

} // namespace

int paintRouteSheets(QPagedPaintDevice& device, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options) {
    return paintAll(device, sheets, options, routeSheetSection);
}

int paintPackingLists(QPagedPaintDevice& device, const QList<PackingListData>& lists,
                      const PrintOptions& options) {
    return paintAll(device, lists, options, packingListSection);
}

int paintPickList(QPagedPaintDevice& device, const PickListData& list,
                  const PrintOptions& options) {
    return paintAll(device, QList<PickListData>{list}, options, pickListSection);
}

int paintPickupManifests(QPagedPaintDevice& device, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options) {
    return paintAll(device, manifests, options, manifestSection);
}

int printRouteSheets(QPrinter& printer, const QList<RouteSheetData>& sheets,
                     const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintRouteSheets(printer, sheets, options);
}

int printPackingLists(QPrinter& printer, const QList<PackingListData>& lists,
                      const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPackingLists(printer, lists, options);
}

int printPickList(QPrinter& printer, const PickListData& list, const PrintOptions& options,
                  bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPickList(printer, list, options);
}

int printPickupManifests(QPrinter& printer, const QList<PickupManifestData>& manifests,
                         const PrintOptions& options, bool keepPrinterPage) {
    preparePrinter(printer, options, keepPrinterPage);
    return paintPickupManifests(printer, manifests, options);
}

Result<void> writePdf(const QString& path, const PrintOptions& options, const QString& title,
                      const std::function<int(QPagedPaintDevice&)>& paint) {
    const auto failure = [&path](const QString& why) {
        return Error::make(Error::Kind::ReadOnlyFolder,
                           Tr::tr("Could not write the PDF (%1).").arg(why),
                           Tr::tr("Choose a folder you can save in, or close the file if another "
                                  "program has it open."))
            .at(path);
    };
    if (QFileInfo(path).isDir())
        return failure(Tr::tr("it is a folder"));
    // Written under a temporary name and renamed at the end: never half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Larder"_s);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait,
                                         QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                         QPageLayout::Millimeter));
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Error::invalidInput(Tr::tr("There is nothing to print."),
                                   Tr::tr("Plan the routes of the day first."))
            .at(path);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

Result<void> writeRouteSheetsPdf(const QString& path, const QList<RouteSheetData>& sheets,
                                 const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Route sheets"), [&](QPagedPaintDevice& device) {
        return paintRouteSheets(device, sheets, options);
    });
}

Result<void> writePackingListsPdf(const QString& path, const QList<PackingListData>& lists,
                                  const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Packing lists"), [&](QPagedPaintDevice& device) {
        return paintPackingLists(device, lists, options);
    });
}

Result<void> writePickListPdf(const QString& path, const PickListData& list,
                              const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Pick list"), [&](QPagedPaintDevice& device) {
        return paintPickList(device, list, options);
    });
}

Result<void> writePickupManifestsPdf(const QString& path,
                                     const QList<PickupManifestData>& manifests,
                                     const PrintOptions& options) {
    return writePdf(path, options, Tr::tr("Pickup routes"), [&](QPagedPaintDevice& device) {
        return paintPickupManifests(device, manifests, options);
    });
}

} // namespace larder::print
