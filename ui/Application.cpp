// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Application.h"

#include "core/storage/Store.h"
#include "i18n/Language.h"
#include "ui/MainWindow.h"
#include "ui/Startup.h"
#include "ui/common/Palette.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {
const QString LanguageKey = u"language"_s;
}

QString chosenLanguage() {
    return QSettings().value(LanguageKey).toString();
}

void chooseLanguage(const QString& code) {
    if (code.isEmpty())
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, code);
}

QLocale installTranslators(QCoreApplication& app) {
    Q_UNUSED(app);
    const QLocale locale = i18n::chooseLocale(chosenLanguage());
    i18n::install(locale, true);
    // Arabic reads right to left: pages, tables, the intake line and dialogs mirror.
    QGuiApplication::setLayoutDirection(locale.textDirection());
    return locale;
}

void applyLook(QApplication& app) {
    app.setWindowIcon(QIcon(u":/larder/icons/org.larder.Larder.svg"_s));
    // On a dark or high-contrast theme the style's frames (a shade darker than the window) vanish
    // into a black window: fields get a light frame, and a thicker one in the highlight colour
    // where the keyboard is.
    if (Palette::darkTheme()) {
        app.setStyleSheet(u"QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit { border: 1px "
                          u"solid palette(mid); padding: 2px; }"
                          u"QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, "
                          u"QPlainTextEdit:focus { border: 2px solid palette(highlight); }"_s);
    }
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
