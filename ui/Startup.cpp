// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Startup.h"

#include "core/demo/DemoData.h"
#include "core/inventory/Inventory.h"
#include "core/storage/Backup.h"
#include "core/storage/CloudFolder.h"
#include "core/storage/Store.h"
#include "core/sync/Replicator.h"
#include "ui/PassphraseDialog.h"
#include "ui/StartDialog.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

const auto LastDatabaseKey = u"lastDatabase"_s;

QString fileFilter() {
    return Startup::tr("Larder pantry files (*.larder);;All files (*)");
}

QString documentsFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

// Asks where to keep a new pantry file, suggesting one named after the pantry (empty: cancelled).
QString askNewPantryPath(QWidget* parent, const QString& name) {
    QString suggested = name.simplified();
    suggested.replace(QRegularExpression(u"[^\\w\\- ]"_s), QString());
    if (suggested.isEmpty())
        suggested = Startup::tr("pantry");
    QString proposed = Startup::newPantryFolder() + u'/' + suggested + u".larder"_s;
    while (true) {
        QString path = QFileDialog::getSaveFileName(
            parent, Startup::tr("Where to keep the new pantry file"), proposed, fileFilter(),
            nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += u".larder"_s;
        const QString warning = path.isEmpty() ? QString() : Startup::cloudWarning(path);
        if (warning.isEmpty())
            return path;
        // A synced folder: say so before the file exists, and propose another place.
        QMessageBox ask(QMessageBox::Warning, Startup::tr("A synced folder"), warning,
                        QMessageBox::NoButton, parent);
        ask.setTextFormat(Qt::RichText);
        QPushButton* elsewhere =
            ask.addButton(Startup::tr("Choose another folder"), QMessageBox::AcceptRole);
        ask.addButton(Startup::tr("Keep it here"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(elsewhere);
        ask.exec();
        if (ask.clickedButton() != elsewhere)
            return path;
        proposed = Startup::newPantryFolder() + u'/' + QFileInfo(path).fileName();
    }
}

// A new pantry: its name, asked under `title`, and where to keep its file. Empty when cancelled.
std::optional<std::pair<QString, QString>> askNewPantry(QWidget* parent, const QString& title) {
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, title,
        Startup::tr(
            "What is this pantry called? Other pantries in your network will see this name."),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    const QString path = askNewPantryPath(parent, name);
    if (path.isEmpty())
        return std::nullopt;
    return std::pair{name, path};
}

} // namespace

Result<std::unique_ptr<Store>> Startup::openPantry(const QString& path) {
    auto store = Store::open(path);
    if (store && !isDemo(path)) {
        rememberDatabase(path);
        // A copy a day next to the file, rotated; a failed backup never blocks opening.
        if (auto backup = Backups(**store).takeIfDue(); !backup)
            qWarning("%s", qPrintable(backup.error().toString()));
    }
    return store;
}

Result<std::unique_ptr<Store>> Startup::createPantry(const QString& path, const QString& siteName,
                                                     QByteArray passphrase) {
    StoreOptions options;
    if (!passphrase.isEmpty()) {
        options.passphrase = std::move(passphrase);
        options.kdf = kdfLimits();
    }
    auto store = Store::create(path, siteName, options);
    if (!store)
        return store;
    // Stock needs a place to be: a new pantry starts with one, so the first donation can be
    // received at once (renamed or joined by others with larder-cli locations).
    inventory::Location shelves;
    shelves.name = tr("Shelves");
    if (auto added = inventory::Inventory(**store).addLocation(shelves); !added)
        return added.error();
    rememberDatabase(path);
    return store;
}

Result<std::unique_ptr<Store>> Startup::openDemo(int households) {
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        demo::DemoOptions options;
        options.households = households;
        auto made = demo::createDemoFile(path, options);
        if (!made)
            return made.error();
    }
    return Store::open(path);
}

QString Startup::demoPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.larder"_s;
}

QString Startup::newPantryFolder() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (folder.isEmpty())
        return documentsFolder();
    QDir().mkpath(folder);
    return folder;
}

QString Startup::cloudWarning(const QString& path) {
    const QString what =
        tr("A copy then lives outside this laptop, on every computer and server the folder is "
           "synced to (names, addresses and phones readable unless the pantry has a "
           "passphrase), and a file copied while Larder has it open can arrive damaged. Close "
           "Larder, move the file and its .backups folder to a folder on this laptop only, and "
           "open it from there.");
    if (const auto cloud = findCloudFolder(path))
        return tr("<b>This pantry file is in a folder that %1 copies off this laptop:</b> %2. "
                  "%3")
            .arg(cloud->service.toHtmlEscaped(),
                 QDir::toNativeSeparators(cloud->folder).toHtmlEscaped(), what.toHtmlEscaped());
    if (const auto cloud = findCloudFolder(Backups::defaultFolder(path)))
        return tr("<b>This pantry's backups are in a folder that %1 copies off this laptop:</b> "
                  "%2. %3")
            .arg(cloud->service.toHtmlEscaped(),
                 QDir::toNativeSeparators(cloud->folder).toHtmlEscaped(), what.toHtmlEscaped());
    return {};
}

bool Startup::isDemo(const QString& path) {
    return QFileInfo(path).absoluteFilePath() == QFileInfo(demoPath()).absoluteFilePath();
}

QString Startup::lastDatabase() {
    return QSettings().value(LastDatabaseKey).toString();
}

void Startup::rememberDatabase(const QString& path) {
    QSettings().setValue(LastDatabaseKey, QFileInfo(path).absoluteFilePath());
}

void Startup::forgetDatabase() {
    QSettings().remove(LastDatabaseKey);
}

QString Startup::errorTitle(const Error& error) {
    switch (error.kind) {
    case Error::Kind::NotADatabase:
    case Error::Kind::NotLarder:
        return tr("This is not a Larder file");
    case Error::Kind::NewerSchema:
        return tr("This file needs a newer Larder");
    case Error::Kind::ReadOnlyFolder:
        return tr("Larder cannot write here");
    case Error::Kind::AlreadyOpen:
        return tr("This file is already open");
    case Error::Kind::AlreadyExists:
        return tr("This file already exists");
    case Error::Kind::NotFound:
        return tr("File not found");
    default:
        return tr("Larder could not open the file");
    }
}

QString Startup::describe(const Error& error) {
    QString text = error.message;
    if (!error.hint.isEmpty())
        text += u"\n\n"_s + error.hint;
    if (!error.path.isEmpty())
        text += u"\n\n"_s + tr("File: %1").arg(QDir::toNativeSeparators(error.path));
    return text;
}

std::unique_ptr<Store> Startup::chooseStore(const LaunchRequest& request) {
    QString headline;
    QString details;
    auto attempt = [&](Result<std::unique_ptr<Store>> result,
                       const QString& lead) -> std::unique_ptr<Store> {
        if (result)
            return std::move(result).value();
        headline = lead;
        details = describe(result.error());
        return nullptr;
    };
    if (request.demo) {
        if (auto store = attempt(openDemoInteractively(nullptr),
                                 tr("Larder could not open the demo pantry.")))
            return store;
    } else if (!request.file.isEmpty()) {
        if (auto store = attempt(openPantry(request.file),
                                 tr("Larder could not open the file you asked for.")))
            return store;
    } else if (const QString last = lastDatabase(); !last.isEmpty()) {
        if (auto store = attempt(openPantry(last),
                                 tr("Larder could not open the pantry file used last time.")))
            return store;
    }
    StartDialog dialog;
    dialog.setNotice(headline, details);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeStore();
}

Result<std::unique_ptr<Store>> Startup::openDemoInteractively(QWidget* parent) {
    const QString path = demoPath();
    if (QFileInfo::exists(path))
        return Store::open(path);
    QDir().mkpath(QFileInfo(path).absolutePath());

    // Making the demo writes a few weeks of history; a worker thread keeps the window alive and
    // the dialog shows how far it got. The worker's Store never leaves its thread.
    QProgressDialog progress(tr("Making a demo pantry with %n households…", "", DemoHouseholds),
                             QString(), 0, 100, parent);
    progress.setWindowTitle(tr("Try the demo"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setValue(0);

    std::atomic<int> percent{0};
    std::optional<Result<demo::DemoSummary>> made;
    QEventLoop loop;
    demo::DemoOptions options;
    options.households = DemoHouseholds;
    options.progress = [&percent](qint64 done, qint64 total) {
        if (total > 0)
            percent = int(qBound<qint64>(0, done * 100 / total, qint64(100)));
    };
    std::thread worker([&] {
        made.emplace(demo::createDemoFile(path, options));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress,
                     [&progress, &percent] { progress.setValue(percent.load()); });
    timer.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker.join();
    timer.stop();
    progress.reset();
    if (!made->ok())
        return made->error();
    return Store::open(path);
}

Result<std::unique_ptr<Store>> Startup::createPantryInteractively(QWidget* parent) {
    const auto pantry = askNewPantry(parent, tr("New pantry file"));
    if (!pantry)
        return Error::cancelled();
    const auto& [name, path] = *pantry;
    QByteArray passphrase = PassphraseDialog::ask(
        PassphraseDialog::Mode::New, name,
        tr("Names, addresses, phones and notes are kept sealed with this passphrase: someone who "
           "takes the laptop or copies the file cannot read them. Volunteers on shift do not "
           "need it (stock, counts and packing work without it); a coordinator types it to see "
           "or change the details. Pantries of one network share it."),
        parent);
    if (passphrase.isEmpty())
        return Error::cancelled();
    return createPantry(path, name, std::move(passphrase));
}

KdfLimits Startup::kdfLimits() {
    // The weak cost exists only in a build made for tests (KdfLimits::weakAllowed).
    return qEnvironmentVariable("LARDER_KDF") == u"minimal" && KdfLimits::weakAllowed()
               ? KdfLimits::minimal()
               : KdfLimits::moderate();
}

Result<std::unique_ptr<Store>> Startup::joinNetworkInteractively(QWidget* parent) {
    const QString syncFile = QFileDialog::getOpenFileName(
        parent, tr("A sync file from a pantry of the network"), documentsFolder(),
        tr("Larder sync files (*.lardersync);;All files (*)"));
    if (syncFile.isEmpty())
        return Error::cancelled();
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        parent, tr("Network passphrase"),
        tr("Type the network's passphrase (ask the pantry that gave you the file)."),
        QLineEdit::Password, QString(), &ok);
    if (!ok || passphrase.isEmpty())
        return Error::cancelled();
    const auto pantry = askNewPantry(parent, tr("This pantry's name"));
    if (!pantry)
        return Error::cancelled();
    const auto& [name, path] = *pantry;
    auto joined =
        sync::Replicator::join(path, name, syncFile, passphrase.toUtf8(), {}, kdfLimits());
    if (joined)
        rememberDatabase(path);
    return joined;
}

Result<std::unique_ptr<Store>> Startup::openPantryInteractively(QWidget* parent) {
    const QString last = lastDatabase();
    const QString folder = last.isEmpty() ? documentsFolder() : QFileInfo(last).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Open a pantry file"), folder, fileFilter());
    if (path.isEmpty())
        return Error::cancelled();
    return openPantry(path);
}

void Startup::showError(QWidget* parent, const Error& error) {
    if (error.kind == Error::Kind::Cancelled)
        return;
    QMessageBox box(QMessageBox::Warning, errorTitle(error), describe(error), QMessageBox::Ok,
                    parent);
    box.setText(u"<b>"_s + errorTitle(error).toHtmlEscaped() + u"</b>"_s);
    box.setInformativeText(describe(error));
    box.exec();
}

} // namespace larder::ui
