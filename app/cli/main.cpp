// larder-cli: the same core as the Larder app, without a window (see Cli.h and Commands.h).

#include "Cli.h"
#include "Commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"larder-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LARDER_VERSION));
    larder::cli::Cli cli(larder::cli::allCommands());
    return cli.run(QCoreApplication::arguments());
}
