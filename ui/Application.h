// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QApplication;
class QCoreApplication;

namespace larder::ui {

struct LaunchRequest;

// What the desktop app does between creating QApplication and its event loop, kept out of
// app/larder/main.cpp so that main stays thin and tests can reach the same pieces.

// The language chosen in Settings on this computer ("es"), or empty for the computer's own.
QString chosenLanguage();
// Remembers the language for the next start (empty: the computer's own).
void chooseLanguage(const QString& code);

// Installs Larder's translator (embedded .qm files) and Qt's own for the language in LARDER_LANG
// ("es", "en", "ar"), else the one chosen in Settings, else the system's; makes it the default
// locale and sets the layout direction (right to left for Arabic). Returns that locale.
QLocale installTranslators(QCoreApplication& app);

// Application-wide look: window icon and a readable minimum font size.
void applyLook(QApplication& app);

// Chooses the file to open (see Startup::chooseStore), shows the main window and runs the event
// loop. Returns the exit code: 0 also when the person quits from the start dialog.
int run(QApplication& app, const LaunchRequest& request);

} // namespace larder::ui
