// SPDX-License-Identifier: GPL-3.0-or-later
// backup: take a backup of a pantry file now (and rotate the old ones), list the backups, and
// restore one as a new file.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "core/storage/Backup.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::BackupCommands)
};

QCommandLineOption folderOption() {
    return QCommandLineOption(u"folder"_s,
                              Tr::tr("the backups folder (default: FILE.backups next to the file)"),
                              u"DIR"_s);
}

QJsonObject toJson(const BackupInfo& backup) {
    return {{u"path"_s, backup.path},
            {u"taken_at"_s, backup.takenAt.toString(Qt::ISODate)},
            {u"bytes"_s, backup.bytes}};
}

// The paths of `backups`, as a set.
QSet<QString> pathsOf(const QList<BackupInfo>& backups) {
    QSet<QString> paths;
    for (const BackupInfo& backup : backups)
        paths.insert(backup.path);
    return paths;
}

int runTake(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    BackupPolicy policy;
    policy.newest = int(context.integer(u"keep"_s, 0, 1, 10000));
    Backups backups(**store, context.value(u"folder"_s));
    auto report = backups.take(policy);
    if (!report)
        return context.fail(report.error());
    if (context.isSet(u"json"_s)) {
        QJsonObject json{{u"taken"_s, toJson(*report->taken)},
                         {u"deleted"_s, QJsonArray::fromStringList(report->deleted)},
                         {u"scrubbed"_s, QJsonArray::fromStringList(report->scrubbed)}};
        printJson(context, json);
        return Success;
    }
    context.out << Tr::tr("Backup written: %1").arg(QDir::toNativeSeparators(report->taken->path))
                << '\n';
    for (const QString& path : std::as_const(report->deleted))
        context.out << Tr::tr("Old backup deleted: %1").arg(QDir::toNativeSeparators(path)) << '\n';
    for (const QString& path : std::as_const(report->scrubbed))
        context.out
            << Tr::tr("Deleted records removed from: %1").arg(QDir::toNativeSeparators(path))
            << '\n';
    return Success;
}

int runList(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    Backups backups(**store, context.value(u"folder"_s));
    const QList<BackupInfo> all = backups.list();
    const QSet<QString> plain = pathsOf(backups.unprotected());
    if (context.isSet(u"json"_s)) {
        QJsonArray array;
        for (const BackupInfo& backup : all) {
            QJsonObject entry = toJson(backup);
            entry.insert(u"unprotected"_s, plain.contains(backup.path));
            array.append(entry);
        }
        printJson(context, QJsonObject{{u"folder"_s, backups.folder()}, {u"backups"_s, array}});
        return Success;
    }
    if (all.isEmpty()) {
        context.out
            << Tr::tr("No backups in %1 yet.").arg(QDir::toNativeSeparators(backups.folder()))
            << '\n';
        return Success;
    }
    const QLocale locale;
    for (const BackupInfo& backup : all) {
        context.out << localTime(backup.takenAt) << "  "
                    << locale.formattedDataSize(backup.bytes).rightJustified(10) << "  "
                    << QDir::toNativeSeparators(backup.path);
        if (plain.contains(backup.path))
            context.out << "  " << Tr::tr("(not protected: taken before the passphrase)");
        context.out << '\n';
    }
    if (!plain.isEmpty())
        context.err << Tr::tr("%n backup(s) still show names and addresses to anyone who copies "
                              "them; replace them with \"backup replace-unprotected\".",
                              nullptr, int(plain.size()))
                    << '\n';
    return Success;
}

int runReplaceUnprotected(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    Backups backups(**store, context.value(u"folder"_s));
    const QList<BackupInfo> plain = backups.unprotected();
    if (plain.isEmpty()) {
        context.out << Tr::tr("Every backup in %1 is protected; nothing to replace.")
                           .arg(QDir::toNativeSeparators(backups.folder()))
                    << '\n';
        return Success;
    }
    if (!context.isSet(u"confirm"_s)) {
        // Says which, and changes nothing: the confirmation is running it again with --confirm.
        for (const BackupInfo& backup : plain)
            context.out << Tr::tr("Would delete: %1").arg(QDir::toNativeSeparators(backup.path))
                        << '\n';
        context.err << Tr::tr("Nothing was deleted. These %n backup(s) were taken before the "
                              "passphrase and show names and addresses; run again with "
                              "--confirm to delete them and take one protected backup instead.",
                              nullptr, int(plain.size()))
                    << '\n';
        return Success;
    }
    auto report = backups.replaceUnprotected();
    if (!report)
        return context.fail(report.error());
    for (const QString& path : std::as_const(report->deleted))
        context.out << Tr::tr("Deleted: %1").arg(QDir::toNativeSeparators(path)) << '\n';
    context.out
        << Tr::tr("Protected backup written: %1").arg(QDir::toNativeSeparators(report->taken->path))
        << '\n';
    return Success;
}

int runRestore(Context& context) {
    const QString backup = context.arguments.at(0);
    const QString target = context.arguments.at(1);
    Error error;
    error.path = target;
    if (!QFileInfo::exists(backup)) {
        error.kind = Error::Kind::NotFound;
        error.path = backup;
        error.message = Tr::tr("This backup does not exist.");
        error.hint = Tr::tr("List the backups with \"larder-cli --db FILE backup list\".");
        return context.fail(error);
    }
    if (QFileInfo::exists(target)) {
        error.kind = Error::Kind::AlreadyExists;
        error.message = Tr::tr("This file already exists; restoring never overwrites a file.");
        error.hint = Tr::tr("Choose a new name for the restored copy.");
        return context.fail(error);
    }
    if (!QFile::copy(backup, target)) {
        error.kind = Error::Kind::ReadOnlyFolder;
        error.message = Tr::tr("Larder could not copy the backup here.");
        error.hint = Tr::tr("Choose a folder you can write to, such as Documents.");
        return context.fail(error);
    }
    QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    // Opening it once makes it a file of its own (a new site id) and checks it is sound.
    auto store = Store::open(target, context.storeOptions);
    if (!store) {
        QFile::remove(target);
        return context.fail(store.error());
    }
    context.out << Tr::tr("Restored as %1. Open that file in Larder; the backup is unchanged.")
                       .arg(QDir::toNativeSeparators(target))
                << '\n';
    return Success;
}

} // namespace

QList<Command> backupCommands() {
    Command list;
    list.name = u"list"_s;
    list.summary = Tr::tr("List the backups of a pantry file, newest first.");
    list.description = Tr::tr("Prints when each backup was taken, its size and its path.");
    list.synopsis = u"[--folder DIR] [--json]"_s;
    list.options = {folderOption(), jsonOption()};
    list.example = u"larder-cli --db pantry.larder backup list"_s;
    list.run = runList;

    Command restore;
    restore.name = u"restore"_s;
    restore.summary = Tr::tr("Copy a backup to a new pantry file.");
    restore.description =
        Tr::tr("Copies BACKUP to FILE (which must not exist) and opens it once: the copy takes a "
               "new site id, so it syncs as a laptop of its own. The live file and the backup are "
               "not changed.");
    restore.arguments = {u"BACKUP"_s, u"FILE"_s};
    restore.synopsis = u"BACKUP FILE"_s;
    restore.example = u"larder-cli --db pantry.larder backup restore "
                      "pantry.larder.backups/pantry-20260301-120000.larder restored.larder"_s;
    restore.needsDatabase = false;
    restore.run = runRestore;

    Command replace;
    replace.name = u"replace-unprotected"_s;
    replace.summary =
        Tr::tr("Delete the backups taken before the passphrase; take a protected one.");
    replace.description = Tr::tr(
        "Backups taken before the pantry had its passphrase hold every name, address and phone "
        "in plain form. Without --confirm this lists them and changes nothing; with --confirm it "
        "overwrites and deletes them and takes a new backup, sealed like the file. Needs the "
        "passphrase (the new backup is taken unlocked).");
    replace.synopsis = u"--passphrase-file P [--confirm] [--folder DIR]"_s;
    replace.options = {
        folderOption(),
        QCommandLineOption(u"confirm"_s, Tr::tr("delete them (without it: only list them)"))};
    replace.example =
        u"larder-cli --db pantry.larder backup replace-unprotected --passphrase-file pass.txt "
        u"--confirm"_s;
    replace.needsDetails = true;
    replace.run = runReplaceUnprotected;

    Command backup;
    backup.name = u"backup"_s;
    backup.summary = Tr::tr("Take a backup of a pantry file now, and rotate old backups.");
    backup.description = Tr::tr(
        "Writes a consistent copy of the file to FILE.backups/ (or --folder), named by the time "
        "it was taken. Then rotation keeps the newest backup of each of the last 7 days and of "
        "each of the last 4 weeks (or, with --keep N, the newest N), deletes the rest, and "
        "removes from every kept backup the households and people deleted or purged since it "
        "was taken. Larder takes one automatically when it opens a file whose newest backup is "
        "older than a day.");
    backup.synopsis = u"[--keep N] [--folder DIR] [--json]"_s;
    backup.options = {
        QCommandLineOption(u"keep"_s, Tr::tr("keep exactly the newest N backups"), u"N"_s),
        folderOption(), jsonOption()};
    backup.example = u"larder-cli --db pantry.larder backup --keep 10"_s;
    backup.run = runTake;
    backup.subcommands = {list, restore, replace};
    return {backup};
}

} // namespace larder::cli
