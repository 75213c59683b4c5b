// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder {
class Store;
} // namespace larder

namespace larder::people {
struct Household;
} // namespace larder::people

namespace larder::runs {

// One item of a box template.
struct TemplateLine {
    QString itemId;
    QString itemName; // read only
    qint64 quantity = 1;
};

// What a household's package holds, by household size ("1-2 people", "3-5", "6+").
struct BoxTemplate {
    QString id;
    QString name;
    int minSize = 1;
    std::optional<int> maxSize; // empty: no upper bound
    int boxes = 1;              // boxes the package fills (what a driver's capacity counts)
    bool active = true;
    QList<TemplateLine> lines;
};

// One line of a household's package: a template item, or what replaces it for the household's
// dietary tags, or an addition.
struct PackageLine {
    QString itemId;
    QString itemName;
    QString unit;
    qint64 quantity = 0;
    QString kind = QStringLiteral("template"); // template, substitute, addition
    QString replacesItemId;                    // for a substitute
    QString replacesItemName;
};

// Stock set aside for a stop: a quantity of one lot at one location.
struct Allocation {
    QString id;
    QString runId;
    QString stopId;
    QString itemId;
    QString itemName;
    QString unit;
    QString lotId;
    std::optional<QDate> expiry;
    QString locationId;
    QString locationName;
    qint64 quantity = 0;
    QString kind = QStringLiteral("template");
    QString replacesItemId;
    QString status = QStringLiteral("allocated"); // allocated, delivered, returned
};

// An item the day needs more of than there is: who goes without, and what could stand in.
struct Shortage {
    QString itemId;
    QString itemName;
    QString unit;
    qint64 needed = 0;    // for the whole run
    qint64 available = 0; // on hand and not set aside for another run
    QStringList stopIds;  // stops whose package lacks it (some or all of it)
    QStringList householdNames;
    // Items of the same category with stock to spare, suiting those households' dietary tags,
    // most on hand first.
    struct Substitute {
        QString itemId;
        QString itemName;
        qint64 available = 0;
    };
    QList<Substitute> substitutes;
};

// A line of the day's pick list: what to take from where, by location then item then expiry.
struct PickLine {
    QString locationId;
    QString locationName;
    QString itemId;
    QString itemName;
    QString unit;
    QString lotId;
    std::optional<QDate> expiry;
    qint64 quantity = 0;
};

// What a run's households receive: box templates by household size, substitutions for
// dietary tags, stock set aside first-expiry-first-out, the shortages before packing and the
// pick list. An item suits a household when it carries every one of the household's dietary
// tags that the item's category cares about (see docs/ARCHITECTURE.md, "Packages"). Every change is
// one Store::write().
class Packages {
    Q_DECLARE_TR_FUNCTIONS(larder::runs::Packages)

public:
    explicit Packages(Store& store);

    // Templates
    Result<QString> addTemplate(const BoxTemplate& boxTemplate);
    Result<void> updateTemplate(const BoxTemplate& boxTemplate); // lines replaced
    Result<void> removeTemplate(const QString& templateId);
    QList<BoxTemplate> templates(bool includeInactive = false) const;
    std::optional<BoxTemplate> boxTemplate(const QString& templateId) const;
    // The active template whose size range holds `householdSize` (the narrowest when several).
    std::optional<BoxTemplate> templateFor(int householdSize) const;

    // Whether an item suits a household's dietary tags.
    bool suits(const QString& itemId, const QStringList& dietaryTags) const;
    // The household's package from its template, each unsuitable item replaced by a suitable
    // one of the same category (or dropped, with the line kept as a substitute of quantity 0
    // when nothing suits).
    QList<PackageLine> packageFor(const people::Household& household) const;

    // Sets stock aside for every stop of the run that has no outcome yet: first expiry first
    // out across lots and locations, never below zero, replacing the run's earlier allocations
    // (those not delivered). What could not be set aside is a shortage, not an error.
    Result<QList<Shortage>> allocate(const QString& runId);
    QList<Shortage> shortages(const QString& runId) const;
    // Replaces `itemId` by `substituteItemId` for the stops that lack it, and allocates it.
    Result<void> substitute(const QString& runId, const QString& itemId,
                            const QString& substituteItemId);
    // Adds an extra item to one stop's package.
    Result<void> addToPackage(const QString& stopId, const QString& itemId, qint64 quantity);

    QList<Allocation> allocations(const QString& runId) const;
    QList<Allocation> allocationsForStop(const QString& stopId) const;
    // Allocated (not yet delivered or returned) quantity of an item across open runs.
    qint64 setAside(const QString& itemId) const;
    QList<PickLine> pickList(const QString& runId) const;

private:
    Store& m_store;
};

} // namespace larder::runs
