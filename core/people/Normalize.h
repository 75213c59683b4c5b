// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// How text is compared when people search for a household or Larder looks for one already on
// file: case and accents folded ("José" finds "jose"), punctuation ignored, phones by their digits,
// addresses with their common abbreviations made equal ("South Loomis Street" = "S Loomis St").
// Pure functions; the search index and the duplicate check both use them, so what one finds the
// other finds too.
namespace larder::people::normalize {

// Lower case, accents and other marks removed, ß as ss, apostrophes dropped, every other
// character that is not a letter or digit turned into a space, spaces collapsed.
QString fold(QStringView text);
// The digits of a phone number as typed ("+1 (312) 555-0142" -> "13125550142").
QString phoneDigits(QStringView phone);
// What two phone numbers are compared by: the last ten digits, so that a country code or a
// trunk prefix does not hide a match; empty when fewer than seven digits were typed.
QString phoneKey(QStringView phone);
// A street address with abbreviations and directions made uniform ("1843 South Loomis Street"
// and "1843 S. Loomis St" give the same key). Empty for an empty street.
QString streetKey(QStringView street);
// A unit with its label removed ("Apt 2R", "#2r", "Unit 2 R" give "2r").
QString unitKey(QStringView unit);
// Street and unit together: households with the same key live at the same door.
QString addressKey(QStringView street, QStringView unit);
// A postal code as compared in filters: upper case, no spaces or dashes.
QString postalCode(QStringView code);
// The coarse area of a postal code, as a redacted export shows it: the first three digits of a
// numeric code (a US ZIP3, or a ZIP+4's), the outward part of a code written with a space
// ("SW1A 1AA" -> "SW1A"), otherwise its first three characters ("K1A0B1" -> "K1A").
QString postalArea(QStringView code);

} // namespace larder::people::normalize
