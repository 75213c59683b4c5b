// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"
#include "core/storage/Result.h"
#include "core/storage/SiteKey.h"
#include "core/sync/OperationChain.h"
#include "core/sync/SyncFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace larder {
namespace sql {
class Connection;
}

namespace sync {

// One laptop of the network as this one knows it (the Sync page's list, `sync members`).
struct Member {
    QString site;
    QString name;
    QString fingerprint; // of its public key; empty for a laptop known only by a voucher
    bool self = false;
    bool idFromKey = false; // its id is derived from its key (false: a laptop from before)
    QString vouchedBy;      // the laptop that signed its history, when its own key is unknown
    qint64 signedUpTo = 0;  // its operations this laptop holds, verified
    QString admittedAt;     // ISO 8601 UTC, when this laptop first learnt of it
    QString admittedFrom;   // the laptop whose file brought it
    std::optional<qint64> revokedAfter;
    qint64 revokedAtMs = 0;
    QString revokedBy;
};

// Who belongs to the network, and the signatures that make a laptop's operations its own
// (issue #14; see core/sync/OperationChain.h and docs/ARCHITECTURE.md, "Signed operations").
//
// This laptop signs the head of its chain at each export, and vouches — signs with its own key —
// for the history of laptops from before signed operations whose key it does not know, so that
// history still reaches laptops that join later. A laptop is admitted when a member's file first
// names it with its key. A member can revoke a laptop: its operations after the last one this
// member holds are refused on every laptop the revocation reaches, and its files are refused
// whole. All of it lives in sync_sites, which is this laptop's own.
class Membership {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::Membership)

public:
    struct Identity {
        QString network;
        QString site;
        QString name;
        SiteKey key;
        QByteArray digestKey;
    };
    Membership(sql::Connection& db, Identity self, const KeyRing& values, qint64 nowMs);

    // Before an export, in the caller's transaction: digests for this laptop's new operations
    // and for the held history of keyless laptops, and their chain heads signed. Throws
    // sql::SqlError.
    void prepareExport();
    // What a file names: every laptop with its key and signed head, and every revocation.
    QList<MemberEntry> entries() const;
    QList<Revocation> revocations() const;
    // The operations of `site` a file may carry: those up to its signed head.
    QHash<QString, qint64> signedHeads() const;

    QList<Member> members() const;
    // Revokes the laptop named by id (or its start) or name: signed by this laptop, effective
    // after the newest of its operations held here.
    Result<Member> revoke(const QString& siteOrName);

    // The digest of an operation as this laptop stores it (the value decoded as a file carries
    // it). Throws sql::SqlError.
    QByteArray storedDigest(const QString& site, qint64 seq, qint64 hlc, const QString& table,
                            const QString& row, const QString& column, const QVariant& stored,
                            const QString& actor);

private:
    // Digests and signs `site`'s held operations above its signed head, up to `upTo`.
    void signHistory(const QString& site, const QString& name, qint64 upTo);

    sql::Connection& m_db;
    Identity m_self;
    const chain::DigestKey m_digestKey; // m_self.digestKey, ready for the export's many hashes
    const KeyRing& m_values;
    qint64 m_nowMs;
};

// Every laptop of the network this one knows (its own first). Throws sql::SqlError.
QList<Member> members(sql::Connection& db, const QString& ownSite);

// The signature checks of one import, made as its operations stream past (see Membership).
// begin() checks the file's members and revocations against what this laptop knows; add() is
// given every operation with its digest, in file order (each laptop's operations in one run,
// in order); a run ends when the next laptop's begins or at finish(), and is then verified
// against its laptop's signed head. commit() writes what was learnt, in the import's
// transaction. Every refusal refuses the whole file.
class ChainCheck {
    Q_DECLARE_TR_FUNCTIONS(larder::sync::ChainCheck)

public:
    ChainCheck(sql::Connection& db, QString network, QString ownSite, const Contents& contents,
               QString nowIso);

    Result<void> begin();

    enum class Disposition {
        New,      // not held here: apply it
        Held,     // held and verified already (its digest was compared): skip it
        Waiting,  // it follows operations this laptop lacks: skip it until they come
        Revoked,  // after its laptop's revocation: refused
        Unsigned, // its laptop's key is known but the file carries only a voucher: skip it
    };
    Result<Disposition> add(const QString& site, qint64 seq, const QByteArray& digest,
                            qint64 index);
    Result<void> finish();
    // Throws sql::SqlError.
    void commit();

    qint64 waiting() const { return m_waiting; }
    qint64 revoked() const { return m_revoked; }

private:
    struct Known {
        QByteArray publicKey;
        QString vouchedBy;
        QString name;
        qint64 head = 0;
        QByteArray chain;
        std::optional<qint64> revokedAfter;
    };
    struct Run {
        QString site;
        qint64 first = 0, last = 0;
        QByteArray chain;
        Disposition skipAll = Disposition::New; // Waiting or Unsigned: the whole run
        qint64 forkedSeq = 0;                   // a held operation whose digest differs
        qint64 forkedIndex = 0;
        // One side's digests were computed by a voucher from the values it held (history from
        // before signed operations, where one laptop may have erased a value before digesting
        // it): a different digest is no fork. The run's digests replace the held ones when its
        // head is taken.
        bool vouchedSomewhere = false;
        qint64 knownHead = 0; // what this laptop holds signed of the site, and its chain there
        QByteArray knownChain;
        bool perOperation = false; // compare held digests one by one (else the chain at knownHead)
        QList<std::pair<qint64, QByteArray>> redigest;
    };
    struct Head {
        MemberEntry entry;
        QByteArray chain;
        QList<std::pair<qint64, QByteArray>> redigest;
    };
    QString nameOf(const QString& site) const;
    Result<void> closeRun();
    std::optional<QByteArray> publicKeyOf(const QString& site) const;
    std::optional<QByteArray> chainBefore(const QString& site, qint64 seq) const;
    Error refuse(const QString& message, const QString& hint) const;

    sql::Connection& m_db;
    QString m_network;
    QString m_ownSite;
    const Contents& m_contents;
    QString m_nowIso;
    QHash<QString, Known> m_known;            // sync_sites as it was
    QHash<QString, MemberEntry> m_named;      // the file's members
    QHash<QString, Revocation> m_revocations; // valid ones: the file's and those held
    QSet<QString> m_seen;                     // sites whose run is over
    std::optional<Run> m_run;
    QList<Head> m_heads; // verified runs
    QList<Revocation> m_newRevocations;
    qint64 m_waiting = 0;
    qint64 m_revoked = 0;
};

} // namespace sync
} // namespace larder
