// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace larder::inventory::vocabulary {

const QStringList& categories() {
    static const QStringList list{u"food"_s,       u"water"_s,     u"hygiene"_s,
                                  u"baby"_s,       u"clothing"_s,  u"school supplies"_s,
                                  u"healthcare"_s, u"household"_s, u"other"_s};
    return list;
}

const QStringList& units() {
    static const QStringList list{u"each"_s, u"lb"_s, u"kg"_s, u"case"_s};
    return list;
}

const QStringList& dietaryTags() {
    static const QStringList list{
        u"halal"_s,       u"kosher"_s,   u"vegetarian"_s,        u"vegan"_s,
        u"gluten-free"_s, u"nut-free"_s, u"diabetic-friendly"_s, u"low-sodium"_s};
    return list;
}

const QStringList& locationKinds() {
    static const QStringList list{u"shelf"_s, u"fridge"_s, u"freezer"_s, u"hub"_s, u"other"_s};
    return list;
}

const QStringList& intakeSources() {
    static const QStringList list{u"supplier"_s, u"donation"_s, u"purchase"_s, u"drive"_s};
    return list;
}

const QStringList& disposalReasons() {
    static const QStringList list{u"spoiled"_s, u"expired"_s, u"damaged"_s, u"recalled"_s};
    return list;
}

} // namespace larder::inventory::vocabulary
