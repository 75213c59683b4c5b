// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the run commands (RunCommands.cpp, RunOutcomeCommands.cpp) share: the day they act on.

#include "app/cli/Cli.h"
#include "core/runs/Runs.h"
#include "core/storage/Result.h"
#include "core/storage/Store.h"

#include <QCommandLineOption>
#include <QDate>

#include <memory>
#include <optional>

namespace larder::cli {

// --date YYYY-MM-DD, the distribution day every run command acts on.
QCommandLineOption dateOptionSpec();
// The value of --date; throws UsageProblem when it is not a date.
QDate dateOption(const Context& context);
// The day's run of `kind`; without a kind, its delivery run (or its first run of another kind).
std::optional<runs::Run> runOn(runs::Runs& runs, const QDate& date, const QString& kind = {});
// --kind delivery|pickup|supplier_pickup, for the commands that act on one run of a day.
QCommandLineOption kindOptionSpec();
// The value of --kind (empty when not given); throws UsageProblem for another word.
QString kindOption(const Context& context);
// "There is no distribution day on DATE", and how to plan one.
Error noRun(const QDate& date);

// The pantry of --db open with its runs, and the run on a day (runOn).
struct DayRun {
    std::unique_ptr<Store> store;
    std::unique_ptr<runs::Runs> runs;
    runs::Run run;
};
// The day's run; the opening failure, or noRun(date) when the day has none.
Result<DayRun> openDayRun(const Context& context, const QDate& date, const QString& kind = {});

// run outcome (RunOutcomeCommands.cpp), a subcommand of run.
Command runOutcomeCommand();

} // namespace larder::cli
