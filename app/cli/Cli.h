// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/identity/Clock.h"
#include "core/storage/Result.h"
#include "core/storage/Store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace larder::cli {

// Exit codes of larder-cli: part of its contract with scripts.
enum ExitCode : int {
    Success = 0,
    Failure = 1,    // the last line on stderr says what went wrong and what to do
    UsageError = 2, // the command line itself is wrong
};

// Thrown by a command (or Context's helpers) when its arguments are wrong; the dispatcher prints
// it as one line with a pointer to the help and exits with UsageError.
struct UsageProblem {
    QString message;
};

// What a command's handler gets: the database path, its parsed options and the two streams.
class Context {
    Q_DECLARE_TR_FUNCTIONS(Context) // the context lupdate sees

public:
    Context(const QString& database, const QCommandLineParser& parser, QTextStream& out,
            QTextStream& err)
        : database(database)
        , parser(parser)
        , out(out)
        , err(err) {}

    const QString database; // --db FILE, empty when not given
    // How every pantry file this command opens is opened: the clock (LARDER_NOW) in particular.
    StoreOptions storeOptions;
    // The clock LARDER_NOW set, when it did (also in storeOptions).
    std::shared_ptr<ManualClock> fixedClock;
    const QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    QStringList arguments;          // the positional arguments, one per name in Command::arguments
    bool needsDetails = false;      // Command::needsDetails of the command running
    bool handlesPassphrase = false; // Command::handlesPassphrase of the command running

    bool isSet(const QString& option) const { return parser.isSet(option); }
    QString value(const QString& option) const { return parser.value(option); }
    // A whole number option within [min, max]; `fallback` when absent. Throws UsageProblem.
    qint64 integer(const QString& option, qint64 fallback, qint64 min, qint64 max) const;
    quint64 unsignedInteger(const QString& option, quint64 fallback) const;
    // The pantry file of --db, opened with storeOptions. Under LARDER_NOW the clock first moves
    // past the newest time the file holds, so one command never writes "before" the last. A
    // protected pantry is unlocked with --passphrase-file (or the file LARDER_PASSPHRASE_FILE
    // names) when one is given; a command that needs details is refused while it stays locked.
    Result<std::unique_ptr<Store>> openPantry() const;
    // Prints the error as the one line on stderr and returns Failure.
    int fail(const Error& error) const;
};

// One command of larder-cli: its name, a one-line summary for the global help, what it does, its
// options, an example and the handler. New commands are new entries in a table (see Commands.h).
struct Command {
    QString name;
    QString summary;     // one line, shown by larder-cli --help
    QString description; // a few sentences, shown by larder-cli COMMAND --help
    QString synopsis;    // what follows the command name in the usage line
    QList<QCommandLineOption> options;
    QString example;
    bool needsDatabase = true;
    // The command shows or changes personal details (names, addresses, phones, notes): on a
    // protected pantry it takes --passphrase-file P (or LARDER_PASSPHRASE_FILE) and refuses,
    // saying how to unlock, when it is locked.
    bool needsDetails = false;
    // The command hands --passphrase-file to core itself (sync export and import, init,
    // passphrase): openPantry() leaves the pantry as it opens.
    bool handlesPassphrase = false;
    std::function<int(Context&)> run;
    // Names of the positional arguments the command needs, in order ("COUNT_ID"): exactly these
    // many must be given; they reach the handler as Context::arguments. A last name ending in
    // "..." ("FILE...") takes one or more.
    QStringList arguments;
    // "count start", "items add": when the word after the command names one of these, that one
    // runs instead, with its own options and help. The command itself still runs without a word.
    QList<Command> subcommands;
};

// Parses the global options (--db, --help, --version), finds the command, parses its options
// with QCommandLineParser and runs it. Prints help and usage errors itself.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::Cli)

public:
    explicit Cli(QList<Command> commands);
    // `arguments` as from QCoreApplication::arguments(), program name first. Returns the exit code.
    int run(const QStringList& arguments);

private:
    const Command* find(const QString& name) const;
    // `rest`'s first word, when it names a subcommand of `command`: that one, named in full.
    static std::optional<Command> subcommand(const Command& command, const QStringList& rest);
    int runCommand(const Command& command, const QString& database, const QStringList& rest);
    int usage(const QString& message, const QString& command = {});
    void printHelp();
    void printCommandHelp(const Command& command);

    QList<Command> m_commands;
    StoreOptions m_storeOptions;
    std::shared_ptr<ManualClock> m_fixedClock;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace larder::cli
