// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/cli/SyncSupport.h"
#include "core/identity/HybridClock.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

const QString Program = u"larder-cli"_s;

// "-h, --help" or "--households N", as the help lists an option.
QString optionLabel(const QCommandLineOption& option) {
    QStringList names;
    for (const QString& name : option.names())
        names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    QString label = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        label += u' ' + option.valueName();
    return label;
}

void printOptions(QTextStream& out, const QList<QCommandLineOption>& options) {
    qsizetype width = 0;
    for (const QCommandLineOption& option : options)
        width = std::max(width, optionLabel(option).size());
    for (const QCommandLineOption& option : options)
        out << "  " << optionLabel(option).leftJustified(width + 3) << option.description() << '\n';
}

QCommandLineOption helpOption() {
    return QCommandLineOption({u"h"_s, u"help"_s}, Cli::tr("show this help"));
}

QCommandLineOption databaseOption() {
    return QCommandLineOption(u"db"_s, Cli::tr("the pantry file to work on"), u"FILE"_s);
}

// A paragraph broken into lines of at most `width` characters, for the help.
QString wrapped(const QString& text, qsizetype width = 80) {
    QString result;
    qsizetype lineLength = 0;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            result += u'\n';
            lineLength = 0;
        } else if (lineLength > 0) {
            result += u' ';
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
    }
    return result;
}

// The instant LARDER_NOW names ("2026-03-01T12:00:00Z"), or nothing when it is not valid.
std::optional<qint64> instantFromEnvironment(const QString& text) {
    const QDateTime instant = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!instant.isValid() || instant.date().year() < 2000 || instant.date().year() > 9999)
        return std::nullopt;
    return instant.toMSecsSinceEpoch();
}

// One line, whatever SQLite or Qt put in the message.
QString oneLine(const QString& text) {
    return text.simplified();
}

} // namespace

// ---- Context ----

qint64 Context::integer(const QString& option, qint64 fallback, qint64 min, qint64 max) const {
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 number = parser.value(option).trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max)
        throw UsageProblem{tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                               .arg(option)
                               .arg(min)
                               .arg(max)
                               .arg(parser.value(option))};
    return number;
}

quint64 Context::unsignedInteger(const QString& option, quint64 fallback) const {
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const quint64 number = parser.value(option).trimmed().toULongLong(&ok);
    if (!ok || parser.value(option).trimmed().startsWith(u'-'))
        throw UsageProblem{tr("--%1 must be a whole number from 0 to %2, not \"%3\"")
                               .arg(option)
                               .arg(std::numeric_limits<quint64>::max())
                               .arg(parser.value(option))};
    return number;
}

Result<std::unique_ptr<Store>> Context::openPantry() const {
    auto opened = Store::open(database, storeOptions);
    if (opened && fixedClock) {
        const qint64 newest = HybridClock::millis((*opened)->lastHlc());
        if (fixedClock->nowMs() <= newest)
            fixedClock->set(newest + 1);
    }
    if (!opened || (*opened)->protection() != Store::Protection::Locked)
        return opened;
    if (handlesPassphrase)
        return opened;
    QString passphraseFile = qEnvironmentVariable("LARDER_PASSPHRASE_FILE");
    if (parser.optionNames().contains(u"passphrase-file"_s))
        passphraseFile = parser.value(u"passphrase-file"_s);
    if (!passphraseFile.isEmpty()) {
        auto passphrase = Passphrase::fromFile(passphraseFile);
        if (!passphrase)
            return passphrase.error();
        if (auto unlocked = (*opened)->unlock(passphrase->bytes()); !unlocked)
            return unlocked.error();
    } else if (needsDetails) {
        return Error(Error::locked()).at(database);
    }
    return opened;
}

int Context::fail(const Error& error) const {
    err << oneLine(error.toString()) << '\n';
    err.flush();
    return Failure;
}

// ---- Cli ----

namespace {

// A command that needs personal details, and each of its subcommands that do, takes
// --passphrase-file: added here once rather than in every table entry.
void offerPassphrase(QList<Command>& commands) {
    for (Command& command : commands) {
        offerPassphrase(command.subcommands);
        if (!command.needsDetails)
            continue;
        const bool has = std::any_of(
            command.options.cbegin(), command.options.cend(),
            [](const QCommandLineOption& o) { return o.names().contains(u"passphrase-file"_s); });
        if (!has)
            command.options.append(passphraseFileOption());
    }
}

} // namespace

Cli::Cli(QList<Command> commands)
    : m_commands(std::move(commands))
    , m_out(stdout)
    , m_err(stderr) {
    offerPassphrase(m_commands);
}

const Command* Cli::find(const QString& name) const {
    for (const Command& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int Cli::usage(const QString& message, const QString& command) {
    const QString where = command.isEmpty() ? Program : Program + u' ' + command;
    QString text = oneLine(message);
    while (text.endsWith(u'.'))
        text.chop(1);
    m_err << tr("%1: %2; see %3 --help").arg(where, text, where) << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::run(const QStringList& arguments) {
    // LARDER_NOW fixes "now" for scripts and tests that need the same dates on every day of the
    // year: the clock starts at that instant and moves a millisecond per reading.
    if (const QString now = qEnvironmentVariable("LARDER_NOW"); !now.isEmpty()) {
        const auto start = instantFromEnvironment(now);
        if (!start) {
            m_err << tr("%1: LARDER_NOW must be a date and time such as 2026-03-01T12:00:00Z, "
                        "not \"%2\"; unset it to use the computer's clock")
                         .arg(Program, now)
                  << '\n';
            m_err.flush();
            return UsageError;
        }
        m_fixedClock = std::make_shared<ManualClock>(*start, 1);
        m_storeOptions.clock = m_fixedClock;
    }
    QString database;
    int index = 1; // after the program name
    // Global options come before the command.
    while (index < arguments.size()) {
        const QString& argument = arguments.at(index);
        if (argument == u"-h" || argument == u"--help" || argument == u"help") {
            if (argument == u"help" && index + 1 < arguments.size()) {
                if (const Command* command = find(arguments.at(index + 1))) {
                    if (const auto sub = subcommand(*command, arguments.mid(index + 2)))
                        printCommandHelp(*sub);
                    else
                        printCommandHelp(*command);
                    return Success;
                }
                return usage(tr("unknown command \"%1\"").arg(arguments.at(index + 1)));
            }
            printHelp();
            return Success;
        }
        if (argument == u"--version" || argument == u"-V") {
            m_out << Program << ' ' << QCoreApplication::applicationVersion() << '\n';
            m_out.flush();
            return Success;
        }
        if (argument == u"--db") {
            if (index + 1 >= arguments.size() || arguments.at(index + 1).isEmpty())
                return usage(tr("--db needs a file name"));
            database = arguments.at(index + 1);
            index += 2;
            continue;
        }
        if (argument.startsWith(u"--db="_s)) {
            database = argument.mid(5);
            if (database.isEmpty())
                return usage(tr("--db needs a file name"));
            ++index;
            continue;
        }
        if (argument.startsWith(u'-'))
            return usage(tr("unknown option \"%1\"").arg(argument));
        break;
    }
    if (index >= arguments.size())
        return usage(tr("no command given"));
    const Command* command = find(arguments.at(index));
    if (!command)
        return usage(tr("unknown command \"%1\"").arg(arguments.at(index)));
    return runCommand(*command, database, arguments.mid(index + 1));
}

std::optional<Command> Cli::subcommand(const Command& command, const QStringList& rest) {
    if (rest.isEmpty())
        return std::nullopt;
    for (const Command& sub : command.subcommands) {
        if (sub.name == rest.first()) {
            Command full = sub;
            full.name = command.name + u' ' + sub.name;
            return full;
        }
    }
    return std::nullopt;
}

int Cli::runCommand(const Command& command, const QString& globalDatabase,
                    const QStringList& rest) {
    if (const auto sub = subcommand(command, rest))
        return runCommand(*sub, globalDatabase, rest.mid(1));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(command.options);
    parser.addOption(databaseOption()); // --db is also accepted after the command
    parser.addOption(helpOption());
    if (!parser.parse(QStringList{Program} + rest))
        return usage(parser.errorText(), command.name);
    if (parser.isSet(u"help"_s)) {
        printCommandHelp(command);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const bool repeats =
        !command.arguments.isEmpty() && command.arguments.last().endsWith(u"..."_s);
    if (positional.size() > command.arguments.size() && !repeats) {
        const QString extra = positional.at(command.arguments.size());
        if (command.arguments.isEmpty() && !command.subcommands.isEmpty()) {
            QStringList names;
            for (const Command& sub : command.subcommands)
                names.append(sub.name);
            return usage(tr("unknown %1 command \"%2\" (there are: %3)")
                             .arg(command.name, extra, names.join(u", "_s)),
                         command.name);
        }
        return usage(tr("unexpected argument \"%1\"").arg(extra), command.name);
    }
    if (positional.size() < command.arguments.size())
        return usage(tr("%1 is missing: give it after \"%2\"")
                         .arg(command.arguments.at(positional.size()), command.name),
                     command.name);
    const QString database = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : globalDatabase;
    if (command.needsDatabase && database.isEmpty())
        return usage(tr("no pantry file given: add --db FILE"), command.name);

    Context context(database, parser, m_out, m_err);
    context.arguments = positional;
    context.needsDetails = command.needsDetails;
    context.handlesPassphrase = command.handlesPassphrase;
    context.storeOptions = m_storeOptions;
    context.fixedClock = m_fixedClock;
    int code = Failure;
    try {
        code = command.run(context);
    } catch (const UsageProblem& problem) {
        m_out.flush();
        return usage(problem.message, command.name);
    }
    m_out.flush();
    m_err.flush();
    return code;
}

void Cli::printHelp() {
    m_out << tr("Usage: %1 --db FILE COMMAND [OPTIONS]").arg(Program) << "\n\n"
          << wrapped(tr("Larder's command-line tool: the same pantry file as the Larder app, "
                        "without the window, for coordinators' scripts and for tests."))
          << "\n\n"
          << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Command& command : m_commands)
        width = std::max(width, command.name.size());
    for (const Command& command : m_commands)
        m_out << "  " << command.name.leftJustified(width + 3) << command.summary << '\n';
    m_out << '\n' << tr("Global options:") << '\n';
    printOptions(m_out,
                 {databaseOption(),
                  QCommandLineOption({u"h"_s, u"help"_s},
                                     tr("show this help; COMMAND --help shows a command's own")),
                  QCommandLineOption({u"V"_s, u"version"_s}, tr("show the version"))});
    m_out << '\n'
          << wrapped(tr("Exit codes: 0 success; 1 failure, with the last line on stderr saying "
                        "what went wrong; 2 a usage error. Data goes to stdout; warnings and "
                        "problems go to stderr."))
          << "\n\n"
          << tr("Environment:") << '\n'
          << "  LARDER_NOW   "
          << tr("a date and time (2026-03-01T12:00:00Z) to use as now instead of the computer's "
                "clock, for scripts and tests that need the same dates on any day")
          << "\n"
          << "  LARDER_LANG  "
          << tr("the language of messages and papers: en, es or ar (else the system's, from "
                "LANG)")
          << "\n\n"
          << tr("Example:") << '\n'
          << "  " << Program << " --db pantry.larder init --site-name \"Eastside pantry\"\n";
    m_out.flush();
}

void Cli::printCommandHelp(const Command& command) {
    QString usageLine = Program;
    if (command.needsDatabase)
        usageLine += u" --db FILE"_s;
    usageLine += u' ' + command.name;
    if (!command.synopsis.isEmpty())
        usageLine += u' ' + command.synopsis;
    m_out << tr("Usage: %1").arg(usageLine) << "\n\n" << command.summary << '\n';
    if (!command.description.isEmpty())
        m_out << '\n' << wrapped(command.description) << '\n';
    m_out << '\n' << tr("Options:") << '\n';
    QList<QCommandLineOption> options = command.options;
    if (command.needsDatabase)
        options.prepend(databaseOption());
    options.append(helpOption());
    printOptions(m_out, options);
    if (!command.subcommands.isEmpty()) {
        m_out << '\n' << tr("Commands:") << '\n';
        qsizetype width = 0;
        for (const Command& sub : command.subcommands)
            width = std::max(width, sub.name.size());
        for (const Command& sub : command.subcommands)
            m_out << "  " << sub.name.leftJustified(width + 3) << sub.summary << '\n';
        m_out << '\n'
              << wrapped(tr("\"%1 %2 COMMAND --help\" shows a command's own options.")
                             .arg(Program, command.name))
              << '\n';
    }
    if (!command.example.isEmpty())
        m_out << '\n' << tr("Example:") << "\n  " << command.example << '\n';
    m_out.flush();
}

} // namespace larder::cli
