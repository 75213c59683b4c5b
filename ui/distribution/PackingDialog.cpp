// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/PackingDialog.h"

#include "core/inventory/Inventory.h"
#include "core/runs/Runs.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Page.h"
#include "ui/common/Palette.h"
#include "ui/distribution/TemplatesDialog.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QTreeWidget* treeView(const QString& name, const QStringList& headings) {
    auto* view = new QTreeWidget;
    view->setObjectName(name);
    view->setHeaderLabels(headings);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setUniformRowHeights(true);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// "Maria, Tom and 9 others" for a long list of names.
QString namesList(const QStringList& names) {
    constexpr int Shown = 3;
    if (names.size() <= Shown)
        return QLocale().createSeparatedList(names);
    return PackingDialog::tr("%1 and %n others", "", int(names.size() - Shown))
        .arg(names.mid(0, Shown).join(u", "_s));
}

QString expiryText(const std::optional<QDate>& expiry) {
    return expiry ? QLocale().toString(*expiry, QLocale::ShortFormat)
                  : PackingDialog::tr("no date");
}

} // namespace

PackingDialog::PackingDialog(Store& store, const QString& runId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_runId(runId) {
    setWindowTitle(tr("Packing"));
    setObjectName(u"packingDialog"_s);
    auto* layout = new QVBoxLayout(this);

    m_title = headingLabel({}, 1.3, this);
    layout->addWidget(m_title);

    auto* how = new QLabel(
        tr("Set stock aside for every household's package, check what is short before "
           "anyone packs, then pack from the pick list. Stock set aside stays on the shelf "
           "until the outcomes are recorded: delivered boxes leave stock then, the others "
           "return to it."),
        this);
    how->setWordWrap(true);
    layout->addWidget(how);

    auto* actions = new QHBoxLayout;
    m_allocate = new QPushButton(tr("Set aside stock"), this);
    m_allocate->setObjectName(u"allocate"_s);
    m_allocate->setToolTip(tr("Sets aside, first expiry first, what every package needs. Run "
                              "it again after changing templates or stock."));
    m_templatesButton = new QPushButton(tr("Box templates…"), this);
    m_templatesButton->setObjectName(u"boxTemplates"_s);
    m_templatesButton->setToolTip(tr("What goes in a package for each household size."));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    actions->addWidget(m_allocate);
    actions->addWidget(m_templatesButton);
    actions->addWidget(m_state, 1);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(u"packingMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"packingTabs"_s);
    // Shortages
    auto* shortPage = new QWidget;
    auto* shortLayout = new QVBoxLayout(shortPage);
    m_shortagesView =
        treeView(u"shortagesView"_s, {tr("Item"), tr("Needed"), tr("On hand"), tr("Short by"),
                                      tr("Households going without")});
    m_shortagesView->setRootIsDecorated(false);
    m_shortagesView->setAccessibleName(tr("Short"));
    m_shortagesView->setAccessibleDescription(
        tr("The items there is not enough of for every package, and the households going "
           "without; choose one to give something else instead."));
    m_shortagesEmpty = new QLabel(shortPage);
    m_shortagesEmpty->setWordWrap(true);
    m_shortagesEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    shortLayout->addWidget(m_shortagesView, 1);
    shortLayout->addWidget(m_shortagesEmpty, 1);
    auto* substituteRow = new QHBoxLayout;
    auto* insteadLabel = m_insteadLabel = new QLabel(tr("Give instead:"), shortPage);
    m_substitutes = new QComboBox(shortPage);
    m_substitutes->setObjectName(u"substitutes"_s);
    m_substitutes->setMinimumContentsLength(24);
    insteadLabel->setBuddy(m_substitutes);
    m_substitutes->setToolTip(tr("An item on hand to give instead of the short item chosen in "
                                 "the list."));
    m_substitute = new QPushButton(tr("Use for these households"), shortPage);
    m_substitute->setObjectName(u"substitute"_s);
    m_substitute->setToolTip(tr("Give the item chosen beside it instead, to the households short "
                                "of the item chosen in the list."));
    substituteRow->addWidget(insteadLabel);
    substituteRow->addWidget(m_substitutes);
    substituteRow->addWidget(m_substitute);
    substituteRow->addStretch(1);
    shortLayout->addLayout(substituteRow);
    m_tabs->addTab(shortPage, tr("Short"));
    // Pick list
    m_pickView = treeView(u"pickListView"_s, {tr("Where / item"), tr("Use by"), tr("Take")});
    m_pickView->setAccessibleName(tr("Pick list"));
    m_pickView->setAccessibleDescription(
        tr("What to take from each place to pack every package, with its use-by date."));
    m_tabs->addTab(m_pickView, tr("Pick list"));
    // Packages
    m_packagesView = treeView(u"packagesView"_s, {tr("Stop / item"), tr("Quantity"), tr("From")});
    m_packagesView->setAccessibleName(tr("Packages by stop"));
    m_packagesView->setAccessibleDescription(
        tr("What goes in each stop's package, and where each item is taken from."));
    m_tabs->addTab(m_packagesView, tr("Packages by stop"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close this window; the stock set aside stays set aside."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_allocate, &QPushButton::clicked, this, [this] { allocate(); });
    connect(m_templatesButton, &QPushButton::clicked, this, &PackingDialog::openTemplates);
    connect(m_substitute, &QPushButton::clicked, this, [this] { substituteSelected(); });
    connect(m_shortagesView, &QTreeWidget::currentItemChanged, this,
            [this] { updateSubstitutes(); });

    resize(960, 640);
    refresh();
}

QString PackingDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void PackingDialog::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(Palette::textStyle(problem ? Palette::warning() : Palette::ok()));
    m_message->setVisible(!text.isEmpty());
}

bool PackingDialog::allocate() {
    if (runs::Packages(m_store).templates().isEmpty()) {
        showMessage(tr("There are no box templates in use yet, so nothing says what a package "
                       "holds. Press \"Box templates…\" and add one for each household size."),
                    true);
        return false;
    }
    const Result<QList<runs::Shortage>> result = runs::Packages(m_store).allocate(m_runId);
    if (!result) {
        showMessage(tr("No stock was set aside: %1").arg(result.error().toString()), true);
        return false;
    }
    refresh();
    if (m_shortages.isEmpty())
        showMessage(tr("Stock is set aside for every package. Pack from the pick list."), false);
    else
        showMessage(tr("Stock is set aside, but not everything is there (short: %1). See what "
                       "could stand in before packing.")
                        .arg(int(m_shortages.size())),
                    true);
    return true;
}

bool PackingDialog::substituteSelected() {
    const int row = m_shortagesView->indexOfTopLevelItem(m_shortagesView->currentItem());
    if (row < 0 || row >= m_shortages.size() || m_substitutes->currentIndex() < 0) {
        showMessage(tr("Choose a short item in the list, then what to give instead."), true);
        return false;
    }
    const runs::Shortage shortage = m_shortages.at(row);
    const QString substituteId = m_substitutes->currentData().toString();
    const QString substituteName = m_substitutes->currentText();
    const Result<void> done =
        runs::Packages(m_store).substitute(m_runId, shortage.itemId, substituteId);
    if (!done) {
        showMessage(tr("Nothing was changed: %1").arg(done.error().toString()), true);
        return false;
    }
    refresh();
    showMessage(tr("%1 now goes instead of %2 to the households that were short of it.")
                    .arg(substituteName.section(u" ("_s, 0, 0), shortage.itemName),
                false);
    return true;
}

void PackingDialog::openTemplates() {
    TemplatesDialog dialog(m_store, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    // Packages follow the templates: set aside again when something had been set aside.
    if (!runs::Packages(m_store).allocations(m_runId).isEmpty())
        allocate();
    else
        refresh();
}

void PackingDialog::refresh() {
    runs::Runs runs(m_store);
    const std::optional<runs::Run> run = runs.run(m_runId);
    if (!run) {
        m_title->setText(tr("Packing"));
        showMessage(tr("This run is no longer in the file (deleted, perhaps on another laptop). "
                       "Close this window and choose the run again."),
                    true);
        m_allocate->setEnabled(false);
        return;
    }
    const QString day = QLocale().toString(run->date, QLocale::LongFormat);
    m_title->setText(run->name.isEmpty() ? tr("Packing for %1").arg(day)
                                         : tr("Packing for %1 (%2)").arg(day, run->name));
    const bool closed = run->status == runs::status::Closed;
    m_allocate->setEnabled(!closed);
    const QList<runs::Allocation> allocations = runs::Packages(m_store).allocations(m_runId);
    if (closed)
        m_state->setText(tr("This run is closed: its outcomes are recorded."));
    else if (allocations.isEmpty())
        m_state->setText(tr("Nothing set aside yet: press \"Set aside stock\"."));
    else
        m_state->setText(tr("Stock is set aside for this run."));
    fillShortages();
    fillPickList();
    fillPackages();
}

void PackingDialog::fillShortages() {
    m_shortages = runs::Packages(m_store).shortages(m_runId);
    m_shortagesView->clear();
    for (const runs::Shortage& shortage : m_shortages) {
        auto* item = new QTreeWidgetItem(m_shortagesView);
        item->setText(0, shortage.itemName);
        item->setText(1, Labels::quantity(shortage.needed, shortage.unit));
        item->setText(2, Labels::quantity(shortage.available, shortage.unit));
        item->setText(3, Labels::quantity(shortage.needed - shortage.available, shortage.unit));
        item->setForeground(3, QBrush(Palette::warning()));
        item->setText(4, namesList(shortage.householdNames));
        item->setToolTip(4, shortage.householdNames.join(u'\n'));
        for (int column : {1, 2, 3})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool any = !m_shortages.isEmpty();
    m_shortagesView->setVisible(any);
    m_shortagesEmpty->setVisible(!any);
    m_shortagesEmpty->setText(runs::Packages(m_store).allocations(m_runId).isEmpty()
                                  ? tr("Shortages show here once stock is set aside.")
                                  : tr("Nothing is short: every package has all its items."));
    m_tabs->setTabText(0, any ? tr("Short (%1)").arg(m_shortages.size()) : tr("Short"));
    if (any)
        m_shortagesView->setCurrentItem(m_shortagesView->topLevelItem(0));
    updateSubstitutes();
}

void PackingDialog::updateSubstitutes() {
    m_substitutes->clear();
    const int row = m_shortagesView->indexOfTopLevelItem(m_shortagesView->currentItem());
    if (row >= 0 && row < m_shortages.size()) {
        const runs::Shortage& shortage = m_shortages.at(row);
        m_insteadLabel->setText(tr("Instead of %1, give:").arg(shortage.itemName));
        for (const auto& substitute : shortage.substitutes)
            m_substitutes->addItem(
                tr("%1 (%2 to spare)")
                    .arg(substitute.itemName, QLocale().toString(substitute.available)),
                substitute.itemId);
        if (shortage.substitutes.isEmpty())
            m_substitutes->setPlaceholderText(tr("nothing of the same kind suits them"));
    }
    m_substitutes->setEnabled(m_substitutes->count() > 0);
    m_substitute->setEnabled(m_substitutes->count() > 0);
}

void PackingDialog::fillPickList() {
    m_pickView->clear();
    QHash<QString, QTreeWidgetItem*> places;
    for (const runs::PickLine& line : runs::Packages(m_store).pickList(m_runId)) {
        QTreeWidgetItem*& place = places[line.locationId];
        if (!place) {
            place = new QTreeWidgetItem(m_pickView);
            place->setText(0, line.locationName.isEmpty() ? tr("No location") : line.locationName);
            QFont bold = place->font(0);
            bold.setBold(true);
            place->setFont(0, bold);
            place->setFirstColumnSpanned(false);
        }
        auto* item = new QTreeWidgetItem(place);
        item->setText(0, line.itemName);
        item->setText(1, expiryText(line.expiry));
        item->setText(2, Labels::quantity(line.quantity, line.unit));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_pickView->expandAll();
}

void PackingDialog::fillPackages() {
    m_packagesView->clear();
    runs::Runs runs(m_store);
    QHash<QString, int> routeOf;
    for (const runs::RunDriver& driver : runs.drivers(m_runId))
        routeOf.insert(driver.id, driver.routeNo);
    QHash<QString, QList<runs::Allocation>> byStop;
    QHash<QString, QString> replacedNames; // item id → name, for "instead of …"
    for (const runs::Allocation& allocation : runs::Packages(m_store).allocations(m_runId)) {
        byStop[allocation.stopId].append(allocation);
        if (!allocation.replacesItemId.isEmpty())
            replacedNames.insert(allocation.replacesItemId, QString());
    }
    const inventory::Inventory stock(m_store);
    for (auto it = replacedNames.begin(); it != replacedNames.end(); ++it) {
        if (const std::optional<inventory::Item> item = stock.item(it.key()))
            it.value() = item->name;
    }
    for (const runs::RunStop& stop : runs.stops(m_runId)) {
        auto* top = new QTreeWidgetItem(m_packagesView);
        const QString boxes = tr("boxes: %1").arg(stop.boxes);
        if (routeOf.contains(stop.driverId))
            top->setText(0, tr("Route %1, stop %2 — %3")
                                .arg(routeOf.value(stop.driverId))
                                .arg(stop.position)
                                .arg(stop.name));
        else
            top->setText(0, tr("Not on a route — %1").arg(stop.name));
        top->setText(1, boxes);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const QList<runs::Allocation> lines = byStop.value(stop.id);
        if (lines.isEmpty()) {
            auto* none = new QTreeWidgetItem(top);
            none->setText(0, tr("nothing set aside: see the Short tab"));
            none->setForeground(0, QBrush(Palette::warning()));
        }
        for (const runs::Allocation& allocation : lines) {
            auto* item = new QTreeWidgetItem(top);
            const QString replaced = replacedNames.value(allocation.replacesItemId);
            item->setText(0, replaced.isEmpty()
                                 ? allocation.itemName
                                 : tr("%1 (instead of %2)").arg(allocation.itemName, replaced));
            item->setText(1, Labels::quantity(allocation.quantity, allocation.unit));
            item->setText(
                2, tr("%1, use by %2").arg(allocation.locationName, expiryText(allocation.expiry)));
        }
    }
    m_packagesView->expandAll();
}

} // namespace larder::ui
