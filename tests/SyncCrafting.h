// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the suites that craft sync files as a hostile member would (header-only): signing a
// crafted file's operations with the keys the test holds, as a member can sign its own.

#include "core/storage/KeyRing.h"
#include "core/storage/Schema.h"
#include "core/storage/SiteKey.h"
#include "core/storage/Sqlite.h"
#include "core/storage/Store.h"
#include "core/sync/OperationChain.h"
#include "core/sync/SyncFile.h"

#include <QCborArray>
#include <QHash>

#include <algorithm>

namespace larder::test {

// A laptop's signing seed, read from its pantry file (where it is kept, see SiteKey).
inline QByteArray signingSeed(Store& store) {
    return store.connection()
        .scalar("SELECT value FROM meta WHERE key = 'site_sign_seed'")
        .toByteArray();
}

// Operations of a file in the order an export writes them: by site, then number.
inline void sortOperations(QCborArray& ops) {
    QList<QCborValue> list(ops.cbegin(), ops.cend());
    std::stable_sort(list.begin(), list.end(), [](const QCborValue& a, const QCborValue& b) {
        const QCborArray x = a.toArray(), y = b.toArray();
        if (x.at(0).toString() != y.at(0).toString())
            return x.at(0).toString() < y.at(0).toString();
        return x.at(1).toInteger() < y.at(1).toInteger();
    });
    ops = QCborArray();
    for (const QCborValue& op : list)
        ops.append(op);
}

// Signs a crafted file's contents as its sender would, when the test holds the sender's seed.
inline void signContents(sync::Contents& contents, const QHash<QString, QByteArray>& seeds) {
    if (seeds.contains(contents.siteId))
        contents.senderSignature =
            SiteKey::fromSeed(seeds.value(contents.siteId)).sign(sync::signedContents(contents));
}

// Signs the runs of `ops` (sorted, each laptop's starting at 1) of every laptop whose seed is
// in `seeds` (site -> seed), as that laptop would: its member entry in `contents` is made or
// updated to name its key and the new head. Personal values are opened with `key` to digest
// them. A laptop whose seed the test does not hold keeps its entry as it was.
inline void signOperations(sync::Contents& contents, const QCborArray& ops, const QString& network,
                           const KeyRing& key, const QHash<QString, QByteArray>& seeds) {
    struct Run {
        qint64 first = 0, last = 0;
        QByteArray chain;
    };
    QHash<QString, Run> runs;
    for (const QCborValue& entry : ops) {
        const QCborArray op = entry.toArray();
        const QString site = op.at(0).toString();
        const qint64 seq = op.at(1).toInteger();
        const QString table = op.at(3).toString(), row = op.at(4).toString(),
                      column = op.at(5).toString();
        QCborValue plain(nullptr);
        QByteArray digest;
        if (op.size() > 8 && op.at(8).isByteArray()) {
            digest = op.at(8).toByteArray();
        } else {
            const TableDef* def = schema::table(table);
            const ColumnDef* col = def ? def->column(column) : nullptr;
            if (column == u"*") {
                plain = sync::chain::ledgerRow(op.at(6).toMap());
            } else if (column == u"+" && def) {
                // An insert: each column's hash, of its plain value or as carried once it left.
                QList<std::pair<QString, QByteArray>> hashes;
                const QCborMap map = op.at(6).toMap();
                for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                    const QString name = it.key().toString();
                    const ColumnDef* c = def->column(name);
                    QCborValue value = it.value();
                    if (value.isArray()) {
                        hashes.append({name, value.toArray().at(0).toByteArray()});
                        continue;
                    }
                    if (c && c->sensitive && value.isByteArray()) {
                        const auto opened = key.open(table, name, row, value.toByteArray());
                        value = opened ? sync::chain::plainValue(*opened) : QCborValue(nullptr);
                    }
                    hashes.append(
                        {name, sync::chain::valueHash(contents.digestKey, table, row, name,
                                                      sync::chain::plainValue(value))});
                }
                plain = sync::chain::insertRow(hashes);
            } else if (col && col->sensitive && op.at(6).isByteArray()) {
                if (auto opened = key.open(table, column, row, op.at(6).toByteArray()))
                    plain = sync::chain::plainValue(*opened);
            } else if (column != u"-") {
                plain = sync::chain::plainValue(op.at(6));
            }
            digest = sync::chain::digest(contents.digestKey, site, seq, op.at(2).toInteger(), table,
                                         row, column, plain, op.at(7).toString());
        }
        Run& run = runs[site];
        if (run.chain.isEmpty()) {
            run.first = seq;
            run.chain = sync::chain::start(network, site);
        }
        sync::chain::extend(run.chain, digest);
        run.last = seq;
    }
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (!seeds.contains(it.key()) || it->first != 1)
            continue;
        const SiteKey signer = SiteKey::fromSeed(seeds.value(it.key()));
        auto member = std::find_if(contents.members.begin(), contents.members.end(),
                                   [&](const sync::MemberEntry& m) { return m.site == it.key(); });
        if (member == contents.members.end()) {
            contents.members.append(
                {it.key(), signer.publicKey(), QStringLiteral("Crafted"), 0, {}, {}});
            member = contents.members.end() - 1;
        }
        member->publicKey = signer.publicKey();
        member->voucher.clear();
        member->headSeq = it->last;
        member->headSignature = signer.sign(
            sync::chain::headMessage(network, it.key(), member->name, it->last, it->chain));
    }
    signContents(contents, seeds);
}

} // namespace larder::test
