// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/SyncSupport.h"

#include "core/storage/PassphrasePolicy.h"

#include <QFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace larder::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(larder::cli::SyncCommands)
};

constexpr qsizetype MaxPassphraseFile = 64 * 1024;

} // namespace

Passphrase::Passphrase(Passphrase&& other) noexcept
    : m_bytes(std::move(other.m_bytes)) {}

Passphrase::~Passphrase() {
    if (!m_bytes.isEmpty())
        sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size()));
}

Result<Passphrase> Passphrase::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("The passphrase file cannot be read (%1).").arg(file.errorString()),
                           tr("Write the network's passphrase on the first line of a file only "
                              "you can read, and give its name."))
            .at(path);
    QByteArray content = file.read(MaxPassphraseFile);
    qsizetype end = content.indexOf('\n');
    if (end < 0)
        end = content.size();
    if (end > 0 && content.at(end - 1) == '\r')
        --end;
    Passphrase passphrase;
    passphrase.m_bytes = QByteArray(content.constData(), end);
    if (!content.isEmpty())
        sodium_memzero(content.data(), std::size_t(content.size()));
    if (passphrase.m_bytes.isEmpty())
        return Error::invalidInput(
                   tr("The passphrase file is empty (its first line holds no passphrase)."),
                   tr("Write the network's passphrase on its first line."))
            .at(path);
    return Result<Passphrase>(std::move(passphrase));
}

QCommandLineOption passphraseFileOption() {
    return QCommandLineOption(
        u"passphrase-file"_s,
        Tr::tr("a file whose first line is the network's passphrase (never printed)"), u"P"_s);
}

Result<Passphrase> requiredPassphrase(const Context& context) {
    if (!context.isSet(u"passphrase-file"_s) || context.value(u"passphrase-file"_s).isEmpty())
        throw UsageProblem{Tr::tr("the network's passphrase is needed: add --passphrase-file P")};
    return Passphrase::fromFile(context.value(u"passphrase-file"_s));
}

Result<void> acceptableNewPassphrase(const Passphrase& passphrase, const QString& file,
                                     const QString& pantryName) {
    if (auto ok = passphrase::check(QString::fromUtf8(passphrase.bytes()), {pantryName}); !ok)
        return Error(ok.error()).at(file);
    return {};
}

sync::KdfLimits kdfLimits() {
    const QByteArray value = qgetenv("LARDER_KDF");
    if (value.isEmpty() || value == "moderate")
        return sync::KdfLimits::moderate();
    if (value == "minimal" && sync::KdfLimits::weakAllowed())
        return sync::KdfLimits::minimal();
    if (value == "minimal")
        throw UsageProblem{Tr::tr("LARDER_KDF=minimal works only in a build made for tests; "
                                  "this Larder always uses the moderate cost. Unset LARDER_KDF.")};
    throw UsageProblem{Tr::tr("LARDER_KDF must be \"moderate\" (the default) or \"minimal\" (for "
                              "tests only), not \"%1\"")
                           .arg(QString::fromLocal8Bit(value))};
}

QString kdfHelp() {
    return Tr::tr("The passphrase is stretched with Argon2id at libsodium's moderate cost (about a "
                  "second and 256 MiB). For tests only, the environment variable "
                  "LARDER_KDF=minimal makes that cost negligible, and the files it makes easy to "
                  "attack: never set it for a real pantry.");
}

QString durationText(qint64 ms) {
    const qint64 hours = ms / (3600 * 1000);
    if (hours < 48)
        return Tr::tr("%1 hours").arg(hours);
    return Tr::tr("%1 days").arg(hours / 24);
}

} // namespace larder::cli
