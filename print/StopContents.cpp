// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/StopContents.h"

#include "core/requests/Requests.h"
#include "core/storage/Store.h"
#include "print/SheetBuilder.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace larder::print {

namespace {

// A package's lines as the sheet prints them: "2 kg Rice", "1 × Pasta (instead of Rice)",
// "1 × Diapers (extra)". Quantities of one item from several lots are added up.
struct ContentLine {
    QString itemId;
    QString itemName;
    QString unit;
    qint64 quantity = 0;
    QString kind;
    QString replacesName;
};

QStringList contentsText(const QList<ContentLine>& lines) {
    QStringList text;
    for (const ContentLine& line : lines) {
        if (line.quantity <= 0)
            continue;
        // The amount first ("3 × Black beans, canned 15 oz"): item names often hold numbers.
        const QString amount = SheetBuilder::quantity(line.quantity, line.unit);
        QString entry =
            amount.contains(u' ')
                ? SheetBuilder::tr("%1 %2", "amount with unit, item").arg(amount, line.itemName)
                : SheetBuilder::tr("%1 × %2", "count, item").arg(amount, line.itemName);
        if (line.kind == u"substitute" && !line.replacesName.isEmpty())
            entry += u' ' + SheetBuilder::tr("(instead of %1)").arg(line.replacesName);
        else if (line.kind == u"addition")
            entry += u' ' + SheetBuilder::tr("(extra)");
        text << entry;
    }
    return text;
}

void addLine(QList<ContentLine>& lines, ContentLine line) {
    for (ContentLine& existing : lines) {
        if (existing.itemId == line.itemId && existing.kind == line.kind) {
            existing.quantity += line.quantity;
            return;
        }
    }
    lines << std::move(line);
}

} // namespace

StopContents stopContents(Store& store, const runs::Packages& packages, const runs::RunStop& stop,
                          const std::optional<people::Household>& household) {
    QList<ContentLine> lines;
    const QList<runs::Allocation> allocations = packages.allocationsForStop(stop.id);
    if (!allocations.isEmpty()) {
        QHash<QString, QString> names;
        for (const runs::Allocation& a : allocations)
            names.insert(a.itemId, a.itemName);
        for (const runs::Allocation& a : allocations) {
            if (a.status == u"returned" || a.kind == u"request")
                continue; // a request's stock is printed as the request, below
            QString replaces;
            if (!a.replacesItemId.isEmpty()) {
                replaces = names.value(a.replacesItemId);
                if (replaces.isEmpty())
                    replaces = store.record(u"items", a.replacesItemId).value(u"name"_s).toString();
            }
            addLine(lines, {a.itemId, a.itemName, a.unit, a.quantity, a.kind, replaces});
        }
    } else if (household) {
        for (const runs::PackageLine& p : packages.packageFor(*household))
            addLine(lines, {p.itemId, p.itemName, p.unit, p.quantity, p.kind, p.replacesItemName});
    }
    QList<ContentLine> changed;
    for (const ContentLine& line : lines) {
        if (line.kind != u"template")
            changed << line;
    }
    StopContents contents{contentsText(lines), contentsText(changed)};
    // What the household asked for rides along ("also: Diapers size 4, 2"), on the packing list
    // and under the stop on the route sheet; a pickup says what to collect.
    const requests::Requests requests(store);
    for (const requests::Request& r : requests.forStop(stop.id)) {
        contents.all
            << SheetBuilder::tr("also: %1", "what a household asked for").arg(r.whatWithQuantity());
        contents.asked << r.whatWithQuantity();
    }
    if (!stop.offerId.isEmpty()) {
        if (const auto offer = requests.offer(stop.offerId)) {
            contents.all << SheetBuilder::tr("pick up: %1", "what someone offered")
                                .arg(offer->whatWithQuantity());
            contents.pickup = offer->whatWithQuantity();
        }
    }
    return contents;
}

} // namespace larder::print
