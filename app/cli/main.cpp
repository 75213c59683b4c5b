// SPDX-License-Identifier: GPL-3.0-or-later
// larder-cli: the same core as the Larder app, without a window (see Cli.h and Commands.h).

#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Whether the command is `print`: it paints pages, which needs a QGuiApplication. Every other
// command stays headless (no display, no platform plugin).
bool isPrintCommand(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i; // its value
            continue;
        }
        if (arg[0] == '-')
            continue;
        return std::strcmp(arg, "print") == 0;
    }
    return false;
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
    if (isPrintCommand(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietMessages);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"larder-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LARDER_VERSION));
    larder::cli::Cli cli(larder::cli::allCommands());
    return cli.run(QCoreApplication::arguments());
}
