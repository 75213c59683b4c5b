// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the inventory commands share (StockCommands, MovementCommands, CountCommands,
// CatalogCommands, and PackageCommands for the pantry and its items): the pantry open with its
// Inventory, finding the item and location a person named, reading --quantity, and printing what a
// change posted. Each reads or changes the pantry through inventory::Inventory only; every change
// is one Inventory call, so one transaction, and everything a person typed is checked before it is
// called, so a refused command changes nothing.

#include "app/cli/CliSupport.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/Quantities.h"
#include "core/storage/Store.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace larder::cli {

// The translation context of the inventory commands' texts, which were one file once.
struct StockTr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::StockCommands)
};

// The file open, with its inventory. Opening failures are refusals (exit code 1).
struct Pantry {
    std::unique_ptr<Store> store;
    std::unique_ptr<inventory::Inventory> inventory;
    inventory::Inventory& inv() const { return *inventory; }
    // The largest quantity one entry may record (a setting).
    qint64 maximumEntry() const;
};

Pantry openPantry(const Context& context);

// ---- Finding what a person named ----

// A location by id or by name (case-insensitive); anything else is refused naming `option`.
inventory::Location findLocation(const inventory::Inventory& inventory, const QString& option,
                                 const QString& text);
// The location of --`option`, when given.
std::optional<inventory::Location>
optionalLocation(const Context& context, const inventory::Inventory& inventory,
                 const QString& option = QStringLiteral("location"));
// The names of the active locations, joined for a hint.
QString knownLocations(const inventory::Inventory& inventory);
[[noreturn]] void refuseNoLocations();

// An item by barcode (exact), id, name (exact, case-insensitive) or, failing those, the one item
// whose name holds every word typed. A refusal starts with `label`: an option ("--item") or an
// argument ("ITEM").
inventory::Item findItem(const inventory::Inventory& inventory, const QString& label,
                         const QString& text);
// The item of --item, which is required.
inventory::Item itemOption(const Context& context, const inventory::Inventory& inventory);
// --quantity, which is required, in the item's unit ("3 cases", 2x12).
qint64 quantityOption(const Context& context, const Pantry& pantry, const inventory::Item& item);

// ---- Output ----

// Amounts read as everywhere else in Larder: inventory::Quantities ("1 case", "+2 cases").
// "lot expiring 2026-03-05", "lot without expiry".
QString lotText(const std::optional<QDate>& expiry);
// "\"a\", \"b\" and 3 more".
QString quotedList(const QStringList& names, int most = 8);
QJsonObject movementJson(const inventory::MovementRow& row);

// The sentence saying what was done, then the ledger rows written; with --json, the rows.
void printPosted(Context& context, const Pantry& pantry, const QString& action,
                 const QString& sentence, const inventory::Posted& posted);

// ---- The command tables ----

QCommandLineOption itemOptionDef(const QString& what);
QCommandLineOption quantityOptionDef();
// How --item X is found, for the commands' descriptions.
QString itemHelp();
// What a command that changes stock prints, for their descriptions.
QString changeHelp();

} // namespace larder::cli
