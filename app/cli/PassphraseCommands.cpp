// SPDX-License-Identifier: GPL-3.0-or-later
// passphrase set | change: the pantry's passphrase, which seals every personal detail in the file
// (docs/ARCHITECTURE.md, "Privacy at rest").

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSupport.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::PassphraseCommands)
};

QCommandLineOption newPassphraseFileOption() {
    return QCommandLineOption(u"new-passphrase-file"_s,
                              Tr::tr("a file whose first line is the new passphrase"), u"Q"_s);
}

// The pantry opened as it is (no unlocking: these commands handle the passphrase themselves).
Result<std::unique_ptr<Store>> openAsItIs(const Context& context) {
    return Store::open(context.database, context.storeOptions);
}

int runSet(Context& context) {
    auto passphrase = requiredPassphrase(context);
    if (!passphrase)
        return context.fail(passphrase.error());
    const KdfLimits limits = kdfLimits();
    auto opened = openAsItIs(context);
    if (!opened)
        return context.fail(opened.error());
    Store& store = *opened.value();
    // A pantry of a network from before keeps the network's passphrase (protect() checks it);
    // a new one meets the policy.
    if (!sync::Replicator(store, limits).hasPassphrase()) {
        if (auto ok = acceptableNewPassphrase(*passphrase, context.value(u"passphrase-file"_s),
                                              store.siteName());
            !ok)
            return context.fail(ok.error());
    }
    if (auto ok = store.protect(passphrase->bytes(), limits); !ok)
        return context.fail(ok.error());
    context.out << Tr::tr("%1 is protected: names, addresses, phones and notes are sealed with "
                          "its passphrase. Keep the passphrase somewhere safe: without it they "
                          "cannot be read.")
                       .arg(context.database)
                << '\n';
    return Success;
}

int runChange(Context& context) {
    auto current = requiredPassphrase(context);
    if (!current)
        return context.fail(current.error());
    if (!context.isSet(u"new-passphrase-file"_s))
        throw UsageProblem{Tr::tr("the new passphrase is needed: add --new-passphrase-file Q")};
    auto next = Passphrase::fromFile(context.value(u"new-passphrase-file"_s));
    if (!next)
        return context.fail(next.error());
    const KdfLimits limits = kdfLimits();
    auto opened = openAsItIs(context);
    if (!opened)
        return context.fail(opened.error());
    if (auto ok = acceptableNewPassphrase(*next, context.value(u"new-passphrase-file"_s),
                                          opened.value()->siteName());
        !ok)
        return context.fail(ok.error());
    if (auto ok = opened.value()->changePassphrase(current->bytes(), next->bytes(), limits); !ok)
        return context.fail(ok.error());
    context.out << Tr::tr("The passphrase of %1 is changed. The household details were not "
                          "re-encrypted: the same key is now wrapped with the new passphrase.")
                       .arg(context.database)
                << '\n';
    return Success;
}

int runRotate(Context& context) {
    auto current = requiredPassphrase(context);
    if (!current)
        return context.fail(current.error());
    if (!context.isSet(u"new-passphrase-file"_s))
        throw UsageProblem{Tr::tr("the new passphrase is needed: add --new-passphrase-file Q")};
    auto next = Passphrase::fromFile(context.value(u"new-passphrase-file"_s));
    if (!next)
        return context.fail(next.error());
    const KdfLimits limits = kdfLimits();
    auto opened = openAsItIs(context);
    if (!opened)
        return context.fail(opened.error());
    Store& store = *opened.value();
    if (auto ok = acceptableNewPassphrase(*next, context.value(u"new-passphrase-file"_s),
                                          store.siteName());
        !ok)
        return context.fail(ok.error());
    if (auto ok = store.unlock(current->bytes()); !ok)
        return context.fail(ok.error());
    if (auto ok = store.rotateKey(current->bytes(), next->bytes(), limits); !ok)
        return context.fail(ok.error());
    context.out << Tr::tr("The network's key of %1 is rotated: every household detail is sealed "
                          "again with a new key under the new passphrase. Export a sync file now; "
                          "each other laptop imports it with --passphrase-file (its current "
                          "passphrase) and --new-passphrase-file (the new one). A lost laptop "
                          "opens nothing made from now on.")
                       .arg(context.database)
                << '\n';
    return Success;
}

} // namespace

Command passphraseCommand() {
    Command set;
    set.name = u"set"_s;
    set.summary = Tr::tr("Give the pantry its first passphrase and seal its personal details.");
    set.description = Tr::tr(
        "Makes the pantry's data key, wraps it with the passphrase and, in one transaction, seals "
        "every name, address, phone and note in the file, its log and open conflicts; values "
        "that newer ones replaced are erased. A pantry of a network made before this version "
        "must be given the network's passphrase.");
    set.synopsis = u"--passphrase-file P"_s;
    set.options = {passphraseFileOption()};
    set.example = u"larder-cli --db pantry.larder passphrase set --passphrase-file pass.txt"_s;
    set.handlesPassphrase = true;
    set.run = runSet;

    Command change;
    change.name = u"change"_s;
    change.summary = Tr::tr("Change the pantry's passphrase.");
    change.description = Tr::tr("Wraps the pantry's data key with a new passphrase. Nothing "
                                "else in the file changes.");
    change.synopsis = u"--passphrase-file P --new-passphrase-file Q"_s;
    change.options = {passphraseFileOption(), newPassphraseFileOption()};
    change.example = u"larder-cli --db pantry.larder passphrase change --passphrase-file old.txt "
                     u"--new-passphrase-file new.txt"_s;
    change.handlesPassphrase = true;
    change.run = runChange;

    Command rotate;
    rotate.name = u"rotate"_s;
    rotate.summary = Tr::tr("Give the network a new key and passphrase, when a laptop is lost.");
    rotate.description = Tr::tr(
        "Makes a new data key, wraps it with the new passphrase and seals every personal value "
        "in the file, its log and open conflicts again with it, then compacts the file so "
        "nothing under the old key stays. Sync files made from now on carry the new key; the "
        "other laptops take it when they import one with the new passphrase, and a lost "
        "laptop, knowing only the old passphrase, opens none of them.");
    rotate.synopsis = u"--passphrase-file P --new-passphrase-file Q"_s;
    rotate.options = {passphraseFileOption(), newPassphraseFileOption()};
    rotate.example = u"larder-cli --db pantry.larder passphrase rotate --passphrase-file old.txt "
                     u"--new-passphrase-file new.txt"_s;
    rotate.handlesPassphrase = true;
    rotate.run = runRotate;

    Command passphrase;
    passphrase.name = u"passphrase"_s;
    passphrase.summary = Tr::tr("Protect the pantry's personal details with a passphrase.");
    passphrase.description =
        Tr::tr("Give a subcommand: set (the first passphrase), change, or rotate (a new key "
               "and passphrase for the network, when a laptop is lost). %1")
            .arg(kdfHelp());
    passphrase.synopsis = u"set | change | rotate ..."_s;
    passphrase.example = set.example;
    passphrase.subcommands = {set, change, rotate};
    passphrase.run = [](Context&) -> int {
        throw UsageProblem{Tr::tr("give a subcommand: set, change or rotate")};
    };
    return passphrase;
}

} // namespace larder::cli
