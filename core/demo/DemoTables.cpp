// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoTables.h"

namespace larder::demo::tables {

namespace {

// Pilsen, Heart of Chicago and Little Village, around the pantry at about 1850 S Blue Island Ave.
const NorthSouthStreet NorthSouthStreets[] = {
    {"S Halsted St", 800},   {"S Morgan St", 1000},      {"S Racine Ave", 1200},
    {"S Throop St", 1300},   {"S Loomis St", 1400},      {"S Laflin St", 1500},
    {"S Ashland Ave", 1600}, {"S Paulina St", 1700},     {"S Wood St", 1800},
    {"S Wolcott Ave", 1900}, {"S Damen Ave", 2000},      {"S Hoyne Ave", 2100},
    {"S Leavitt St", 2200},  {"S Oakley Ave", 2300},     {"S Western Ave", 2400},
    {"S Rockwell St", 2600}, {"S California Ave", 2800}, {"S Kedzie Ave", 3200},
};
const EastWestStreet EastWestStreets[] = {
    {"W 16th St", 1600}, {"W 18th St", 1800},   {"W 19th St", 1900}, {"W Cullerton St", 2000},
    {"W 21st St", 2100}, {"W Cermak Rd", 2200}, {"W 23rd St", 2300}, {"W 24th St", 2400},
    {"W 25th St", 2500}, {"W 26th St", 2600},   {"W 28th St", 2800}, {"W 31st St", 3100},
};

// Public places where someone without a fixed address can meet the driver.
const char* const MeetingPoints[] = {
    "Harrison Park fieldhouse, 1824 S Wood St, front steps",
    "Corner of W 18th St and S Paulina St, by the mural",
    "La Villita arch, W 26th St and S Albany Ave",
    "Dvorak Park, W Cullerton St entrance",
    "18th St Pink Line station, street-level entrance",
    "Bus stop at W Cermak Rd and S Damen Ave, northeast corner",
    "Piotrowski Park, main gate on S Kilbourn Ave",
};

// ---- People's chosen names, by language ----
const char* const SpanishGiven[] = {
    "Ana",     "María",     "José",     "Luis",   "Carmen",  "Rosa",  "Guadalupe", "Juan",
    "Miguel",  "Alejandra", "Verónica", "Jesús",  "Araceli", "Rocío", "Fernando",  "Leticia",
    "Beatriz", "Ramón",     "Graciela", "Silvia", "Marta",   "Rubén", "Yolanda",   "Esperanza"};
const char* const SpanishFamily[] = {"Torres",    "Hernández", "García", "Martínez", "López",
                                     "Rodríguez", "Ramírez",   "Flores", "Morales",  "Castillo",
                                     "Jiménez",   "Ortiz",     "Vargas", "Mendoza",  "Salazar"};
const char* const SpanishHonorifics[] = {"Sra. %1.", "Sr. %1.", "Familia %2"};
const char* const SpanishAliases[] = {"Doña Lupe", "Don Chuy", "Abuela Rosa",
                                      "Tío Beto",  "La Güera", "Doña Mari"};

const char* const EnglishGiven[] = {"Dee",   "Marcus", "Tasha", "Jim",    "Keisha", "Ray",
                                    "Linda", "Andre",  "Tom",   "Brenda", "Shay",   "Cal"};
const char* const EnglishFamily[] = {"Jackson", "Miller", "Brown", "Walker", "Green", "Hayes"};
const char* const EnglishHonorifics[] = {"Mr. %1", "Ms. %1", "%2 family"};
const char* const EnglishAliases[] = {"Grandma Dee", "Big Mike", "Miss T", "Pops"};

const char* const PolishGiven[] = {"Kasia", "Janusz", "Agnieszka", "Tomasz",
                                   "Ewa",   "Marek",  "Zofia",     "Halina"};
const char* const PolishFamily[] = {"Nowak", "Kowalski", "Wójcik", "Zielinski", "Mazur"};
const char* const PolishHonorifics[] = {"Pani %1.", "Pan %1.", "Rodzina %2"};
const char* const PolishAliases[] = {"Babcia Ewa", "Pan Janek"};

const char* const ChineseGiven[] = {"Mei", "Wei", "Li Na", "Jun", "Hong", "Xiaoyan"};
const char* const ChineseFamily[] = {"Chen", "Wang", "Liu", "Zhang", "Huang"};
const char* const ChineseHonorifics[] = {"Mrs. %1", "Mr. %1", "%2 family"};
const char* const ChineseAliases[] = {"Auntie Mei", "Lao Wang"};

const char* const ArabicGiven[] = {"Samira", "Omar", "Layla", "Yusuf", "Fatima", "Khalid", "Amira"};
const char* const ArabicFamily[] = {"Haddad", "Nasser", "Khalil", "Saleh"};
const char* const ArabicHonorifics[] = {"Umm %3", "Abu %3", "%2 family"};
const char* const ArabicAliases[] = {"Umm Yusuf", "Abu Omar", "Auntie Layla"};

const char* const KicheGiven[] = {"Tomás", "Juana", "Pascual", "Micaela", "Diego", "Candelaria"};
const char* const KicheFamily[] = {"Tzoc", "Xiloj", "Ajpop", "Tum", "Ixcoy", "Sic"};
const char* const KicheHonorifics[] = {"Familia %2", "%3 y familia", "Fam. %2"};
const char* const KicheAliases[] = {"Doña Juana", "Nan Cande"};

const LanguageGroup LanguageGroups[] = {
    {"es", 58, SpanishGiven, SpanishFamily, SpanishHonorifics, SpanishAliases},
    {"es,en", 14, SpanishGiven, SpanishFamily, SpanishHonorifics, SpanishAliases},
    {"en", 10, EnglishGiven, EnglishFamily, EnglishHonorifics, EnglishAliases},
    {"pl,en", 5, PolishGiven, PolishFamily, PolishHonorifics, PolishAliases},
    {"zh", 5, ChineseGiven, ChineseFamily, ChineseHonorifics, ChineseAliases},
    {"ar,en", 4, ArabicGiven, ArabicFamily, ArabicHonorifics, ArabicAliases},
    {"quc,es", 4, KicheGiven, KicheFamily, KicheHonorifics, KicheAliases},
};

const char* const DietaryTags[] = {"halal",       "kosher",   "vegetarian",        "vegan",
                                   "gluten-free", "nut-free", "diabetic-friendly", "low-sodium"};
const char* const Allergies[] = {"peanuts", "tree nuts", "shellfish", "milk",
                                 "eggs",    "wheat",     "soy",       "peanuts, tree nuts"};
const char* const Units[] = {"Apt 1", "Apt 2",  "Apt 3R", "Rear", "2F",
                             "1F",    "Garden", "Bsmt",   "3F"};
const char* const DeliveryNotes[] = {
    "side door, ring twice",
    "call on arrival",
    "gangway gate is unlocked; back porch",
    "dog in the yard is friendly",
    "leave with the neighbour in 1F if nobody answers",
    "tocar el timbre de arriba",
    "text when outside, buzzer broken",
    "knock loudly, TV is on",
    "after 5 pm only",
    "blue door next to the taquería",
};
const char* const AccessNeeds[] = {
    "wheelchair user: meet at the ground floor", "uses a walker; please bring the box inside",
    "hard of hearing: knock loudly or text",     "low vision: read the items out",
    "no stairs: third floor, please carry up",   "two boxes too heavy: split into bags",
};
const char* const AreaCodes[] = {"312", "773", "872"};

const TimeWindow Windows[] = {
    {"09:00", "12:00"}, {"12:00", "15:00"}, {"15:00", "18:00"}, {"17:00", "19:00"}};

// ---- Volunteers ----
const VolunteerSpec Volunteers[] = {
    {"Rosa M.", "coordinator,intake", "es,en", 0, "mon,tue,thu", ""},
    {"Jorge", "driver,packer", "es", 14, "tue,sat", ""},
    {"Kasia W.", "intake,packer", "pl,en", 0, "tue,thu", ""},
    {"Wei", "driver", "zh,en", 8, "sat", ""},
    {"Samira", "intake,coordinator", "ar,en", 0, "wed,sat", ""},
    {"Dev P.", "driver", "en", 20, "tue,thu,sat", "Box truck from the farm on Saturdays."},
    {"Luis (Tito)", "driver,packer", "es", 12, "thu,sat", ""},
    {"Carmen", "packer", "es", 0, "tue,thu", ""},
    {"Marcus", "driver", "en", 16, "sat", ""},
    {"Lupe", "packer,intake", "es", 0, "mon,wed,fri", ""},
    {"Ben", "driver", "en", 6, "tue", "Cargo bike: small boxes, no frozen food."},
    {"Alma", "coordinator", "es,en", 0, "tue,thu,sat", ""},
    {"Teo", "packer", "es,en", 0, "sat", ""},
    {"Fatima", "driver", "ar,en", 10, "thu", ""},
    {"Mike S.", "driver", "en", 18, "tue,sat", ""},
    {"Sofía", "intake", "es", 0, "fri,sat", ""},
    {"Ray", "packer", "en", 0, "thu", ""},
    {"Nadia", "driver,packer", "pl,en", 12, "sat", ""},
    {"Hugo", "driver", "es", 15, "tue,thu", ""},
    {"Jess", "intake,packer", "en", 0, "mon,wed", ""},
    {"Ximena", "packer", "es,quc", 0, "sat", ""},
    {"Paco", "driver", "es", 20, "tue,thu,sat", "Has a van: can take the 5 gal water jugs."},
    {"Irene", "coordinator,intake", "en,es", 0, "mon,fri", ""},
    {"Omar", "packer,driver", "ar", 9, "sat", ""},
    {"Beatriz", "packer", "es", 0, "tue", ""},
};

// ---- Box templates ----
const TemplateSpec Templates[] = {
    {"1–2 people",
     1,
     2,
     1,
     {{"Long grain white rice 2 lb", 1},
      {"Dry black beans 2 lb", 1},
      {"Spaghetti 1 lb", 1},
      {"Pasta sauce 24 oz jar", 1},
      {"Sweet corn, canned 15.25 oz", 2},
      {"Peaches in juice 15 oz", 1},
      {"Tuna in water 5 oz", 2},
      {"Rolled oats 42 oz", 1},
      {"Apples", 2}}},
    {"3–5 people",
     3,
     5,
     2,
     {{"Long grain white rice 2 lb", 2},
      {"Dry pinto beans 2 lb", 2},
      {"Black beans, canned 15 oz", 3},
      {"Spaghetti 1 lb", 2},
      {"Diced tomatoes 14.5 oz", 2},
      {"Chicken leg quarters, frozen", 3},
      {"Whole milk 1 gal", 1},
      {"Eggs, large, dozen", 1},
      {"Potatoes", 5},
      {"Corn tortillas 30 ct", 1}}},
    {"6+ people",
     6,
     0,
     3,
     {{"Long grain white rice 2 lb", 4},
      {"Pinto beans, canned 15 oz", 4},
      {"Masa harina (corn flour) 4.4 lb", 1},
      {"Pork shoulder, frozen 3 lb", 1},
      {"Chicken leg quarters, frozen", 5},
      {"Whole milk 1 gal", 2},
      {"Eggs, large, dozen", 2},
      {"Potatoes", 10},
      {"Mixed vegetables, frozen 16 oz", 2},
      {"Toilet paper 4 rolls", 1}}},
};

} // namespace

std::span<const NorthSouthStreet> northSouthStreets() {
    return NorthSouthStreets;
}

std::span<const EastWestStreet> eastWestStreets() {
    return EastWestStreets;
}

std::span<const char* const> meetingPoints() {
    return MeetingPoints;
}

std::span<const LanguageGroup> languageGroups() {
    return LanguageGroups;
}

std::span<const char* const> dietaryTags() {
    return DietaryTags;
}

std::span<const char* const> allergies() {
    return Allergies;
}

std::span<const char* const> units() {
    return Units;
}

std::span<const char* const> deliveryNotes() {
    return DeliveryNotes;
}

std::span<const char* const> accessNeeds() {
    return AccessNeeds;
}

std::span<const char* const> areaCodes() {
    return AreaCodes;
}

std::span<const TimeWindow> windows() {
    return Windows;
}

std::span<const VolunteerSpec> volunteers() {
    return Volunteers;
}

std::span<const TemplateSpec> templates() {
    return Templates;
}

} // namespace larder::demo::tables
