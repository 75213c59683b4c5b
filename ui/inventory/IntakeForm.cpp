// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/IntakeForm.h"

#include "core/inventory/Parsing.h"
#include "core/inventory/Vocabulary.h"
#include "core/storage/Settings.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/inventory/LastEntriesModel.h"
#include "ui/inventory/NewItemDialog.h"
#include "ui/inventory/StockUndoCommand.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

constexpr int ItemIdRole = Qt::UserRole + 1;

// What a scanner types: digits (sometimes capitals and dashes), no spaces.
bool looksLikeBarcode(const QString& text) {
    static const QRegularExpression code(u"^[0-9A-Z-]{6,64}$"_s);
    if (!code.match(text).hasMatch())
        return false;
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) >= 4;
}

QLabel* fieldLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

IntakeForm::IntakeForm(Store& store, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undoStack) {
    setObjectName(u"intakeForm"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);

    auto* lead = new QLabel(tr("Scan the barcode or type the item's name, then the quantity and "
                               "the use-by date; Enter moves on and Enter on the date saves. "
                               "Nothing else to save: each line is kept at once."),
                            this);
    lead->setWordWrap(true);
    layout->addWidget(lead);
    layout->addWidget(buildLine());

    m_status = new QLabel(this);
    m_status->setObjectName(u"intakeStatus"_s);
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    layout->addWidget(m_status);

    // Last entries: this session's lines, newest first.
    auto* heading = new QHBoxLayout;
    auto* title = new QLabel(tr("Last entries"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    title->setFont(font);
    heading->addWidget(title);
    auto* explain = new QLabel(tr("This shift's lines. Ctrl+Z undoes the last one; Enter on a "
                                  "line shows the item's history."),
                               this);
    explain->setStyleSheet(Palette::textStyle(Palette::mutedText()));
    heading->addSpacing(12);
    heading->addWidget(explain, 1);
    layout->addLayout(heading);

    m_entries = new LastEntriesModel(store, this);
    m_entries->setObjectName(u"lastEntriesModel"_s);
    m_entriesView = new QTableView(this);
    m_entriesView->setObjectName(u"lastEntriesView"_s);
    m_entriesView->setAccessibleName(title->text());
    m_entriesView->setAccessibleDescription(explain->text());
    m_entriesView->setModel(m_entries);
    m_entriesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entriesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entriesView->setAlternatingRowColors(true);
    m_entriesView->setShowGrid(false);
    m_entriesView->setWordWrap(false);
    m_entriesView->verticalHeader()->hide();
    m_entriesView->setFocusPolicy(Qt::ClickFocus); // Tab goes round the line, not into the list
    QHeaderView* header = m_entriesView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LastEntriesModel::Item, QHeaderView::Stretch);
    header->resizeSection(LastEntriesModel::Time, 80);
    header->resizeSection(LastEntriesModel::Quantity, 130);
    header->resizeSection(LastEntriesModel::Expiry, 140);
    header->resizeSection(LastEntriesModel::Location, 190);
    header->resizeSection(LastEntriesModel::Who, 130);
    header->resizeSection(LastEntriesModel::Status, 80);
    layout->addWidget(m_entriesView, 1);
    connect(m_entriesView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT historyRequested(index.data(StockRole::ItemId).toString());
    });

    connect(&m_store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(u"items"_s) || tables.contains(u"item_barcodes"_s))
            reloadItems();
        if (tables.contains(u"locations"_s))
            reloadLocations();
        if (tables.contains(u"suppliers"_s))
            reloadSuppliers();
    });
    reloadItems();
    reloadLocations();
    reloadSuppliers();
    updateSupplierVisibility();
}

QWidget* IntakeForm::buildLine() {
    auto* line = new QWidget(this);
    line->setObjectName(u"intakeLine"_s);
    auto* grid = new QGridLayout(line);
    m_grid = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);

    m_item = new QLineEdit(line);
    m_item->setObjectName(u"intakeItem"_s);
    m_item->setPlaceholderText(tr("Scan, or type a name"));
    m_item->setAccessibleName(tr("Item"));
    m_item->setClearButtonEnabled(true);
    m_item->setMinimumWidth(210);
    m_quantity = new QLineEdit(line);
    m_quantity->setObjectName(u"intakeQuantity"_s);
    m_quantity->setPlaceholderText(tr("14, 3 cases"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setMinimumWidth(110);
    m_expiry = new QLineEdit(line);
    m_expiry->setObjectName(u"intakeExpiry"_s);
    m_expiry->setPlaceholderText(tr("fri, 3w, 12/5"));
    m_expiry->setAccessibleName(tr("Use by"));
    m_expiry->setMinimumWidth(130);
    m_expiry->setToolTip(
        tr("The date printed on the package: \"fri\", \"3w\" (three weeks), \"12/5\", "
           "\"2027-01\" (end of that month). Leave empty for things that keep."));
    for (QLineEdit* field : {m_item, m_quantity, m_expiry})
        field->setFont(big);

    m_location = new QComboBox(line);
    m_location->setObjectName(u"intakeLocation"_s);
    m_location->setAccessibleName(tr("Location"));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_location->setMinimumContentsLength(14);
    m_location->setToolTip(tr("Where it goes. Stays as chosen until you change it."));
    m_source = new QComboBox(line);
    m_source->setObjectName(u"intakeSource"_s);
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("Where it came from. Stays as chosen until you change it."));
    for (const QString& code : {u"donation"_s, u"supplier"_s, u"purchase"_s, u"drive"_s})
        m_source->addItem(Labels::intakeSource(code), code);
    m_supplier = new QComboBox(line);
    m_supplier->setObjectName(u"intakeSupplier"_s);
    m_supplier->setAccessibleName(tr("Supplier"));
    m_supplier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_supplier->setMinimumContentsLength(12);
    m_supplier->setPlaceholderText(tr("Which supplier?"));

    m_receive = new QPushButton(tr("Receive"), line);
    m_receive->setObjectName(u"intakeReceive"_s);
    m_receive->setToolTip(tr("Saves the line (Enter on the last field does the same)."));
    auto* newItem = new QPushButton(tr("&New item…"), line);
    newItem->setObjectName(u"intakeNewItem"_s);
    newItem->setToolTip(tr("Add an item that is not in the catalog yet (Alt+N)."));
    newItem->setFlat(true);

    const QList<std::tuple<QString, QWidget*, Field, int>> columns{
        {tr("Ite&m"), m_item, Field::Item, 4},
        {tr("&Quantity"), m_quantity, Field::Quantity, 1},
        {tr("Use &by"), m_expiry, Field::Expiry, 1},
        {tr("&Location"), m_location, Field::Location, 2},
        {tr("Sou&rce"), m_source, Field::Source, 2},
    };
    int column = 0;
    for (const auto& [text, widget, field, stretch] : columns) {
        grid->addWidget(fieldLabel(text, widget, line), 0, column);
        grid->addWidget(widget, 1, column);
        grid->setColumnStretch(column, stretch);
        if (field == Field::Source)
            break;
        auto* message = new QLabel(line);
        message->setWordWrap(true);
        message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        message->setObjectName(u"intakeMessage%1"_s.arg(column));
        grid->addWidget(message, 2, column);
        m_messages.insert(field, {message, 2, column, false});
        ++column;
    }
    // "From a supplier": which one, right under the source, so the line keeps its width; its
    // message goes under it.
    m_sourceColumn = column;
    grid->addWidget(m_supplier, 2, column, Qt::AlignTop);
    auto* sourceMessage = new QLabel(line);
    sourceMessage->setWordWrap(true);
    sourceMessage->setObjectName(u"intakeSourceMessage"_s);
    grid->addWidget(sourceMessage, 3, column, 1, 2);
    m_messages.insert(Field::Source, {sourceMessage, 3, column, false});
    m_messages.insert(Field::Supplier, {sourceMessage, 3, column, false});
    grid->addWidget(m_receive, 1, column + 1);
    grid->addWidget(newItem, 2, column + 1, Qt::AlignTop);
    grid->setRowMinimumHeight(2, fontMetrics().height() * 2 + 4);

    // Enter moves along the line; Enter on the last needed field saves.
    connect(m_item, &QLineEdit::returnPressed, this, &IntakeForm::onItemEntered);
    connect(m_quantity, &QLineEdit::returnPressed, this, &IntakeForm::onQuantityEntered);
    connect(m_expiry, &QLineEdit::returnPressed, this, &IntakeForm::onExpiryEntered);
    connect(m_receive, &QPushButton::clicked, this, [this] { submit(); });
    connect(newItem, &QPushButton::clicked, this, [this] {
        const QString typed = m_itemData ? QString() : m_item->text().trimmed();
        openNewItem(looksLikeBarcode(typed) ? typed : QString(),
                    looksLikeBarcode(typed) ? QString() : typed);
    });
    connect(m_item, &QLineEdit::textEdited, this, [this](const QString& text) {
        clearMessage(Field::Item);
        if (m_itemData)
            clearItem();
        // Names complete; a scanner's digits do not (a list flashing under every digit, and
        // taking the keyboard while it shows, helps nobody).
        const bool words =
            std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
        if (words && !m_item->completer()) {
            m_item->setCompleter(m_completer);
        } else if (!words && m_item->completer()) {
            m_completer->popup()->hide();
            m_item->setCompleter(nullptr);
        }
    });
    connect(m_quantity, &QLineEdit::textChanged, this, &IntakeForm::updateQuantityHint);
    connect(m_expiry, &QLineEdit::textChanged, this, &IntakeForm::updateExpiryHint);
    connect(m_location, &QComboBox::activated, this, [this] { clearMessage(Field::Location); });
    connect(m_source, &QComboBox::currentIndexChanged, this, &IntakeForm::updateSupplierVisibility);
    connect(m_supplier, &QComboBox::currentIndexChanged, this,
            [this] { clearMessage(Field::Supplier); });

    for (QWidget* widget :
         QList<QWidget*>{m_item, m_quantity, m_expiry, m_location, m_source, m_supplier, m_receive})
        widget->installEventFilter(this);
    setTabOrder(m_item, m_quantity);
    setTabOrder(m_quantity, m_expiry);
    setTabOrder(m_expiry, m_location);
    setTabOrder(m_location, m_source);
    setTabOrder(m_source, m_supplier);
    setTabOrder(m_supplier, m_receive);

    // Names complete as you type (anywhere in the name); a pick goes straight to Quantity.
    m_itemNames = new QStandardItemModel(this);
    m_completer = new QCompleter(m_itemNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_item->setCompleter(m_completer);
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const auto item =
                    inventory::Inventory(m_store).item(index.data(ItemIdRole).toString());
                if (item)
                    chooseItem(*item);
            });
    return line;
}

void IntakeForm::hideEvent(QHideEvent* event) {
    // The name list must not float over another tab.
    m_completer->popup()->hide();
    QWidget::hideEvent(event);
}

bool IntakeForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Z in a field undoes the typing there; in an empty field it undoes the last entry.
        auto* key = static_cast<QKeyEvent*>(event);
        auto* field = qobject_cast<QLineEdit*>(watched);
        if (field && key->matches(QKeySequence::Undo) && !field->isUndoAvailable())
            return true; // not accepted: the page's Undo shortcut gets it
        if (field && key->matches(QKeySequence::Redo) && !field->isRedoAvailable())
            return true;
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_completer->popup()) {
        // Enter with nothing picked in the list: take what was typed, as if there were no list.
        if (enter && !m_completer->popup()->currentIndex().isValid()) {
            m_completer->popup()->hide();
            onItemEntered();
            return true;
        }
        return false;
    }
    if (enter && (watched == m_location || watched == m_source || watched == m_supplier ||
                  watched == m_receive)) {
        submit();
        return true;
    }
    if (key->key() == Qt::Key_Escape && qobject_cast<QLineEdit*>(watched)) {
        // Start the line over.
        resetLine();
        return true;
    }
    return false;
}

void IntakeForm::reloadItems() {
    m_itemNames->clear();
    for (const inventory::Item& item : inventory::Inventory(m_store).items()) {
        auto* row = new QStandardItem(item.name);
        row->setData(item.id, ItemIdRole);
        m_itemNames->appendRow(row);
    }
}

void IntakeForm::reloadLocations() {
    const QString current = m_location->currentData().toString();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    int shelf = -1;
    for (const inventory::Location& location : inventory::Inventory(m_store).locations()) {
        m_location->addItem(location.name, location.id);
        m_location->setItemData(
            m_location->count() - 1,
            QString(location.name + u" (" + Labels::locationKind(location.kind) + u')'),
            Qt::ToolTipRole);
        if (shelf < 0 && location.kind == u"shelf")
            shelf = m_location->count() - 1;
    }
    const int kept = m_location->findData(current);
    m_location->setCurrentIndex(kept >= 0 ? kept : (shelf >= 0 ? shelf : 0));
}

void IntakeForm::reloadSuppliers() {
    const QString current = m_supplier->currentData().toString();
    const QSignalBlocker blocker(m_supplier);
    m_supplier->clear();
    for (const inventory::Supplier& supplier : inventory::Inventory(m_store).suppliers())
        m_supplier->addItem(supplier.name, supplier.id);
    m_supplier->setCurrentIndex(m_supplier->findData(current));
}

void IntakeForm::updateSupplierVisibility() {
    const bool supplier = m_source->currentData().toString() == u"supplier";
    m_supplier->setVisible(supplier);
    clearMessage(Field::Source);
    if (!supplier)
        clearMessage(Field::Supplier);
}

void IntakeForm::setMessage(Field field, const QString& text, bool error) {
    Message& message = m_messages[field];
    message.error = error && !text.isEmpty();
    message.label->setText(text);
    message.label->setStyleSheet(error ? Palette::textStyle(Palette::warning())
                                       : Palette::textStyle(Palette::mutedText()));
    // An error under a field runs on under the fields to its right (their hints step aside),
    // so that it reads as a sentence instead of a narrow column of words.
    int errorColumn = INT_MAX;
    for (const Message& m : std::as_const(m_messages)) {
        if (m.error && m.row == 2)
            errorColumn = std::min(errorColumn, m.column);
    }
    for (const Message& m : std::as_const(m_messages)) {
        const bool hasText = !m.label->text().isEmpty();
        if (m.row != 2) {
            m.label->setVisible(hasText);
            continue;
        }
        const bool runsOn = m.error && m.column == errorColumn;
        m_grid->addWidget(m.label, 2, m.column, 1, runsOn ? m_sourceColumn - m.column : 1);
        m.label->setVisible(hasText && m.column <= errorColumn);
    }
    const QHash<Field, QWidget*> widgets{{Field::Item, m_item},     {Field::Quantity, m_quantity},
                                         {Field::Expiry, m_expiry}, {Field::Location, m_location},
                                         {Field::Source, m_source}, {Field::Supplier, m_supplier}};
    QWidget* widget = widgets.value(field);
    widget->setAccessibleDescription(error ? text : QString());
}

void IntakeForm::clearMessage(Field field) {
    setMessage(field, {}, false);
}

QString IntakeForm::message(Field field) const {
    return m_messages.value(field).label->text();
}

bool IntakeForm::hasError(Field field) const {
    return m_messages.value(field).error;
}

void IntakeForm::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? Palette::textStyle(Palette::warning())
                                  : Palette::textStyle(Palette::ok()));
    m_statusError = error;
}

QString IntakeForm::status() const {
    return m_status->text();
}

void IntakeForm::focusItem() {
    m_item->setFocus(Qt::OtherFocusReason);
    m_item->selectAll();
}

void IntakeForm::clearItem() {
    m_itemData.reset();
    clearMessage(Field::Item);
    m_expiry->setPlaceholderText(tr("fri, 3w, 12/5"));
    updateQuantityHint();
}

void IntakeForm::chooseItem(const inventory::Item& item) {
    m_itemData = item;
    clearMessage(Field::Location);
    m_item->setText(item.name);
    m_item->setCursorPosition(0); // a long name shows its beginning
    const QDate today = Labels::today(m_store);

    // What helps with the next two fields: the case size, the shelf life, where it usually goes.
    QStringList hints;
    if (item.caseSize > 0)
        hints << tr("case of %1").arg(item.caseSize);
    if (item.perishable)
        hints << (item.shelfLifeDays > 0 ? tr("keeps %n days", "", item.shelfLifeDays)
                                         : tr("fresh: needs a date"));
    // The place with most of it.
    const QString usual = inventory::Inventory(m_store).usualLocation(item.id);
    // Where it already is: propose that place (milk goes to the fridge, not the dry shelf).
    // Items new to the shelves go where the last line went.
    if (!usual.isEmpty() && m_location->findData(usual) >= 0) {
        if (usual != m_location->currentData().toString())
            setMessage(Field::Location, tr("where it is kept"), false);
        m_location->setCurrentIndex(m_location->findData(usual));
    }
    if (!item.active)
        setMessage(Field::Item, tr("\"%1\" is retired in the catalog.").arg(item.name), true);
    else
        setMessage(Field::Item, hints.join(u" · "_s), false);

    // A fresh item's date is proposed from its shelf life; the package's date wins.
    if (item.perishable && item.shelfLifeDays > 0) {
        m_expiry->setText(today.addDays(item.shelfLifeDays).toString(Qt::ISODate));
        m_expiry->setPlaceholderText(tr("fri, 3w, 12/5"));
    } else {
        m_expiry->setText(QString());
        m_expiry->setPlaceholderText(item.perishable ? tr("needed: fri, 3w") : tr("if printed"));
    }
    updateQuantityHint();
    m_quantity->setFocus(Qt::OtherFocusReason);
    m_quantity->selectAll();
}

void IntakeForm::onItemEntered() {
    const QString text = m_item->text().trimmed();
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
    if (m_itemData && text == m_itemData->name) {
        chooseItem(*m_itemData);
        return;
    }
    if (text.isEmpty()) {
        setMessage(Field::Item, tr("Scan a barcode or type the item's name."), true);
        return;
    }
    const inventory::Inventory stock(m_store);
    if (const auto byCode = stock.itemByBarcode(text)) {
        chooseItem(*byCode);
        return;
    }
    const QList<inventory::Item> found = stock.findItems(text, 50);
    for (const inventory::Item& item : found) {
        if (item.active && item.name.compare(text, Qt::CaseInsensitive) == 0) {
            chooseItem(item);
            return;
        }
    }
    QList<inventory::Item> active;
    for (const inventory::Item& item : found) {
        if (item.active)
            active.append(item);
    }
    if (active.size() == 1) {
        chooseItem(active.constFirst());
        return;
    }
    if (active.size() > 1) {
        setMessage(Field::Item,
                   tr("%n items match: keep typing, or pick one with ↓ and Enter.", "",
                      int(active.size())),
                   true);
        m_completer->setCompletionPrefix(text);
        m_completer->complete();
        return;
    }
    if (looksLikeBarcode(text)) {
        openNewItem(text, {});
        return;
    }
    setMessage(Field::Item,
               tr("No item is called \"%1\". Check the spelling, or add it with New item "
                  "(Alt+N).")
                   .arg(text),
               true);
}

void IntakeForm::openNewItem(const QString& barcode, const QString& name) {
    if (m_newItemDialog)
        return;
    auto* dialog = new NewItemDialog(m_store, barcode, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_newItemDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        window()->activateWindow(); // the keys come back here, ready for the quantity
        if (result == QDialog::Accepted) {
            if (const auto item = inventory::Inventory(m_store).item(dialog->itemId())) {
                showStatus(tr("\"%1\" is in the catalog now.").arg(item->name), false);
                chooseItem(*item);
                return;
            }
        }
        focusItem();
    });
    dialog->open();
}

int IntakeForm::caseMultiplier(const inventory::Item& item) {
    return item.unit == u"case" ? 1 : item.caseSize;
}

void IntakeForm::updateQuantityHint() {
    const QString text = m_quantity->text().trimmed();
    if (text.isEmpty()) {
        if (m_itemData && m_itemData->caseSize > 0 && m_itemData->unit != u"case")
            setMessage(Field::Quantity,
                       tr("\"3 cases\" = %1").arg(3 * qint64(m_itemData->caseSize)), false);
        else
            clearMessage(Field::Quantity);
        return;
    }
    const auto parsed =
        inventory::InputParser::parseQuantity(text, m_itemData ? caseMultiplier(*m_itemData) : 0,
                                              Settings(m_store).get(settings::MaxIntakeQuantity));
    if (parsed.ok() && text != QString::number(parsed.quantity))
        setMessage(Field::Quantity,
                   tr("= %1").arg(Labels::quantity(parsed.quantity,
                                                   m_itemData ? m_itemData->unit : QString())),
                   false);
    else
        clearMessage(Field::Quantity);
}

void IntakeForm::updateExpiryHint() {
    const QString text = m_expiry->text().trimmed();
    if (text.isEmpty()) {
        clearMessage(Field::Expiry);
        return;
    }
    const QDate today = Labels::today(m_store);
    const auto parsed = inventory::InputParser::parseExpiry(
        text, today, Settings(m_store).get(settings::DatesMonthFirst));
    if (parsed.date) {
        const QString date = QLocale().toString(*parsed.date, u"ddd d MMM yyyy"_s);
        setMessage(Field::Expiry, date, *parsed.date < today);
    } else {
        clearMessage(Field::Expiry);
    }
}

void IntakeForm::onQuantityEntered() {
    if (!m_itemData) {
        setMessage(Field::Item, tr("First scan or type the item."), true);
        focusItem();
        return;
    }
    const auto parsed =
        inventory::InputParser::parseQuantity(m_quantity->text(), caseMultiplier(*m_itemData),
                                              Settings(m_store).get(settings::MaxIntakeQuantity));
    if (!parsed.ok()) {
        setMessage(Field::Quantity, parsed.error, true);
        m_quantity->selectAll();
        return;
    }
    updateQuantityHint();
    m_expiry->setFocus(Qt::OtherFocusReason);
    m_expiry->selectAll();
}

void IntakeForm::onExpiryEntered() {
    submit();
}

void IntakeForm::askPastExpiry(const QDate& date) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Already past its date"),
                                tr("The use-by date %1 is already past. Receive it anyway?")
                                    .arg(QLocale().toString(date, u"ddd d MMM yyyy"_s)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"pastExpiryQuestion"_s);
    box->setInformativeText(tr("Food past its date usually goes to disposal, not onto the shelf. "
                               "Check the date on the package."));
    QPushButton* anyway = box->addButton(tr("Receive anyway"), QMessageBox::AcceptRole);
    QPushButton* fix = box->addButton(tr("Fix the date"), QMessageBox::RejectRole);
    anyway->setObjectName(u"receiveAnyway"_s);
    fix->setObjectName(u"fixTheDate"_s);
    box->setDefaultButton(fix);
    box->setEscapeButton(fix);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_pastQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, anyway] {
        window()->activateWindow();
        if (box->clickedButton() == anyway) {
            submit(true);
        } else {
            m_expiry->setFocus(Qt::OtherFocusReason);
            m_expiry->selectAll();
        }
    });
    box->open();
}

void IntakeForm::submit(bool allowPast) {
    showStatus({}, false);
    // Item
    if (!m_itemData) {
        if (!m_item->text().trimmed().isEmpty()) {
            onItemEntered(); // resolves it (or says why not); the volunteer goes on from there
            return;
        }
        setMessage(Field::Item, tr("Scan a barcode or type the item's name."), true);
        focusItem();
        return;
    }
    const inventory::Item item = *m_itemData;
    // Quantity
    const QString typedQuantity = m_quantity->text().trimmed();
    const auto quantity = inventory::InputParser::parseQuantity(
        typedQuantity, caseMultiplier(item), Settings(m_store).get(settings::MaxIntakeQuantity));
    if (!quantity.ok()) {
        setMessage(Field::Quantity,
                   typedQuantity.isEmpty() ? tr("Type how many: \"14\" or \"3 cases\".")
                                           : quantity.error,
                   true);
        m_quantity->setFocus(Qt::OtherFocusReason);
        m_quantity->selectAll();
        return;
    }
    // Expiry
    const QDate today = Labels::today(m_store);
    const auto expiry = inventory::InputParser::parseExpiry(
        m_expiry->text(), today, Settings(m_store).get(settings::DatesMonthFirst));
    if (!expiry.ok() && !(expiry.date && allowPast)) {
        if (expiry.date) {
            askPastExpiry(*expiry.date);
            return;
        }
        setMessage(Field::Expiry, expiry.error, true);
        m_expiry->setFocus(Qt::OtherFocusReason);
        m_expiry->selectAll();
        return;
    }
    if (!expiry.date && item.perishable && item.shelfLifeDays <= 0) {
        setMessage(Field::Expiry,
                   tr("Fresh food needs its use-by date: \"fri\", \"5d\", \"12/5\"."), true);
        m_expiry->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Where to and where from
    if (m_location->currentIndex() < 0) {
        setMessage(Field::Location, tr("Choose where it goes."), true);
        m_location->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString source = m_source->currentData().toString();
    if (source == u"supplier" && m_supplier->currentIndex() < 0) {
        setMessage(Field::Supplier, tr("Choose the supplier."), true);
        m_supplier->setFocus(Qt::OtherFocusReason);
        return;
    }

    inventory::Receipt receipt;
    receipt.itemId = item.id;
    receipt.locationId = m_location->currentData().toString();
    receipt.quantity = quantity.quantity;
    receipt.expiry = expiry.date;
    receipt.source = source;
    if (source == u"supplier")
        receipt.supplierId = m_supplier->currentData().toString();
    receipt.allowPastExpiry = allowPast;

    const QString amount = Labels::quantity(receipt.quantity, item.unit);
    const QPointer<LastEntriesModel> entries = m_entries;
    const QPointer<IntakeForm> self = this;
    auto* command = new StockUndoCommand(
        m_store, tr("receive %1 × %2").arg(amount, item.name),
        [store = &m_store, receipt] { return inventory::Inventory(*store).receive(receipt); },
        u"undo at intake"_s,
        [entries, typedQuantity](const inventory::Posted& previous, const inventory::Posted& now) {
            if (!entries || now.movementIds.isEmpty())
                return;
            if (previous.movementIds.isEmpty())
                entries->addEntry(now.movementIds.constFirst(), typedQuantity);
            else
                entries->replaceEntry(previous.movementIds.constFirst(),
                                      now.movementIds.constFirst());
        },
        [self](const Error& error) {
            if (self)
                self->showStatus(
                    error.hint.isEmpty() ? error.message : error.message + u' ' + error.hint, true);
        });
    const auto outcome = command->outcome();
    m_undo.push(command); // posts the receipt
    if (!outcome->ok)
        return; // the reason is on the status line; everything typed stays

    resetLine();
    showStatus(tr("Saved: %1 × %2 → %3. Ctrl+Z undoes it.")
                   .arg(amount, item.name, m_location->currentText()),
               false);
    m_entriesView->scrollToTop();
}

void IntakeForm::resetLine() {
    const QSignalBlocker a(m_item), b(m_quantity), c(m_expiry);
    m_item->setText(QString());
    m_quantity->setText(QString());
    m_expiry->setText(QString());
    clearItem();
    clearMessage(Field::Quantity);
    clearMessage(Field::Expiry);
    clearMessage(Field::Location);
    focusItem();
}

} // namespace larder::ui
