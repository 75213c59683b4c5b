// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/SyncPage.h"

#include "core/identity/Clock.h"
#include "core/storage/Schema.h"
#include "core/storage/Store.h"
#include "core/sync/SyncFolder.h"
#include "ui/PassphraseDialog.h"
#include "ui/Startup.h"
#include "ui/common/Palette.h"
#include "ui/common/StatCard.h"
#include "ui/sync/MembersPanel.h"
#include "ui/sync/StoreTask.h"
#include "ui/sync/SyncImportsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <sodium.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString localTime(const QString& iso) {
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString fieldLabel(const QString& column) {
    QString label = column;
    label.replace(u'_', u' ');
    return label;
}

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setMinimumHeight(140);
    return view;
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace

QString SyncPage::pageTitle() {
    return tr("Sync");
}

SyncPage::SyncPage(Store& store, QWidget* parent)
    : Page(store, pageTitle(),
           tr("Share this pantry's changes with the other pantries of your network by file — a "
              "USB stick, a messaging app or a shared folder. No internet service is involved."),
           parent)
    , m_replicator(std::make_unique<sync::Replicator>(store, Startup::kdfLimits()))
    , m_folder(std::make_unique<sync::SyncFolder>(store, *m_replicator)) {
    addLockedNote(tr("Conflicts over personal details show no values; exporting and importing "
                     "ask for the network's passphrase."));
    // The page is taller than a laptop screen: it scrolls as one.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* content = new QVBoxLayout(inner);
    content->setContentsMargins(0, 0, 12, 0);
    content->setSpacing(10);
    scroll->setWidget(inner);
    body()->addWidget(scroll, 1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_changes = new StatCard(tr("changes recorded on this laptop"), this);
    m_others = new StatCard(tr("other laptops heard from"), this);
    m_open = new StatCard(tr("edits to review"), this);
    cards->addWidget(m_changes);
    cards->addWidget(m_others);
    cards->addWidget(m_open);
    cards->addStretch(1);
    content->addLayout(cards);

    m_clockWarning = new QLabel(this);
    m_clockWarning->setWordWrap(true);
    const Palette::Banner notice = Palette::notice();
    m_clockWarning->setStyleSheet(u"QLabel { background: %1; color: %2; border: 1px solid %3; "
                                  u"padding: 8px; }"_s.arg(notice.background.name(),
                                                           notice.text.name(),
                                                           notice.border.name()));
    m_clockWarning->hide();
    content->addWidget(m_clockWarning);

    // The network.
    content->addWidget(sectionHeading(tr("Network")));
    m_networkState = new QLabel(this);
    m_networkState->setObjectName(u"networkState"_s);
    m_networkState->setWordWrap(true);
    m_createNetwork = new QPushButton(tr("Set the network passphrase…"), this);
    m_createNetwork->setToolTip(tr("Choose the passphrase every laptop of the network shares: it "
                                   "seals personal details and encrypts the sync files."));
    connect(m_createNetwork, &QPushButton::clicked, this, [this] {
        QByteArray passphrase = PassphraseDialog::ask(
            PassphraseDialog::Mode::New, this->store().siteName(),
            tr("Choose a passphrase for your network. Every laptop of the network uses the same "
               "one: it seals the names, addresses, phones and notes in this pantry's file and "
               "encrypts the sync files. Larder never stores it."),
            this);
        if (passphrase.isEmpty())
            return;
        auto result = createNetwork(passphrase);
        wipe(passphrase);
        if (!result)
            QMessageBox::warning(this, tr("Passphrase not set"), result.error().toString());
        refresh();
    });
    m_rotateKey = new QPushButton(tr("A laptop was lost…"), this);
    m_rotateKey->setObjectName(u"rotateKey"_s);
    m_rotateKey->setToolTip(tr("Give the network a new key and passphrase, so a lost or stolen "
                               "laptop opens nothing made from now on."));
    connect(m_rotateKey, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(
                this, tr("A laptop was lost"),
                tr("Larder will give the network a new key and a new passphrase, and seal every "
                   "name, address, phone and note in this pantry again with it (a large pantry "
                   "takes minutes).\n\nThen export a sync file: each other laptop imports it "
                   "and is asked for the new passphrase. The lost laptop, which knows only the "
                   "old passphrase, opens nothing made from now on. What it held already it "
                   "still holds: it is sealed with the old passphrase.\n\nContinue?"),
                QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        QByteArray current =
            PassphraseDialog::ask(PassphraseDialog::Mode::Existing, this->store().siteName(),
                                  tr("The network's current passphrase."), this);
        if (current.isEmpty())
            return;
        QByteArray next = PassphraseDialog::ask(
            PassphraseDialog::Mode::New, this->store().siteName(),
            tr("The network's new passphrase. Tell it to the other laptops' coordinators in "
               "person, never with the sync file."),
            this);
        if (next.isEmpty()) {
            wipe(current);
            return;
        }
        auto result = rotateKey(current, next);
        wipe(current);
        wipe(next);
        if (!result)
            QMessageBox::warning(this, tr("Key not changed"), result.error().toString());
        else
            QMessageBox::information(
                this, tr("A new key for the network"),
                tr("Done. Export a sync file now and bring it to the other laptops; each imports "
                   "it with the new passphrase."));
        refresh();
    });
    auto* networkRow = new QHBoxLayout;
    networkRow->addWidget(m_networkState, 1);
    networkRow->addWidget(m_createNetwork);
    networkRow->addWidget(m_rotateKey);
    content->addLayout(networkRow);
    content->addWidget(facts({{tr("This pantry"), store.siteName()},
                              {tr("This laptop's id"), store.siteId()},
                              {tr("Network id"), store.networkId()}}));

    // Who belongs.
    content->addWidget(sectionHeading(tr("Laptops of the network")));
    m_members = new MembersPanel(*m_replicator, this);
    content->addWidget(m_members);
    connect(m_members, &MembersPanel::revoked, this, [this](const QString& name) {
        showResults(tr("Revoked"),
                    {tr("\"%1\" is revoked. Export a sync file now: the other laptops learn it "
                        "from the next file they import from this one.")
                         .arg(name)});
    });

    // By file.
    content->addWidget(sectionHeading(tr("Exchange by file")));
    auto* fileRow = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("&Export a sync file…"), this);
    auto* importButton = new QPushButton(tr("&Import sync files…"), this);
    exportButton->setToolTip(tr("Save this pantry's changes in an encrypted file, to carry to the "
                                "other laptops."));
    importButton->setToolTip(tr("Open sync files from the other laptops and merge their changes "
                                "into this pantry's file."));
    m_forPeer = new QComboBox(this);
    m_forPeer->setToolTip(tr("Send every change, or only what one laptop lacks (from the last "
                             "file it sent here)."));
    fileRow->addWidget(exportButton);
    fileRow->addWidget(new QLabel(tr("for"), this));
    fileRow->addWidget(m_forPeer);
    fileRow->addSpacing(24);
    fileRow->addWidget(importButton);
    fileRow->addStretch(1);
    content->addLayout(fileRow);
    connect(exportButton, &QPushButton::clicked, this, &SyncPage::exportClicked);
    connect(importButton, &QPushButton::clicked, this, &SyncPage::importClicked);

    // By shared folder.
    content->addWidget(sectionHeading(tr("Shared folder")));
    m_folderLead = new QLabel(this);
    m_folderLead->setWordWrap(true);
    m_folderLead->setObjectName(u"folderLead"_s);
    content->addWidget(m_folderLead);
    auto* folderRow = new QHBoxLayout;
    m_folderPath = new QLineEdit(this);
    m_folderPath->setReadOnly(true);
    m_folderPath->setPlaceholderText(tr("No folder chosen"));
    m_folderPath->setAccessibleName(tr("Shared folder"));
    m_folderPath->setToolTip(tr("The folder this laptop syncs through; Choose… changes it."));
    auto* chooseButton = new QPushButton(tr("Choose…"), this);
    chooseButton->setToolTip(tr("Choose the shared folder this laptop syncs through."));
    auto* syncNow = new QPushButton(tr("Sync &now"), this);
    syncNow->setToolTip(tr("Import the other laptops' new files from the shared folder, then "
                           "write this laptop's file there."));
    m_watch = new QCheckBox(tr("Sync when files arrive"), this);
    m_watch->setToolTip(tr("While Larder is open, import each file that arrives in the shared "
                           "folder at once, and write this laptop's file."));
    folderRow->addWidget(m_folderPath, 1);
    folderRow->addWidget(chooseButton);
    folderRow->addWidget(syncNow);
    folderRow->addWidget(m_watch);
    content->addLayout(folderRow);
    connect(chooseButton, &QPushButton::clicked, this, &SyncPage::chooseFolder);
    connect(syncNow, &QPushButton::clicked, this, [this] {
        if (m_folder->folder().isEmpty()) {
            chooseFolder();
            if (m_folder->folder().isEmpty())
                return;
        }
        if (!m_replicator->hasPassphrase()) {
            QMessageBox::information(this, tr("Shared folder"),
                                     tr("Set the network passphrase first (above), or join a "
                                        "network from the start screen."));
            return;
        }
        const QByteArray passphrase = askPassphrase(tr("to sync with the shared folder"));
        if (!passphrase.isEmpty())
            showResults(tr("Shared folder"), syncFolderNow(passphrase));
    });
    connect(m_watch, &QCheckBox::toggled, this, [this](bool on) {
        if (on && (m_folder->folder().isEmpty() || !m_replicator->hasPassphrase() ||
                   askPassphrase(tr("to sync whenever files arrive")).isEmpty())) {
            if (m_folder->folder().isEmpty() || !m_replicator->hasPassphrase())
                QMessageBox::information(
                    this, tr("Shared folder"),
                    tr("Choose the shared folder and set the network passphrase first."));
            const QSignalBlocker blocker(m_watch);
            m_watch->setChecked(false);
            return;
        }
        m_folder->watch(on);
        if (on) // what arrived while nobody watched
            showResults(tr("Shared folder"), syncFolderNow(m_sessionPassphrase));
    });
    connect(m_folder.get(), &sync::SyncFolder::filesChanged, this, [this] {
        if (!m_sessionPassphrase.isEmpty() && !m_busy)
            showResults(tr("Shared folder"), syncFolderNow(m_sessionPassphrase));
    });
    const QString savedFolder = QSettings().value(u"syncFolder/"_s + store.networkId()).toString();
    if (!savedFolder.isEmpty() && m_folder->setFolder(savedFolder))
        m_folderPath->setText(savedFolder);

    // Files refused before, skipped until their bytes change.
    m_refusedNote = new QLabel(this);
    m_refusedNote->setObjectName(u"refusedNote"_s);
    m_refusedNote->setWordWrap(true);
    m_refusedNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusedNote->setStyleSheet(m_clockWarning->styleSheet());
    m_retryRefused = new QPushButton(tr("Try refused files again"), this);
    m_retryRefused->setToolTip(tr("Read the refused files again at the next sync, for example "
                                  "after the network's passphrase changed."));
    auto* refusedRow = new QHBoxLayout;
    refusedRow->addWidget(m_refusedNote, 1);
    refusedRow->addWidget(m_retryRefused, 0, Qt::AlignTop);
    content->addLayout(refusedRow);
    connect(m_retryRefused, &QPushButton::clicked, this, [this] {
        m_folder->forgetRefusals();
        updateFolderState();
        showResults(tr("Shared folder"),
                    {tr("The refused files will be read again at the next sync.")});
    });

    m_results = new QLabel(this);
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->hide();
    content->addWidget(m_results);

    // What arrived, and what to review.
    content->addWidget(sectionHeading(tr("Received")));
    m_imports = new SyncImportsModel(store, *m_replicator, this);
    m_imports->setObjectName(u"syncImportsModel"_s);
    m_nothingReceived = new QLabel(tr("Nothing received yet. Each file imported here, by hand "
                                      "or from the shared folder, is listed with the pantry "
                                      "that sent it."),
                                   this);
    m_nothingReceived->setWordWrap(true);
    content->addWidget(m_nothingReceived);
    QTableView* importsView = makeTable(m_imports, this);
    importsView->setAccessibleName(tr("Files received"));
    importsView->setAccessibleDescription(
        tr("Each sync file imported here, with the pantry that sent it and how many changes it "
           "brought."));
    content->addWidget(importsView);

    content->addWidget(sectionHeading(tr("Edits to review")));
    auto* reviewLead = new QLabel(
        tr("The same field was changed on two laptops that had not seen each other's change. "
           "Larder kept the newer one everywhere; check it, and keep it or put the other back."),
        this);
    reviewLead->setWordWrap(true);
    content->addWidget(reviewLead);
    // Built from the replicator, which decodes the values (they may be personal data).
    m_conflicts = new QStandardItemModel(0, 5, this);
    m_conflicts->setObjectName(u"conflictsModel"_s);
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Kept"), tr("Other value"), tr("Noticed")});
    m_conflictsView = makeTable(m_conflicts, this);
    m_conflictsView->setAccessibleName(tr("Edits to review"));
    m_conflictsView->setAccessibleDescription(
        tr("Fields changed on two laptops at once, with the value kept and the other one; choose "
           "one, then keep it or put the other value back."));
    content->addWidget(m_conflictsView);
    auto* reviewRow = new QHBoxLayout;
    auto* keep = new QPushButton(tr("&Keep what Larder chose"), this);
    auto* restore = new QPushButton(tr("Put the &other value back"), this);
    keep->setToolTip(tr("Mark the chosen edit as reviewed, keeping the value Larder kept."));
    restore->setToolTip(tr("Write the other laptop's value back in place of the one Larder "
                           "kept."));
    reviewRow->addWidget(keep);
    reviewRow->addWidget(restore);
    reviewRow->addStretch(1);
    content->addLayout(reviewRow);
    connect(keep, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(restore, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    content->addStretch(1);

    connect(&store, &Store::changed, this,
            [this] { m_changes->setValue(this->store().lastSeq()); });
    refresh();
}

SyncPage::~SyncPage() {
    wipe(m_sessionPassphrase);
}

void SyncPage::refresh() {
    m_changes->setValue(store().lastSeq());
    const sync::SyncStatus status = m_replicator->status();
    const qint64 ahead = status.recentClockAheadMs;
    m_others->setValue(status.otherLaptops);
    m_open->setValue(status.openConflicts, {}, status.openConflicts > 0);
    if (ahead > sync::ImportReport::ClockWarningMs) {
        m_clockWarning->setText(
            tr("<b>Check the clocks.</b> A file received recently was made on a laptop whose clock "
               "is %1 hours ahead of this one. Larder merged it correctly, but set the date and "
               "time right on both laptops: a file more than a day ahead is refused.")
                .arg(ahead / 3600000));
        m_clockWarning->show();
    } else {
        m_clockWarning->hide();
    }
    const bool hasNetwork = m_replicator->hasPassphrase();
    QString networkText = hasNetwork
                              ? tr("This laptop belongs to a network: files it exports open "
                                   "only with the network's passphrase.")
                              : tr("No network passphrase yet. Set one to start a network, or "
                                   "ask another pantry for its latest file and join it from "
                                   "the start screen.");
    if (!status.passphraseChangedOn.isEmpty())
        networkText += u"<br><br>"_s +
                       tr("<b>The network's passphrase was changed on \"%1\".</b> The next time "
                          "this pantry is locked, unlock it with the new passphrase: from then on "
                          "only the new one opens it. Until then the old one still does.")
                           .arg(status.passphraseChangedOn.toHtmlEscaped());
    m_networkState->setText(networkText);
    m_createNetwork->setVisible(!hasNetwork);
    m_rotateKey->setVisible(hasNetwork);
    updateFolderState();
    updatePeers();
    m_members->refresh();
    m_imports->reload();
    m_nothingReceived->setVisible(m_imports->rowCount() == 0);
    reloadConflicts();
}

void SyncPage::reloadConflicts() {
    m_conflicts->removeRows(0, m_conflicts->rowCount());
    for (const sync::Conflict& c : m_replicator->openConflicts()) {
        const Values record = store().record(c.table, c.rowId);
        QString label = record.value(u"chosen_name"_s, record.value(u"name"_s)).toString();
        if (label.isEmpty())
            label = record.value(u"display_name"_s, c.rowId).toString();
        QList<QStandardItem*> row{new QStandardItem(label), new QStandardItem(fieldLabel(c.column)),
                                  new QStandardItem(c.keptValue.toString()),
                                  new QStandardItem(c.lostValue.toString()),
                                  new QStandardItem(localTime(c.detectedAt))};
        row.first()->setData(c.id, Qt::UserRole);
        for (QStandardItem* item : row)
            item->setEditable(false);
        m_conflicts->appendRow(row);
    }
}

void SyncPage::updatePeers() {
    const QString current = m_forPeer->currentData().toString();
    m_forPeer->clear();
    m_forPeer->addItem(tr("everyone (all changes)"), QString());
    for (const sync::Peer& peer : m_replicator->peers())
        m_forPeer->addItem(tr("%1 (only what it lacks)").arg(peer.name), peer.site);
    const int index = m_forPeer->findData(current);
    m_forPeer->setCurrentIndex(index < 0 ? 0 : index);
}

Result<void> SyncPage::createNetwork(const QByteArray& passphrase) {
    return m_replicator->setPassphrase(passphrase);
}

Result<void> SyncPage::rotateKey(const QByteArray& current, const QByteArray& next) {
    std::optional<Result<void>> result;
    runTask(tr("Sealing every detail with the new key…"), [&](StoreTask&) {
        result.emplace(store().rotateKey(current, next, Startup::kdfLimits()));
    });
    return std::move(*result);
}

Result<sync::ExportSummary> SyncPage::exportTo(const QString& path, const QByteArray& passphrase,
                                               const QString& forSite) {
    std::optional<Result<sync::ExportSummary>> result;
    runTask(tr("Writing the sync file…"), [&](StoreTask& task) {
        result.emplace(
            m_replicator->exportFile(path, passphrase, forSite, [&task](qint64 done, qint64 total) {
                return task.progress(done, total);
            }));
    });
    return std::move(*result);
}

void SyncPage::runTask(const QString& title, const std::function<void(StoreTask&)>& work) {
    m_busy = true;
    StoreTask task(store(), this, title);
    connect(&task, &StoreTask::started, this, [this, &task] { Q_EMIT taskStarted(&task); });
    task.run(work);
    m_busy = false;
}

namespace {

QString importedLine(const QString& name, const sync::ImportReport& report) {
    QString line = SyncPage::tr("%1 from %2: %n new change(s)", "", int(report.applied))
                       .arg(name, report.fromName);
    if (report.skipped > 0)
        line += u", "_s + SyncPage::tr("%n already here", "", int(report.skipped));
    if (report.conflicts > 0)
        line += u", "_s + SyncPage::tr("%n edit(s) to review", "", report.conflicts);
    if (report.clockWarning())
        line += u". "_s + SyncPage::tr("Its clock is %1 hours ahead of this laptop's.")
                              .arg(report.clockAheadMs / 3600000);
    return line + u'.';
}

QString refusedLine(const Error& error) {
    const QString name = QFileInfo(error.path).fileName();
    if (error.kind == Error::Kind::Cancelled)
        return SyncPage::tr("%1: cancelled. Nothing of it was changed.").arg(name);
    return SyncPage::tr("%1: not imported. %2").arg(name, error.message + u' ' + error.hint);
}

} // namespace

QStringList SyncPage::importFiles(const QStringList& paths, const QByteArray& passphrase) {
    QStringList lines;
    runTask(tr("Importing…"), [&](StoreTask& task) {
        for (const QString& path : paths) {
            const QString name = QFileInfo(path).fileName();
            task.setLabel(tr("Importing %1…").arg(name));
            if (!task.progress(0, 0)) { // cancelled before this file began
                lines << refusedLine(Error::cancelled().at(path));
                break;
            }
            auto report =
                m_replicator->importFile(path, passphrase, [&task](qint64 done, qint64 total) {
                    return task.progress(done, total);
                });
            if (!report) {
                lines << refusedLine(report.error());
                if (report.error().kind == Error::Kind::Cancelled || task.cancelled())
                    break;
                continue;
            }
            if (report->applied > 0)
                task.setStoreChanged();
            lines << importedLine(name, report.value());
        }
    });
    refresh();
    return lines;
}

Result<void> SyncPage::setFolder(const QString& folder) {
    auto ok = m_folder->setFolder(folder);
    if (!ok)
        return ok;
    m_folderPath->setText(m_folder->folder());
    QSettings().setValue(u"syncFolder/"_s + store().networkId(), m_folder->folder());
    updateFolderState();
    return {};
}

QStringList SyncPage::syncFolderNow(const QByteArray& passphrase) {
    if (m_folder->folder().isEmpty())
        return {tr("Choose the shared folder first.")};
    if (m_busy)
        return {};
    QStringList lines;
    runTask(tr("Syncing with the shared folder…"), [&](StoreTask& task) {
        const auto round = m_folder->importChanged(
            passphrase, [&task](const QString& path, qint64 done, qint64 total) {
                if (done == 0 && total == 0)
                    task.setLabel(
                        tr("Reading %1 from the shared folder…").arg(QFileInfo(path).fileName()));
                return task.progress(done, total);
            });
        for (int i = 0; i < round.imported.size(); ++i) {
            if (round.reports.at(i).applied > 0)
                task.setStoreChanged();
            lines << importedLine(QFileInfo(round.imported.at(i)).fileName(), round.reports.at(i));
        }
        for (const Error& error : round.refused)
            lines << refusedLine(error);
        for (const sync::SyncFolder::Refusal& skipped : round.remembered)
            lines << tr("%1: skipped, refused on %2 and unchanged since: %3")
                         .arg(QFileInfo(skipped.file).fileName(), localTime(skipped.at),
                              skipped.reason);
        if (round.cancelled) {
            lines << tr("Cancelled. The file being read changed nothing; the others are read at "
                        "the next sync. This laptop's file was not written.");
            return;
        }
        if (round.imported.isEmpty() && round.refused.isEmpty() && round.remembered.isEmpty())
            lines << tr("Nothing new from the other laptops.");
        task.setLabel(tr("Writing this laptop's file in the shared folder…"));
        task.progress(0, 0);
        auto exported = m_folder->exportNow(passphrase, false, [&task](qint64 done, qint64 total) {
            return task.progress(done, total);
        });
        lines << (exported ? tr("This laptop's file (%1) is up to date in the folder.")
                                 .arg(m_folder->ownFileName())
                           : tr("This laptop's file could not be written: %1")
                                 .arg(exported.error().toString()));
    });
    refresh();
    return lines;
}

void SyncPage::updateFolderState() {
    if (m_folder->folder().isEmpty()) {
        m_folderLead->setText(
            tr("A folder that Syncthing, Nextcloud or a shared drive keeps in step between the "
               "laptops of the network. Choose the same folder on each laptop: each writes its "
               "own file there and reads the others' whenever you sync."));
    } else {
        m_folderLead->setText(
            tr("Each laptop writes its own file here and reads the others'. This laptop's file "
               "is %1; the name tells nothing about the pantry, and the files open only with "
               "the network's passphrase.")
                .arg(m_folder->ownFileName()));
    }
    const QList<sync::SyncFolder::Refusal> refused = m_folder->refusals();
    QStringList inFolder;
    for (const sync::SyncFolder::Refusal& refusal : refused) {
        if (!m_folder->folder().isEmpty() &&
            QFileInfo::exists(QDir(m_folder->folder()).filePath(refusal.file)))
            inFolder << tr("%1 (refused %2): %3")
                            .arg(refusal.file, localTime(refusal.at), refusal.reason);
    }
    m_refusedNote->setText(
        inFolder.isEmpty()
            ? QString()
            : tr("These files in the folder were refused and are skipped until they change:") +
                  u"\n"_s + inFolder.join(u'\n'));
    m_refusedNote->setVisible(!inFolder.isEmpty());
    m_retryRefused->setVisible(!refused.isEmpty());
}

QByteArray SyncPage::askPassphrase(const QString& why) {
    if (!m_sessionPassphrase.isEmpty())
        return m_sessionPassphrase;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Network passphrase"),
                                               tr("Type the network's passphrase %1.").arg(why),
                                               QLineEdit::Password, {}, &ok);
    if (!ok || text.isEmpty())
        return {};
    QByteArray passphrase = text.toUtf8();
    if (m_replicator->hasPassphrase()) {
        if (auto checked = m_replicator->checkPassphrase(passphrase); !checked) {
            QMessageBox::warning(this, tr("Passphrase"), checked.error().toString());
            wipe(passphrase);
            return {};
        }
    }
    m_sessionPassphrase = passphrase;
    return m_sessionPassphrase;
}

void SyncPage::exportClicked() {
    if (!m_replicator->hasPassphrase()) {
        QMessageBox::information(this, tr("Export"),
                                 tr("Set the network passphrase first (above)."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_folder->ownFileName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a sync file"), suggested,
                                                      tr("Larder sync files (*.lardersync)"));
    if (path.isEmpty())
        return;
    const QByteArray passphrase = askPassphrase(tr("to encrypt the file"));
    if (passphrase.isEmpty())
        return;
    auto result = exportTo(path, passphrase, m_forPeer->currentData().toString());
    showResults(tr("Export"), {result ? tr("Wrote %n change(s) to %1.", "", int(result->operations))
                                            .arg(QDir::toNativeSeparators(path))
                                      : result.error().toString()});
}

void SyncPage::importClicked() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import sync files"), {}, tr("Larder sync files (*.lardersync);;All files (*)"));
    if (paths.isEmpty())
        return;
    const QByteArray passphrase = askPassphrase(tr("to open the files"));
    if (passphrase.isEmpty())
        return;
    showResults(tr("Import"), importFiles(paths, passphrase));
}

void SyncPage::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Shared folder"), m_folderPath->text());
    if (folder.isEmpty())
        return;
    if (auto ok = setFolder(folder); !ok)
        QMessageBox::warning(this, tr("Shared folder"), ok.error().toString());
}

void SyncPage::resolveSelected(bool restore) {
    const QModelIndex current = m_conflictsView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_conflicts->item(current.row(), 0)->data(Qt::UserRole).toLongLong();
    auto result = restore ? m_replicator->restoreConflict(id) : m_replicator->acceptConflict(id);
    if (!result)
        QMessageBox::warning(this, tr("Review"), result.error().toString());
    refresh();
}

void SyncPage::showResults(const QString& heading, const QStringList& lines) {
    m_results->setText(u"<b>"_s + heading.toHtmlEscaped() + u"</b><br>"_s +
                       lines.join(u"\n"_s).toHtmlEscaped().replace(u"\n"_s, u"<br>"_s));
    m_results->show();
}

} // namespace larder::ui
