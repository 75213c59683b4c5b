// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Application.h"

#include "core/storage/Store.h"
#include "ui/MainWindow.h"
#include "ui/Startup.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace larder::ui {

QLocale installTranslators(QCoreApplication& app) {
    const QString wanted = qEnvironmentVariable("LARDER_LANG");
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    QLocale::setDefault(locale);

    auto* larder = new QTranslator(&app);
    if (larder->load(locale, u"larder"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(larder);
    else
        delete larder;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

void applyLook(QApplication& app) {
    app.setWindowIcon(QIcon(u":/larder/icons/org.larder.Larder.svg"_s));
    // Volunteers of every age read this screen at arm's length: never smaller than 10 points.
    QFont font = app.font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10.0) {
        font.setPointSizeF(10.0);
        app.setFont(font);
    }
}

int run(QApplication& app, const LaunchRequest& request) {
    applyLook(app);
    std::unique_ptr<Store> store = Startup::chooseStore(request);
    if (!store)
        return 0;
    MainWindow window(std::move(store));
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerFirstPassphrase);
    return app.exec();
}

} // namespace larder::ui
