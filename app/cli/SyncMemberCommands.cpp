// SPDX-License-Identifier: GPL-3.0-or-later
// sync members and sync revoke: who belongs to the network, and revoking a lost laptop
// (core/sync/Membership.h does the work).

#include "app/cli/CliSupport.h"
#include "app/cli/SyncSupport.h"
#include "core/sync/Replicator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::SyncCommands)
};

QJsonObject memberJson(const sync::Member& m) {
    QJsonObject object{{u"site"_s, m.site},
                       {u"name"_s, m.name},
                       {u"fingerprint"_s, m.fingerprint},
                       {u"self"_s, m.self},
                       {u"id_from_key"_s, m.idFromKey},
                       {u"vouched_by"_s, m.vouchedBy},
                       {u"signed_up_to"_s, m.signedUpTo},
                       {u"admitted_at"_s, m.admittedAt},
                       {u"admitted_from"_s, m.admittedFrom}};
    if (m.revokedAfter) {
        object.insert(u"revoked_after"_s, *m.revokedAfter);
        object.insert(
            u"revoked_at"_s,
            QDateTime::fromMSecsSinceEpoch(m.revokedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
        object.insert(u"revoked_by"_s, m.revokedBy);
    }
    return object;
}

// One laptop as the list shows it: name, fingerprint, what is known of it.
QString memberLine(const sync::Member& m) {
    QString line = u"%1  %2  "_s.arg(m.site.left(12), m.name);
    if (!m.fingerprint.isEmpty())
        line += Tr::tr("fingerprint %1").arg(m.fingerprint);
    else
        line += Tr::tr("no key yet (history vouched for by \"%1\")").arg(m.vouchedBy);
    if (m.self)
        line += Tr::tr(" — this laptop");
    else
        line += Tr::tr("; %1 changes signed; known since %2, from \"%3\"")
                    .arg(m.signedUpTo)
                    .arg(localTime(m.admittedAt), m.admittedFrom);
    if (!m.fingerprint.isEmpty() && !m.idFromKey)
        line += Tr::tr("; id from before signed changes");
    if (m.revokedAfter)
        line +=
            Tr::tr("; REVOKED by \"%1\" on %2, after its change %3")
                .arg(m.revokedBy, localTime(QDateTime::fromMSecsSinceEpoch(m.revokedAtMs, Qt::UTC)))
                .arg(*m.revokedAfter);
    return line;
}

int runMembers(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    sync::Replicator replicator(**store);
    const QList<sync::Member> members = replicator.members();
    if (context.isSet(u"json"_s)) {
        QJsonArray list;
        for (const sync::Member& m : members)
            list.append(memberJson(m));
        printJson(context, QJsonObject{{u"members"_s, list}});
        return Success;
    }
    if (members.isEmpty()) {
        context.out << Tr::tr("No laptop is known yet: the list fills with the first sync file "
                              "this laptop exports or imports.")
                    << '\n';
        return Success;
    }
    for (const sync::Member& m : members)
        context.out << memberLine(m) << '\n';
    return Success;
}

int runRevoke(Context& context) {
    auto store = context.openPantry();
    if (!store)
        return context.fail(store.error());
    sync::Replicator replicator(**store);
    auto revoked = replicator.revoke(context.arguments.at(0));
    if (!revoked)
        return context.fail(revoked.error());
    if (context.isSet(u"json"_s)) {
        printJson(context, memberJson(revoked.value()));
        return Success;
    }
    context.out << Tr::tr("Revoked \"%1\" (fingerprint %2): its changes after number %3 are "
                          "refused on every laptop this laptop's next sync files reach, and its "
                          "own files are refused whole.")
                       .arg(revoked->name,
                            revoked->fingerprint.isEmpty() ? Tr::tr("none") : revoked->fingerprint)
                       .arg(*revoked->revokedAfter)
                << '\n'
                << Tr::tr("If the laptop was lost, also rotate the network's key (\"larder-cli "
                          "passphrase rotate\"), so it cannot read what is shared from now on.")
                << '\n';
    return Success;
}

} // namespace

Command syncMembersCommand() {
    Command members;
    members.name = u"members"_s;
    members.summary = Tr::tr("List the network's laptops with their key fingerprints.");
    members.description = Tr::tr(
        "Every laptop this one knows from sync files, itself first: its name, the fingerprint "
        "of the key that signs its changes (compare it with the one on that laptop's Sync page "
        "before trusting it), how many of its changes this laptop holds signed, when and from "
        "whose file it was first seen, and whether it was revoked. A laptop from before signed "
        "changes shows no key until its own first new file arrives; its history is vouched for "
        "by the laptop that relayed it. --json prints {\"members\": [{\"site\", \"name\", "
        "\"fingerprint\", \"self\", \"signed_up_to\", \"revoked_after\", ...}]}.");
    members.synopsis = u"[--json]"_s;
    members.options = {jsonOption()};
    members.example = u"larder-cli --db eastside.larder sync members"_s;
    members.run = runMembers;
    return members;
}

Command syncRevokeCommand() {
    Command revoke;
    revoke.name = u"revoke"_s;
    revoke.summary = Tr::tr("Revoke a lost or misused laptop: its new changes are refused.");
    revoke.description = Tr::tr(
        "Names the laptop by its name or the start of its id (as \"sync members\" shows it). "
        "Its changes after the newest one this laptop holds are refused on every laptop the "
        "revocation reaches — it travels, signed by this laptop, in every sync file from now "
        "on — and files it makes are refused whole. It cannot be undone. Revoking does not stop "
        "the lost laptop reading new files: rotate the network's key as well (\"passphrase "
        "rotate\").");
    revoke.synopsis = u"NAME|ID [--json]"_s;
    revoke.arguments = {u"NAME|ID"_s};
    revoke.options = {jsonOption()};
    revoke.example = u"larder-cli --db eastside.larder sync revoke \"Church hall laptop\""_s;
    revoke.run = runRevoke;
    return revoke;
}

} // namespace larder::cli
