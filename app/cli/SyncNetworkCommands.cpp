// SPDX-License-Identifier: GPL-3.0-or-later
// sync export and import: the sync files that carry a pantry's changes between the laptops of its
// network (core/sync/Replicator.h does the work). The rest of sync is in SyncCommands.cpp.

#include "app/cli/CliSupport.h"
#include "app/cli/SyncSupport.h"
#include "core/sync/Replicator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::SyncCommands)
};

// A stable name for each kind of refusal, for --json.
QString kindName(Error::Kind kind) {
    switch (kind) {
    case Error::Kind::NotADatabase:
        return u"not_a_database"_s;
    case Error::Kind::NotLarder:
        return u"not_larder"_s;
    case Error::Kind::NewerSchema:
        return u"newer_schema"_s;
    case Error::Kind::ReadOnlyFolder:
        return u"read_only"_s;
    case Error::Kind::AlreadyOpen:
        return u"already_open"_s;
    case Error::Kind::AlreadyExists:
        return u"already_exists"_s;
    case Error::Kind::NotFound:
        return u"not_found"_s;
    case Error::Kind::InvalidInput:
        return u"invalid_input"_s;
    case Error::Kind::Storage:
        return u"storage"_s;
    case Error::Kind::Cancelled:
        return u"cancelled"_s;
    case Error::Kind::Damaged:
        return u"damaged"_s;
    case Error::Kind::WrongPassphrase:
        return u"wrong_passphrase"_s;
    case Error::Kind::Locked:
        return u"locked"_s;
    case Error::Kind::ForeignNetwork:
        return u"foreign_network"_s;
    case Error::Kind::NewerFormat:
        return u"newer_format"_s;
    case Error::Kind::OlderFormat:
        return u"older_format"_s;
    }
    return u"error"_s;
}

// Work done so far, on a terminal only: scripts and tests see just the result.
sync::Replicator::Progress terminalProgress(Context& context, const QString& what) {
    if (!progressShown())
        return {};
    return [&context, what](qint64 done, qint64 total) {
        context.err << '\r' << what << ' '
                    << (total > 0 ? std::min<qint64>(done * 100 / total, 100) : 0) << '%'
                    << Qt::flush;
        return true;
    };
}

int runExport(Context& context) {
    const QString path = context.arguments.at(0);
    const sync::KdfLimits limits = kdfLimits();
    const QString forSite = context.value(u"for"_s).trimmed();
    if (context.isSet(u"for"_s) && forSite.isEmpty())
        throw UsageProblem{Tr::tr("--for needs a site id or a pantry's name")};
    auto passphrase = requiredPassphrase(context);
    if (!passphrase)
        return context.fail(passphrase.error());
    // Never overwrite a pantry file (or anything else that is not a sync file) by mistake.
    const QFileInfo target(path);
    if (target.exists()) {
        QFile existing(path);
        const bool isSyncFile =
            existing.open(QIODevice::ReadOnly) && existing.read(8) == "LARDSYNC";
        if (target.canonicalFilePath() == QFileInfo(context.database).canonicalFilePath() ||
            !isSyncFile)
            return context.fail(
                Error::make(
                    Error::Kind::AlreadyExists,
                    Tr::tr(
                        "This file exists and is not a sync file, so export will not replace it."),
                    Tr::tr("Give a new name, or the name of an older sync file to replace."))
                    .at(path));
    }
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    sync::Replicator replicator(**store, limits);
    auto summary = replicator.exportFile(path, passphrase->bytes(), forSite,
                                         terminalProgress(context, Tr::tr("Exporting:")));
    clearProgress(context);
    if (!summary) {
        Error error = summary.error();
        if (error.path.isEmpty())
            error.path = context.database;
        return context.fail(error);
    }
    if (context.isSet(u"json"_s)) {
        QJsonObject object{{u"file"_s, path},
                           {u"operations"_s, summary->operations},
                           {u"bytes"_s, summary->bytes},
                           {u"for"_s, forSite.isEmpty() ? QJsonValue() : QJsonValue(forSite)}};
        printJson(context, object);
        return Success;
    }
    const QString scope = forSite.isEmpty()
                              ? Tr::tr("everything this laptop holds")
                              : Tr::tr("what \"%1\" had not seen in its last file").arg(forSite);
    context.out << Tr::tr("Wrote %1: %2 operations, %3 bytes (%4).")
                       .arg(path)
                       .arg(summary->operations)
                       .arg(summary->bytes)
                       .arg(scope)
                << '\n';
    return Success;
}

int runImport(Context& context) {
    const sync::KdfLimits limits = kdfLimits();
    auto passphrase = requiredPassphrase(context);
    if (!passphrase)
        return context.fail(passphrase.error());
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    // Files under a network key rotated on another laptop: this pantry opens with P, the files
    // with the new passphrase, which it then takes.
    std::optional<Passphrase> rotated;
    if (context.isSet(u"new-passphrase-file"_s)) {
        auto next = Passphrase::fromFile(context.value(u"new-passphrase-file"_s));
        if (!next)
            return context.fail(next.error());
        if (auto ok = (*store)->unlock(passphrase->bytes()); !ok)
            return context.fail(ok.error());
        rotated.emplace(std::move(next).value());
    }
    const QByteArray& fileKey = rotated ? rotated->bytes() : passphrase->bytes();
    sync::Replicator replicator(**store, limits);
    const bool json = context.isSet(u"json"_s);
    QJsonArray files;
    int refused = 0;
    for (const QString& path : std::as_const(context.arguments)) {
        // Each file is its own transaction: a refused one changes nothing and the others go on.
        auto report = replicator.importFile(
            path, fileKey,
            terminalProgress(context, Tr::tr("Importing %1:").arg(QFileInfo(path).fileName())));
        clearProgress(context);
        if (!report) {
            ++refused;
            context.fail(report.error());
            files.append(QJsonObject{{u"file"_s, path},
                                     {u"ok"_s, false},
                                     {u"error"_s, kindName(report.error().kind)},
                                     {u"message"_s, report.error().toString()}});
            continue;
        }
        const sync::ImportReport& r = report.value();
        files.append(QJsonObject{{u"file"_s, path},
                                 {u"ok"_s, true},
                                 {u"from_site"_s, r.fromSite},
                                 {u"from_name"_s, r.fromName},
                                 {u"applied"_s, r.applied},
                                 {u"skipped"_s, r.skipped},
                                 {u"waiting"_s, r.waiting},
                                 {u"revoked"_s, r.revoked},
                                 {u"conflicts"_s, r.conflicts},
                                 {u"clock_ahead_ms"_s, r.clockAheadMs},
                                 {u"clock_warning"_s, r.clockWarning()},
                                 {u"passphrase_adopted"_s, r.passphraseAdopted},
                                 {u"key_rotated"_s, r.keyRotated},
                                 {u"passphrase_change_pending"_s, r.passphraseChangePending}});
        if (r.keyRotated)
            context.err << Tr::tr("%1: the network's key was rotated on \"%2\"; this pantry took "
                                  "the new key and now opens with the new passphrase only.")
                               .arg(path, r.fromName)
                        << '\n';
        if (r.passphraseAdopted)
            context.err << Tr::tr("%1: the network's passphrase was changed on \"%2\"; this "
                                  "pantry now opens with the new one only.")
                               .arg(path, r.fromName)
                        << '\n';
        if (r.passphraseChangePending)
            context.err << Tr::tr("%1: the network's passphrase was changed on \"%2\"; give the "
                                  "new one next time and this pantry takes it.")
                               .arg(path, r.fromName)
                        << '\n';
        if (json)
            continue;
        context.out << Tr::tr("%1: from \"%2\" (site %3): %4 operations applied, %5 already here "
                              "(skipped), %6 new conflicts to review.")
                           .arg(path, r.fromName, r.fromSite)
                           .arg(r.applied)
                           .arg(r.skipped)
                           .arg(r.conflicts)
                    << '\n';
        if (r.waiting > 0)
            context.err << Tr::tr("%1: %2 changes follow ones this laptop does not hold yet; "
                                  "they come again with a full export from \"%3\".")
                               .arg(path)
                               .arg(r.waiting)
                               .arg(r.fromName)
                        << '\n';
        if (r.revoked > 0)
            context.err << Tr::tr("%1: %2 changes were made by a revoked laptop after its "
                                  "revocation, and were refused.")
                               .arg(path)
                               .arg(r.revoked)
                        << '\n';
        if (r.clockWarning())
            context.err << Tr::tr("%1: warning: the clock of \"%2\" is %3 ahead of this laptop's. "
                                  "Check the date and time on both laptops.")
                               .arg(path, r.fromName, durationText(r.clockAheadMs))
                        << '\n';
    }
    if (json)
        printJson(context, QJsonObject{{u"files"_s, files}});
    context.out.flush();
    return refused == 0 ? Success : Failure;
}

} // namespace

Command syncExportCommand() {
    Command exportCommand;
    exportCommand.name = u"export"_s;
    exportCommand.handlesPassphrase = true;
    exportCommand.summary = Tr::tr("Write a sync file for the other laptops.");
    exportCommand.description =
        Tr::tr("Writes every change this laptop holds (its own and those relayed from others) "
               "into OUT, encrypted with the network's passphrase; with --for, only what that "
               "peer had not seen in the last file it sent here. The file is written under a "
               "temporary name and renamed. An existing file is replaced only if it is a sync "
               "file. Prints the number of changes (operations) and the bytes written; --json "
               "prints {\"file\", \"operations\", \"bytes\", \"for\"}. ") +
        kdfHelp();
    exportCommand.synopsis = u"OUT [--for SITE] --passphrase-file P [--json]"_s;
    exportCommand.arguments = {u"OUT"_s};
    exportCommand.options = {
        passphraseFileOption(),
        QCommandLineOption(
            u"for"_s, Tr::tr("only what this peer lacks: its site id or pantry name"), u"SITE"_s),
        jsonOption()};
    exportCommand.example = u"larder-cli --db eastside.larder sync export /media/stick/"
                            u"eastside.lardersync --passphrase-file ~/.larder-passphrase"_s;
    exportCommand.run = runExport;
    return exportCommand;
}

Command syncImportCommand() {
    Command importCommand;
    importCommand.name = u"import"_s;
    importCommand.handlesPassphrase = true;
    importCommand.summary = Tr::tr("Apply the changes in one or more sync files.");
    importCommand.description =
        Tr::tr("Imports each FILE in its own transaction and prints, per file, who sent it, how "
               "many changes were new (applied) and how many this laptop had already (skipped), "
               "the concurrent edits it listed for review (see sync conflicts), and a warning "
               "when the sender's clock is more than an hour ahead of this one's (more than a day "
               "ahead is refused). A refused file "
               "(damaged, cut short, from another network, the wrong passphrase, a newer Larder) "
               "changes nothing and gets one line on stderr; the other files still import, and "
               "the exit code is then 1. --json prints {\"files\": [{\"file\", \"ok\", "
               "\"from_site\", \"from_name\", \"applied\", \"skipped\", \"conflicts\", "
               "\"clock_ahead_ms\", \"clock_warning\"} or {\"file\", \"ok\": false, \"error\", "
               "\"message\"}]}. When the network's key was rotated on another laptop (passphrase "
               "rotate), give this pantry's passphrase with --passphrase-file and the new one "
               "with --new-passphrase-file: the pantry takes the new key. ") +
        kdfHelp();
    importCommand.synopsis = u"FILE... --passphrase-file P [--new-passphrase-file Q] [--json]"_s;
    importCommand.arguments = {u"FILE..."_s};
    importCommand.options = {passphraseFileOption(),
                             QCommandLineOption(u"new-passphrase-file"_s,
                                                Tr::tr("a file whose first line is the network's "
                                                       "new passphrase"),
                                                u"Q"_s),
                             jsonOption()};
    importCommand.example = u"larder-cli --db westside.larder sync import /media/stick/"
                            u"eastside.lardersync --passphrase-file ~/.larder-passphrase"_s;
    importCommand.run = runImport;
    return importCommand;
}

} // namespace larder::cli
