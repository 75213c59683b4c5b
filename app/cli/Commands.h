#pragma once

// The commands of larder-cli, one group per file. A later feature adds its commands by writing a
// new group (a function returning its Command entries) and listing it in allCommands().

#include "Cli.h"

namespace larder::cli {

// init, demo: make new pantry files (FileCommands.cpp).
QList<Command> fileCommands();
// check, stats: look at a pantry file without changing its data (InspectCommands.cpp).
QList<Command> inspectCommands();

// Every command, in the order the global help lists them.
inline QList<Command> allCommands() {
    return fileCommands() + inspectCommands();
}

} // namespace larder::cli
