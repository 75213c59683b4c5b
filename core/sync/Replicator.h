// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/storage/Store.h"
#include "core/sync/Membership.h"
#include "core/sync/SyncFile.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace larder::sync {

struct ExportSummary {
    qint64 operations = 0;
    qint64 bytes = 0;
};

struct ImportReport {
    QString fromSite;
    QString fromName;
    qint64 applied = 0;      // operations new to this laptop
    qint64 skipped = 0;      // operations it already had
    int conflicts = 0;       // concurrent edits listed for review
    qint64 waiting = 0;      // following operations this laptop lacks: they come again later
    qint64 revoked = 0;      // made by a revoked laptop after its revocation: refused
    qint64 clockAheadMs = 0; // how far the sender's newest time is ahead of this laptop's clock
    // The passphrase was changed on the sender: this pantry took the new one (the import was
    // given it), or will at its next unlock with it.
    bool passphraseAdopted = false;
    bool passphraseChangePending = false;
    // The sender had rotated the network's key: this pantry took the new key and passphrase.
    bool keyRotated = false;
    // More than an hour ahead: worth setting right (more than a day is refused outright).
    static constexpr qint64 ClockWarningMs = 3600LL * 1000;
    bool clockWarning() const { return clockAheadMs > ClockWarningMs; }
};

struct Conflict {
    qint64 id = 0;
    QString table;
    QString rowId;
    QString column;
    QVariant keptValue; // decoded
    QString keptSite;
    QVariant lostValue; // decoded
    QString lostSite;
    QString detectedAt;
};

struct Peer {
    QString site;
    QString name;
    QMap<QString, qint64> versionVector;
    qint64 fileCreatedMs = 0;
    QString importedAt;
};

// One file imported on this laptop, as the import log keeps it.
struct ImportRecord {
    qint64 id = 0; // in the order files arrived
    QString at;    // ISO 8601 UTC
    QString fromName;
    QString file;
    qint64 applied = 0;
    qint64 skipped = 0;
    int conflicts = 0;
    qint64 clockAheadMs = 0;
};

// Where this laptop stands with its network.
struct SyncStatus {
    int otherLaptops = 0;          // peers known from their files, this laptop left out
    int openConflicts = 0;         // concurrent edits still to review
    qint64 recentClockAheadMs = 0; // the greatest clock lead among the last five imports
    // A laptop where the network's passphrase was changed since this one's was set; the new
    // passphrase opens this pantry from its next unlock on. Empty when none.
    QString passphraseChangedOn;
};

// Exchanges operations with the other laptops of a network through files.
//
// Export writes every operation this laptop holds (or only those a known peer lacks) with the
// ledger rows they name, in the encrypted format of SyncFile. Import applies a file in one
// transaction: new operations are stored, each touched record is rebuilt from its operations —
// per column the greatest (hybrid clock, site) wins, a delete wins over everything and scrubs the
// values of the record from the log — ledger rows are added once, and the hybrid clock moves past
// the newest time received. Importing the same file again, or files in any order, gives the same
// data. Concurrent edits of one field (neither side had seen the other's) are listed for review.
// A damaged, truncated, foreign, wrong-passphrase or newer file is refused whole.
class Replicator {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::Replicator)

public:
    explicit Replicator(Store& store, KdfLimits limits = KdfLimits::moderate());

    // The network's passphrase: stored only as an Argon2id verifier, so that a typo is caught
    // at export instead of producing a file nobody can open.
    bool hasPassphrase() const;
    Result<void> setPassphrase(QByteArray passphrase);
    Result<void> checkPassphrase(QByteArray passphrase) const;

    // site -> highest seq held with no gap below it.
    QMap<QString, qint64> versionVector() const;

    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels
    // The passphrase may be empty when the pantry is unlocked: the file is then made, or opened,
    // with the network key it holds (no key derivation). One given is checked all the same; a
    // locked pantry needs it. On import it may also be the network's new passphrase: a
    // passphrase changed, or a key rotated, on the sending laptop (see docs/ARCHITECTURE.md).
    Result<ExportSummary> exportFile(const QString& path, QByteArray passphrase,
                                     const QString& forSite = {}, const Progress& progress = {});
    Result<ImportReport> importFile(const QString& path, QByteArray passphrase,
                                    const Progress& progress = {});

    // A new laptop joins a network from a member's file: creates `databasePath` with the file's
    // network id and imports the file. Nothing is left behind when it fails.
    static Result<std::unique_ptr<Store>> join(const QString& databasePath, const QString& siteName,
                                               const QString& syncFile, QByteArray passphrase,
                                               StoreOptions options = {},
                                               KdfLimits limits = KdfLimits::moderate());

    QList<Conflict> openConflicts() const;
    Result<void> acceptConflict(qint64 conflictId);
    // Writes the value the merge rule replaced back, as a new change.
    Result<void> restoreConflict(qint64 conflictId);

    QList<Peer> peers() const;
    // The network's laptops as this one knows them, itself first (see Membership).
    QList<Member> members() const;
    // Revokes a lost or misused laptop, named by name or id: its operations after the newest
    // one held here are refused on every laptop this revocation reaches (through files).
    Result<Member> revoke(const QString& siteOrName);
    // The import log, newest first, at most `limit` files.
    QList<ImportRecord> imports(int limit = 50) const;
    SyncStatus status() const;

private:
    Result<ImportReport> apply(const Contents& header, SyncFileReader& file, const QString& path,
                               const Progress& progress);

    Store& m_store;
    KdfLimits m_limits;
};

// Every synced record's current values and every ledger row, canonically ordered and without
// anything that belongs to one laptop only: two laptops that have exchanged everything print the
// same dump. One JSON object per line.
QByteArray canonicalDump(const Store& store);
// SHA-256 of canonicalDump, in hex.
QString digest(const Store& store);

} // namespace larder::sync
