// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli: the same core as the Larder app, without a window (see Cli.h and Commands.h).

#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// What the command paints, which decides the application it needs: `print` paints pages (a
// QGuiApplication); `report pdf` draws charts too, with Qt Charts' graphics scene (a
// QApplication). Every other command stays headless (no display, no platform plugin).
enum class Paints { Nothing, Pages, Charts };

Paints whatItPaints(int argc, char* argv[]) {
    const char* command = nullptr;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i; // its value
            continue;
        }
        if (arg[0] == '-')
            continue;
        if (!command) {
            command = arg;
            if (std::strcmp(command, "print") == 0)
                return Paints::Pages;
            if (std::strcmp(command, "report") != 0)
                return Paints::Nothing;
            continue;
        }
        return std::strcmp(arg, "pdf") == 0 ? Paints::Charts : Paints::Nothing;
    }
    return Paints::Nothing;
}

// Offscreen printing on a machine without a session says XDG_RUNTIME_DIR is not set: true and
// harmless, and not the one line on stderr a script should see.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"_s))
        return;
    qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
#ifdef Q_OS_UNIX
    // Everything Larder writes (the pantry, its log, backups, sheets, exports, sync files) is
    // readable by its owner only (docs/ARCHITECTURE.md, "Privacy at rest").
    ::umask(077);
#endif
    std::unique_ptr<QCoreApplication> application;
    const Paints paints = whatItPaints(argc, argv);
    if (paints != Paints::Nothing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        if (paints == Paints::Charts)
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"larder-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LARDER_VERSION));
    // Messages in the language of LARDER_LANG, else the system's (LANG, LC_ALL). Numbers and
    // dates in the output keep one format on every machine: scripts read them.
    larder::i18n::install(larder::i18n::chooseLocale(QString()), false);
    larder::cli::Cli cli(larder::cli::allCommands());
    return cli.run(QCoreApplication::arguments());
}
