// SPDX-License-Identifier: GPL-3.0-or-later
// init and demo: the commands that make a new pantry file.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSupport.h"
#include "core/demo/DemoData.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::FileCommands)
};

// Leaves no trace of a file that init made and could not finish.
void removeDatabase(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// init --join FILE: a new laptop of the network that made FILE.
int joinNetwork(Context& context, const QString& siteName, const Passphrase& passphrase,
                const sync::KdfLimits& limits) {
    const QString file = context.value(u"join"_s);
    auto joined = sync::Replicator::join(context.database, siteName, file, passphrase.bytes(),
                                         context.storeOptions, limits);
    if (!joined)
        return context.fail(joined.error());
    const Store& store = *joined.value();
    QString fromName;
    qint64 applied = 0;
    auto read = store.read("SELECT from_name, applied FROM sync_imports ORDER BY id DESC LIMIT 1",
                           {}, [&](const Row& row) {
                               fromName = row.text(0);
                               applied = row.integer(1);
                           });
    Q_UNUSED(read);
    context.out << Tr::tr("Created %1 for \"%2\" (site %3) in network %4, joined from %5: %6 "
                          "changes from \"%7\".")
                       .arg(context.database, store.siteName(), store.siteId(), store.networkId(),
                            file)
                       .arg(applied)
                       .arg(fromName)
                << '\n';
    return Success;
}

int runInit(Context& context) {
    if (!context.isSet(u"site-name"_s) || context.value(u"site-name"_s).trimmed().isEmpty())
        throw UsageProblem{Tr::tr("init needs the pantry's name: add --site-name NAME")};
    const QString siteName = context.value(u"site-name"_s);
    const bool join = context.isSet(u"join"_s);
    if (join && context.value(u"join"_s).isEmpty())
        throw UsageProblem{Tr::tr("--join needs a sync file from a laptop of the network")};
    if (!context.isSet(u"passphrase-file"_s))
        throw UsageProblem{
            join ? Tr::tr("joining needs the network's passphrase: add --passphrase-file P")
                 : Tr::tr("a new pantry needs a passphrase, which seals its names, addresses, "
                          "phones and notes: add --passphrase-file P (a file whose first line is "
                          "the passphrase; at least 12 characters, e.g. four or five words)")};
    const sync::KdfLimits limits = kdfLimits();
    // The passphrase is read before anything is made, so a bad passphrase file leaves no file.
    auto passphrase = requiredPassphrase(context);
    if (!passphrase)
        return context.fail(passphrase.error());
    if (join)
        return joinNetwork(context, siteName, passphrase.value(), limits);

    auto created = Store::create(context.database, siteName, context.storeOptions);
    if (!created)
        return context.fail(created.error());
    std::unique_ptr<Store> store = std::move(created).value();
    sync::Replicator replicator(*store, limits);
    if (auto set = replicator.setPassphrase(passphrase->bytes()); !set) {
        Error error = set.error();
        if (error.path.isEmpty())
            error.path = context.value(u"passphrase-file"_s);
        store.reset();
        removeDatabase(context.database);
        return context.fail(error);
    }
    context.out << Tr::tr("Created %1 for \"%2\" (site %3) and a new network %4 with its "
                          "passphrase. Other laptops join it from a sync file this one exports.")
                       .arg(context.database, store->siteName(), store->siteId(),
                            store->networkId())
                << '\n';
    return Success;
}

int runDemo(Context& context) {
    demo::DemoOptions options;
    options.households = int(context.integer(u"households"_s, 300, 0, 1'000'000));
    options.seed = context.unsignedInteger(u"seed"_s, 1);
    options.movements = context.integer(u"movements"_s, 0, 0, 100'000'000);
    options.weeksOfHistory = int(context.integer(u"weeks"_s, 6, 1, 520));
    if (QFileInfo::exists(context.database)) {
        Error error;
        error.kind = Error::Kind::AlreadyExists;
        error.path = context.database;
        error.message = Tr::tr("This file already exists, and demo only makes new files.");
        error.hint = Tr::tr("Give a name that does not exist yet; your file was not changed.");
        return context.fail(error);
    }
    // Progress on a terminal only: scripts and tests see just the result.
    if (progressShown()) {
        options.progress = [&context](qint64 done, qint64 total) {
            context.err << '\r'
                        << Tr::tr("Making demo data: %1%").arg(total ? done * 100 / total : 100)
                        << Qt::flush;
        };
    }
    QElapsedTimer timer;
    timer.start();
    options.clock = context.storeOptions.clock; // LARDER_NOW, when set
    auto made = demo::createDemoFile(context.database, options);
    clearProgress(context);
    if (!made)
        return context.fail(made.error());
    const demo::DemoSummary& summary = made.value();
    context.out << Tr::tr("Made demo pantry %1: %2 locations, %3 items, %4 suppliers, %5 "
                          "households, %6 people, %7 stock movements (%8 s).")
                       .arg(context.database)
                       .arg(summary.locations)
                       .arg(summary.items)
                       .arg(summary.suppliers)
                       .arg(summary.households)
                       .arg(summary.people)
                       .arg(summary.movements)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
    return Success;
}

} // namespace

QList<Command> fileCommands() {
    Command initCommand;
    initCommand.name = u"init"_s;
    initCommand.summary = Tr::tr("Create a new pantry file, a new network, or join one.");
    initCommand.description =
        Tr::tr("Makes a new Larder file with its own site id and network id, protected by the "
               "passphrase (the first line of the --passphrase-file): it seals every name, "
               "address, phone and note, and it is what the laptops of the pantry's sync network "
               "share. A passphrase needs at least 12 characters and must not be a common "
               "password or the pantry's name. With --join FILE it instead joins the network of "
               "FILE, a sync file exported by one of its laptops, with that network's "
               "passphrase, and imports what that file holds. Refuses a file that already "
               "exists; a failed init leaves no file. ") +
        kdfHelp();
    initCommand.synopsis = u"--site-name NAME --passphrase-file P [--join FILE]"_s;
    initCommand.options = {
        QCommandLineOption(u"site-name"_s,
                           Tr::tr("the pantry's name, as other laptops will see it"), u"NAME"_s),
        passphraseFileOption(),
        QCommandLineOption(u"join"_s,
                           Tr::tr("join the network of this sync file instead of starting one"),
                           u"FILE"_s)};
    initCommand.example =
        u"larder-cli --db westside.larder init --site-name \"Westside pantry\" --join "
        u"/media/stick/eastside.lardersync --passphrase-file ~/.larder-passphrase"_s;
    initCommand.run = runInit;

    Command demoCommand;
    demoCommand.name = u"demo"_s;
    demoCommand.summary = Tr::tr("Create a new pantry file filled with realistic demo data.");
    demoCommand.description = Tr::tr(
        "Makes a demo pantry in Chicago's Pilsen and Little Village: locations, about 150 "
        "catalog items, suppliers with pickup days, households on real streets with coordinates, "
        "volunteers and drivers, and weeks of stock history. The same seed on the same day "
        "gives the same data. Refuses a file that already exists.");
    demoCommand.synopsis = u"[--households N] [--seed S] [--movements M] [--weeks W]"_s;
    demoCommand.options = {
        QCommandLineOption(u"households"_s, Tr::tr("households to make (default 300)"), u"N"_s),
        QCommandLineOption(u"seed"_s, Tr::tr("seed for the random choices (default 1)"), u"S"_s),
        QCommandLineOption(u"movements"_s,
                           Tr::tr("stock movements to make (default 0: a realistic number)"),
                           u"M"_s),
        QCommandLineOption(u"weeks"_s, Tr::tr("weeks of history (default 6)"), u"W"_s),
    };
    demoCommand.example = u"larder-cli --db demo.larder demo --households 300 --seed 7"_s;
    demoCommand.run = runDemo;

    return {initCommand, demoCommand};
}

} // namespace larder::cli
