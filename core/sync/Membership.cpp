// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Membership.h"

#include "core/storage/InsertOperation.h"
#include "core/storage/Schema.h"
#include "core/storage/Sqlite.h"
#include "core/sync/OperationChain.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace larder::sync {

namespace {

// "The operation's laptop is site id ?1", in the compact log (core/storage/OperationLog.h).
const QByteArray SiteIs = "site = (SELECT number FROM sync_names WHERE name = ?1)";

QString isoAt(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString localDate(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}

QVariant blobOrNull(const QByteArray& bytes) {
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

// Text for a NOT NULL column: never bound as NULL, even when empty.
QString nonNull(const QString& text) {
    return text.isNull() ? u""_s : text;
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

// --- Membership -------------------------------------------------------------------------------

Membership::Membership(sql::Connection& db, Identity self, const KeyRing& values, qint64 nowMs)
    : m_db(db)
    , m_self(std::move(self))
    , m_digestKey(m_self.digestKey)
    , m_values(values)
    , m_nowMs(nowMs) {}

QByteArray Membership::storedDigest(const QString& site, qint64 seq, qint64 hlc,
                                    const QString& table, const QString& row, const QString& column,
                                    const QVariant& stored, const QString& actor) {
    QCborValue plain(nullptr);
    if (column == u"*") {
        auto& ledger = m_db.cached(schema::decodedRowByIdSql(*schema::table(u"stock_movements")));
        ledger.bind(1, row);
        if (ledger.step()) {
            QCborMap map;
            for (int i = 0; i < ledger.columnCount(); ++i)
                map.insert(QString::fromUtf8(ledger.columnName(i)),
                           chain::plainValue(ledger.value(i)));
            plain = chain::ledgerRow(map);
        }
        ledger.reset();
    } else if (column == insertop::Column) {
        // Each column's hash: kept with a personal value, computed for the others.
        const TableDef* def = schema::table(table);
        const auto entries =
            stored.isNull() ? std::nullopt : insertop::decode(stored.toByteArray());
        if (def && entries) {
            QList<std::pair<QString, QByteArray>> hashes;
            for (const insertop::Entry& entry : *entries) {
                QByteArray hash = entry.hash;
                if (hash.isEmpty()) {
                    const ColumnDef* col = def->column(entry.column);
                    QCborValue value = chain::plainValue(entry.value);
                    if (col && col->sensitive && KeyRing::isSealed(entry.value)) {
                        const auto opened =
                            m_values.open(table, entry.column, row, entry.value.toByteArray());
                        value = opened ? chain::plainValue(*opened) : QCborValue(nullptr);
                    }
                    hash = chain::valueHash(m_digestKey, table, row, entry.column, value);
                }
                hashes.append({entry.column, hash});
            }
            plain = chain::insertRow(std::move(hashes));
        }
    } else if (column != u"-") {
        const TableDef* def = schema::table(table);
        const ColumnDef* col = def ? def->column(column) : nullptr;
        if (col && col->sensitive && KeyRing::isSealed(stored)) {
            // One that does not open here travels empty (see Replicator::exportFile).
            if (auto opened = m_values.open(table, column, row, stored.toByteArray()))
                plain = chain::plainValue(*opened);
        } else {
            plain = chain::plainValue(stored);
        }
    }
    return chain::digest(m_digestKey, site, seq, hlc, table, row, column, plain, actor);
}

void Membership::signHistory(const QString& site, const QString& name, qint64 upTo) {
    const bool self = site == m_self.site;
    auto known = m_db.prepare("SELECT head_seq, head_chain FROM sync_sites WHERE site = ?1");
    known.bind(1, site);
    qint64 head = 0;
    QByteArray chainValue = chain::start(m_self.network, site);
    if (known.step() && known.int64(0) > 0) {
        head = known.int64(0);
        chainValue = known.blob(1);
    }
    if (head >= upTo && !self)
        return;
    auto ops = m_db.prepare("SELECT seq, hlc, tbl, row_id, col, value, actor, digest FROM "
                            "sync_log WHERE site = ?1 AND seq > ?2 AND seq <= ?3 ORDER BY seq");
    ops.bindAll(site, head, upTo);
    auto& keep = m_db.cached("UPDATE sync_ops SET digest = ?3 WHERE " + SiteIs + " AND seq = ?2");
    qint64 last = head;
    while (ops.step()) {
        const qint64 seq = ops.int64(0);
        if (seq != last + 1)
            break; // a gap: what follows waits for the operations missing here
        QByteArray digest = ops.blob(7);
        if (digest.size() != chain::DigestBytes) {
            digest = storedDigest(site, seq, ops.int64(1), ops.text(2), ops.text(3), ops.text(4),
                                  ops.value(5), ops.text(6));
            keep.bindAll(site, seq, digest).run();
            keep.reset();
        }
        chain::extend(chainValue, digest);
        last = seq;
    }
    if (last == head && !self)
        return;
    const QByteArray signature =
        m_self.key.sign(chain::headMessage(m_self.network, site, name, last, chainValue));
    auto upsert = m_db.prepare(
        "INSERT INTO sync_sites (site, public_key, vouched_by, name, head_seq, head_chain, "
        "head_signature, admitted_at, admitted_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (site) DO UPDATE SET public_key = coalesce(excluded.public_key, "
        "public_key), vouched_by = excluded.vouched_by, name = excluded.name, head_seq = "
        "excluded.head_seq, head_chain = excluded.head_chain, head_signature = "
        "excluded.head_signature");
    upsert.bindAll(site, self ? QVariant(m_self.key.publicKey()) : QVariant(),
                   self ? QVariant() : QVariant(m_self.site), nonNull(name), last, chainValue,
                   signature, isoAt(m_nowMs), m_self.site);
    upsert.run();
}

void Membership::prepareExport() {
    signHistory(m_self.site, m_self.name, std::numeric_limits<qint64>::max());
    // Laptops from before signed operations whose key this one does not know: it vouches for
    // the history it holds of them, so that history still reaches laptops that join later.
    auto keyless = m_db.prepare(
        "SELECT o.site, coalesce(s.name, p.name, CASE WHEN h.site IS NOT NULL THEN ?2 END, '') "
        "FROM (SELECT name AS site FROM sync_names n WHERE EXISTS (SELECT 1 FROM sync_ops WHERE "
        "site = n.number)) o LEFT JOIN sync_sites s ON s.site = o.site "
        "LEFT JOIN sync_peers p ON p.site = o.site LEFT JOIN site_history h ON h.site = o.site "
        "WHERE o.site <> ?1 AND s.public_key IS NULL AND s.revoked_after IS NULL");
    keyless.bindAll(m_self.site, m_self.name); // a former id of this laptop's: its name
    QList<std::pair<QString, QString>> sites;
    while (keyless.step())
        sites.append({keyless.text(0), keyless.text(1)});
    for (const auto& [site, name] : std::as_const(sites))
        signHistory(site, name, std::numeric_limits<qint64>::max());
}

QList<MemberEntry> Membership::entries() const {
    QList<MemberEntry> list;
    auto rows = m_db.prepare("SELECT site, public_key, name, head_seq, head_signature, vouched_by "
                             "FROM sync_sites WHERE public_key IS NOT NULL OR (head_seq > 0 AND "
                             "vouched_by IS NOT NULL) ORDER BY site = ?1 DESC, site LIMIT ?2");
    rows.bindAll(m_self.site, Contents::MaxMembers);
    while (rows.step()) {
        MemberEntry entry;
        entry.site = rows.text(0);
        entry.publicKey = rows.blob(1);
        entry.name = rows.text(2).left(200);
        entry.headSeq = rows.int64(3);
        entry.headSignature = rows.blob(4);
        entry.voucher = rows.text(5);
        if (entry.headSignature.isEmpty())
            entry.headSeq = 0;
        list.append(entry);
    }
    return list;
}

QList<Revocation> Membership::revocations() const {
    QList<Revocation> list;
    auto rows = m_db.prepare("SELECT site, revoked_after, revoked_at, revoked_by, revocation FROM "
                             "sync_sites WHERE revocation IS NOT NULL LIMIT ?1");
    rows.bind(1, Contents::MaxMembers);
    while (rows.step())
        list.append({rows.text(0), rows.int64(1), rows.int64(2), rows.text(3), rows.blob(4)});
    return list;
}

QHash<QString, qint64> Membership::signedHeads() const {
    QHash<QString, qint64> heads;
    // A revoked laptop's operations travel up to its head all the same (the signature covers
    // them all); every laptop refuses those after the revocation.
    auto rows = m_db.prepare("SELECT site, head_seq FROM sync_sites WHERE head_signature IS NOT "
                             "NULL");
    while (rows.step())
        heads.insert(rows.text(0), rows.int64(1));
    return heads;
}

QList<Member> members(sql::Connection& db, const QString& ownSite) {
    QList<Member> list;
    auto rows = db.prepare(
        "SELECT s.site, s.name, s.public_key, coalesce(v.name, s.vouched_by), s.head_seq, "
        "s.admitted_at, coalesce(a.name, s.admitted_from), s.revoked_after, s.revoked_at, "
        "coalesce(r.name, s.revoked_by) FROM sync_sites s LEFT JOIN sync_sites v ON v.site = "
        "s.vouched_by LEFT JOIN sync_sites a ON a.site = s.admitted_from LEFT JOIN sync_sites r "
        "ON r.site = s.revoked_by ORDER BY s.site = ?1 DESC, s.name COLLATE NOCASE, s.site");
    rows.bind(1, ownSite);
    while (rows.step()) {
        Member m;
        m.site = rows.text(0);
        m.name = rows.text(1);
        const QByteArray key = rows.blob(2);
        m.fingerprint = key.isEmpty() ? QString() : SiteKey::fingerprint(key);
        m.idFromKey = SiteKey::derives(m.site, key);
        m.vouchedBy = key.isEmpty() ? rows.text(3) : QString();
        m.signedUpTo = rows.int64(4);
        m.self = m.site == ownSite;
        m.admittedAt = rows.text(5);
        m.admittedFrom = m.self ? QString() : rows.text(6);
        if (!rows.isNull(7)) {
            m.revokedAfter = rows.int64(7);
            m.revokedAtMs = rows.int64(8);
            m.revokedBy = rows.text(9);
        }
        list.append(m);
    }
    return list;
}

Result<Member> Membership::revoke(const QString& siteOrName) {
    const QString wanted = siteOrName.trimmed();
    QList<Member> matches;
    const QList<Member> all = sync::members(m_db, m_self.site);
    for (const Member& m : all) {
        if (m.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (wanted.size() >= 6 && m.site.startsWith(wanted.toLower())))
            matches.append(m);
    }
    if (matches.isEmpty())
        return Error::invalidInput(
            tr("No laptop of this network is called \"%1\".").arg(wanted),
            tr("Give a name or id as the list of the network's laptops shows it "
               "(\"larder-cli sync members\")."));
    if (matches.size() > 1)
        return Error::invalidInput(
            tr("Several laptops are called \"%1\".").arg(wanted),
            tr("Give the laptop's id instead, as \"larder-cli sync members\" shows it."));
    Member target = matches.first();
    if (target.self)
        return Error::invalidInput(tr("A laptop cannot revoke itself."),
                                   tr("Revoke it from another laptop of the network."));
    if (target.revokedAfter)
        return Error::invalidInput(tr("\"%1\" was revoked already, on %2.")
                                       .arg(target.name, localDate(target.revokedAtMs)),
                                   tr("Nothing was changed."));
    Revocation revocation;
    revocation.site = target.site;
    auto newest = m_db.prepare("SELECT coalesce(max(seq), 0) FROM sync_ops WHERE " + SiteIs);
    newest.bind(1, target.site);
    newest.step();
    revocation.after = newest.int64(0);
    revocation.atMs = m_nowMs;
    revocation.by = m_self.site;
    revocation.signature = m_self.key.sign(chain::revocationMessage(m_self.network, revocation));
    auto update = m_db.prepare("UPDATE sync_sites SET revoked_after = ?2, revoked_at = ?3, "
                               "revoked_by = ?4, revocation = ?5 WHERE site = ?1");
    update
        .bindAll(revocation.site, revocation.after, revocation.atMs, revocation.by,
                 revocation.signature)
        .run();
    target.revokedAfter = revocation.after;
    target.revokedAtMs = revocation.atMs;
    target.revokedBy = m_self.name;
    return target;
}

// --- ChainCheck -------------------------------------------------------------------------------

ChainCheck::ChainCheck(sql::Connection& db, QString network, QString ownSite,
                       const Contents& contents, QString nowIso)
    : m_db(db)
    , m_network(std::move(network))
    , m_ownSite(std::move(ownSite))
    , m_contents(contents)
    , m_nowIso(std::move(nowIso)) {}

Error ChainCheck::refuse(const QString& message, const QString& hint) const {
    return Error::make(Error::Kind::Damaged, message, hint);
}

QString ChainCheck::nameOf(const QString& site) const {
    if (auto it = m_named.constFind(site); it != m_named.cend() && !it->name.isEmpty())
        return it->name;
    if (auto it = m_known.constFind(site); it != m_known.cend() && !it->name.isEmpty())
        return it->name;
    return site.left(8);
}

std::optional<QByteArray> ChainCheck::publicKeyOf(const QString& site) const {
    if (auto it = m_known.constFind(site); it != m_known.cend() && !it->publicKey.isEmpty())
        return it->publicKey;
    if (auto it = m_named.constFind(site); it != m_named.cend() && !it->publicKey.isEmpty())
        return it->publicKey;
    return std::nullopt;
}

Result<void> ChainCheck::begin() {
    auto rows = m_db.prepare("SELECT site, public_key, vouched_by, name, head_seq, head_chain, "
                             "revoked_after, revoked_at, revoked_by, revocation FROM sync_sites");
    while (rows.step()) {
        Known k;
        k.publicKey = rows.blob(1);
        k.vouchedBy = rows.text(2);
        k.name = rows.text(3);
        k.head = rows.int64(4);
        k.chain = rows.blob(5);
        if (!rows.isNull(6)) {
            k.revokedAfter = rows.int64(6);
            m_revocations.insert(rows.text(0), {rows.text(0), rows.int64(6), rows.int64(7),
                                                rows.text(8), rows.blob(9)});
        }
        m_known.insert(rows.text(0), k);
    }

    const QString hint = tr("Ask for a new export from a laptop you trust. Nothing was changed.");
    for (const MemberEntry& entry : m_contents.members) {
        if (m_named.contains(entry.site))
            return refuse(tr("This sync file names one laptop twice."), hint);
        m_named.insert(entry.site, entry);
        if (entry.publicKey.isEmpty())
            continue;
        const Known known = m_known.value(entry.site);
        if (!known.publicKey.isEmpty() && known.publicKey != entry.publicKey) {
            if (entry.site == m_ownSite)
                return refuse(tr("This sync file gives this laptop's identity another key: a "
                                 "laptop of the network claims to be this one."),
                              hint);
            return refuse(tr("This sync file gives \"%1\" another key than the one this laptop "
                             "knows (fingerprint %2, not %3).")
                              .arg(nameOf(entry.site), SiteKey::fingerprint(entry.publicKey),
                                   SiteKey::fingerprint(known.publicKey)),
                          tr("Compare the fingerprint on that laptop's Sync page; if it is not "
                             "the one shown here, another laptop is posing as it. Nothing was "
                             "changed."));
        }
    }
    const auto sender = m_named.constFind(m_contents.siteId);
    if (sender == m_named.cend() || sender->publicKey.isEmpty())
        return refuse(tr("This sync file does not name the key of the laptop that made it."), hint);
    // What it says of itself and the others (version vector, laptops, revocations, passphrase
    // dates) is signed by the laptop it names as its sender.
    if (!SiteKey::verify(*publicKeyOf(m_contents.siteId), signedContents(m_contents),
                         m_contents.senderSignature))
        return refuse(tr("This sync file's description is not signed by \"%1\", the laptop it "
                         "names as its sender.")
                          .arg(nameOf(m_contents.siteId)),
                      hint);

    for (const Revocation& revocation : m_contents.revocations) {
        const auto signer = publicKeyOf(revocation.by);
        if (revocation.site == revocation.by || !signer ||
            !SiteKey::verify(*signer, chain::revocationMessage(m_network, revocation),
                             revocation.signature))
            return refuse(tr("A revocation in this sync file is not signed by the laptop it "
                             "names."),
                          hint);
        const auto held = m_revocations.constFind(revocation.site);
        if (held == m_revocations.cend() || held->after > revocation.after) {
            m_revocations.insert(revocation.site, revocation);
            m_newRevocations.append(revocation);
        }
    }
    if (const auto revoked = m_revocations.constFind(m_contents.siteId);
        revoked != m_revocations.cend())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("This sync file comes from \"%1\", which \"%2\" revoked on %3: "
               "files from it are no longer taken.")
                .arg(nameOf(m_contents.siteId), nameOf(revoked->by), localDate(revoked->atMs)),
            tr("What it made before that reaches this laptop through the other "
               "laptops' files. Nothing was changed."));
    return {};
}

std::optional<QByteArray> ChainCheck::chainBefore(const QString& site, qint64 seq) const {
    auto digests = m_db.prepare("SELECT seq, digest FROM sync_ops WHERE " + SiteIs +
                                " AND seq < ?2 ORDER BY seq");
    digests.bindAll(site, seq);
    QByteArray value = chain::start(m_network, site);
    qint64 expected = 1;
    while (digests.step()) {
        const QByteArray digest = digests.blob(1);
        if (digests.int64(0) != expected || digest.size() != chain::DigestBytes)
            return std::nullopt;
        chain::extend(value, digest);
        ++expected;
    }
    if (expected != seq)
        return std::nullopt;
    return value;
}

Result<ChainCheck::Disposition> ChainCheck::add(const QString& site, qint64 seq,
                                                const QByteArray& digest, qint64 index) {
    if (!m_run || m_run->site != site) {
        if (m_run) {
            if (auto ok = closeRun(); !ok)
                return ok.error();
        }
        if (m_seen.contains(site))
            return refuse(
                tr("This sync file's changes of \"%1\" are not together.").arg(nameOf(site)),
                tr("Ask for a new export. Nothing was changed."));
        Run run;
        run.site = site;
        run.first = seq;
        run.last = seq - 1;
        const Known known = m_known.value(site);
        if (seq == 1) {
            run.chain = chain::start(m_network, site);
        } else if (seq - 1 == known.head && known.head > 0) {
            run.chain = known.chain;
        } else if (seq - 1 < known.head) {
            if (auto before = chainBefore(site, seq))
                run.chain = *before;
            else
                run.skipAll = Disposition::Waiting;
        } else {
            run.skipAll = Disposition::Waiting; // made for a laptop that held more
        }
        run.vouchedSomewhere = !known.vouchedBy.isEmpty() || !m_named.value(site).voucher.isEmpty();
        run.knownHead = known.head;
        run.knownChain = known.chain;
        // Held operations are compared one by one only where it is needed: a vouched history
        // (whose digests may be replaced), or a file that stops before what is held here. Else
        // one comparison of the chain at the held head covers them all.
        run.perOperation = run.vouchedSomewhere || known.chain.isEmpty() ||
                           m_named.value(site).headSeq < known.head;
        if (run.skipAll == Disposition::New && publicKeyOf(site) &&
            !m_named.value(site).voucher.isEmpty())
            run.skipAll = Disposition::Unsigned; // a keyed laptop's history, only vouched for
        m_run = run;
    }
    Run& run = *m_run;
    if (seq != run.last + 1)
        return refuse(tr("This sync file's changes of \"%1\" are out of order (change %2).")
                          .arg(nameOf(site))
                          .arg(index),
                      tr("Ask for a new export. Nothing was changed."));
    run.last = seq;
    if (run.skipAll != Disposition::New) {
        ++m_waiting;
        return run.skipAll;
    }
    chain::extend(run.chain, digest);
    if (seq <= run.knownHead) {
        if (!run.perOperation) {
            if (seq == run.knownHead && run.chain != run.knownChain && run.forkedSeq == 0) {
                run.forkedSeq = seq;
                run.forkedIndex = index;
            }
            return Disposition::Held;
        }
        auto& stored = m_db.cached("SELECT digest FROM sync_ops WHERE " + SiteIs + " AND seq = ?2");
        stored.bindAll(site, seq);
        if (stored.step() && stored.blob(0).size() == chain::DigestBytes &&
            stored.blob(0) != digest) {
            if (run.vouchedSomewhere) {
                run.redigest.append({seq, digest});
            } else if (run.forkedSeq == 0) {
                run.forkedSeq = seq;
                run.forkedIndex = index;
            }
        }
        stored.reset();
        return Disposition::Held;
    }
    if (const auto revoked = m_revocations.constFind(site);
        revoked != m_revocations.cend() && seq > revoked->after) {
        ++m_revoked;
        return Disposition::Revoked;
    }
    return Disposition::New;
}

Result<void> ChainCheck::closeRun() {
    const Run run = *m_run;
    m_seen.insert(run.site);
    m_run.reset();
    if (run.skipAll != Disposition::New)
        return {};
    const QString hint = tr("The file was changed after \"%1\" made it, or by a laptop posing as "
                            "it: ask that laptop for a new export. Nothing was changed.")
                             .arg(nameOf(run.site));
    const auto entry = m_named.constFind(run.site);
    if (entry == m_named.cend() || entry->headSeq != run.last || entry->headSignature.isEmpty())
        return refuse(tr("This sync file's changes of \"%1\" (numbers %2 to %3) are not signed "
                         "by it.")
                          .arg(nameOf(run.site))
                          .arg(run.first)
                          .arg(run.last),
                      hint);
    const auto key = entry->voucher.isEmpty() ? publicKeyOf(run.site) : publicKeyOf(entry->voucher);
    if (!key || (!entry->voucher.isEmpty() && m_revocations.contains(entry->voucher)) ||
        !SiteKey::verify(*key,
                         chain::headMessage(m_network, run.site, entry->name, run.last, run.chain),
                         entry->headSignature))
        return refuse(tr("This sync file's changes of \"%1\" (numbers %2 to %3) do not match its "
                         "signature.")
                          .arg(nameOf(run.site))
                          .arg(run.first)
                          .arg(run.last),
                      hint);
    if (run.forkedSeq > 0)
        return refuse(tr("\"%1\" signed two different versions of its changes, at or before its "
                         "number %2 (change %3 of this file): a copy of that laptop is in use — "
                         "a restored backup or a cloned disk — or its key was taken.")
                          .arg(nameOf(run.site))
                          .arg(run.forkedSeq)
                          .arg(run.forkedIndex),
                      tr("Find out which laptop made this file, and revoke the copy on the Sync "
                         "page. Nothing was changed."));
    m_heads.append({*entry, run.chain, run.redigest});
    return {};
}

Result<void> ChainCheck::finish() {
    if (m_run)
        return closeRun();
    return {};
}

void ChainCheck::commit() {
    auto admit = m_db.prepare(
        "INSERT INTO sync_sites (site, public_key, name, admitted_at, admitted_from) VALUES "
        "(?1, ?2, ?3, ?4, ?5) ON CONFLICT (site) DO UPDATE SET public_key = "
        "coalesce(public_key, excluded.public_key)");
    for (const MemberEntry& entry : std::as_const(m_named)) {
        if (entry.publicKey.isEmpty() || entry.site == m_ownSite)
            continue;
        admit.reset();
        admit.bindAll(entry.site, entry.publicKey, nonNull(entry.name), m_nowIso, m_contents.siteId)
            .run();
    }
    auto head = m_db.prepare(
        "INSERT INTO sync_sites (site, vouched_by, name, head_seq, head_chain, head_signature, "
        "admitted_at, admitted_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (site) "
        "DO UPDATE SET vouched_by = excluded.vouched_by, name = excluded.name, head_seq = "
        "excluded.head_seq, head_chain = excluded.head_chain, head_signature = "
        "excluded.head_signature WHERE excluded.head_seq > head_seq OR (excluded.head_seq = "
        "head_seq AND excluded.vouched_by IS NULL AND vouched_by IS NOT NULL)");
    auto redigest =
        m_db.prepare("UPDATE sync_ops SET digest = ?3 WHERE " + SiteIs + " AND seq = ?2");
    for (const Head& verified : std::as_const(m_heads)) {
        const MemberEntry& entry = verified.entry;
        if (entry.site == m_ownSite)
            continue;
        head.reset();
        head.bindAll(entry.site, textOrNull(entry.voucher), nonNull(entry.name), entry.headSeq,
                     verified.chain, entry.headSignature, m_nowIso, m_contents.siteId)
            .run();
        if (m_db.changes() == 0)
            continue; // this laptop's head stays, and with it its digests
        for (const auto& [seq, digest] : verified.redigest) {
            redigest.reset();
            redigest.bindAll(entry.site, seq, digest).run();
        }
    }
    auto revoke = m_db.prepare("UPDATE sync_sites SET revoked_after = ?2, revoked_at = ?3, "
                               "revoked_by = ?4, revocation = ?5 WHERE site = ?1");
    for (const Revocation& r : std::as_const(m_newRevocations)) {
        revoke.reset();
        revoke.bindAll(r.site, r.after, r.atMs, r.by, blobOrNull(r.signature)).run();
    }
}

} // namespace larder::sync
