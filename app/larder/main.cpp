// SPDX-License-Identifier: GPL-3.0-or-later
// larder: the desktop app. Parses the command line, makes sure there is a display, and hands
// over to larder_ui; everything else lives in ui/ and core/.

#include "ui/Application.h"
#include "ui/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Without a display Qt would abort with a message about platform plugins that helps nobody.
bool displayMissing() {
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

QString executablePath(const char* argv0) {
#ifdef Q_OS_LINUX
    const QString self = QFileInfo(u"/proc/self/exe"_s).symLinkTarget();
    if (!self.isEmpty())
        return self;
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
}

} // namespace

int main(int argc, char* argv[]) {
#ifdef Q_OS_UNIX
    // Everything Larder writes (the pantry, its log, backups, sheets, exports, sync files) is
    // readable by its owner only (docs/ARCHITECTURE.md, "Privacy at rest").
    ::umask(077);
#endif
    QCoreApplication::setOrganizationName(u"Larder"_s);
    QCoreApplication::setApplicationName(u"Larder"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LARDER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Stock, households and delivery routes for mutual-aid food pantries."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  u"Open the demo pantry (made on first use) in the app's data "
                                  u"folder."_s);
    parser.addOption(demo);
    parser.addPositionalArgument(u"FILE"_s, u"A Larder pantry file to open."_s, u"[FILE]"_s);

    if (!parser.parse(arguments) || parser.positionalArguments().size() > 1 ||
        (parser.isSet(demo) && !parser.positionalArguments().isEmpty())) {
        const QString error = parser.errorText().isEmpty()
                                  ? u"give at most one FILE, or --demo alone"_s
                                  : parser.errorText();
        std::fprintf(stderr, "larder: %s\nTry 'larder --help'.\n", qUtf8Printable(error));
        return 2;
    }
    if (parser.isSet(help) || parser.isSet(u"help-all"_s) || parser.isSet(version)) {
        // Help and version need no display.
        QCoreApplication app(argc, argv);
        parser.process(app);
        return 0;
    }
    if (displayMissing()) {
        std::fprintf(stderr,
                     "Larder needs a display. On a machine without one, run it under Xvfb: "
                     "xvfb-run -a %s --demo\n",
                     qUtf8Printable(executablePath(argv[0])));
        return 1;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(LARDER_APP_ID));
    larder::ui::installTranslators(app);

    larder::ui::LaunchRequest request;
    request.demo = parser.isSet(demo);
    if (!parser.positionalArguments().isEmpty())
        request.file = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    return larder::ui::run(app, request);
}
