// SPDX-License-Identifier: GPL-3.0-or-later
// check and stats: the commands that look at a pantry file without changing its data.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSupport.h"
#include "core/storage/Backup.h"
#include "core/storage/CloudFolder.h"
#include "core/storage/Integrity.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::InspectCommands)
};

// A pantry file or backups folder in a folder that a sync client copies off the laptop: a
// warning on stderr that names the folder, not a failed check (the file itself is sound).
void warnIfSynced(Context& context) {
    QString what = context.database;
    std::optional<CloudFolder> cloud = findCloudFolder(what);
    if (!cloud) {
        what = Backups::defaultFolder(context.database);
        cloud = findCloudFolder(what);
    }
    if (!cloud)
        return;
    context.err << Tr::tr("Warning: %1 is in a folder that %2 copies off this laptop: %3. A copy "
                          "lives on every computer and server that folder is synced to, and a "
                          "file copied while open can arrive damaged. Move the pantry file and "
                          "its .backups folder to a folder on this laptop only.")
                       .arg(QDir::toNativeSeparators(what), cloud->service,
                            QDir::toNativeSeparators(cloud->folder))
                << '\n';
}

int runCheck(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const QList<CheckResult> results =
        runChecks(**store, context.isSet(u"thorough"_s) ? CheckDepth::Thorough : CheckDepth::Quick);
    QStringList failed;
    for (const CheckResult& result : results) {
        context.out << (result.ok ? "ok   " : "FAIL ") << result.name << ": " << result.detail
                    << '\n';
        if (!result.ok)
            failed.append(result.name);
    }
    context.out.flush();
    warnIfSynced(context);
    if (failed.isEmpty())
        return Success;
    Error error;
    error.kind = Error::Kind::Storage;
    error.path = context.database;
    error.message = Tr::tr("%1 of %2 checks failed (%3).")
                        .arg(failed.size())
                        .arg(results.size())
                        .arg(failed.join(u", "_s));
    error.hint = Tr::tr("Keep this file as it is, open the latest backup or sync file instead, "
                        "and show this output to whoever helps you.");
    return context.fail(error);
}

int runStats(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    QList<std::pair<QString, qint64>> counts;
    try {
        for (const TableDef& table : schema::tables())
            counts.append({table.name, (*store)
                                           ->connection()
                                           .scalar("SELECT count(*) FROM " + table.name.toUtf8())
                                           .toLongLong()});
    } catch (const sql::SqlError& e) {
        Error error;
        error.path = context.database;
        error.message = Tr::tr("Larder could not count the rows (%1).").arg(e.message());
        error.hint = Tr::tr("Run \"larder-cli --db FILE check\" to see what is wrong.");
        return context.fail(error);
    }
    if (context.isSet(u"json"_s)) {
        QJsonObject tables;
        for (const auto& [name, count] : counts)
            tables.insert(name, count);
        printJson(context, QJsonObject{{u"tables"_s, tables}});
        return Success;
    }
    const QString tableHeader = Tr::tr("Table");
    const QString rowsHeader = Tr::tr("Rows");
    qsizetype nameWidth = tableHeader.size();
    qsizetype countWidth = rowsHeader.size();
    const QLocale locale = QLocale::system();
    for (const auto& [name, count] : counts) {
        nameWidth = std::max(nameWidth, name.size());
        countWidth = std::max(countWidth, locale.toString(count).size());
    }
    context.out << Tr::tr("%1 (site \"%2\", schema version %3)")
                       .arg(context.database, (*store)->siteName())
                       .arg((*store)->schemaVersion())
                << "\n\n";
    context.out << tableHeader.leftJustified(nameWidth + 2) << rowsHeader.rightJustified(countWidth)
                << '\n';
    for (const auto& [name, count] : counts)
        context.out << name.leftJustified(nameWidth + 2)
                    << locale.toString(count).rightJustified(countWidth) << '\n';
    return Success;
}

} // namespace

QList<Command> inspectCommands() {
    Command checkCommand;
    checkCommand.name = u"check"_s;
    checkCommand.summary = Tr::tr("Check a pantry file for damage and broken rules.");
    checkCommand.description = Tr::tr(
        "Runs SQLite's quick_check (with --thorough its integrity_check, which also compares every "
        "index with its table and takes several times longer on a large file) and its "
        "foreign-key check, then Larder's own: every on-hand total "
        "(per item, location and lot) equals the sum of its stock movements, this laptop's "
        "changes are numbered without gaps, no change is dated after the file's clock, every "
        "record and ledger row has its sync operations, nothing deleted is back, and the guard "
        "triggers are in place; with --passphrase-file, every sealed personal value opens where "
        "it is; every record equals its rebuild from its winning operations. Prints one line per "
        "check; exits 1 when any fails. Warns on stderr when the "
        "file or its backups folder is in a folder that Dropbox, OneDrive, Google Drive, "
        "iCloud Drive, Nextcloud or another sync client copies off the laptop.");
    checkCommand.synopsis = u"[--thorough] [--passphrase-file P]"_s;
    checkCommand.options = {
        passphraseFileOption(),
        QCommandLineOption(u"thorough"_s, Tr::tr("also compare every index with its table"))};
    checkCommand.example = u"larder-cli --db pantry.larder check --thorough"_s;
    checkCommand.run = runCheck;

    Command statsCommand;
    statsCommand.name = u"stats"_s;
    statsCommand.summary = Tr::tr("Count the rows in each table.");
    statsCommand.description =
        Tr::tr("Prints the number of rows in every table of the file, as a table or, with --json, "
               "as {\"tables\": {\"items\": N, ...}}.");
    statsCommand.synopsis = u"[--json]"_s;
    statsCommand.options = {QCommandLineOption(u"json"_s, Tr::tr("print JSON for scripts"))};
    statsCommand.example = u"larder-cli --db pantry.larder stats --json"_s;
    statsCommand.run = runStats;

    return {checkCommand, statsCommand};
}

} // namespace larder::cli
