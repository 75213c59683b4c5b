// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The commands of larder-cli, one group per file. A later feature adds its commands by writing a
// new group (a function returning its Command entries, or one function per command, defined
// beside its handler) and listing it in allCommands().

#include "app/cli/Cli.h"
#include "print/SheetData.h"

namespace larder::cli {

// init, demo: make new pantry files (FileCommands.cpp).
QList<Command> fileCommands();
// check, stats: look at a pantry file without changing its data (InspectCommands.cpp).
QList<Command> inspectCommands();
// The pantry's stock, one function per command:
// stock, receive, distribute, history: what is on hand and what comes and goes (StockCommands.cpp).
Command stockCommand();
Command receiveCommand();
Command distributeCommand();
Command historyCommand();
// dispose, move, return, reverse: one lot's stock out, elsewhere, back; corrections
// (MovementCommands.cpp).
Command disposeCommand();
Command moveCommand();
Command returnCommand();
Command reverseCommand();
// count (start, sheet, enter, review, confirm, cancel): stock counts (CountCommands.cpp).
Command countCommand();
// items, locations (and their add): the catalog (CatalogCommands.cpp).
Command itemsCommand();
Command locationsCommand();
// suppliers (add, edit, retire, restore): where food comes from (SupplierCommands.cpp).
Command suppliersCommand();

// The stock commands in the order the global help lists them.
inline QList<Command> stockCommands() {
    return {stockCommand(),   receiveCommand(), distributeCommand(), disposeCommand(),
            moveCommand(),    returnCommand(),  reverseCommand(),    countCommand(),
            historyCommand(), itemsCommand(),   locationsCommand(),  suppliersCommand()};
}
// sync (export, import, status, conflicts, resolve), dump: the network (SyncCommands.cpp;
// export and import in SyncNetworkCommands.cpp).
QList<Command> syncCommands();
// routes solve: the route planner on CVRPLIB files, no pantry file (RouteCommands.cpp).
QList<Command> routeCommands();
// households, people (list, import, export): who is served and who helps (PeopleCommands.cpp).
QList<Command> peopleCommands();
// backup (list, restore): copies of the file, rotated and scrubbed (BackupCommands.cpp).
QList<Command> backupCommands();
// run (plan, show, outcome, close): distribution days and their routes (RunCommands.cpp).
QList<Command> runCommands();
// templates, packages (allocate, shortages, substitute, picklist): what households receive
// (PackageCommands.cpp).
QList<Command> packageCommands();
// requests (add, list, close), offers (add, list, receive, pickup), matches (list, confirm): aid
// that runs both ways (RequestCommands.cpp).
QList<Command> requestCommands();

// print (route-sheets, packing-lists, pick-list): a day's papers as PDF (PrintCommands.cpp).
QList<Command> printCommands();
// --paper letter|a4, and the pantry's printing options with it applied (report pdf prints too).
QCommandLineOption paperOption();
print::PrintOptions printOptionsFrom(const Context& context, Store& store);

// report (summary, pdf): a period's figures, and the one-page PDF (ReportCommands.cpp).
Command reportCommand();

// passphrase (set, change): the passphrase that seals personal details (PassphraseCommands.cpp).
Command passphraseCommand();
// Every command, in the order the global help lists them.
inline QList<Command> allCommands() {
    return fileCommands() + QList<Command>{passphraseCommand()} + inspectCommands() +
           stockCommands() + syncCommands() + routeCommands() + peopleCommands() +
           backupCommands() + runCommands() + packageCommands() + requestCommands() +
           printCommands() + QList<Command>{reportCommand()};
}

} // namespace larder::cli
