// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed tables the demo's people and places are drawn from: the neighbourhood's streets and
// meeting points, chosen names by language, households' details, volunteers and box templates.
// Internal to core/demo; DemoData.cpp draws from them with its seeded dice, so the order of every
// table is part of what a seed gives: append, never reorder.

#include <initializer_list>
#include <span>

namespace larder::demo::tables {

struct NorthSouthStreet {
    const char* name;
    int west; // grid number
};

struct EastWestStreet {
    const char* name;
    int south;
};

struct LanguageGroup {
    const char* languages; // ISO 639 codes, comma-separated
    int weight;
    std::span<const char* const> given;
    std::span<const char* const> family;
    std::span<const char* const> honorifics; // "%1" is the first letter of a family name
    std::span<const char* const> aliases;
};

struct TimeWindow {
    const char* start;
    const char* end;
};

struct VolunteerSpec {
    const char* name;
    const char* roles;
    const char* languages;
    int vehicleCapacity; // boxes; 0 when not a driver
    const char* usualDays;
    const char* notes;
};

// What one household's package holds, by household size: catalog items by name, and how many.
struct TemplateLineSpec {
    const char* item;
    int quantity;
};

struct TemplateSpec {
    const char* name;
    int minSize;
    int maxSize; // 0: no upper bound
    int boxes;
    std::initializer_list<TemplateLineSpec> lines;
};

// The neighbourhood's streets, on the address grid.
std::span<const NorthSouthStreet> northSouthStreets();
std::span<const EastWestStreet> eastWestStreets();

// Public places where someone without a fixed address can meet the driver.
std::span<const char* const> meetingPoints();

// Chosen names by language, with how often each language is drawn.
std::span<const LanguageGroup> languageGroups();

// Households' details.
std::span<const char* const> dietaryTags();
std::span<const char* const> allergies();
std::span<const char* const> units();
std::span<const char* const> deliveryNotes();
std::span<const char* const> accessNeeds();
std::span<const char* const> areaCodes();

// Delivery windows.
std::span<const TimeWindow> windows();

// The volunteers and drivers, in the order they are made.
std::span<const VolunteerSpec> volunteers();

// Box templates by household size.
std::span<const TemplateSpec> templates();

} // namespace larder::demo::tables
