// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QTimer;
class QStackedWidget;
class QUndoGroup;

namespace larder {
class Store;
}

namespace larder::ui {

class Page;
class ShiftPicker;

// The desktop app's one window: navigation between the pages on the left (Ctrl+1..7), the page
// on the right, "who is on shift" in the header, the file and pantry in the status bar. It owns
// the open store; opening another file replaces the store and rebuilds every page for it, so a
// page never outlives the store it shows. A page is made the first time it is shown, so the first
// screen does not wait for the other six.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class PageId { Today, Inventory, Households, Distribution, Sync, Reports, Settings };
    static constexpr int PageCount = 7;

    explicit MainWindow(std::unique_ptr<Store> store, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() const { return *m_store; }
    // Closes the open file and shows `store` instead, with nobody on shift.
    void setStore(std::unique_ptr<Store> store);

    void showPage(PageId page);
    PageId currentPage() const;
    // The page, made now if it has not been shown yet (pages are made on their first visit).
    Page* page(PageId page);
    // The page if it has been made, else null.
    Page* builtPage(PageId page) const;
    static QString pageTitle(PageId page);
    // Unlocks the household details with `passphrase`, as the Unlock dialog does: a wrong one
    // is refused with a message and closes the door for a while, longer after each failure.
    Result<void> unlockDetails(QByteArray passphrase);
    // Locks them: pages are rebuilt without any personal value, the search index emptied.
    void lockDetails();
    // A real pantry without a passphrase (one made before privacy at rest) is asked for one when
    // it opens; "Cancel" leaves the red banner and File ▸ Protect with a passphrase.
    void offerFirstPassphrase();

    // The About box's text: version, what Larder is, the licence.
    static QString aboutText();

private:
    void buildMenus();
    void buildEditMenu();
    // Makes the shown page (on its first visit) and its undo stack the active one (Edit menu,
    // Ctrl+Z).
    void followPageUndo();
    void buildHeader();
    void buildPages();
    void clearPages();
    void updateForStore();
    void updateShiftBanner();
    // Privacy at rest: the banners, the menu items and the idle timer follow the lock.
    void buildLockMenu(QMenu* file);
    void updateForProtection();
    // The red banner about backups taken before the passphrase (reads every backup file).
    void updatePlainBackupsBanner();
    void askToUnlock();
    void askForFirstPassphrase();
    // Offers to delete the backups taken before the passphrase (they show names and addresses)
    // and take a protected one; the confirmation names each file.
    void replacePlainBackups();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void replaceStore(Result<std::unique_ptr<Store>> result);
    bool isCurrentFile(const QString& path) const;
    void newPantry();
    void openPantry();
    void openDemo();
    void about();

    std::unique_ptr<Store> m_store;
    ShiftPicker* m_shiftPicker = nullptr;
    QLabel* m_siteHeader = nullptr;
    QLabel* m_shiftBanner = nullptr;
    QLabel* m_onShiftBanner = nullptr; // who is on shift, where the notice was
    // The shift notice, who is on shift, or the lock notice: always one of the three, in one
    // place of one height, so the pages never jump when a shift starts (issue #17).
    QStackedWidget* m_shiftRow = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_lockBanner = nullptr;         // the details are locked
    QLabel* m_unprotectedBanner = nullptr;  // the pantry has no passphrase yet
    QLabel* m_plainBackupsBanner = nullptr; // backups from before the passphrase are readable
    QLabel* m_cloudBanner = nullptr;        // the file or its backups are in a synced folder
    QAction* m_lockAction = nullptr;
    QAction* m_unlockAction = nullptr;
    QAction* m_protectAction = nullptr;
    QTimer* m_idleLock = nullptr;    // locks the details after the idle minutes of the setting
    QTimer* m_unlockPause = nullptr; // the wait after a wrong passphrase, longer each time
    int m_failedUnlocks = 0;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QUndoGroup* m_undoGroup = nullptr; // every page's undo stack; the shown page's is active
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_siteLabel = nullptr;
    QList<QAction*> m_goActions; // Ctrl+1..7, one per page
};

} // namespace larder::ui
