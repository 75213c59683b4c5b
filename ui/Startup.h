// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/KeyRing.h"
#include "core/storage/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace larder {
class Store;
}

namespace larder::ui {

// What the command line asked for: a file to open, or the demo.
struct LaunchRequest {
    QString file;
    bool demo = false;
};

// Opening, creating and finding pantry files, for start-up and the File menu. Each operation
// returns a Result so the caller decides how to show a failure (a message box, a line in a
// dialog, a test's QCOMPARE); only chooseStore() and the *Interactively helpers show windows.
// Opening never writes to a file that is not a Larder file. The last real file opened is
// remembered in QSettings ("lastDatabase"); the demo never is, so practice data cannot take the
// place of a pantry's real file at the next start.
class Startup {
    Q_DECLARE_TR_FUNCTIONS(larder::ui::Startup)

public:
    static constexpr int DemoHouseholds = 300;

    static Result<std::unique_ptr<Store>> openPantry(const QString& path);
    // A new pantry file; with a passphrase, protected from the start (privacy at rest).
    static Result<std::unique_ptr<Store>> createPantry(const QString& path, const QString& siteName,
                                                       QByteArray passphrase = {});
    // The cost of key derivation: libsodium's moderate, or minimal when a test run sets
    // LARDER_KDF=minimal.
    static KdfLimits kdfLimits();
    // Opens the demo file in the app's data folder, making it first if it is missing.
    static Result<std::unique_ptr<Store>> openDemo(int households = DemoHouseholds);

    static QString demoPath();
    static bool isDemo(const QString& path);
    static QString lastDatabase();
    static void rememberDatabase(const QString& path);
    static void forgetDatabase();

    // A title and a text (what is wrong, then what to do, then the file) for a message box.
    static QString errorTitle(const Error& error);
    static QString describe(const Error& error);

    // Start-up: FILE or the demo when asked for, else the last file; when that is impossible or
    // fails, the start dialog, until a file opens or the person quits (then nullptr).
    static std::unique_ptr<Store> chooseStore(const LaunchRequest& request);

    // The demo, made with a progress dialog when it does not exist yet.
    static Result<std::unique_ptr<Store>> openDemoInteractively(QWidget* parent);
    // Asks for a pantry name and a place for the new file; an empty Result error of kind
    // Cancelled when the person backs out.
    static Result<std::unique_ptr<Store>> createPantryInteractively(QWidget* parent);
    // Joins a network: asks for a member's sync file, the network passphrase, this pantry's
    // name and where to keep the new file; Cancelled when the person backs out.
    static Result<std::unique_ptr<Store>> joinNetworkInteractively(QWidget* parent);
    // Asks for a file to open; Cancelled when the person backs out.
    static Result<std::unique_ptr<Store>> openPantryInteractively(QWidget* parent);
    // Shows a failed open or create in a message box (nothing for Cancelled).
    static void showError(QWidget* parent, const Error& error);
};

} // namespace larder::ui
