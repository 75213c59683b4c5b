// SPDX-License-Identifier: GPL-3.0-or-later
// larder-icon-render: draws the app's SVG icon as PNGs in the freedesktop hicolor sizes, at build
// time, so the installed icon is made from the one drawing (resources/icons/) and never drawn
// twice. Uses Qt's SVG image plugin (libqt6svg6, a run-time dependency of Larder anyway).
//
// usage: larder-icon-render ICON.svg OUT_DIR NAME SIZE...
//        writes OUT_DIR/SIZExSIZE/apps/NAME.png for each size

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: larder-icon-render ICON.svg OUT_DIR NAME SIZE...\n");
        return 2;
    }
    const QString svg = arguments.at(1);
    for (int i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "larder-icon-render: \"%s\" is not a size from 8 to 1024\n",
                         qPrintable(arguments.at(i)));
            return 2;
        }
        QImageReader reader(svg);
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr,
                         "larder-icon-render: cannot read %s: %s. Is Qt's SVG plugin "
                         "(libqt6svg6) installed?\n",
                         qPrintable(svg), qPrintable(reader.errorString()));
            return 1;
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        const QString out = folder + QLatin1Char('/') + arguments.at(3) + QStringLiteral(".png");
        if (!QDir().mkpath(folder) || !image.save(out, "PNG")) {
            std::fprintf(stderr, "larder-icon-render: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
