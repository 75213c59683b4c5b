// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoCatalog.h"

#include <iterator>

namespace larder::demo::catalog {

namespace {

// Dietary tags (the vocabulary: halal, kosher, vegetarian, vegan, gluten-free, nut-free,
// diabetic-friendly, low-sodium), as an item suits them.
constexpr const char* PlantGF = "halal,kosher,vegetarian,vegan,gluten-free,nut-free";
constexpr const char* Plant = "halal,kosher,vegetarian,vegan,nut-free";
constexpr const char* PlantGFLow =
    "halal,kosher,vegetarian,vegan,gluten-free,nut-free,low-sodium,diabetic-friendly";
constexpr const char* Veg = "vegetarian,nut-free";
constexpr const char* VegGF = "vegetarian,gluten-free,nut-free";
// Eggs and plain dairy: fine for halal and kosher households too.
constexpr const char* DairyEggs = "halal,kosher,vegetarian,gluten-free,nut-free";
constexpr const char* Meat = "gluten-free,nut-free";
constexpr const char* None = "";

const LocationSpec Locations[] = {
    {"Dry shelf A (grains, pasta, cereal)", "shelf"},
    {"Dry shelf B (canned and jarred)", "shelf"},
    {"Dry shelf C (hygiene, baby, health)", "shelf"},
    {"Dry shelf D (household, clothing, school, water)", "shelf"},
    {"Walk-in fridge", "fridge"},
    {"Chest freezer", "freezer"},
    {"Partner hub: Casa Comunitaria, W 26th St", "hub"},
};

// clang-format off
const ItemSpec Items[] = {
    // name, category, unit, case size, grams per unit, shelf life (days, 0 = keeps), tags, par, place, source
    // Dry goods: grains, pasta, cereal, baking, oil.
    {"Long grain white rice 2 lb", "food", "each", 0, 907, 0, PlantGF, 120, ShelfA, Pantry},
    {"Long grain white rice 20 lb bag", "food", "each", 0, 9072, 0, PlantGF, 12, ShelfA, Pantry},
    {"Brown rice 2 lb", "food", "each", 0, 907, 0, PlantGFLow, 40, ShelfA, Pantry},
    {"Masa harina (corn flour) 4.4 lb", "food", "each", 0, 2000, 0, PlantGF, 40, ShelfA, Pantry},
    {"All-purpose flour 5 lb", "food", "each", 0, 2268, 0, Plant, 30, ShelfA, Pantry},
    {"Spaghetti 1 lb", "food", "each", 0, 454, 0, Plant, 100, ShelfA, Pantry},
    {"Elbow macaroni 1 lb", "food", "each", 0, 454, 0, Plant, 80, ShelfA, Pantry},
    {"Fideo noodles 7 oz", "food", "each", 0, 198, 0, Plant, 80, ShelfA, Pantry},
    {"Whole wheat penne 1 lb", "food", "each", 0, 454, 0, "halal,kosher,vegetarian,vegan,nut-free,diabetic-friendly", 30, ShelfA, Pantry},
    {"Gluten-free pasta 12 oz", "food", "each", 0, 340, 0, PlantGF, 20, ShelfA, Pantry},
    {"Rolled oats 42 oz", "food", "each", 0, 1190, 0, PlantGFLow, 40, ShelfA, Pantry},
    {"Corn flakes cereal 18 oz", "food", "each", 0, 510, 0, Veg, 40, ShelfA, Pantry},
    {"Toasted oat cereal 12 oz", "food", "each", 0, 340, 0, "kosher,vegetarian,nut-free", 40, ShelfA, Pantry},
    {"Pancake mix 32 oz", "food", "each", 0, 907, 0, Veg, 20, ShelfA, Pantry},
    {"Dry pinto beans 2 lb", "food", "each", 0, 907, 0, PlantGFLow, 60, ShelfA, Pantry},
    {"Dry black beans 2 lb", "food", "each", 0, 907, 0, PlantGFLow, 60, ShelfA, Pantry},
    {"Dry lentils 1 lb", "food", "each", 0, 454, 0, PlantGFLow, 30, ShelfA, Pantry},
    {"Granulated sugar 4 lb", "food", "each", 0, 1814, 0, PlantGF, 20, ShelfA, Pantry},
    {"Vegetable oil 48 oz", "food", "each", 0, 1360, 0, PlantGF, 30, ShelfA, Pantry},
    {"Peanut butter 16 oz", "food", "each", 0, 454, 0, "halal,kosher,vegetarian,vegan,gluten-free", 60, ShelfA, Pantry},
    {"Sunflower seed butter 16 oz", "food", "each", 0, 454, 0, PlantGF, 15, ShelfA, Pantry},
    {"Saltine crackers 16 oz", "food", "each", 0, 454, 0, "kosher,vegetarian,vegan,nut-free", 30, ShelfA, Pantry},
    {"Instant ramen noodles 3 oz", "food", "each", 0, 85, 0, None, 120, ShelfA, Pantry},
    {"Instant ramen noodles (case of 24)", "food", "case", 24, 2040, 0, None, 8, ShelfA, Pantry},
    {"Tortilla chips 13 oz", "food", "each", 0, 369, 0, PlantGF, 20, ShelfA, Pantry},
    {"Ground coffee 11.3 oz", "food", "each", 0, 320, 0, PlantGF, 20, ShelfA, Pantry},
    {"Nonfat dry milk 25.6 oz", "food", "each", 0, 726, 0, "halal,kosher,vegetarian,gluten-free,nut-free", 20, ShelfA, Pantry},
    {"Raisins 6 x 1 oz boxes", "food", "each", 0, 170, 0, PlantGF, 30, ShelfA, Pantry},
    {"Granola bars, nut-free, box of 12", "food", "each", 0, 336, 0, "vegetarian,nut-free", 30, ShelfA, Pantry},
    // Canned and jarred.
    {"Black beans, canned 15 oz", "food", "each", 0, 425, 0, PlantGF, 150, ShelfB, Pantry},
    {"Black beans, canned 15 oz (case of 24)", "food", "case", 24, 10200, 0, PlantGF, 10, ShelfB, Pantry},
    {"Pinto beans, canned 15 oz", "food", "each", 0, 425, 0, PlantGF, 100, ShelfB, Pantry},
    {"Refried beans, vegetarian 16 oz", "food", "each", 0, 454, 0, PlantGF, 60, ShelfB, Pantry},
    {"Garbanzo beans, canned 15 oz", "food", "each", 0, 425, 0, PlantGF, 40, ShelfB, Pantry},
    {"Kidney beans, canned 15 oz", "food", "each", 0, 425, 0, PlantGF, 40, ShelfB, Pantry},
    {"Sweet corn, canned 15.25 oz", "food", "each", 0, 432, 0, PlantGF, 80, ShelfB, Pantry},
    {"Green beans, canned 14.5 oz", "food", "each", 0, 411, 0, PlantGF, 80, ShelfB, Pantry},
    {"Green beans, no salt added 14.5 oz", "food", "each", 0, 411, 0, PlantGFLow, 30, ShelfB, Pantry},
    {"Mixed vegetables, canned 15 oz", "food", "each", 0, 425, 0, PlantGF, 50, ShelfB, Pantry},
    {"Diced tomatoes 14.5 oz", "food", "each", 0, 411, 0, PlantGF, 60, ShelfB, Pantry},
    {"Tomato sauce 8 oz", "food", "each", 0, 227, 0, PlantGF, 80, ShelfB, Pantry},
    {"Pasta sauce 24 oz jar", "food", "each", 0, 680, 0, PlantGF, 50, ShelfB, Pantry},
    {"Salsa, medium 16 oz jar", "food", "each", 0, 454, 0, PlantGF, 30, ShelfB, Pantry},
    {"Chipotle peppers in adobo 7 oz", "food", "each", 0, 198, 0, PlantGF, 20, ShelfB, Pantry},
    {"Sliced jalapenos 12 oz jar", "food", "each", 0, 340, 0, PlantGF, 20, ShelfB, Pantry},
    {"Chicken noodle soup 10.75 oz", "food", "each", 0, 305, 0, "nut-free", 60, ShelfB, Pantry},
    {"Vegetable soup, low sodium 19 oz", "food", "each", 0, 539, 0, "vegetarian,vegan,nut-free,low-sodium", 40, ShelfB, Pantry},
    {"Tuna in water 5 oz", "food", "each", 0, 142, 0, "kosher,gluten-free,nut-free,diabetic-friendly", 100, ShelfB, Pantry},
    {"Chunk chicken breast, canned 12.5 oz", "food", "each", 0, 354, 0, Meat, 40, ShelfB, Pantry},
    {"Sardines in tomato sauce 15 oz", "food", "each", 0, 425, 0, "halal,kosher,gluten-free,nut-free", 30, ShelfB, Pantry},
    {"Beef stew, canned 20 oz", "food", "each", 0, 567, 0, "nut-free", 30, ShelfB, Pantry},
    {"Peaches in juice 15 oz", "food", "each", 0, 425, 0, PlantGF, 60, ShelfB, Pantry},
    {"Mixed fruit in juice 15 oz", "food", "each", 0, 425, 0, PlantGF, 60, ShelfB, Pantry},
    {"Applesauce cups, unsweetened 6-pack", "food", "each", 0, 680, 0, "halal,kosher,vegetarian,vegan,gluten-free,nut-free,diabetic-friendly", 40, ShelfB, Pantry},
    {"Evaporated milk 12 oz", "food", "each", 0, 354, 0, DairyEggs, 40, ShelfB, Pantry},
    // Chilled (walk-in fridge).
    {"Whole milk 1 gal", "food", "each", 0, 3900, 10, DairyEggs, 40, Fridge, Chilled},
    {"2% milk 1/2 gal", "food", "each", 0, 1950, 10, DairyEggs, 40, Fridge, Chilled},
    {"Lactose-free milk 1/2 gal", "food", "each", 0, 1950, 14, DairyEggs, 15, Fridge, Chilled},
    {"Eggs, large, dozen", "food", "each", 0, 680, 28, DairyEggs, 60, Fridge, Chilled},
    {"Corn tortillas 30 ct", "food", "each", 0, 850, 21, PlantGF, 60, Fridge, Chilled},
    {"Flour tortillas 10 ct", "food", "each", 0, 450, 21, Plant, 40, Fridge, Chilled},
    {"Queso fresco 10 oz", "food", "each", 0, 283, 21, VegGF, 30, Fridge, Chilled},
    {"Plain yogurt 32 oz", "food", "each", 0, 907, 21, DairyEggs, 20, Fridge, Chilled},
    {"Shredded cheese 8 oz", "food", "each", 0, 227, 45, VegGF, 30, Fridge, Chilled},
    {"Butter 1 lb", "food", "each", 0, 454, 60, DairyEggs, 15, Fridge, Chilled},
    {"Tofu, firm 14 oz", "food", "each", 0, 397, 14, PlantGFLow, 15, Fridge, Chilled},
    {"Hummus 10 oz", "food", "each", 0, 283, 14, PlantGF, 15, Fridge, Chilled},
    // Bakery (kept in the fridge overnight).
    {"Sandwich bread, white, loaf", "food", "each", 0, 567, 5, Plant, 40, Fridge, Bread},
    {"Whole wheat bread, loaf", "food", "each", 0, 567, 5, "halal,kosher,vegetarian,vegan,nut-free,diabetic-friendly", 30, Fridge, Bread},
    {"Bolillos (rolls) 6 ct", "food", "each", 0, 480, 4, Plant, 30, Fridge, Bread},
    {"Conchas (pan dulce) 4 ct", "food", "each", 0, 400, 4, Veg, 20, Fridge, Bread},
    {"Gluten-free bread, loaf", "food", "each", 0, 450, 7, PlantGF, 8, Fridge, Bread},
    // Produce.
    {"Bananas", "food", "lb", 0, 454, 6, PlantGFLow, 80, Fridge, Produce},
    {"Apples", "food", "lb", 0, 454, 30, PlantGFLow, 80, Fridge, Produce},
    {"Oranges", "food", "lb", 0, 454, 21, PlantGFLow, 60, Fridge, Produce},
    {"Potatoes", "food", "lb", 0, 454, 30, PlantGFLow, 120, Fridge, Produce},
    {"Yellow onions", "food", "lb", 0, 454, 30, PlantGFLow, 60, Fridge, Produce},
    {"Carrots", "food", "lb", 0, 454, 21, PlantGFLow, 50, Fridge, Produce},
    {"Roma tomatoes", "food", "lb", 0, 454, 7, PlantGFLow, 50, Fridge, Produce},
    {"Jalapeno peppers", "food", "lb", 0, 454, 10, PlantGFLow, 10, Fridge, Produce},
    {"Avocados", "food", "each", 0, 200, 6, PlantGFLow, 60, Fridge, Produce},
    {"Limes", "food", "lb", 0, 454, 14, PlantGFLow, 15, Fridge, Produce},
    {"Green cabbage", "food", "lb", 0, 454, 21, PlantGFLow, 30, Fridge, Produce},
    {"Romaine lettuce, head", "food", "each", 0, 600, 7, PlantGFLow, 30, Fridge, Produce},
    {"Cilantro, bunch", "food", "each", 0, 70, 5, PlantGFLow, 30, Fridge, Produce},
    {"Nopales, cleaned", "food", "lb", 0, 454, 7, PlantGFLow, 10, Fridge, Produce},
    {"Mexican squash (calabacitas)", "food", "lb", 0, 454, 7, PlantGFLow, 20, Fridge, Produce},
    {"Sweet potatoes", "food", "lb", 0, 454, 30, PlantGFLow, 40, Fridge, Produce},
    {"Apples (kg, farm share)", "food", "kg", 0, 1000, 30, PlantGFLow, 30, Fridge, Produce},
    // Frozen.
    {"Halal chicken drumsticks, frozen 3 lb", "food", "each", 0, 1361, 270, "halal,gluten-free,nut-free", 30, Freezer, Frozen},
    {"Chicken leg quarters, frozen", "food", "lb", 0, 454, 270, Meat, 100, Freezer, Frozen},
    {"Ground beef, frozen 1 lb", "food", "each", 0, 454, 120, Meat, 40, Freezer, Frozen},
    {"Ground turkey, frozen 1 lb", "food", "each", 0, 454, 120, "gluten-free,nut-free,low-sodium", 30, Freezer, Frozen},
    {"Pork shoulder, frozen 3 lb", "food", "each", 0, 1361, 180, Meat, 15, Freezer, Frozen},
    {"Whole chicken, kosher, frozen", "food", "each", 0, 1814, 270, "kosher,gluten-free,nut-free", 8, Freezer, Frozen},
    {"Tilapia fillets, frozen 2 lb", "food", "each", 0, 907, 180, "halal,kosher,gluten-free,nut-free,diabetic-friendly", 20, Freezer, Frozen},
    {"Mixed vegetables, frozen 16 oz", "food", "each", 0, 454, 240, PlantGFLow, 40, Freezer, Frozen},
    {"Broccoli florets, frozen 12 oz", "food", "each", 0, 340, 240, PlantGFLow, 30, Freezer, Frozen},
    {"Sweet corn, frozen 16 oz", "food", "each", 0, 454, 240, PlantGF, 30, Freezer, Frozen},
    {"Bean and cheese burritos, frozen 8 ct", "food", "each", 0, 1134, 180, "vegetarian,nut-free", 20, Freezer, Frozen},
    // Water.
    {"Bottled water 16.9 oz (case of 24)", "water", "case", 24, 12700, 0, None, 40, ShelfD, Pantry},
    {"Drinking water 1 gal", "water", "each", 0, 3785, 0, None, 40, ShelfD, Pantry},
    {"Drinking water 5 gal jug", "water", "each", 0, 18900, 0, None, 6, ShelfD, Goods},
    // Hygiene.
    {"Bar soap 4-pack", "hygiene", "each", 0, 400, 0, None, 40, ShelfC, Goods},
    {"Shampoo 12 oz", "hygiene", "each", 0, 380, 0, None, 30, ShelfC, Goods},
    {"Body wash 18 oz", "hygiene", "each", 0, 550, 0, None, 20, ShelfC, Goods},
    {"Toothpaste 4 oz", "hygiene", "each", 0, 130, 0, None, 60, ShelfC, Goods},
    {"Toothbrushes, adult 2-pack", "hygiene", "each", 0, 40, 0, None, 60, ShelfC, Goods},
    {"Toothbrushes, child 2-pack", "hygiene", "each", 0, 35, 0, None, 40, ShelfC, Goods},
    {"Deodorant 2.6 oz", "hygiene", "each", 0, 90, 0, None, 40, ShelfC, Goods},
    {"Menstrual pads, regular 36 ct", "hygiene", "each", 0, 450, 0, None, 40, ShelfC, Goods},
    {"Tampons, regular 36 ct", "hygiene", "each", 0, 300, 0, None, 25, ShelfC, Goods},
    {"Disposable razors 4-pack", "hygiene", "each", 0, 60, 0, None, 20, ShelfC, Goods},
    {"Toilet paper 4 rolls", "hygiene", "each", 0, 450, 0, None, 60, ShelfC, Goods},
    {"Adult incontinence briefs, L, 16 ct", "hygiene", "each", 0, 1100, 0, None, 10, ShelfC, Goods},
    // Baby.
    {"Diapers size 1, 40 ct", "baby", "each", 0, 950, 0, None, 15, ShelfC, Goods},
    {"Diapers size 2, 37 ct", "baby", "each", 0, 1000, 0, None, 15, ShelfC, Goods},
    {"Diapers size 3, 34 ct", "baby", "each", 0, 1100, 0, None, 20, ShelfC, Goods},
    {"Diapers size 4, 29 ct", "baby", "each", 0, 1150, 0, None, 25, ShelfC, Goods},
    {"Diapers size 5, 25 ct", "baby", "each", 0, 1200, 0, None, 20, ShelfC, Goods},
    {"Diapers size 6, 22 ct", "baby", "each", 0, 1250, 0, None, 10, ShelfC, Goods},
    {"Baby wipes 72 ct", "baby", "each", 0, 450, 0, None, 40, ShelfC, Goods},
    {"Infant formula, powder 12.4 oz", "baby", "each", 0, 352, 365, None, 20, ShelfC, Goods},
    {"Baby food pouches, fruit and veg 4-pack", "baby", "each", 0, 400, 270, "vegetarian,vegan,gluten-free,nut-free", 20, ShelfC, Pantry},
    {"Infant oatmeal cereal 8 oz", "baby", "each", 0, 227, 365, "vegetarian,nut-free", 15, ShelfC, Pantry},
    // Clothing.
    {"Socks, adult, 6 pairs", "clothing", "each", 0, 300, 0, None, 40, ShelfD, Goods},
    {"Socks, children, 6 pairs", "clothing", "each", 0, 200, 0, None, 30, ShelfD, Goods},
    {"Knit winter hat", "clothing", "each", 0, 80, 0, None, 30, ShelfD, Goods},
    {"Gloves, adult, pair", "clothing", "each", 0, 90, 0, None, 30, ShelfD, Goods},
    {"Winter coat, adult (assorted sizes)", "clothing", "each", 0, 1500, 0, None, 15, ShelfD, Goods},
    {"Winter coat, child (assorted sizes)", "clothing", "each", 0, 900, 0, None, 15, ShelfD, Goods},
    {"Underwear, adult, new, 3-pack", "clothing", "each", 0, 200, 0, None, 20, ShelfD, Goods},
    // School supplies.
    {"Student backpack", "school supplies", "each", 0, 600, 0, None, 20, ShelfD, Goods},
    {"Spiral notebooks, wide ruled, 3-pack", "school supplies", "each", 0, 450, 0, None, 30, ShelfD, Goods},
    {"No. 2 pencils 12 ct", "school supplies", "each", 0, 100, 0, None, 30, ShelfD, Goods},
    {"Crayons 24 ct", "school supplies", "each", 0, 150, 0, None, 30, ShelfD, Goods},
    {"Pocket folders 5-pack", "school supplies", "each", 0, 250, 0, None, 20, ShelfD, Goods},
    // Healthcare.
    {"Acetaminophen 500 mg, 100 ct", "healthcare", "each", 0, 80, 730, None, 15, ShelfC, Goods},
    {"Ibuprofen 200 mg, 100 ct", "healthcare", "each", 0, 80, 730, None, 15, ShelfC, Goods},
    {"Children's acetaminophen liquid 4 oz", "healthcare", "each", 0, 150, 540, None, 10, ShelfC, Goods},
    {"Adhesive bandages, assorted 30 ct", "healthcare", "each", 0, 60, 0, None, 20, ShelfC, Goods},
    {"Face masks, disposable, 50 ct", "healthcare", "each", 0, 250, 0, None, 20, ShelfC, Goods},
    {"Cough drops, honey lemon 30 ct", "healthcare", "each", 0, 110, 540, None, 15, ShelfC, Goods},
    // Household.
    {"Dish soap 24 oz", "household", "each", 0, 720, 0, None, 30, ShelfD, Goods},
    {"Laundry detergent 50 oz", "household", "each", 0, 1550, 0, None, 25, ShelfD, Goods},
    {"All-purpose cleaner 32 oz", "household", "each", 0, 1000, 0, None, 20, ShelfD, Goods},
    {"Paper towels 2 rolls", "household", "each", 0, 300, 0, None, 30, ShelfD, Goods},
    {"Trash bags, 13 gal, 40 ct", "household", "each", 0, 700, 0, None, 20, ShelfD, Goods},
    {"Aluminum foil 30 sq ft", "household", "each", 0, 200, 0, None, 15, ShelfD, Goods},
    {"Zip-top storage bags, gallon, 20 ct", "household", "each", 0, 150, 0, None, 15, ShelfD, Goods},
    // Other.
    {"Reusable grocery bag", "other", "each", 0, 100, 0, None, 50, ShelfD, Goods},
    {"Dry dog food 4 lb", "other", "each", 0, 1814, 0, None, 10, ShelfD, Goods},
    {"Dry cat food 3.15 lb", "other", "each", 0, 1430, 0, None, 10, ShelfD, Goods},
    {"LED flashlight", "other", "each", 0, 150, 0, None, 8, ShelfD, Goods},
};
// clang-format on

constexpr unsigned bit(Source source) {
    return 1u << unsigned(source);
}

const SupplierSpec Suppliers[] = {
    {"Panadería La Espiga", "bakery", "Rosa (manager)", "tue,thu,sat",
     "Day-old bread; pick up at the back door on 18th Pl after 7 pm.", bit(Bread), "1432 W 18th St",
     1800, 1432, 4},
    {"Mercado El Sol", "grocery", "Héctor, produce dept.", "mon,wed,fri",
     "Loading dock in the alley; bring the blue crates back.",
     bit(Chilled) | bit(Produce) | bit(Frozen) | bit(Bread), "2011 W Cermak Rd", 2200, 2011, 8},
    {"Iglesia San Rafael food drive", "church", "Hna. Teresa", "sun",
     "Collection bins by the side entrance after Sunday mass.", bit(Pantry) | bit(Goods),
     "2900 W 26th St", 2600, 2900, 6},
    {"Grace Lutheran Church", "church", "Pastor Ann", "wed,sun",
     "Hygiene kits and school supplies in August.", bit(Pantry) | bit(Goods), "1858 S Ashland Ave",
     1858, 1600, 3},
    {"Cermak Road Urban Farm", "farm", "Dev", "sat",
     "Harvest share June to October; bring our own boxes.", bit(Produce), "1250 W Cermak Rd", 2200,
     1250, 5},
    {"Lakeshore Regional Food Bank", "food_bank", "Agency desk", "tue",
     "Order by Friday noon; pallet pickup Tuesday 9 am, dock 4.",
     bit(Pantry) | bit(Frozen) | bit(Chilled) | bit(Produce) | bit(Goods), "3900 W 31st St", 3100,
     3900, 20},
    {"Neighbours' drop-off", "donor", "", "", "Anything left at the door during open hours.",
     bit(Pantry) | bit(Goods), "", 0, 0, 0},
};

} // namespace

std::span<const LocationSpec> locations() {
    return Locations;
}

std::span<const ItemSpec> items() {
    return Items;
}

std::span<const SupplierSpec> suppliers() {
    return Suppliers;
}

static_assert(std::size(Locations) == PlaceCount);

} // namespace larder::demo::catalog
