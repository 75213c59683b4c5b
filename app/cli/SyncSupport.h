// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the sync commands (SyncCommands.cpp, SyncNetworkCommands.cpp) share with each other and
// with init and demo (FileCommands.cpp): the network passphrase read from a file, the cost of the
// key derivation, and how far a clock runs ahead.

#include "app/cli/Cli.h"
#include "core/storage/Result.h"
#include "core/sync/SyncFile.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>

namespace larder::cli {

// The network passphrase, read from the first line of a file (its line end stripped) so that it
// never appears in a command line, a process list or the shell's history. Wiped when destroyed;
// never printed.
class Passphrase {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::Passphrase)

public:
    Passphrase() = default;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;
    Passphrase(Passphrase&& other) noexcept;
    ~Passphrase();

    // Refuses a missing, unreadable or empty file (or one whose first line is empty).
    static Result<Passphrase> fromFile(const QString& path);
    // The passphrase: hand it to the Replicator, which wipes its own copy.
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

// --passphrase-file P, as every command that needs the passphrase spells it.
QCommandLineOption passphraseFileOption();
// The passphrase named by --passphrase-file; throws UsageProblem when the option is missing.
Result<Passphrase> requiredPassphrase(const Context& context);
// Whether `passphrase`, read from `file`, may become a new pantry's or network's passphrase
// (core/storage/PassphrasePolicy); the refusal names the file.
Result<void> acceptableNewPassphrase(const Passphrase& passphrase, const QString& file,
                                     const QString& pantryName);

// The Argon2id cost the CLI seals files and stores the passphrase verifier with: moderate, or
// minimal when the environment says LARDER_KDF=minimal (for tests only: such files are cheap to
// attack). Throws UsageProblem for any other value of LARDER_KDF.
sync::KdfLimits kdfLimits();
// The sentence about LARDER_KDF that the help of each command that derives a key carries.
QString kdfHelp();

// "30 hours", "2 days": how far another laptop's clock runs ahead of this one's.
QString durationText(qint64 ms);

// sync export and sync import (SyncNetworkCommands.cpp), subcommands of sync (SyncCommands.cpp).
Command syncExportCommand();
// sync members and sync revoke (SyncMemberCommands.cpp).
Command syncMembersCommand();
Command syncRevokeCommand();
Command syncImportCommand();

} // namespace larder::cli
