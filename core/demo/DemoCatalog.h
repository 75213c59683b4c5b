// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed tables the demo pantry is made from: its storage places, its catalog and its suppliers.
// Internal to core/demo; DemoData.cpp turns them into records.

#include <span>

namespace larder::demo::catalog {

// Where an item is kept: the demo's locations, in the order they are created.
enum Place { ShelfA, ShelfB, ShelfC, ShelfD, Fridge, Freezer, PartnerHub, PlaceCount };

// Which kind of supplier gives an item.
enum Source { Bread, Produce, Chilled, Frozen, Pantry, Goods };

struct LocationSpec {
    const char* name;
    const char* kind;
};

struct ItemSpec {
    const char* name;
    const char* category;
    const char* unit;  // each, lb, kg or case
    int caseSize;      // units in a case, for unit "case"
    int unitGrams;     // weight of one unit
    int shelfLifeDays; // 0: not perishable
    const char* dietaryTags;
    int parLevel;
    Place place;
    Source source;
};

struct SupplierSpec {
    const char* name;
    const char* kind;
    const char* contactName;
    const char* pickupDays;
    const char* notes;
    unsigned sources; // bit set of Source
    // Where the drivers collect, on Chicago's address grid (0, 0: no address, e.g. a drop-off
    // at the pantry itself).
    const char* address;
    int south;
    int west;
    int usualBoxes; // what a pickup usually fills
};

std::span<const LocationSpec> locations();
std::span<const ItemSpec> items();
std::span<const SupplierSpec> suppliers();

} // namespace larder::demo::catalog
