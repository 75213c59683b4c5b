// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Backup.h"

#include "core/identity/Clock.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace larder {

namespace {

constexpr auto PartialSuffix = ".partial"_L1;

// The guard triggers of a backup copy call larder_writer(); while Larder scrubs a backup the
// changes are its own, so the function answers "writing".
void alwaysWriting(sqlite3_context* context, int, sqlite3_value**) {
    sqlite3_result_int(context, 1);
}

const QRegularExpression& backupName() {
    static const QRegularExpression pattern(u"-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.larder$"_s);
    return pattern;
}

// Backups taken in the same second are numbered -2, -3, ... after the first.
int sequenceOf(const QString& path) {
    const auto match = backupName().match(path);
    return match.hasMatch() && !match.captured(3).isEmpty() ? match.captured(3).toInt() : 1;
}

bool newestFirst(const BackupInfo& a, const BackupInfo& b) {
    if (a.takenAt != b.takenAt)
        return a.takenAt > b.takenAt;
    if (sequenceOf(a.path) != sequenceOf(b.path))
        return sequenceOf(a.path) > sequenceOf(b.path);
    return a.path > b.path;
}

bool hasTable(sql::Connection& db, const QString& table) {
    auto statement = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    statement.bind(1, table);
    return statement.step();
}

// Columns that may point at a record of `target` and may be emptied: (table, column).
QList<std::pair<QString, QString>> nullableReferencesTo(sql::Connection& db,
                                                        const QString& target) {
    QList<std::pair<QString, QString>> references;
    for (const TableDef& table : schema::tables()) {
        if (table.kind != TableKind::Record || !hasTable(db, table.name))
            continue;
        auto keys = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?1)");
        keys.bind(1, table.name);
        while (keys.step()) {
            if (keys.text(0) != target)
                continue;
            auto info = db.prepare("SELECT \"notnull\" FROM pragma_table_info(?1) WHERE name = ?2");
            info.bindAll(table.name, keys.text(1));
            if (info.step() && info.int64(0) == 0)
                references.append({table.name, keys.text(1)});
        }
    }
    return references;
}

// Replaces `to` with `from` in one step (POSIX rename semantics; Windows replaces too).
bool replaceFile(const QString& from, const QString& to) {
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), error);
    return !error;
}

struct Tombstone {
    QString table;
    QString row;
    qint64 hlc = 0;
    QString site;
};

} // namespace

Backups::Backups(Store& store, const QString& folder)
    : m_store(store)
    , m_folder(folder.isEmpty() ? defaultFolder(store.path()) : folder) {}

QString Backups::defaultFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteFilePath() + u".backups"_s;
}

QString Backups::writeHint() const {
    return tr("Check that the disk is not full and that the folder %1 can be written to, then "
              "try again.")
        .arg(QDir::toNativeSeparators(m_folder));
}

QList<BackupInfo> Backups::list() const {
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({u"*.larder"_s}, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& file : files) {
        const auto match = backupName().match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime at =
            QDateTime::fromString(match.captured(1) + match.captured(2), u"yyyyMMddHHmmss"_s);
        if (!at.isValid())
            continue;
        at.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), at, file.size()});
    }
    std::sort(backups.begin(), backups.end(), newestFirst);
    return backups;
}

QList<BackupInfo> Backups::unprotected() const {
    QList<BackupInfo> plain;
    if (m_store.protection() == Store::Protection::Unprotected)
        return plain;
    for (const BackupInfo& backup : list()) {
        bool sealed = false;
        try {
            sql::Connection copy(backup.path, sql::Connection::OpenMode::ReadOnly);
            sealed = !copy.scalar("SELECT 1 FROM meta WHERE key = 'data_key'").isNull() &&
                     copy.scalar("SELECT 1 FROM meta WHERE key = 'seal_pending'").isNull();
        } catch (const sql::SqlError&) {
            sealed = false; // unreadable: not known to be sealed
        }
        if (!sealed)
            plain.append(backup);
    }
    return plain;
}

Result<RotationReport> Backups::replaceUnprotected(const BackupPolicy& policy) {
    if (m_store.protection() != Store::Protection::Unlocked)
        return Error::invalidInput(
                   m_store.protection() == Store::Protection::Locked
                       ? tr("The pantry is locked: unlock it first, so the new backup is taken "
                            "with every value sealed.")
                       : tr("This pantry has no passphrase yet, so a new backup would be as "
                            "readable as the old ones."),
                   tr("Give the pantry its passphrase (or unlock it), then replace the backups."))
            .at(m_store.path());
    const QList<BackupInfo> plain = unprotected();
    QStringList deleted;
    for (const BackupInfo& backup : plain) {
        QFile file(backup.path);
        if (file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 left = file.size(); left > 0; left -= zeros.size())
                file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            file.flush();
            file.close();
        }
        if (!QFile::remove(backup.path))
            return Error::storage(tr("Larder could not delete an unprotected backup."), writeHint())
                .at(backup.path);
        deleted.append(backup.path);
    }
    auto taken = take(policy);
    if (!taken)
        return taken.error();
    RotationReport report = taken.value();
    report.deleted = deleted + report.deleted;
    return report;
}

std::optional<BackupInfo> Backups::latest() const {
    const QList<BackupInfo> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QList<BackupInfo> Backups::kept(QList<BackupInfo> backups, const BackupPolicy& policy) {
    std::sort(backups.begin(), backups.end(), newestFirst);
    if (policy.newest > 0)
        return backups.mid(0, policy.newest);
    QList<BackupInfo> keep;
    QSet<qint64> days;
    QSet<int> weeks;
    for (const BackupInfo& backup : std::as_const(backups)) {
        const QDate date = backup.takenAt.toUTC().date();
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        const int weekKey = weekYear * 100 + week;
        bool keepIt = false;
        if (!days.contains(date.toJulianDay()) && days.size() < policy.daily) {
            days.insert(date.toJulianDay());
            keepIt = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < policy.weekly) {
            weeks.insert(weekKey);
            keepIt = true;
        }
        if (keepIt)
            keep.append(backup);
    }
    return keep;
}

Result<RotationReport> Backups::take(const BackupPolicy& policy) {
    const bool made = QDir().mkpath(m_folder);
    if (made) // the folder of copies of the pantry: its owner's only
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!made)
        return Error::storage(tr("Larder could not create the backups folder."), writeHint())
            .at(m_folder);
    // Leftovers of a backup interrupted by a crash are never backups.
    for (const QString& leftover :
         QDir(m_folder).entryList({u"*"_s + PartialSuffix}, QDir::Files | QDir::Hidden))
        QFile::remove(QDir(m_folder).filePath(leftover));

    // Named to the second, as list() reads it back.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_store.clock().nowMs() / 1000, Qt::UTC);
    const QString stem = QFileInfo(m_store.path()).completeBaseName();
    QString finalPath =
        QDir(m_folder).filePath(stem + u'-' + now.toString(u"yyyyMMdd-HHmmss"_s) + u".larder"_s);
    for (int n = 2; QFileInfo::exists(finalPath); ++n)
        finalPath = QDir(m_folder).filePath(stem + u'-' + now.toString(u"yyyyMMdd-HHmmss"_s) +
                                            u'-' + QString::number(n) + u".larder"_s);
    const QString partial = finalPath + PartialSuffix;

    try {
        auto snapshot = m_store.connection().prepare("VACUUM INTO ?1");
        snapshot.bind(1, partial).run();
        // A backup is one self-contained file: no write-ahead log beside it.
        sql::Connection copy(partial, sql::Connection::OpenMode::ReadWrite);
        copy.scalar("PRAGMA journal_mode = DELETE");
    } catch (const sql::SqlError& e) {
        QFile::remove(partial);
        return Error::storage(tr("Larder could not write a backup (%1).").arg(e.message()),
                              writeHint())
            .at(finalPath);
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        return Error::storage(tr("Larder could not name the new backup."), writeHint())
            .at(finalPath);
    }
    auto rotated = rotate(policy);
    if (!rotated)
        return rotated.error();
    RotationReport report = rotated.value();
    report.taken = BackupInfo{finalPath, now, QFileInfo(finalPath).size()};
    return report;
}

Result<RotationReport> Backups::takeIfDue(qint64 maxAgeMs, const BackupPolicy& policy) {
    const auto newest = latest();
    if (newest && m_store.clock().nowMs() - newest->takenAt.toMSecsSinceEpoch() < maxAgeMs)
        return RotationReport{};
    return take(policy);
}

Result<RotationReport> Backups::rotate(const BackupPolicy& policy) {
    RotationReport report;
    const QList<BackupInfo> all = list();
    QSet<QString> keep;
    for (const BackupInfo& backup : kept(all, policy))
        keep.insert(backup.path);
    for (const BackupInfo& backup : all) {
        if (keep.contains(backup.path))
            continue;
        if (!QFile::remove(backup.path))
            return Error::storage(tr("Larder could not delete an old backup."), writeHint())
                .at(backup.path);
        report.deleted.append(backup.path);
    }
    for (const BackupInfo& backup : all) {
        if (!keep.contains(backup.path))
            continue;
        auto scrubbed = scrub(backup.path);
        if (!scrubbed)
            return scrubbed.error();
        if (scrubbed.value())
            report.scrubbed.append(backup.path);
    }
    return report;
}

Result<bool> Backups::scrub(const QString& backupPath) {
    // The live file's deletions of records that hold personal data. Tombstones name a table and
    // an id only, so reading them reads no personal data.
    QList<Tombstone> deletions;
    try {
        auto statement = m_store.connection().prepare(
            "SELECT tbl, row_id, hlc, site FROM tombstones ORDER BY tbl, row_id");
        while (statement.step()) {
            const TableDef* def = schema::table(statement.text(0));
            if (def && def->kind == TableKind::Record && def->hasSensitiveColumns())
                deletions.append(
                    {statement.text(0), statement.text(1), statement.int64(2), statement.text(3)});
        }
    } catch (const sql::SqlError& e) {
        return Error::storage(tr("Larder could not read the deletions to apply to backups (%1).")
                                  .arg(e.message()),
                              writeHint())
            .at(m_store.path());
    }

    const QString partial = backupPath + PartialSuffix;
    try {
        bool changed = false;
        {
            sql::Connection db(backupPath, sql::Connection::OpenMode::ReadWrite);
            if (db.scalar("PRAGMA application_id").toLongLong() != schema::ApplicationId)
                return Error::storage(tr("This file in the backups folder is not a Larder "
                                         "file, so Larder cannot scrub it."),
                                      tr("Move it out of the backups folder."))
                    .at(backupPath);
            sqlite3_create_function_v2(db.handle(), "larder_writer", 0,
                                       SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, alwaysWriting,
                                       nullptr, nullptr, nullptr);
            db.exec("PRAGMA secure_delete = ON");
            db.scalar("PRAGMA journal_mode = DELETE");

            QList<Tombstone> pending;
            {
                auto known = db.prepare("SELECT 1 FROM tombstones WHERE tbl = ?1 AND row_id = ?2");
                for (const Tombstone& deletion : std::as_const(deletions)) {
                    known.reset();
                    known.bindAll(deletion.table, deletion.row);
                    if (!known.step())
                        pending.append(deletion);
                }
            }
            if (pending.isEmpty())
                return false;

            sql::Transaction transaction(db);
            // A backup taken before schema 8 keeps its operation log in the older, wider form.
            // Either way the condition names the partial index's own ("field > 0", "col <>
            // '*'"), so each lookup is a search of the index, not a scan of the log.
            const bool compactLog =
                db.scalar("SELECT count(*) FROM pragma_table_info('sync_ops') WHERE name = "
                          "'field'")
                    .toInt() > 0;
            const QByteArray logFields =
                compactLog ? "field IN (SELECT number FROM sync_fields WHERE tbl = ?1 AND "
                             "number > 0 AND col <> '-') AND row_id = larder_row_key(?2) AND "
                             "field > 0"
                           : "tbl = ?1 AND row_id = ?2 AND col NOT IN ('-', '*') AND col <> '*'";
            const QByteArray logColumn =
                compactLog ? "field = (SELECT number FROM sync_fields WHERE tbl = ?1 AND col = "
                             "?2) AND field > 0 AND larder_row_text(row_id)"
                           : "tbl = ?1 AND col = ?2 AND col <> '*' AND row_id";
            QHash<QString, QList<std::pair<QString, QString>>> referencesTo;
            for (const Tombstone& deletion : std::as_const(pending)) {
                if (!hasTable(db, deletion.table))
                    continue; // a backup from before the table existed
                const QByteArray table = deletion.table.toUtf8();
                auto tomb = db.prepare("INSERT OR IGNORE INTO tombstones (tbl, row_id, hlc, site) "
                                       "VALUES (?1, ?2, ?3, ?4)");
                tomb.bindAll(deletion.table, deletion.row, deletion.hlc, deletion.site).run();
                auto remove = db.prepare("DELETE FROM " + table + " WHERE id = ?1");
                remove.bind(1, deletion.row).run();
                changed |= db.changes() > 0;
                auto scrubOps = db.prepare("UPDATE sync_ops SET value = NULL WHERE " + logFields +
                                           " AND value IS NOT NULL");
                scrubOps.bindAll(deletion.table, deletion.row).run();
                changed |= db.changes() > 0;
                auto forget =
                    db.prepare("DELETE FROM sync_conflicts WHERE tbl = ?1 AND row_id = ?2");
                forget.bindAll(deletion.table, deletion.row).run();
                changed |= db.changes() > 0;

                if (!referencesTo.contains(deletion.table))
                    referencesTo.insert(deletion.table, nullableReferencesTo(db, deletion.table));
                for (const auto& [referrer, column] : referencesTo.value(deletion.table)) {
                    const QByteArray from = referrer.toUtf8();
                    const QByteArray by = column.toUtf8();
                    // A route stop at a deleted household keeps no note about it either.
                    if (referrer == u"run_stops" && deletion.table == u"households") {
                        const TableDef* stops = schema::table(referrer);
                        for (const ColumnDef& sensitive : stops->columns) {
                            if (!sensitive.sensitive)
                                continue;
                            auto ops = db.prepare("UPDATE sync_ops SET value = NULL WHERE " +
                                                  logColumn + " IN (SELECT id FROM " + from +
                                                  " WHERE " + by + " = ?3) AND value IS NOT NULL");
                            ops.bindAll(referrer, sensitive.name, deletion.row).run();
                            changed |= db.changes() > 0;
                            if (compactLog) { // and from the stops' insert operations
                                auto inserts = db.prepare(
                                    "UPDATE sync_ops SET value = larder_insert_erase(value, ?2) "
                                    "WHERE field = (SELECT number FROM sync_fields WHERE tbl = ?1 "
                                    "AND col = '+') AND field > 0 AND larder_row_text(row_id) IN "
                                    "(SELECT id FROM " +
                                    from + " WHERE " + by +
                                    " = ?3) AND larder_insert_value(value, ?2) IS NOT NULL");
                                inserts.bindAll(referrer, sensitive.name, deletion.row).run();
                                changed |= db.changes() > 0;
                            }
                            auto clear =
                                db.prepare("UPDATE " + from + " SET " + sensitive.name.toUtf8() +
                                           " = NULL WHERE " + by + " = ?1");
                            clear.bind(1, deletion.row).run();
                        }
                    }
                    auto unlink = db.prepare("UPDATE " + from + " SET " + by + " = NULL WHERE " +
                                             by + " = ?1");
                    unlink.bind(1, deletion.row).run();
                }
            }
            if (!changed)
                return false; // only tombstones to note: rolled back, the file stays as it was
            transaction.commit();
            // A compacted copy holds no free page, so nothing of the deleted rows survives.
            QFile::remove(partial);
            auto compact = db.prepare("VACUUM INTO ?1");
            compact.bind(1, partial).run();
        }
        {
            sql::Connection copy(partial, sql::Connection::OpenMode::ReadWrite);
            copy.scalar("PRAGMA journal_mode = DELETE");
        }
        if (!replaceFile(partial, backupPath)) {
            QFile::remove(partial);
            return Error::storage(tr("Larder could not replace a backup with its scrubbed "
                                     "copy."),
                                  writeHint())
                .at(backupPath);
        }
        QFile::remove(backupPath + u"-journal"_s);
        return true;
    } catch (const sql::SqlError& e) {
        QFile::remove(partial);
        return Error::storage(
                   tr("Larder could not remove deleted records from a backup (%1).")
                       .arg(e.message()),
                   tr("Delete this backup by hand if it cannot be opened; the others are "
                      "unaffected."))
            .at(backupPath);
    }
}

} // namespace larder
