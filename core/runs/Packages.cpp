// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runs/Packages.h"

#include "core/identity/Clock.h"
#include "core/people/Households.h"
#include "core/requests/Requests.h"
#include "core/storage/Store.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace larder::runs {

namespace {

// The dietary tags an item must carry when a household has them. The others
// (diabetic-friendly, low-sodium) are preferences: they never make an item unsuitable, they only
// rank substitutes.
const QStringList& requiredTags() {
    static const QStringList tags{u"halal"_s, u"kosher"_s,      u"vegetarian"_s,
                                  u"vegan"_s, u"gluten-free"_s, u"nut-free"_s};
    return tags;
}

// Only food has dietary tags that matter; water, hygiene, baby goods and the rest suit everyone.
bool categoryCaresAboutTags(const QString& category) {
    return category == u"food"_s;
}

QStringList splitTags(const QString& text) {
    QStringList tags;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

// One catalog item, as packages need it.
struct ItemInfo {
    QString id;
    QString name;
    QString category;
    QString unit;
    QStringList tags; // vegan implies vegetarian
    bool active = true;
};

bool itemSuits(const ItemInfo& item, const QStringList& householdTags) {
    if (!categoryCaresAboutTags(item.category))
        return true;
    for (const QString& tag : householdTags) {
        if (requiredTags().contains(tag) && !item.tags.contains(tag))
            return false;
    }
    return true;
}

// How much one item is like another, for ranking stand-ins inside a category as broad as "food":
// words their names share (beans for beans, canned for canned; sizes and units left out), the
// same unit, and where they are kept (frozen for frozen).
int likeness(const ItemInfo& a, const ItemInfo& b, bool sameHome) {
    static const QRegularExpression separators(u"[^\\p{L}]+"_s);
    static const QSet<QString> ignored{u"oz"_s, u"lb"_s,  u"ct"_s,   u"gal"_s,   u"pack"_s,
                                       u"of"_s, u"and"_s, u"with"_s, u"large"_s, u"small"_s};
    auto words = [](const QString& name) {
        QSet<QString> set;
        for (const QString& word : name.toLower().split(separators, Qt::SkipEmptyParts)) {
            if (word.size() > 1 && !ignored.contains(word))
                set.insert(word.endsWith(u's') ? word.chopped(1) : word);
        }
        return set;
    };
    const int shared = int(words(a.name).intersect(words(b.name)).size());
    return 4 * shared + 2 * int(sameHome) + int(a.unit == b.unit);
}

int preferencesCarried(const ItemInfo& item, const QStringList& householdTags) {
    int carried = 0;
    for (const QString& tag : householdTags) {
        if (!requiredTags().contains(tag) && item.tags.contains(tag))
            ++carried;
    }
    return carried;
}

// The whole catalog, by id, and its ids in name order.
struct Catalog {
    QHash<QString, ItemInfo> items;
    QStringList byName;

    const ItemInfo* find(const QString& id) const {
        auto it = items.constFind(id);
        return it == items.cend() ? nullptr : &it.value();
    }
};

Catalog loadCatalog(const Store& store) {
    Catalog catalog;
    store.readOrWarn("SELECT id, name, category, unit, dietary_tags, active FROM items "
                     "ORDER BY name COLLATE NOCASE, id",
                     {}, [&catalog](const Row& row) {
                         ItemInfo item;
                         item.id = row.text(0);
                         item.name = row.text(1);
                         item.category = row.text(2);
                         item.unit = row.text(3);
                         item.tags = splitTags(row.text(4));
                         if (item.tags.contains(u"vegan"_s) && !item.tags.contains(u"vegetarian"_s))
                             item.tags.append(u"vegetarian"_s);
                         item.active = row.integer(5) != 0;
                         catalog.byName.append(item.id);
                         catalog.items.insert(item.id, item);
                     });
    return catalog;
}

// Stock of one lot at one location that a run may take.
struct Bin {
    QString itemId;
    QString lotId; // empty: stock not tied to a lot
    QString locationId;
    QString locationName;
    std::optional<QDate> expiry;
    qint64 free = 0;
};

std::optional<QDate> dateOf(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// Which stock counts as set aside already. `exceptRunId`: leave out the allocations of that
// run's stops that have no outcome yet (what allocating the run again would replace).
// Usable stock, first expiry first out (no expiry last), per item: on hand minus what open runs
// set aside, lots expiring before `onDate` left out.
QHash<QString, QList<Bin>> loadBins(const Store& store, const QDate& onDate,
                                    const QString& exceptRunId) {
    QHash<QString, qint64> setAside; // item | lot | location
    auto key = [](const QString& item, const QString& lot, const QString& location) -> QString {
        return item + u'|' + lot + u'|' + location;
    };
    store.readOrWarn(
        "SELECT a.item_id, ifnull(a.lot_id, ''), ifnull(a.location_id, ''), sum(a.quantity) "
        "FROM run_allocations a JOIN runs r ON r.id = a.run_id "
        "WHERE a.status = 'allocated' AND r.status <> 'closed' AND NOT (a.run_id = ?1 AND "
        "a.stop_id IN (SELECT id FROM run_stops WHERE run_id = ?1 AND ifnull(outcome, '') = '')) "
        "GROUP BY 1, 2, 3",
        {exceptRunId.isEmpty() ? QVariant(u""_s) : QVariant(exceptRunId)}, [&](const Row& row) {
            setAside[key(row.text(0), row.text(1), row.text(2))] += row.integer(3);
        });
    QHash<QString, QList<Bin>> bins;
    store.readOrWarn("SELECT s.item_id, s.lot_id, s.location_id, ifnull(loc.name, ''), l.expiry, "
                     "s.quantity FROM stock_on_hand s LEFT JOIN lots l ON l.id = s.lot_id "
                     "LEFT JOIN locations loc ON loc.id = s.location_id "
                     "WHERE s.quantity > 0 AND (l.expiry IS NULL OR l.expiry >= ?1) "
                     "ORDER BY s.item_id, l.expiry IS NULL, l.expiry, l.created_at, s.lot_id, "
                     "loc.name COLLATE NOCASE, s.location_id",
                     {onDate.toString(Qt::ISODate)}, [&](const Row& row) {
                         Bin bin;
                         bin.itemId = row.text(0);
                         bin.lotId = row.text(1);
                         bin.locationId = row.text(2);
                         bin.locationName = row.text(3);
                         bin.expiry = dateOf(row[4]);
                         bin.free = row.integer(5) -
                                    setAside.value(key(bin.itemId, bin.lotId, bin.locationId));
                         if (bin.free > 0)
                             bins[bin.itemId].append(bin);
                     });
    return bins;
}

qint64 freeOf(const QHash<QString, QList<Bin>>& bins, const QString& itemId) {
    qint64 total = 0;
    for (const Bin& bin : bins.value(itemId))
        total += bin.free;
    return total;
}

// Where most of each item's stock is, by item id.
QHash<QString, QString> homeLocations(const Store& store) {
    QHash<QString, QString> homes;
    store.readOrWarn("SELECT item_id, location_id, sum(quantity) AS q FROM stock_on_hand "
                     "WHERE quantity > 0 GROUP BY item_id, location_id "
                     "ORDER BY item_id, q DESC, location_id",
                     {}, [&homes](const Row& row) {
                         if (!homes.contains(row.text(0)))
                             homes.insert(row.text(0), row.text(1));
                     });
    return homes;
}

// What choosing a household's package needs to know, read once for many households.
struct PackageContext {
    const Catalog* catalog = nullptr;
    QHash<QString, qint64> free;  // item id -> usable and not set aside
    QHash<QString, QString> home; // item id -> where most of it is
};

// The household's package from a template: unsuitable items replaced by the best suitable item
// of the same category (enough free stock, the most alike — shared name words, kept where the
// original is kept, same unit —, not in the package already, most of the household's
// preferences, most free stock, then by name).
QList<PackageLine> packageLines(const BoxTemplate& boxTemplate, const QStringList& householdTags,
                                const PackageContext& context) {
    const Catalog& catalog = *context.catalog;
    QList<PackageLine> lines;
    QSet<QString> inPackage;
    for (const TemplateLine& line : boxTemplate.lines)
        inPackage.insert(line.itemId);
    for (const TemplateLine& line : boxTemplate.lines) {
        const ItemInfo* item = catalog.find(line.itemId);
        if (!item || line.quantity <= 0)
            continue;
        PackageLine packageLine;
        packageLine.quantity = line.quantity;
        if (itemSuits(*item, householdTags)) {
            packageLine.itemId = item->id;
            packageLine.itemName = item->name;
            packageLine.unit = item->unit;
            lines.append(packageLine);
            continue;
        }
        packageLine.kind = u"substitute"_s;
        packageLine.replacesItemId = item->id;
        packageLine.replacesItemName = item->name;
        const ItemInfo* best = nullptr;
        auto rank = [&](const ItemInfo& candidate) {
            const qint64 free = context.free.value(candidate.id);
            const bool sameHome = context.home.value(candidate.id) == context.home.value(item->id);
            return std::make_tuple(free >= line.quantity, likeness(candidate, *item, sameHome),
                                   !inPackage.contains(candidate.id),
                                   preferencesCarried(candidate, householdTags), free);
        };
        for (const QString& id : catalog.byName) {
            const ItemInfo& candidate = *catalog.find(id);
            if (!candidate.active || candidate.id == item->id ||
                candidate.category != item->category || !itemSuits(candidate, householdTags))
                continue;
            if (!best || rank(candidate) > rank(*best)) // ties: the first by name
                best = &candidate;
        }
        if (best) {
            packageLine.itemId = best->id;
            packageLine.itemName = best->name;
            packageLine.unit = best->unit;
            inPackage.insert(best->id);
        } else {
            packageLine.quantity = 0; // nothing suits: the line stays, empty, to be seen
            packageLine.unit = item->unit;
        }
        lines.append(packageLine);
    }
    return lines;
}

// One household on a run, as packages need it.
struct StopInfo {
    QString id;
    QString householdId;
    QString householdName;
    QStringList tags;
    int size = 1;
    QString templateId;
};

QDate runDate(const Values& run) {
    return QDate::fromString(run.value(u"run_date"_s).toString(), Qt::ISODate);
}

// The run's household stops without an outcome, in route order (route, position), unplaced last.
QList<StopInfo> openStops(const Store& store, const QString& runId) {
    QList<StopInfo> stops;
    store.readOrWarn(
        "SELECT s.id, s.household_id, h.chosen_name, h.dietary_tags, "
        "h.adults + h.children + h.seniors, ifnull(s.template_id, ''), h.id FROM run_stops s "
        "JOIN households h ON h.id = s.household_id "
        "LEFT JOIN run_drivers d ON d.id = s.driver_id "
        "WHERE s.run_id = ?1 AND ifnull(s.outcome, '') = '' "
        "ORDER BY d.route_no IS NULL, d.route_no, s.position, s.created_at, s.id",
        {runId}, [&stops](const Row& row) {
            StopInfo stop;
            stop.id = row.text(0);
            stop.householdId = row.text(1);
            stop.householdName = row.text(2);
            stop.tags = splitTags(row.text(3));
            stop.size = std::max<int>(1, int(row.integer(4)));
            stop.templateId = row.text(5);
            stops.append(stop);
        });
    return stops;
}

// Which template a stop gets: the one it was given, else the one for its household's size.
struct TemplateChooser {
    QHash<QString, BoxTemplate> byId;
    QList<BoxTemplate> active;

    explicit TemplateChooser(const Packages& packages) {
        for (const BoxTemplate& t : packages.templates(true)) {
            byId.insert(t.id, t);
            if (t.active)
                active.append(t);
        }
    }
    std::optional<BoxTemplate> forStop(const StopInfo& stop) const {
        if (!stop.templateId.isEmpty() && byId.contains(stop.templateId))
            return byId.value(stop.templateId);
        std::optional<BoxTemplate> best;
        auto width = [](const BoxTemplate& t) {
            return t.maxSize ? qint64(*t.maxSize - t.minSize) : std::numeric_limits<qint64>::max();
        };
        for (const BoxTemplate& t : active) {
            if (t.minSize > stop.size || (t.maxSize && *t.maxSize < stop.size))
                continue;
            if (!best || width(t) < width(*best))
                best = t;
        }
        return best;
    }
};

// What one stop's package lacks of one line.
struct Shortfall {
    QString stopId;
    QString itemId;         // the package line's item
    QString originalItemId; // the template's item it stands for (the same when not substituted)
    qint64 missing = 0;
    QStringList tags;
};

// The run's shortages as the stored allocations leave them, with the per-stop detail.
struct Analysis {
    QList<Shortage> shortages;
    QList<Shortfall> shortfalls; // in stop order
};

PackageContext contextFor(const Store& store, const Catalog& catalog,
                          const QHash<QString, QList<Bin>>& bins) {
    PackageContext context;
    context.catalog = &catalog;
    for (auto it = bins.cbegin(); it != bins.cend(); ++it)
        context.free.insert(it.key(), freeOf(bins, it.key()));
    context.home = homeLocations(store);
    return context;
}

// A package line's needs against what the stop has: allocations of the template's item, or of
// anything standing in for it, count one for one.
Analysis analyse(const Packages& packages, const Store& store, const QString& runId,
                 const QDate& date, const Catalog& catalog) {
    Analysis analysis;
    const QList<StopInfo> stops = openStops(store, runId);
    if (stops.isEmpty())
        return analysis;
    const auto othersBins = loadBins(store, date, runId); // before this run's open stops
    const auto nowBins = loadBins(store, date, {});       // after them
    const PackageContext context = contextFor(store, catalog, othersBins);
    const TemplateChooser chooser(packages);

    // Per stop: covered quantity per template item.
    QHash<QString, QHash<QString, qint64>> covered;
    store.readOrWarn(
        "SELECT stop_id, CASE WHEN kind = 'template' THEN item_id ELSE "
        "ifnull(replaces_item_id, '') END, sum(quantity) FROM run_allocations "
        "WHERE run_id = ?1 AND status = 'allocated' AND kind NOT IN ('addition', 'request') "
        "GROUP BY 1, 2",
        {runId},
        [&covered](const Row& row) { covered[row.text(0)][row.text(1)] += row.integer(2); });

    QHash<QString, qint64> needed;
    QMap<QString, QList<const StopInfo*>> lacking; // item id -> stops
    for (const StopInfo& stop : stops) {
        const auto boxTemplate = chooser.forStop(stop);
        if (!boxTemplate)
            continue;
        QHash<QString, qint64>& have = covered[stop.id];
        for (const PackageLine& line : packageLines(*boxTemplate, stop.tags, context)) {
            if (line.itemId.isEmpty() || line.quantity <= 0)
                continue;
            const QString original =
                line.kind == u"substitute"_s ? line.replacesItemId : line.itemId;
            needed[line.itemId] += line.quantity;
            const qint64 take = std::min(line.quantity, have.value(original));
            have[original] -= take;
            if (take < line.quantity) {
                analysis.shortfalls.append(
                    {stop.id, line.itemId, original, line.quantity - take, stop.tags});
                if (!lacking[line.itemId].contains(&stop))
                    lacking[line.itemId].append(&stop);
            }
        }
    }

    for (const QString& itemId : catalog.byName) {
        const auto it = lacking.constFind(itemId);
        if (it == lacking.cend())
            continue;
        const ItemInfo& item = *catalog.find(itemId);
        Shortage shortage;
        shortage.itemId = item.id;
        shortage.itemName = item.name;
        shortage.unit = item.unit;
        shortage.needed = needed.value(itemId);
        shortage.available = freeOf(othersBins, itemId);
        for (const StopInfo* stop : it.value()) {
            shortage.stopIds.append(stop->id);
            shortage.householdNames.append(stop->householdName);
        }
        QHash<QString, int> likenessOf;
        for (const QString& candidateId : catalog.byName) {
            const ItemInfo& candidate = *catalog.find(candidateId);
            const qint64 free = freeOf(nowBins, candidateId);
            if (candidate.id == item.id || !candidate.active || free <= 0 ||
                candidate.category != item.category)
                continue;
            const bool suitsAll =
                std::all_of(it.value().cbegin(), it.value().cend(),
                            [&](const StopInfo* stop) { return itemSuits(candidate, stop->tags); });
            if (suitsAll) {
                shortage.substitutes.append({candidate.id, candidate.name, free});
                const bool sameHome =
                    context.home.value(candidate.id) == context.home.value(item.id);
                likenessOf.insert(candidate.id, likeness(candidate, item, sameHome));
            }
        }
        // The most alike first (beans for beans), then the most on hand.
        std::stable_sort(
            shortage.substitutes.begin(), shortage.substitutes.end(),
            [&likenessOf](const Shortage::Substitute& a, const Shortage::Substitute& b) {
                return std::make_pair(likenessOf.value(a.itemId), a.available) >
                       std::make_pair(likenessOf.value(b.itemId), b.available);
            });
        if (shortage.substitutes.size() > 5)
            shortage.substitutes.resize(5);
        analysis.shortages.append(shortage);
    }
    return analysis;
}

// Sets aside up to `quantity` of the item for a stop from `bins`, first expiry first out, one
// allocation per lot and location. Returns how much it set aside.
qint64 take(Writer& writer, QList<Bin>& bins, const QString& runId, const QString& stopId,
            const QString& itemId, qint64 quantity, const QString& kind,
            const QString& replacesItemId, const QString& requestId = {}) {
    qint64 left = quantity;
    for (Bin& bin : bins) {
        if (left <= 0)
            break;
        if (bin.free <= 0)
            continue;
        const qint64 part = std::min(left, bin.free);
        writer.insert(u"run_allocations",
                      {{u"run_id"_s, runId},
                       {u"stop_id"_s, stopId},
                       {u"item_id"_s, itemId},
                       {u"lot_id"_s, bin.lotId.isEmpty() ? QVariant() : QVariant(bin.lotId)},
                       {u"location_id"_s, bin.locationId},
                       {u"quantity"_s, part},
                       {u"kind"_s, kind},
                       {u"replaces_item_id"_s,
                        replacesItemId.isEmpty() ? QVariant() : QVariant(replacesItemId)},
                       {u"status"_s, u"allocated"_s},
                       {u"request_id"_s, requestId.isEmpty() ? QVariant() : QVariant(requestId)}});
        bin.free -= part;
        left -= part;
    }
    return quantity - left;
}

struct RunTr {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Packages)
};

// The run, refused when it is missing or closed.
Values openRun(Store& store, Writer& writer, const QString& runId) {
    const Values run = store.record(u"runs", runId);
    if (run.isEmpty())
        writer.refuse(RunTr::tr("This run is no longer on file; it may have been deleted."),
                      RunTr::tr("Reload the list of runs."));
    if (run.value(u"status"_s).toString() == u"closed"_s)
        writer.refuse(RunTr::tr("The run of %1 is closed: its stock has gone out already.")
                          .arg(run.value(u"run_date"_s).toString()),
                      RunTr::tr("Packages can only change on a run that is not closed."));
    return run;
}

} // namespace

Packages::Packages(Store& store)
    : m_store(store) {}

// ---- Templates ----

namespace {

struct TemplateTr {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Packages)
};

// Everything wrong with a template before it is saved, checked against the catalog.
std::optional<Error> templateProblem(const BoxTemplate& boxTemplate, const Catalog& catalog) {
    if (boxTemplate.name.trimmed().isEmpty())
        return Error::invalidInput(
            TemplateTr::tr("A box template needs a name."),
            TemplateTr::tr("Name it after who it is for, such as \"3-5 people\"."));
    if (boxTemplate.minSize < 1 || boxTemplate.minSize > 99)
        return Error::invalidInput(
            TemplateTr::tr("A box template's smallest household size must be from 1 "
                           "to 99, not %1.")
                .arg(boxTemplate.minSize),
            TemplateTr::tr("Type the number of people it starts at, such as 1."));
    if (boxTemplate.maxSize &&
        (*boxTemplate.maxSize < boxTemplate.minSize || *boxTemplate.maxSize > 99))
        return Error::invalidInput(
            TemplateTr::tr("A box template's largest household size must be from %1 "
                           "to 99, not %2.")
                .arg(boxTemplate.minSize)
                .arg(*boxTemplate.maxSize),
            TemplateTr::tr("Leave it empty for \"and more\"."));
    if (boxTemplate.boxes < 1 || boxTemplate.boxes > 20)
        return Error::invalidInput(
            TemplateTr::tr("A package fills from 1 to 20 boxes, not %1.").arg(boxTemplate.boxes),
            TemplateTr::tr("Count the boxes one household's package needs."));
    QSet<QString> seen;
    for (const TemplateLine& line : boxTemplate.lines) {
        const ItemInfo* item = catalog.find(line.itemId);
        if (!item)
            return Error::invalidInput(
                TemplateTr::tr("An item of the box template is not in the catalog."),
                TemplateTr::tr("Choose the item again from the catalog."));
        if (!item->active)
            return Error::invalidInput(
                TemplateTr::tr("\"%1\" is retired from the catalog.").arg(item->name),
                TemplateTr::tr("Choose an item the pantry still gives out."));
        if (seen.contains(item->id))
            return Error::invalidInput(
                TemplateTr::tr("\"%1\" is in the box template twice.").arg(item->name),
                TemplateTr::tr("Keep one line for it with the whole quantity."));
        seen.insert(item->id);
        if (line.quantity < 1 || line.quantity > 1000)
            return Error::invalidInput(
                TemplateTr::tr("The quantity of \"%1\" must be from 1 to 1000, not %2.")
                    .arg(item->name)
                    .arg(line.quantity),
                TemplateTr::tr("Type how many of it one package holds."));
    }
    return std::nullopt;
}

Values templateValues(const BoxTemplate& boxTemplate) {
    return {{u"name"_s, boxTemplate.name.trimmed()},
            {u"min_size"_s, boxTemplate.minSize},
            {u"max_size"_s, boxTemplate.maxSize ? QVariant(*boxTemplate.maxSize) : QVariant()},
            {u"boxes"_s, boxTemplate.boxes},
            {u"active"_s, boxTemplate.active ? 1 : 0}};
}

void insertLines(Writer& writer, const QString& templateId, const QList<TemplateLine>& lines) {
    for (const TemplateLine& line : lines)
        writer.insert(u"box_template_lines", {{u"template_id"_s, templateId},
                                              {u"item_id"_s, line.itemId},
                                              {u"quantity"_s, line.quantity}});
}

// Another active template with the same name (any case), other than `exceptId`.
bool nameTaken(const Store& store, const QString& name, const QString& exceptId) {
    bool taken = false;
    store.readOrWarn("SELECT name FROM box_templates WHERE active = 1 AND id <> ?1", {exceptId},
                     [&](const Row& row) {
                         if (row.text(0).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                             taken = true;
                     });
    return taken;
}

} // namespace

Result<QString> Packages::addTemplate(const BoxTemplate& boxTemplate) {
    if (auto problem = templateProblem(boxTemplate, loadCatalog(m_store)))
        return *problem;
    QString id;
    auto ok = m_store.write([&](Writer& w) {
        if (boxTemplate.active && nameTaken(m_store, boxTemplate.name, {}))
            w.refuse(tr("There is already a box template called \"%1\".")
                         .arg(boxTemplate.name.trimmed()),
                     tr("Choose another name, or change that template instead."));
        id = w.insert(u"box_templates", templateValues(boxTemplate));
        insertLines(w, id, boxTemplate.lines);
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<void> Packages::updateTemplate(const BoxTemplate& boxTemplate) {
    if (auto problem = templateProblem(boxTemplate, loadCatalog(m_store)))
        return *problem;
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"box_templates", boxTemplate.id).isEmpty())
            w.refuse(tr("This box template is no longer on file; it may have been deleted on "
                        "another laptop."),
                     tr("Reload the list."));
        if (boxTemplate.active && nameTaken(m_store, boxTemplate.name, boxTemplate.id))
            w.refuse(tr("There is already a box template called \"%1\".")
                         .arg(boxTemplate.name.trimmed()),
                     tr("Choose another name."));
        w.update(u"box_templates", boxTemplate.id, templateValues(boxTemplate));
        QStringList oldLines;
        m_store.readOrWarn("SELECT id FROM box_template_lines WHERE template_id = ?1",
                           {boxTemplate.id},
                           [&oldLines](const Row& row) { oldLines << row.text(0); });
        for (const QString& lineId : std::as_const(oldLines))
            w.remove(u"box_template_lines", lineId);
        insertLines(w, boxTemplate.id, boxTemplate.lines);
    });
}

Result<void> Packages::removeTemplate(const QString& templateId) {
    return m_store.write([&](Writer& w) {
        if (m_store.record(u"box_templates", templateId).isEmpty())
            w.refuse(tr("This box template is no longer on file."), tr("Reload the list."));
        qint64 used = 0;
        m_store.readOrWarn("SELECT count(*) FROM run_stops WHERE template_id = ?1", {templateId},
                           [&used](const Row& row) { used = row.integer(0); });
        if (used > 0) {
            // Runs remember what their stops were given: keep the record, retired.
            w.update(u"box_templates", templateId, {{u"active"_s, 0}});
            return;
        }
        QStringList lines;
        m_store.readOrWarn("SELECT id FROM box_template_lines WHERE template_id = ?1", {templateId},
                           [&lines](const Row& row) { lines << row.text(0); });
        for (const QString& lineId : std::as_const(lines))
            w.remove(u"box_template_lines", lineId);
        w.remove(u"box_templates", templateId);
    });
}

QList<BoxTemplate> Packages::templates(bool includeInactive) const {
    QList<BoxTemplate> list;
    QHash<QString, int> index;
    m_store.readOrWarn(
        "SELECT id, name, min_size, max_size, boxes, active FROM box_templates "
        "WHERE active = 1 OR ?1 ORDER BY min_size, max_size IS NULL, max_size, name, id",
        {includeInactive ? 1 : 0}, [&](const Row& row) {
            BoxTemplate t;
            t.id = row.text(0);
            t.name = row.text(1);
            t.minSize = int(row.integer(2));
            if (!row.isNull(3))
                t.maxSize = int(row.integer(3));
            t.boxes = int(row.integer(4));
            t.active = row.integer(5) != 0;
            index.insert(t.id, int(list.size()));
            list.append(t);
        });
    m_store.readOrWarn("SELECT l.template_id, l.item_id, ifnull(i.name, ''), l.quantity "
                       "FROM box_template_lines l LEFT JOIN items i ON i.id = l.item_id "
                       "ORDER BY i.name COLLATE NOCASE, l.id",
                       {}, [&](const Row& row) {
                           const auto it = index.constFind(row.text(0));
                           if (it == index.cend())
                               return;
                           TemplateLine line;
                           line.itemId = row.text(1);
                           line.itemName = row.text(2);
                           line.quantity = row.integer(3);
                           list[it.value()].lines.append(line);
                       });
    return list;
}

std::optional<BoxTemplate> Packages::boxTemplate(const QString& templateId) const {
    for (const BoxTemplate& t : templates(true)) {
        if (t.id == templateId)
            return t;
    }
    return std::nullopt;
}

std::optional<BoxTemplate> Packages::templateFor(int householdSize) const {
    const int size = std::max(1, householdSize);
    std::optional<BoxTemplate> best;
    auto width = [](const BoxTemplate& t) {
        return t.maxSize ? qint64(*t.maxSize - t.minSize) : std::numeric_limits<qint64>::max();
    };
    for (const BoxTemplate& t : templates()) { // by min size, then name
        if (t.minSize > size || (t.maxSize && *t.maxSize < size))
            continue;
        if (!best || width(t) < width(*best))
            best = t;
    }
    return best;
}

// ---- Packages ----

bool Packages::suits(const QString& itemId, const QStringList& dietaryTags) const {
    const Values item = m_store.record(u"items", itemId);
    if (item.isEmpty())
        return false;
    ItemInfo info;
    info.category = item.value(u"category"_s).toString();
    info.tags = splitTags(item.value(u"dietary_tags"_s).toString());
    if (info.tags.contains(u"vegan"_s))
        info.tags.append(u"vegetarian"_s);
    QStringList tags;
    for (const QString& tag : dietaryTags)
        tags.append(tag.trimmed().toLower());
    return itemSuits(info, tags);
}

QList<PackageLine> Packages::packageFor(const people::Household& household) const {
    const auto boxTemplate = templateFor(household.size());
    if (!boxTemplate)
        return {};
    const Catalog catalog = loadCatalog(m_store);
    PackageContext context;
    context.catalog = &catalog;
    const QDate today = m_store.today();
    const auto bins = loadBins(m_store, today, {});
    for (auto it = bins.cbegin(); it != bins.cend(); ++it)
        context.free.insert(it.key(), freeOf(bins, it.key()));
    context.home = homeLocations(m_store);
    QStringList tags;
    for (const QString& tag : household.dietaryTags)
        tags.append(tag.trimmed().toLower());
    return packageLines(*boxTemplate, tags, context);
}

// ---- Allocation ----

Result<QList<Shortage>> Packages::allocate(const QString& runId) {
    QList<Shortage> shortages;
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path()); // dietary needs are sealed
    auto ok = m_store.write([&](Writer& w) {
        const Values run = openRun(m_store, w, runId);
        if (run.value(u"kind"_s).toString() == u"supplier_pickup"_s)
            w.refuse(tr("A supplier pickup run brings food in; it has no packages to pack."),
                     tr("Allocate the delivery or pickup run of that day instead."));
        const QDate date = runDate(run);
        const QList<StopInfo> stops = openStops(m_store, runId);
        const TemplateChooser chooser(*this);
        if (!stops.isEmpty() && chooser.active.isEmpty())
            w.refuse(tr("There are no box templates yet, so nothing says what a package holds."),
                     tr("Add a template for each household size first (larder-cli templates)."));

        // What the coordinator added by hand stays; the rest is chosen again.
        QMap<QString, QMap<QString, qint64>> additions; // stop -> item -> quantity
        QStringList replaced;
        m_store.readOrWarn(
            "SELECT a.id, a.stop_id, a.item_id, a.quantity, a.kind FROM run_allocations a "
            "JOIN run_stops s ON s.id = a.stop_id WHERE a.run_id = ?1 AND a.status = "
            "'allocated' AND ifnull(s.outcome, '') = '' ORDER BY a.id",
            {runId}, [&](const Row& row) {
                replaced.append(row.text(0));
                if (row.text(4) == u"addition"_s)
                    additions[row.text(1)][row.text(2)] += row.integer(3);
            });
        for (const QString& id : std::as_const(replaced))
            w.remove(u"run_allocations", id);

        const Catalog catalog = loadCatalog(m_store);
        auto bins = loadBins(m_store, date, runId);
        const PackageContext context = contextFor(m_store, catalog, bins);
        for (const StopInfo& stop : stops) {
            if (const auto boxTemplate = chooser.forStop(stop)) {
                for (const PackageLine& line : packageLines(*boxTemplate, stop.tags, context)) {
                    if (line.itemId.isEmpty() || line.quantity <= 0)
                        continue;
                    take(w, bins[line.itemId], runId, stop.id, line.itemId, line.quantity,
                         line.kind, line.replacesItemId);
                }
            }
            const auto added = additions.value(stop.id);
            for (auto it = added.cbegin(); it != added.cend(); ++it)
                take(w, bins[it.key()], runId, stop.id, it.key(), it.value(), u"addition"_s, {});
            // What the household asked for rides along: the whole quantity or, until there is
            // enough, not at all (core/requests/Requests.h).
            for (const requests::Request& request :
                 requests::Requests::carriableInside(w, stop.householdId, stop.id, date)) {
                if (!request.itemId.isEmpty()) {
                    if (freeOf(bins, request.itemId) < request.quantity) {
                        if (request.stopId == stop.id)
                            requests::Requests::releaseInside(w, request.id);
                        continue;
                    }
                    take(w, bins[request.itemId], runId, stop.id, request.itemId, request.quantity,
                         u"request"_s, {}, request.id);
                }
                requests::Requests::carryInside(w, request.id, stop.id);
            }
        }
        shortages = analyse(*this, m_store, runId, date, catalog).shortages;
    });
    if (!ok)
        return ok.error();
    return shortages;
}

QList<Shortage> Packages::shortages(const QString& runId) const {
    const Values run = m_store.record(u"runs", runId);
    if (run.isEmpty() || run.value(u"status"_s).toString() == u"closed"_s)
        return {};
    return analyse(*this, m_store, runId, runDate(run), loadCatalog(m_store)).shortages;
}

Result<void> Packages::substitute(const QString& runId, const QString& itemId,
                                  const QString& substituteItemId) {
    return m_store.write([&](Writer& w) {
        const Values run = openRun(m_store, w, runId);
        const QDate date = runDate(run);
        const Catalog catalog = loadCatalog(m_store);
        const ItemInfo* item = catalog.find(itemId);
        const ItemInfo* substitute = catalog.find(substituteItemId);
        if (!item)
            w.refuse(tr("The item to replace is not in the catalog."),
                     tr("Choose it from the run's shortages."));
        if (!substitute)
            w.refuse(tr("The substitute is not in the catalog."),
                     tr("Choose one of the substitutes listed with the shortage."));
        if (!substitute->active)
            w.refuse(tr("\"%1\" is retired from the catalog.").arg(substitute->name),
                     tr("Choose one of the substitutes listed with the shortage."));
        if (substitute->id == item->id)
            w.refuse(tr("An item cannot stand in for itself."),
                     tr("Choose another item, or receive more of \"%1\".").arg(item->name));
        QList<Shortfall> shortfalls;
        for (const Shortfall& shortfall :
             analyse(*this, m_store, runId, date, catalog).shortfalls) {
            if (shortfall.itemId == itemId)
                shortfalls.append(shortfall);
        }
        if (shortfalls.isEmpty())
            w.refuse(tr("Every package of this run has all its \"%1\"; nothing to replace.")
                         .arg(item->name),
                     tr("Allocate the run again to see its shortages."));
        int unsuited = 0;
        for (const Shortfall& shortfall : std::as_const(shortfalls))
            unsuited += itemSuits(*substitute, shortfall.tags) ? 0 : 1;
        if (unsuited > 0)
            w.refuse(tr("\"%1\" does not suit the dietary needs of %n of the households short of "
                        "\"%2\".",
                        nullptr, unsuited)
                         .arg(substitute->name, item->name),
                     tr("Choose one of the substitutes listed with the shortage."));
        auto bins = loadBins(m_store, date, {});
        QList<Bin>& substituteBins = bins[substitute->id];
        if (freeOf(bins, substitute->id) <= 0)
            w.refuse(tr("No \"%1\" is on hand that another package has not taken already.")
                         .arg(substitute->name),
                     tr("Choose one of the substitutes listed with the shortage."));
        for (const Shortfall& shortfall : std::as_const(shortfalls))
            take(w, substituteBins, runId, shortfall.stopId, substitute->id, shortfall.missing,
                 u"substitute"_s, shortfall.originalItemId);
    });
}

Result<void> Packages::addToPackage(const QString& stopId, const QString& itemId, qint64 quantity) {
    if (!m_store.detailsReadable())
        return Error(Error::locked()).at(m_store.path()); // dietary needs are sealed
    return m_store.write([&](Writer& w) {
        const Values stop = m_store.record(u"run_stops", stopId);
        if (stop.isEmpty())
            w.refuse(tr("This stop is no longer on its run; it may have been removed."),
                     tr("Reload the run."));
        const QString runId = stop.value(u"run_id"_s).toString();
        const Values run = openRun(m_store, w, runId);
        if (!stop.value(u"outcome"_s).toString().isEmpty())
            w.refuse(tr("This stop has an outcome already; its package cannot change."),
                     tr("Add the item to a stop that has not been delivered."));
        const Values household =
            m_store.record(u"households", stop.value(u"household_id"_s).toString());
        if (household.isEmpty())
            w.refuse(tr("This stop is not a household's, so it has no package."));
        const Values item = m_store.record(u"items", itemId);
        if (item.isEmpty())
            w.refuse(tr("The item is not in the catalog."), tr("Choose it from the catalog."));
        const QString name = item.value(u"name"_s).toString();
        if (item.value(u"active"_s).toInt() == 0)
            w.refuse(tr("\"%1\" is retired from the catalog.").arg(name),
                     tr("Choose an item the pantry still gives out."));
        if (quantity < 1 || quantity > 1000)
            w.refuse(tr("The quantity to add must be from 1 to 1000, not %1.").arg(quantity),
                     tr("Type how many to add to the package."));
        if (!suits(itemId, splitTags(household.value(u"dietary_tags"_s).toString())))
            w.refuse(tr("\"%1\" does not suit this household's dietary needs.").arg(name),
                     tr("Choose an item that carries the household's dietary tags."));
        auto bins = loadBins(m_store, runDate(run), {});
        const qint64 free = freeOf(bins, itemId);
        if (free < quantity)
            w.refuse(tr("Only %1 of \"%2\" is on hand and not set aside for a run; %3 asked for.")
                         .arg(free)
                         .arg(name)
                         .arg(quantity),
                     tr("Add %1 or fewer, or receive more first.").arg(free));
        take(w, bins[itemId], runId, stopId, itemId, quantity, u"addition"_s, {});
    });
}

namespace {

const QByteArray AllocationColumns =
    "a.id, a.run_id, a.stop_id, a.item_id, ifnull(i.name, ''), ifnull(i.unit, ''), "
    "ifnull(a.lot_id, ''), l.expiry, ifnull(a.location_id, ''), ifnull(loc.name, ''), "
    "a.quantity, a.kind, ifnull(a.replaces_item_id, ''), a.status "
    "FROM run_allocations a JOIN run_stops s ON s.id = a.stop_id "
    "LEFT JOIN items i ON i.id = a.item_id LEFT JOIN lots l ON l.id = a.lot_id "
    "LEFT JOIN locations loc ON loc.id = a.location_id ";

Allocation allocationFrom(const Row& row) {
    Allocation a;
    a.id = row.text(0);
    a.runId = row.text(1);
    a.stopId = row.text(2);
    a.itemId = row.text(3);
    a.itemName = row.text(4);
    a.unit = row.text(5);
    a.lotId = row.text(6);
    a.expiry = dateOf(row[7]);
    a.locationId = row.text(8);
    a.locationName = row.text(9);
    a.quantity = row.integer(10);
    a.kind = row.text(11);
    a.replacesItemId = row.text(12);
    a.status = row.text(13);
    return a;
}

} // namespace

QList<Allocation> Packages::allocations(const QString& runId) const {
    QList<Allocation> list;
    m_store.readOrWarn("SELECT " + AllocationColumns +
                           "WHERE a.run_id = ?1 ORDER BY s.created_at, s.id, "
                           "i.name COLLATE NOCASE, l.expiry IS NULL, l.expiry, loc.name, a.id",
                       {runId}, [&list](const Row& row) { list.append(allocationFrom(row)); });
    return list;
}

QList<Allocation> Packages::allocationsForStop(const QString& stopId) const {
    QList<Allocation> list;
    m_store.readOrWarn("SELECT " + AllocationColumns +
                           "WHERE a.stop_id = ?1 ORDER BY i.name COLLATE NOCASE, "
                           "l.expiry IS NULL, l.expiry, loc.name, a.id",
                       {stopId}, [&list](const Row& row) { list.append(allocationFrom(row)); });
    return list;
}

qint64 Packages::setAside(const QString& itemId) const {
    qint64 total = 0;
    m_store.readOrWarn("SELECT ifnull(sum(a.quantity), 0) FROM run_allocations a "
                       "JOIN runs r ON r.id = a.run_id WHERE a.item_id = ?1 AND "
                       "a.status = 'allocated' AND r.status <> 'closed'",
                       {itemId}, [&total](const Row& row) { total = row.integer(0); });
    return total;
}

QList<PickLine> Packages::pickList(const QString& runId) const {
    QList<PickLine> lines;
    m_store.readOrWarn(
        "SELECT ifnull(a.location_id, ''), ifnull(loc.name, ''), a.item_id, ifnull(i.name, ''), "
        "ifnull(i.unit, ''), ifnull(a.lot_id, ''), l.expiry, sum(a.quantity) "
        "FROM run_allocations a LEFT JOIN items i ON i.id = a.item_id "
        "LEFT JOIN lots l ON l.id = a.lot_id LEFT JOIN locations loc ON loc.id = a.location_id "
        "WHERE a.run_id = ?1 AND a.status = 'allocated' "
        "GROUP BY 1, 3, 6 "
        "ORDER BY loc.name COLLATE NOCASE, 1, i.name COLLATE NOCASE, 3, l.expiry IS NULL, "
        "l.expiry, 6",
        {runId}, [&lines](const Row& row) {
            PickLine line;
            line.locationId = row.text(0);
            line.locationName = row.text(1);
            line.itemId = row.text(2);
            line.itemName = row.text(3);
            line.unit = row.text(4);
            line.lotId = row.text(5);
            line.expiry = dateOf(row[6]);
            line.quantity = row.integer(7);
            lines.append(line);
        });
    return lines;
}

} // namespace larder::runs
