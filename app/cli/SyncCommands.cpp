// SPDX-License-Identifier: GPL-3.0-or-later
// sync status, conflicts, resolve and dump: what this laptop holds of its network's data, and the
// concurrent edits a coordinator settles. The sync files themselves (export, import) are in
// SyncNetworkCommands.cpp; what both use is in SyncSupport.h.

#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"
#include "app/cli/SyncSupport.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::SyncCommands)
};

constexpr int RecentImports = 10;

// When a peer's file was made, in this laptop's time like every time larder-cli prints.
QString timeText(qint64 ms) {
    if (ms <= 0)
        return Tr::tr("unknown");
    return localTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

int runSync(Context&) {
    throw UsageProblem{
        Tr::tr("sync needs a command: export, import, status, conflicts or resolve")};
}

QJsonObject vvJson(const QMap<QString, qint64>& vv) {
    QJsonObject object;
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

int runStatus(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    const Store& s = **store;
    sync::Replicator replicator(**store);
    const QMap<QString, qint64> vv = replicator.versionVector();
    const QList<sync::Peer> peers = replicator.peers();
    const qsizetype conflicts = replicator.openConflicts().size();
    QMap<QString, QString> names{{s.siteId(), s.siteName()}};
    for (const sync::Peer& peer : peers)
        names.insert(peer.site, peer.name);

    struct Import {
        QString at, file, fromSite, fromName;
        qint64 applied = 0, skipped = 0, conflicts = 0, clockAhead = 0;
    };
    QList<Import> imports;
    auto read =
        s.read("SELECT at, file, from_site, from_name, applied, skipped, conflicts, "
               "clock_ahead FROM sync_imports ORDER BY id DESC LIMIT ?1",
               {RecentImports}, [&imports](const Row& row) {
                   imports.append({row.text(0), row.text(1), row.text(2), row.text(3),
                                   row.integer(4), row.integer(5), row.integer(6), row.integer(7)});
               });
    if (!read)
        return context.fail(read.error());

    if (context.isSet(u"json"_s)) {
        QJsonArray peerList;
        for (const sync::Peer& peer : peers)
            peerList.append(QJsonObject{{u"site"_s, peer.site},
                                        {u"name"_s, peer.name},
                                        {u"file_created_ms"_s, peer.fileCreatedMs},
                                        {u"imported_at"_s, peer.importedAt},
                                        {u"version_vector"_s, vvJson(peer.versionVector)}});
        QJsonArray importList;
        for (const Import& i : std::as_const(imports))
            importList.append(QJsonObject{{u"at"_s, i.at},
                                          {u"file"_s, i.file},
                                          {u"from_site"_s, i.fromSite},
                                          {u"from_name"_s, i.fromName},
                                          {u"applied"_s, i.applied},
                                          {u"skipped"_s, i.skipped},
                                          {u"conflicts"_s, i.conflicts},
                                          {u"clock_ahead_ms"_s, i.clockAhead}});
        const QJsonObject object{
            {u"site"_s, s.siteId()},
            {u"name"_s, s.siteName()},
            {u"network"_s, s.networkId()},
            {u"passphrase_set"_s, replicator.hasPassphrase()},
            {u"version_vector"_s, vvJson(vv)},
            {u"peers"_s, peerList},
            {u"open_conflicts"_s, qint64(conflicts)},
            {u"passphrase_changed_on"_s, replicator.status().passphraseChangedOn},
            {u"recent_imports"_s, importList}};
        printJson(context, object);
        return Success;
    }

    const auto nameOf = [&names](const QString& site) {
        return names.value(site, Tr::tr("(unknown)"));
    };
    context.out << Tr::tr("Site:      \"%1\" (%2)").arg(s.siteName(), s.siteId()) << '\n'
                << Tr::tr("Network:   %1").arg(s.networkId()) << '\n'
                << Tr::tr("Passphrase: %1")
                       .arg(replicator.hasPassphrase()
                                ? Tr::tr("set")
                                : Tr::tr("none yet (this pantry is in no network: make a new "
                                         "file with init --passphrase-file or --join)"))
                << '\n';
    if (const QString changedOn = replicator.status().passphraseChangedOn; !changedOn.isEmpty())
        context.out << Tr::tr("            changed on \"%1\": the new passphrase opens this pantry "
                              "from its next use with it")
                           .arg(changedOn)
                    << '\n';
    context.out << '\n' << Tr::tr("This laptop holds (changes per site):") << '\n';
    if (vv.isEmpty())
        context.out << "  " << Tr::tr("nothing yet") << '\n';
    for (auto it = vv.cbegin(); it != vv.cend(); ++it)
        context.out << "  " << nameOf(it.key()).leftJustified(24) << ' ' << it.key() << "  "
                    << it.value() << '\n';
    context.out << '\n' << Tr::tr("Peers (as of the last file each sent here):") << '\n';
    if (peers.isEmpty())
        context.out << "  " << Tr::tr("none yet") << '\n';
    for (const sync::Peer& peer : peers) {
        QStringList holds;
        for (auto it = peer.versionVector.cbegin(); it != peer.versionVector.cend(); ++it)
            holds.append(u"%1 %2"_s.arg(nameOf(it.key())).arg(it.value()));
        context.out << "  "
                    << Tr::tr("\"%1\" (%2): file made %3, imported %4; holds %5")
                           .arg(peer.name, peer.site, timeText(peer.fileCreatedMs),
                                localTime(peer.importedAt),
                                holds.isEmpty() ? Tr::tr("nothing") : holds.join(u", "_s))
                    << '\n';
    }
    context.out << '\n'
                << Tr::tr("Open conflicts: %1%2")
                       .arg(conflicts)
                       .arg(conflicts > 0 ? Tr::tr(" (see larder-cli sync conflicts)") : QString())
                << "\n\n"
                << Tr::tr("Recent imports:") << '\n';
    if (imports.isEmpty())
        context.out << "  " << Tr::tr("none yet") << '\n';
    for (const Import& i : std::as_const(imports)) {
        context.out << "  "
                    << Tr::tr("%1  %2 from \"%3\": %4 applied, %5 skipped, %6 conflicts")
                           .arg(localTime(i.at), i.file, i.fromName)
                           .arg(i.applied)
                           .arg(i.skipped)
                           .arg(i.conflicts);
        if (i.clockAhead > 24LL * 3600 * 1000)
            context.out << Tr::tr("; its clock was %1 ahead").arg(durationText(i.clockAhead));
        context.out << '\n';
    }
    return Success;
}

Command statusCommand() {
    Command status;
    status.name = u"status"_s;
    status.summary = Tr::tr("Show this laptop's network, what it holds and what came from whom.");
    status.description = Tr::tr(
        "Prints the site id and name, the network id, whether the passphrase is set, how many "
        "changes this laptop holds from each site (its version vector), the peers it has "
        "received files from (when the file was made, when it was imported, what the peer held), "
        "the number of open conflicts and the last imports. --json prints {\"site\", \"name\", "
        "\"network\", \"passphrase_set\", \"version_vector\", \"peers\": [...], "
        "\"open_conflicts\", \"recent_imports\": [...]}.");
    status.synopsis = u"[--json]"_s;
    status.options = {jsonOption()};
    status.example = u"larder-cli --db eastside.larder sync status --json"_s;
    status.run = runStatus;
    return status;
}

// A field's value as the conflict list shows it.
QString valueText(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return Tr::tr("(empty)");
    if (value.typeId() == QMetaType::QString)
        return u'"' + value.toString() + u'"';
    if (value.typeId() == QMetaType::QByteArray)
        return Tr::tr("(%1 bytes)").arg(value.toByteArray().size());
    return value.toString();
}

int runConflicts(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    sync::Replicator replicator(**store);
    const QList<sync::Conflict> conflicts = replicator.openConflicts();
    QMap<QString, QString> names{{(*store)->siteId(), (*store)->siteName()}};
    for (const sync::Peer& peer : replicator.peers())
        names.insert(peer.site, peer.name);
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const sync::Conflict& c : conflicts)
            list.append(QJsonObject{{u"id"_s, c.id},
                                    {u"table"_s, c.table},
                                    {u"row_id"_s, c.rowId},
                                    {u"column"_s, c.column},
                                    {u"kept_value"_s, QJsonValue::fromVariant(c.keptValue)},
                                    {u"kept_site"_s, c.keptSite},
                                    {u"kept_name"_s, names.value(c.keptSite)},
                                    {u"lost_value"_s, QJsonValue::fromVariant(c.lostValue)},
                                    {u"lost_site"_s, c.lostSite},
                                    {u"lost_name"_s, names.value(c.lostSite)},
                                    {u"detected_at"_s, c.detectedAt}});
        printJson(context, QJsonObject{{u"conflicts"_s, list}});
        return Success;
    }
    if (conflicts.isEmpty()) {
        context.out << Tr::tr("No open conflicts.") << '\n';
        return Success;
    }
    for (const sync::Conflict& c : conflicts)
        context.out << Tr::tr("#%1  %2 %3, %4: kept %5 (from \"%6\"), replaced %7 (from \"%8\"); "
                              "found %9")
                           .arg(c.id)
                           .arg(c.table, c.rowId, c.column, valueText(c.keptValue),
                                names.value(c.keptSite, c.keptSite), valueText(c.lostValue),
                                names.value(c.lostSite, c.lostSite), localTime(c.detectedAt))
                    << '\n';
    context.out << '\n'
                << Tr::tr("Keep the value shown with \"sync resolve ID --accept\", or bring the "
                          "replaced one back with \"sync resolve ID --restore\".")
                << '\n';
    return Success;
}

Command conflictsCommand() {
    Command conflicts;
    conflicts.name = u"conflicts"_s;
    conflicts.needsDetails = true;
    conflicts.summary = Tr::tr("List concurrent edits waiting for a coordinator's review.");
    conflicts.description =
        Tr::tr("When two laptops changed the same field without having seen each other's change, "
               "the newer change wins everywhere and the other is listed here: its id, the "
               "record and field, the kept and the replaced value and where each came from. "
               "Values can be personal data. --json prints {\"conflicts\": [{\"id\", \"table\", "
               "\"row_id\", \"column\", \"kept_value\", \"kept_site\", \"lost_value\", "
               "\"lost_site\", ...}]}.");
    conflicts.synopsis = u"[--json]"_s;
    conflicts.options = {jsonOption()};
    conflicts.example = u"larder-cli --db eastside.larder sync conflicts"_s;
    conflicts.run = runConflicts;
    return conflicts;
}

int runResolve(Context& context) {
    bool ok = false;
    const qint64 id = context.arguments.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageProblem{
            Tr::tr("ID must be a conflict number from \"sync conflicts\", not \"%1\"")
                .arg(context.arguments.at(0))};
    const bool accept = context.isSet(u"accept"_s);
    const bool restore = context.isSet(u"restore"_s);
    if (accept == restore)
        throw UsageProblem{Tr::tr("give either --accept or --restore")};
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    sync::Replicator replicator(**store);
    std::optional<sync::Conflict> conflict;
    for (const sync::Conflict& c : replicator.openConflicts()) {
        if (c.id == id)
            conflict = c;
    }
    if (!conflict)
        return context.fail(
            Error::invalidInput(Tr::tr("There is no open conflict %1.").arg(id),
                                Tr::tr("List them with \"larder-cli sync conflicts\"."))
                .at(context.database));
    auto done = accept ? replicator.acceptConflict(id) : replicator.restoreConflict(id);
    if (!done)
        return context.fail(done.error());
    if (accept)
        context.out << Tr::tr("Conflict %1 closed: %2 %3 keeps %4.")
                           .arg(id)
                           .arg(conflict->table, conflict->column, valueText(conflict->keptValue))
                    << '\n';
    else
        context.out << Tr::tr("Conflict %1 closed: %2 %3 is %4 again, a new change the other "
                              "laptops receive with the next sync file.")
                           .arg(id)
                           .arg(conflict->table, conflict->column, valueText(conflict->lostValue))
                    << '\n';
    return Success;
}

Command resolveCommand() {
    Command resolve;
    resolve.name = u"resolve"_s;
    resolve.needsDetails = true;
    resolve.summary = Tr::tr("Close a conflict: keep the value, or restore the replaced one.");
    resolve.description =
        Tr::tr("--accept keeps the value the merge rule chose and closes the conflict. --restore "
               "writes the replaced value back as a new change, which wins and reaches the other "
               "laptops with the next sync file.");
    resolve.synopsis = u"ID --accept|--restore"_s;
    resolve.arguments = {u"ID"_s};
    resolve.options = {QCommandLineOption(u"accept"_s, Tr::tr("keep the value shown")),
                       QCommandLineOption(u"restore"_s, Tr::tr("bring the replaced value back"))};
    resolve.example = u"larder-cli --db eastside.larder sync resolve 3 --accept"_s;
    resolve.run = runResolve;
    return resolve;
}

int runDump(Context& context) {
    const bool json = context.isSet(u"json"_s);
    const bool digest = context.isSet(u"digest"_s);
    if (json && digest)
        throw UsageProblem{Tr::tr("give --json or --digest, not both")};
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    if (digest) {
        context.out << sync::digest(**store) << '\n';
        return Success;
    }
    const QByteArray dump = sync::canonicalDump(**store);
    if (!json) {
        context.out << QString::fromUtf8(dump);
        return Success;
    }
    // The lines are JSON objects already: join them into one array.
    QByteArray array = "[";
    bool first = true;
    for (const QByteArray& line : dump.split('\n')) {
        if (line.isEmpty())
            continue;
        array += (first ? "\n" : ",\n") + line;
        first = false;
    }
    array += first ? "]\n" : "\n]\n";
    context.out << QString::fromUtf8(array);
    return Success;
}

Command dumpCommand() {
    Command dump;
    dump.name = u"dump"_s;
    dump.needsDetails = true;
    dump.summary = Tr::tr("Print the data the network shares, canonically, or its digest.");
    dump.description = Tr::tr(
        "Prints every synced record's current values and every ledger row, ordered by table and "
        "id, without anything that belongs to this laptop only: one JSON object per line, "
        "{\"table\", \"row\"}; --json prints them as one JSON array. --digest prints only the "
        "SHA-256 of the lines: two laptops that have exchanged everything print the same "
        "digest. The dump holds households' personal data in clear: keep it safe.");
    dump.synopsis = u"[--json | --digest]"_s;
    dump.options = {jsonOption(),
                    QCommandLineOption(u"digest"_s, Tr::tr("print only the SHA-256"))};
    dump.example = u"larder-cli --db eastside.larder dump --digest"_s;
    dump.run = runDump;
    return dump;
}

} // namespace

QList<Command> syncCommands() {
    Command sync;
    sync.name = u"sync"_s;
    sync.summary = Tr::tr("Share data with the network's other laptops through sync files.");
    sync.description = Tr::tr(
        "The laptops of a network carry their changes to each other in encrypted sync files: on "
        "a USB stick, through a messaging app or a shared folder. Import is idempotent and "
        "order-independent: any set of files, imported in any order, any number of times, "
        "gives every laptop the same data. A damaged, truncated, foreign, wrong-passphrase or "
        "newer-format file is refused whole and nothing changes.");
    sync.synopsis = u"export|import|status|conflicts|resolve|members|revoke ..."_s;
    sync.example = u"larder-cli --db eastside.larder sync status"_s;
    sync.run = runSync;

    sync.subcommands = {syncExportCommand(), syncImportCommand(), statusCommand(),
                        conflictsCommand(),  resolveCommand(),    syncMembersCommand(),
                        syncRevokeCommand()};
    return {sync, dumpCommand()};
}

} // namespace larder::cli
