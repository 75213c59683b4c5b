// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/people/People.h"
#include "core/storage/Backup.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/PassphraseDialog.h"
#include "ui/ShiftPicker.h"
#include "ui/Startup.h"
#include "ui/common/Palette.h"
#include "ui/distribution/DistributionPage.h"
#include "ui/households/HouseholdsPage.h"
#include "ui/inventory/InventoryPage.h"
#include "ui/reports/ReportsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/sync/SyncPage.h"
#include "ui/today/TodayPage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

struct NavEntry {
    const char* themeIcon; // freedesktop icon name, used when the desktop's theme has it
    const char* bundled;   // Larder's own icon (resources/icons/nav), everywhere else
};

// The style's standard pixmaps have no sun, house or truck: without a desktop theme (Windows,
// a bare X session) they gave folders and arrows that meant nothing, so Larder ships its own.
constexpr NavEntry NavIcons[MainWindow::PageCount] = {
    {"go-home", "today"},
    {"package-x-generic", "inventory"},
    {"system-users", "households"},
    {"mail-send", "distribution"},
    {"view-refresh", "sync"},
    {"x-office-spreadsheet", "reports"},
    {"preferences-system", "settings"},
};

QIcon navigationIcon(int page) {
    const QIcon bundled(u":/larder/icons/nav/%1.svg"_s.arg(QLatin1String(NavIcons[page].bundled)));
    return QIcon::fromTheme(QString::fromLatin1(NavIcons[page].themeIcon), bundled);
}

QLabel* banner(const QString& name, const Palette::Banner& colours, const QString& text) {
    auto* label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel#%1 { background: %2; color: %3; border-bottom: 1px solid "
                         u"%4; padding: 8px 16px; }"_s.arg(name, colours.background.name(),
                                                           colours.text.name(),
                                                           colours.border.name()));
    return label;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(std::move(store)) {
    Q_ASSERT(m_store);
    setObjectName(u"mainWindow"_s);
    resize(1200, 800);
    setMinimumSize(800, 560);

    buildHeader();

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_demoBanner = banner(u"demoBanner"_s, Palette::info(),
                          tr("This is the demo pantry: made-up households and stock, for "
                             "practice. Nothing you do here touches a real pantry's file."));
    m_shiftBanner = banner(u"shiftBanner"_s, Palette::notice(),
                           tr("<b>Nobody is on shift.</b> Type your name in “On shift” at the "
                              "top right (Alt+S) and press Enter, so the changes you make are "
                              "recorded under it."));
    m_lockBanner = banner(u"lockBanner"_s, Palette::notice(),
                          tr("<b>Household details are locked.</b> Names, addresses, phones and "
                             "notes are hidden; stock, counts, packing and check-in by route and "
                             "stop number work. A coordinator unlocks them with the pantry's "
                             "passphrase: File ▸ Unlock details (Ctrl+Shift+U)."));
    m_unprotectedBanner = banner(
        u"unprotectedBanner"_s, Palette::danger(),
        tr("<b>This pantry has no passphrase.</b> Anyone who copies the file or a backup can read "
           "who lives where. Give it one: File ▸ Protect with a passphrase."));
    m_plainBackupsBanner = banner(u"plainBackupsBanner"_s, Palette::danger(), QString());
    m_plainBackupsBanner->setTextFormat(Qt::RichText);
    connect(m_plainBackupsBanner, &QLabel::linkActivated, this, &MainWindow::replacePlainBackups);
    // The text names the folder: set for each file (updateForStore).
    m_cloudBanner = banner(u"cloudBanner"_s, Palette::notice(), QString());
    m_cloudBanner->setTextFormat(Qt::RichText);
    m_cloudBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_demoBanner);
    outer->addWidget(m_cloudBanner);
    outer->addWidget(m_unprotectedBanner);
    outer->addWidget(m_plainBackupsBanner);
    m_onShiftBanner = banner(u"onShiftBanner"_s, Palette::info(), QString());
    m_onShiftBanner->setTextFormat(Qt::RichText);
    m_shiftRow = new QStackedWidget(this);
    m_shiftRow->setObjectName(u"shiftRow"_s);
    m_shiftRow->addWidget(m_shiftBanner);
    m_shiftRow->addWidget(m_onShiftBanner);
    m_shiftRow->addWidget(m_lockBanner);
    m_shiftRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    outer->addWidget(m_shiftRow);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(
        tr("Choosing a page shows it; Ctrl+1 to Ctrl+%1 go straight to one.").arg(PageCount));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFixedWidth(210);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(u"QListWidget#navigation { background: palette(window); "
                                u"border-right: 1px solid palette(mid); padding: 10px 6px; }"
                                u"QListWidget#navigation::item { padding: 6px 8px; "
                                u"border-radius: 5px; color: palette(text); }"
                                u"QListWidget#navigation::item:hover { background: "
                                u"palette(midlight); }"
                                u"QListWidget#navigation::item:selected { background: "
                                u"palette(highlight); color: palette(highlighted-text); }"
                                // Where the keyboard is, visibly: the chosen page gets a frame
                                // while the list has the focus.
                                u"QListWidget#navigation::item:selected:focus { border: 2px solid "
                                u"palette(highlighted-text); }"_s);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    row->addWidget(m_navigation);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName(u"siteLabel"_s);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_siteLabel);

    m_undoGroup = new QUndoGroup(this);
    buildMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::followPageUndo);
    // A click on a page's name puts the keyboard in the page (a scan then lands in Intake);
    // arrow keys in the list leave it in the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (Page* shown = page(PageId(m_navigation->row(item))))
            shown->focusContent();
    });
    connect(m_shiftPicker, &ShiftPicker::actorChanged, this,
            [this](const QString& personId, const QString& name) {
                updateShiftBanner();
                if (!personId.isEmpty())
                    statusBar()->showMessage(tr("%1 is on shift. Changes are recorded under "
                                                "this name.")
                                                 .arg(name),
                                             6000);
            });
    connect(m_shiftPicker, &ShiftPicker::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Could not add this name"), message);
    });

    m_idleLock = new QTimer(this);
    m_idleLock->setObjectName(u"idleLock"_s);
    m_idleLock->setSingleShot(true);
    connect(m_idleLock, &QTimer::timeout, this, [this] {
        if (m_store->protection() == Store::Protection::Unlocked) {
            lockDetails();
            statusBar()->showMessage(tr("The household details were locked after a while "
                                        "without use."));
        }
    });
    m_unlockPause = new QTimer(this);
    m_unlockPause->setObjectName(u"unlockPause"_s);
    m_unlockPause->setSingleShot(true);
    connect(m_unlockPause, &QTimer::timeout, this, &MainWindow::updateForProtection);
    qApp->installEventFilter(this);
    // The laptop going to sleep (where the platform tells Qt) locks the details too.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
        if (s == Qt::ApplicationSuspended && m_store->protection() == Store::Protection::Unlocked)
            lockDetails();
    });

    buildPages();
    updateForStore();
    showPage(PageId::Today);
    m_shiftPicker->comboBox()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(this);
    // Pages and the picker hold references to the store: let them go first.
    m_shiftPicker->setStore(nullptr);
    clearPages();
}

void MainWindow::buildHeader() {
    auto* header = new QToolBar(tr("Header"), this);
    header->setObjectName(u"header"_s);
    header->setMovable(false);
    header->setFloatable(false);
    header->toggleViewAction()->setVisible(false);
    header->setStyleSheet(u"QToolBar#header { padding: 6px 12px; spacing: 10px; }"_s);

    m_siteHeader = new QLabel(header);
    m_siteHeader->setObjectName(u"siteHeader"_s);
    QFont font = m_siteHeader->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_siteHeader->setFont(font);
    header->addWidget(m_siteHeader);

    auto* spacer = new QWidget(header);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    header->addWidget(spacer);

    m_shiftPicker = new ShiftPicker(header);
    m_shiftPicker->setObjectName(u"shiftPanel"_s);
    header->addWidget(m_shiftPicker);
    addToolBar(Qt::TopToolBarArea, header);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New pantry file…"), this, &MainWindow::newPantry);
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openPantry);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    buildLockMenu(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    buildEditMenu();

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i) {
        auto* action = new QAction(this);
        action->setObjectName(u"goToPage%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            showPage(PageId(i));
            if (Page* shown = page(PageId(i)))
                shown->focusContent();
        });
        go->addAction(action);
        m_goActions.append(action);
        addAction(action); // reachable even when the menu bar is hidden
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Larder"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // The keys are shown here but handled by the page (its own Ctrl+Z works only where it makes
    // sense: not while typing in a field, whose own undo comes first). WidgetShortcut keeps them
    // from clashing with the page's.
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] {
        if (Page* shown = page(currentPage()))
            shown->undo();
    });
    m_undoAction->setObjectName(u"editUndo"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetShortcut);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] {
        if (Page* shown = page(currentPage()))
            shown->redo();
    });
    m_redoAction->setObjectName(u"editRedo"_s);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetShortcut);

    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undoAction, [this](const QString& text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redoAction, [this](const QString& text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
}

void MainWindow::followPageUndo() {
    Page* shown = page(currentPage());
    QUndoStack* stack = shown ? shown->undoStack() : nullptr;
    m_undoGroup->setActiveStack(stack);
    if (!stack) {
        // No stack: nothing to undo here (QUndoGroup says so only when one was active before).
        m_undoAction->setText(tr("&Undo"));
        m_redoAction->setText(tr("&Redo"));
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
}

QString MainWindow::pageTitle(PageId id) {
    switch (id) {
    case PageId::Today:
        return TodayPage::pageTitle();
    case PageId::Inventory:
        return InventoryPage::pageTitle();
    case PageId::Households:
        return HouseholdsPage::pageTitle();
    case PageId::Distribution:
        return DistributionPage::pageTitle();
    case PageId::Sync:
        return SyncPage::pageTitle();
    case PageId::Reports:
        return ReportsPage::pageTitle();
    case PageId::Settings:
        return SettingsPage::pageTitle();
    }
    Q_UNREACHABLE();
}

void MainWindow::buildPages() {
    const int current = m_navigation->currentRow();
    m_navigation->clear();
    for (int i = 0; i < PageCount; ++i) {
        // A holder per page: the page itself is made the first time it is shown (a page reads
        // the store when it is made, and the first screen must not wait for all seven).
        auto* holder = new QWidget;
        holder->setObjectName(u"pageHolder%1"_s.arg(i + 1));
        auto* layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_pages->addWidget(holder);
        const QString title = pageTitle(PageId(i));
        const QIcon icon = navigationIcon(i);
        auto* item = new QListWidgetItem(icon, title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
        m_goActions.at(i)->setText(title);
        m_goActions.at(i)->setIcon(icon);
    }
    // As wide and tall as the longest page name needs, at any text size (200 % included) and
    // in any language: a page's name is never cut short.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    const int rowHeight = std::max(40, metrics.height() + 16);
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setSizeHint(QSize(0, rowHeight));
    m_navigation->setFixedWidth(std::max(210, widest + m_navigation->iconSize().width() + 64));
    m_navigation->setCurrentRow(current < 0 ? 0 : current);
    followPageUndo(); // makes the shown page
}

Page* MainWindow::builtPage(PageId id) const {
    QWidget* holder = m_pages->widget(int(id));
    return holder ? holder->findChild<Page*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

Page* MainWindow::page(PageId id) {
    if (Page* built = builtPage(id))
        return built;
    QWidget* holder = m_pages->widget(int(id));
    if (!holder)
        return nullptr;
    Store& s = *m_store;
    Page* made = nullptr;
    switch (id) {
    case PageId::Today: {
        auto* today = new TodayPage(s, holder);
        // Today's follow-up list opens a household on the Households page.
        connect(today, &TodayPage::pageRequested, this, [this](const QString& which) {
            const QHash<QString, PageId> pages{{u"settings"_s, PageId::Settings},
                                               {u"inventory"_s, PageId::Inventory},
                                               {u"households"_s, PageId::Households},
                                               {u"distribution"_s, PageId::Distribution}};
            if (!pages.contains(which))
                return;
            showPage(pages.value(which));
            if (Page* shown = page(pages.value(which)))
                shown->focusContent();
        });
        connect(today, &TodayPage::householdRequested, this, [this](const QString& householdId) {
            showPage(PageId::Households);
            if (auto* households = qobject_cast<HouseholdsPage*>(page(PageId::Households)))
                households->openHousehold(householdId);
        });
        made = today;
        break;
    }
    case PageId::Inventory:
        made = new InventoryPage(s, holder);
        break;
    case PageId::Households:
        made = new HouseholdsPage(s, holder);
        break;
    case PageId::Distribution:
        made = new DistributionPage(s, holder);
        break;
    case PageId::Sync:
        made = new SyncPage(s, holder);
        break;
    case PageId::Reports:
        made = new ReportsPage(s, holder);
        break;
    case PageId::Settings:
        made = new SettingsPage(s, holder);
        break;
    }
    Q_ASSERT(made && made->title() == pageTitle(id));
    made->setObjectName(u"page%1"_s.arg(int(id) + 1));
    // Tab moves from control to control, never from cell to cell: the arrows move in a table, so
    // a keyboard user is never caught in one (Tab leaves it, Shift+Tab goes back).
    for (QAbstractItemView* view : made->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    holder->layout()->addWidget(made);
    if (QUndoStack* stack = made->undoStack())
        m_undoGroup->addStack(stack);
    return made;
}

void MainWindow::clearPages() {
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::setStore(std::unique_ptr<Store> store) {
    Q_ASSERT(store);
    m_shiftPicker->setStore(nullptr);
    clearPages();
    m_store = std::move(store); // the previous file closes here
    buildPages();
    updateForStore();
    showPage(PageId::Today);
    m_shiftPicker->comboBox()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateForStore() {
    const QString site = m_store->siteName();
    setWindowTitle(tr("Larder — %1").arg(site));
    setWindowFilePath(m_store->path());
    m_siteHeader->setText(site);
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(m_store->path())));
    m_siteLabel->setText(tr("Pantry: %1").arg(site));
    m_demoBanner->setVisible(Startup::isDemo(m_store->path()));
    const QString cloud = Startup::cloudWarning(m_store->path());
    m_cloudBanner->setText(cloud);
    m_cloudBanner->setVisible(!cloud.isEmpty());
    m_shiftPicker->setStore(m_store.get());
    updateShiftBanner();
    m_failedUnlocks = 0;
    connect(m_store.get(), &Store::protectionChanged, this, [this] {
        // Pages and their models rebuilt: nothing read while unlocked stays on screen or in
        // memory after a lock, and an unlock shows the details everywhere.
        const PageId shown = currentPage();
        const QString onShift = m_store->actor(); // stays on shift through the lock
        m_shiftPicker->setStore(nullptr);
        clearPages();
        buildPages();
        m_shiftPicker->setStore(m_store.get(), onShift);
        showPage(shown);
        // The search index of every household is built at unlock, so a search right after
        // finds them; opening a locked file never waits for it.
        if (m_store->detailsReadable())
            page(PageId::Households);
        updateForProtection();
        updatePlainBackupsBanner();
        updateShiftBanner();
    });
    connect(m_store.get(), &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"settings"_s))
            updateForProtection(); // the idle minutes may have changed
    });
    updateForProtection();
    updatePlainBackupsBanner();
}

void MainWindow::buildLockMenu(QMenu* file) {
    m_unlockAction = file->addAction(tr("&Unlock details…"), this, &MainWindow::askToUnlock);
    m_unlockAction->setObjectName(u"unlockDetails"_s);
    m_unlockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_lockAction = file->addAction(tr("&Lock details"), this, &MainWindow::lockDetails);
    m_lockAction->setObjectName(u"lockDetails"_s);
    m_lockAction->setShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)); // Ctrl+L locks a route
    m_protectAction = file->addAction(tr("&Protect with a passphrase…"), this,
                                      &MainWindow::askForFirstPassphrase);
    m_protectAction->setObjectName(u"protectPantry"_s);
}

void MainWindow::updatePlainBackupsBanner() {
    // Opens each backup file: only when the lock changes or backups were replaced.
    const qsizetype plainBackups =
        m_store->protection() == Store::Protection::Unlocked && !Startup::isDemo(m_store->path())
            ? Backups(*m_store).unprotected().size()
            : 0;
    m_plainBackupsBanner->setText(
        tr("<b>%n backup(s) taken before the passphrase still show names and addresses</b> to "
           "anyone who copies them. <a href=\"replace\">Replace them with a protected "
           "backup…</a>",
           nullptr, int(plainBackups)));
    m_plainBackupsBanner->setVisible(plainBackups > 0);
}

void MainWindow::updateForProtection() {
    const Store::Protection protection = m_store->protection();
    const bool demo = Startup::isDemo(m_store->path());
    updateShiftBanner();
    m_unprotectedBanner->setVisible(protection == Store::Protection::Unprotected && !demo);
    m_lockAction->setEnabled(protection == Store::Protection::Unlocked);
    m_unlockAction->setEnabled(protection == Store::Protection::Locked &&
                               !m_unlockPause->isActive());
    m_protectAction->setVisible(protection == Store::Protection::Unprotected);
    const int minutes = Settings(*m_store).get(settings::LockAfterMinutes);
    m_idleLock->setInterval(std::chrono::minutes(std::max(1, minutes)));
    if (protection == Store::Protection::Unlocked)
        m_idleLock->start();
    else
        m_idleLock->stop();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_idleLock && m_idleLock->isActive())
            m_idleLock->start(); // someone is here: the idle time starts again
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

Result<void> MainWindow::unlockDetails(QByteArray passphrase) {
    if (m_unlockPause->isActive())
        return Error::invalidInput(tr("Wait %n more second(s) before trying again.", nullptr,
                                      int((m_unlockPause->remainingTime() + 999) / 1000)));
    auto unlocked = m_store->unlock(std::move(passphrase));
    if (!unlocked) {
        if (unlocked.error().kind == Error::Kind::WrongPassphrase) {
            // 2, 4, 8 ... seconds, at most a minute: guessing gets slow, a typo costs little.
            ++m_failedUnlocks;
            m_unlockPause->start(
                std::chrono::seconds(std::min(60, 1 << std::min(m_failedUnlocks, 6))));
            updateForProtection();
        }
        return unlocked;
    }
    m_failedUnlocks = 0;
    return {};
}

void MainWindow::lockDetails() {
    m_store->lock();
}

void MainWindow::askToUnlock() {
    bool ok = false;
    QString text =
        QInputDialog::getText(this, tr("Unlock household details"), tr("The pantry's passphrase:"),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QByteArray passphrase = text.toUtf8();
    text.fill(u'\0');
    if (auto unlocked = unlockDetails(std::move(passphrase)); !unlocked)
        QMessageBox::warning(this, tr("Not unlocked"), unlocked.error().toString());
}

void MainWindow::askForFirstPassphrase() {
    // A pantry of a network from before privacy at rest already shares a passphrase: it becomes
    // the pantry's too. Otherwise this laptop chooses one (and with it starts the network).
    const bool network = sync::Replicator(*m_store).hasPassphrase();
    QByteArray passphrase = PassphraseDialog::ask(
        network ? PassphraseDialog::Mode::Existing : PassphraseDialog::Mode::New,
        m_store->siteName(),
        network ? tr("This pantry is part of a network: type the network's passphrase. From now "
                     "on it also seals every name, address, phone and note in this file.")
                : tr("The passphrase seals every name, address, phone and note in this file, its "
                     "backups and its sync files. It is also the passphrase of the pantry's "
                     "network: other pantries that share data with this one use the same."),
        this);
    if (passphrase.isEmpty())
        return;
    // Sealing a large pantry takes a minute or more in one transaction: say so before it starts
    // (the window cannot repaint while it runs).
    QProgressDialog sealing(tr("Sealing every name, address, phone and note with the "
                               "passphrase… A pantry of thousands of households takes a minute "
                               "or two; Larder is busy until then."),
                            QString(), 0, 0, this);
    sealing.setWindowTitle(tr("Protect with a passphrase"));
    sealing.setWindowModality(Qt::WindowModal);
    sealing.setMinimumDuration(0);
    sealing.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto protectedNow = m_store->protect(std::move(passphrase), Startup::kdfLimits());
    QApplication::restoreOverrideCursor();
    sealing.close();
    if (!protectedNow) {
        Startup::showError(this, protectedNow.error());
        return;
    }
    replacePlainBackups();
}

void MainWindow::offerFirstPassphrase() {
    if (m_store->protection() == Store::Protection::Unprotected &&
        !Startup::isDemo(m_store->path()))
        askForFirstPassphrase();
}

void MainWindow::replacePlainBackups() {
    Backups backups(*m_store);
    const QList<BackupInfo> plain = backups.unprotected();
    if (plain.isEmpty())
        return;
    QStringList paths;
    for (const BackupInfo& backup : plain)
        paths << QDir::toNativeSeparators(backup.path);
    QMessageBox box(QMessageBox::Warning, tr("Backups taken before the passphrase"),
                    tr("%n backup(s) of this pantry were taken before it had its passphrase: "
                       "anyone who copies them can read every name, address and phone.",
                       nullptr, int(plain.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"plainBackupsQuestion"_s);
    box.setInformativeText(
        tr("Delete them and take one protected backup now? The files:\n%1").arg(paths.join(u'\n')));
    QPushButton* replace = box.addButton(tr("&Delete them and back up"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep them for now"), QMessageBox::RejectRole);
    box.setDefaultButton(replace);
    box.exec();
    if (box.clickedButton() != replace)
        return;
    auto report = backups.replaceUnprotected();
    if (!report) {
        Startup::showError(this, report.error());
        return;
    }
    statusBar()->showMessage(tr("Deleted %n unprotected backup(s); a protected backup was taken.",
                                nullptr, int(plain.size())),
                             8000);
    updatePlainBackupsBanner();
}

void MainWindow::updateShiftBanner() {
    // While locked no name can be typed: the lock banner says what to do instead.
    if (!m_store->detailsReadable()) {
        m_shiftRow->setCurrentWidget(m_lockBanner);
        return;
    }
    const QString actor = m_store->actor();
    if (actor.isEmpty()) {
        m_shiftRow->setCurrentWidget(m_shiftBanner);
        return;
    }
    const auto person = people::People(*m_store).person(actor);
    m_onShiftBanner->setText(
        tr("On shift: <b>%1</b>. What you change is recorded under this name; at the end of the "
           "shift, clear it at the top right (Alt+S).")
            .arg((person ? person->displayName : QString()).toHtmlEscaped()));
    m_shiftRow->setCurrentWidget(m_onShiftBanner);
}

void MainWindow::showPage(PageId page) {
    m_navigation->setCurrentRow(int(page));
}

MainWindow::PageId MainWindow::currentPage() const {
    return PageId(m_pages->currentIndex());
}

bool MainWindow::isCurrentFile(const QString& path) const {
    return QFileInfo(path).canonicalFilePath() == QFileInfo(m_store->path()).canonicalFilePath();
}

void MainWindow::replaceStore(Result<std::unique_ptr<Store>> result) {
    if (!result) {
        Startup::showError(this, result.error());
        return;
    }
    setStore(std::move(result).value());
}

void MainWindow::newPantry() {
    replaceStore(Startup::createPantryInteractively(this));
}

void MainWindow::openPantry() {
    auto result = Startup::openPantryInteractively(this);
    // Opening the file that is already open would collide with our own lock: just show it.
    if (!result && result.error().kind == Error::Kind::AlreadyOpen &&
        isCurrentFile(result.error().path)) {
        showPage(PageId::Today);
        return;
    }
    replaceStore(std::move(result));
}

void MainWindow::openDemo() {
    if (isCurrentFile(Startup::demoPath())) {
        showPage(PageId::Today);
        return;
    }
    replaceStore(Startup::openDemoInteractively(this));
}

QString MainWindow::aboutText() {
    return tr("<h3>Larder %1</h3>"
              "<p>Stock, households and delivery routes for mutual-aid pantries. Larder works "
              "offline: a pantry's data stays in one file on this laptop.</p>"
              "<p>Larder is free software, licensed under the GNU General Public License, "
              "version 3 or later (GPL-3.0-or-later). It comes with no warranty.</p>"
              "<p>Built with Qt %2.</p>")
        .arg(QStringLiteral(LARDER_VERSION), QString::fromLatin1(qVersion()));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Larder"), aboutText());
}

} // namespace larder::ui
