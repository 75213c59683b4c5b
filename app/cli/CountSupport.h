// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the count commands (CountCommands.cpp, CountEnterCommands.cpp) share: the count a command
// names.

#include "app/cli/Cli.h"
#include "core/inventory/Inventory.h"

namespace larder::cli {

// The count COUNT_ID names; a refusal (exit code 1) when there is none or, with mustBeOpen, when
// it is confirmed or cancelled already.
inventory::StockCount requireCount(const inventory::Inventory& inventory, const QString& countId,
                                   bool mustBeOpen);

// count enter (CountEnterCommands.cpp), a subcommand of count.
Command countEnterCommand();

} // namespace larder::cli
