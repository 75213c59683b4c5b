// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Result.h"
#include "core/sync/Replicator.h"
#include "ui/common/Page.h"

#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace larder::sync {
class SyncFolder;
}

namespace larder::ui {

class MembersPanel;
class StatCard;
class StoreTask;
class SyncImportsModel;

// Sharing this pantry's changes with the other laptops of its network: export a sync file (all
// changes, or what one known laptop lacks), import files (each file refused whole or applied
// whole), a shared folder kept in step by Syncthing or Nextcloud (with the files it refused and
// skips until they change), what came from whom and when, clock warnings, and edits made on two
// laptops at once to review. Imports, exports and folder rounds run off the GUI thread with
// progress and Cancel (StoreTask). The passphrase is asked for when needed and kept only in
// memory while the page lives.
class SyncPage : public Page {
    Q_OBJECT

public:
    explicit SyncPage(Store& store, QWidget* parent = nullptr);
    // The page's name in the navigation list and its heading (known before the page is built).
    static QString pageTitle();
    ~SyncPage() override;

    void refresh();

    // The work behind the buttons, without dialogs (the buttons ask for paths and passphrase).
    Result<sync::ExportSummary> exportTo(const QString& path, const QByteArray& passphrase,
                                         const QString& forSite = {});
    // Imports each file in its own transaction; returns one line per file for the person.
    QStringList importFiles(const QStringList& paths, const QByteArray& passphrase);
    Result<void> createNetwork(const QByteArray& passphrase);
    // A laptop was lost: a new key and passphrase for the network (Store::rotateKey), on a
    // worker thread with progress, as the "A laptop was lost…" button does after asking.
    Result<void> rotateKey(const QByteArray& current, const QByteArray& next);
    Result<void> setFolder(const QString& folder);
    QStringList syncFolderNow(const QByteArray& passphrase);

    sync::Replicator& replicator() const { return *m_replicator; }
    sync::SyncFolder& folder() const { return *m_folder; }
    // Whether an import, export or folder round is running now.
    bool busy() const { return m_busy; }

Q_SIGNALS:
    // An import, export or folder round is about to start on its worker thread (for tests: the
    // task's dialog can be cancelled from here).
    void taskStarted(larder::ui::StoreTask* task);

private:
    void exportClicked();
    void importClicked();
    void chooseFolder();
    void resolveSelected(bool restore);
    // Asks for the passphrase (once per session) — empty when the person cancels.
    QByteArray askPassphrase(const QString& why);
    void updatePeers();
    void reloadConflicts();
    void showResults(const QString& heading, const QStringList& lines);
    void updateFolderState();
    // Runs `work` on a worker thread with a progress dialog (see StoreTask).
    void runTask(const QString& title, const std::function<void(StoreTask&)>& work);

    std::unique_ptr<sync::Replicator> m_replicator;
    std::unique_ptr<sync::SyncFolder> m_folder;
    QByteArray m_sessionPassphrase;
    StatCard* m_changes = nullptr;
    StatCard* m_others = nullptr;
    StatCard* m_open = nullptr;
    QLabel* m_clockWarning = nullptr;
    QLabel* m_networkState = nullptr;
    QPushButton* m_createNetwork = nullptr;
    QPushButton* m_rotateKey = nullptr;
    QComboBox* m_forPeer = nullptr;
    QLineEdit* m_folderPath = nullptr;
    QCheckBox* m_watch = nullptr;
    QLabel* m_folderLead = nullptr;
    QLabel* m_refusedNote = nullptr;
    QLabel* m_nothingReceived = nullptr;
    QPushButton* m_retryRefused = nullptr;
    bool m_busy = false;
    QLabel* m_results = nullptr;
    SyncImportsModel* m_imports = nullptr;
    QStandardItemModel* m_conflicts = nullptr;
    QTableView* m_conflictsView = nullptr;
    MembersPanel* m_members = nullptr;
};

} // namespace larder::ui
