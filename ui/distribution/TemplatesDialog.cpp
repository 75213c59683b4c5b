// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/distribution/TemplatesDialog.h"

#include "core/inventory/Inventory.h"
#include "core/storage/Store.h"
#include "ui/common/Palette.h"
#include "ui/distribution/TemplateSizes.h"

#include <QCheckBox>
#include <QColor>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

constexpr int LargestSize = 30; // spin box range for household sizes
constexpr int QuantityColumn = 1;

} // namespace

TemplatesDialog::TemplatesDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store) {
    setWindowTitle(tr("Box templates"));
    setObjectName(u"templatesDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* lead = new QLabel(tr("What goes in a household's package, by household size. Each "
                               "household gets the template for its size; items that do not "
                               "suit its diet are swapped when stock is set aside. Changes are "
                               "saved as you make them."),
                            this);
    lead->setWordWrap(true);
    layout->addWidget(lead);

    auto* split = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    m_list->setMinimumWidth(220);
    m_list->setAccessibleName(tr("Box templates"));
    m_list->setAccessibleDescription(tr("Every box template, those not in use too; choosing one "
                                        "shows it in the form beside the list."));
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("New template"), this);
    m_new->setObjectName(u"newTemplate"_s);
    m_new->setToolTip(tr("Add a template for the sizes after the largest covered so far, ready "
                         "to be named."));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Remove the chosen template, after asking; households of its sizes "
                            "get no package until another template covers them."));
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    m_coverage = new QLabel(this);
    m_coverage->setWordWrap(true);
    m_coverage->setStyleSheet(Palette::textStyle(Palette::warning()));
    left->addWidget(m_coverage);
    split->addLayout(left);

    m_form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* fields = new QFormLayout;
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"templateName"_s);
    m_name->setPlaceholderText(tr("e.g. Small household"));
    m_name->setToolTip(tr("The template's name; saved when you leave the field."));
    fields->addRow(tr("&Name"), m_name);
    auto* sizes = new QHBoxLayout;
    m_minSize = new QSpinBox(m_form);
    m_minSize->setObjectName(u"templateMinSize"_s);
    m_minSize->setRange(1, LargestSize);
    m_minSize->setAccessibleName(tr("Smallest household"));
    m_minSize->setToolTip(tr("The fewest people in a household this template is for."));
    m_maxSize = new QSpinBox(m_form);
    m_maxSize->setObjectName(u"templateMaxSize"_s);
    m_maxSize->setRange(0, LargestSize);
    m_maxSize->setSpecialValueText(tr("no limit"));
    m_maxSize->setAccessibleName(tr("Largest household"));
    m_maxSize->setToolTip(
        tr("The most people in a household this template is for; \"no limit\" for any more."));
    sizes->addWidget(m_minSize);
    sizes->addWidget(new QLabel(tr("to"), m_form));
    sizes->addWidget(m_maxSize);
    sizes->addWidget(new QLabel(tr("people"), m_form));
    sizes->addStretch(1);
    fields->addRow(tr("For households of"), sizes);
    m_boxes = new QSpinBox(m_form);
    m_boxes->setObjectName(u"templateBoxes"_s);
    m_boxes->setRange(1, 20);
    m_boxes->setToolTip(tr("How many boxes the package fills: drivers' capacity counts boxes."));
    fields->addRow(tr("&Boxes"), m_boxes);
    m_active = new QCheckBox(tr("In use"), m_form);
    m_active->setObjectName(u"templateActive"_s);
    m_active->setToolTip(tr("A template not in use is kept but given to nobody."));
    fields->addRow(QString(), m_active);
    formLayout->addLayout(fields);

    m_lines = new QTableWidget(0, 3, m_form);
    m_lines->setObjectName(u"templateLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Quantity"), tr("Unit")});
    m_lines->setAccessibleName(tr("Items in the package"));
    m_lines->setAccessibleDescription(tr("What goes in this template's package: each item with "
                                         "its quantity, which can be changed here, and unit."));
    m_lines->verticalHeader()->hide();
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    formLayout->addWidget(m_lines, 1);

    auto* addRow = new QHBoxLayout;
    m_itemField = new QLineEdit(m_form);
    m_itemField->setObjectName(u"templateItem"_s);
    m_itemField->setPlaceholderText(tr("Type part of an item's name, then Enter"));
    m_itemChoices = new QStringListModel(this);
    auto* completer = new QCompleter(m_itemChoices, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_itemField->setCompleter(completer);
    m_itemField->setAccessibleName(tr("Item to add"));
    m_itemField->setToolTip(
        tr("Type part of an item's name, then press Enter to add it to the package."));
    m_quantity = new QSpinBox(m_form);
    m_quantity->setObjectName(u"templateQuantity"_s);
    m_quantity->setRange(1, 100000);
    m_quantity->setToolTip(tr("How many of the item to add go in the package."));
    m_addLine = new QPushButton(tr("Add item"), m_form);
    m_addLine->setToolTip(tr("Add the item typed beside it to the package, this many of it."));
    m_removeLine = new QPushButton(tr("Remove item"), m_form);
    m_removeLine->setToolTip(tr("Take the item chosen in the list out of the package."));
    addRow->addWidget(m_itemField, 1);
    auto* quantityLabel = new QLabel(tr("Quantity"), m_form);
    quantityLabel->setBuddy(m_quantity);
    addRow->addWidget(quantityLabel);
    addRow->addWidget(m_quantity);
    addRow->addWidget(m_addLine);
    addRow->addWidget(m_removeLine);
    formLayout->addLayout(addRow);
    split->addWidget(m_form, 1);
    layout->addLayout(split, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"templateMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close this window; every change is already saved."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton* button : {m_new, m_remove, m_addLine, m_removeLine})
        button->setAutoDefault(false);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showTemplate);
    connect(m_new, &QPushButton::clicked, this, [this] { addTemplate(); });
    connect(m_remove, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    // The name is checked as it is typed and saved when the field is left (or Enter).
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        QString problem;
        edited(&problem);
        showMessage(problem, true);
    });
    connect(m_name, &QLineEdit::editingFinished, this, &TemplatesDialog::validateAndSave);
    for (QSpinBox* box : {m_minSize, m_maxSize, m_boxes})
        connect(box, &QSpinBox::valueChanged, this, &TemplatesDialog::validateAndSave);
    connect(m_active, &QCheckBox::toggled, this, &TemplatesDialog::validateAndSave);
    connect(m_itemField, &QLineEdit::textEdited, this, &TemplatesDialog::updateItemChoices);
    connect(m_itemField, &QLineEdit::returnPressed, this, [this] { addLine(); });
    connect(m_addLine, &QPushButton::clicked, this, [this] { addLine(); });
    connect(m_removeLine, &QPushButton::clicked, this, &TemplatesDialog::removeSelectedLine);

    resize(900, 560);
    reloadList({});
}

QString TemplatesDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void TemplatesDialog::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(Palette::textStyle(problem ? Palette::warning() : Palette::ok()));
    m_message->setVisible(!text.isEmpty());
}

void TemplatesDialog::reloadList(const QString& selectId) {
    m_templates = runs::Packages(m_store).templates(true);
    m_loading = true;
    m_list->clear();
    int select = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const runs::BoxTemplate& t = m_templates.at(i);
        QString text =
            tr("%1\n%2, boxes: %3").arg(t.name, TemplateSizes::range(t), QString::number(t.boxes));
        if (!t.active)
            text += u" "_s + tr("(not in use)");
        auto* item = new QListWidgetItem(text, m_list);
        if (!t.active)
            item->setForeground(Palette::mutedText());
        if (t.id == selectId)
            select = i;
    }
    m_loading = false;
    m_list->setCurrentRow(select);
    if (select < 0)
        showTemplate(-1);
    updateCoverage();
}

void TemplatesDialog::selectTemplate(const QString& templateId) {
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).id == templateId)
            m_list->setCurrentRow(i);
}

void TemplatesDialog::showTemplate(int row) {
    if (m_loading)
        return;
    const bool valid = row >= 0 && row < m_templates.size();
    m_form->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_current = valid ? m_templates.at(row) : runs::BoxTemplate{};
    m_loading = true;
    m_name->setText(m_current.name);
    m_minSize->setValue(m_current.minSize);
    m_maxSize->setValue(m_current.maxSize.value_or(0));
    m_boxes->setValue(m_current.boxes);
    m_active->setChecked(m_current.active);
    m_lines->setRowCount(0);
    inventory::Inventory inventory(m_store);
    for (const runs::TemplateLine& line : m_current.lines) {
        const int r = m_lines->rowCount();
        m_lines->insertRow(r);
        m_lines->setItem(r, 0, new QTableWidgetItem(line.itemName));
        auto* quantity = new QSpinBox(m_lines);
        quantity->setRange(0, 100000);
        quantity->setValue(int(line.quantity));
        quantity->setFrame(false);
        quantity->setAccessibleName(tr("Quantity of %1").arg(line.itemName));
        quantity->setAccessibleDescription(
            tr("How many of this item go in the package; saved as you change it."));
        connect(quantity, &QSpinBox::valueChanged, this, &TemplatesDialog::validateAndSave);
        m_lines->setCellWidget(r, QuantityColumn, quantity);
        const auto item = inventory.item(line.itemId);
        m_lines->setItem(r, 2, new QTableWidgetItem(item ? item->unit : QString()));
    }
    m_loading = false;
    showMessage({}, false);
    if (!valid)
        m_name->clear();
}

runs::BoxTemplate TemplatesDialog::edited(QString* problem) const {
    runs::BoxTemplate result = m_current;
    result.name = m_name->text().trimmed();
    result.minSize = m_minSize->value();
    result.maxSize =
        m_maxSize->value() == 0 ? std::nullopt : std::optional<int>(m_maxSize->value());
    result.boxes = m_boxes->value();
    result.active = m_active->isChecked();
    for (int r = 0; r < m_lines->rowCount() && r < result.lines.size(); ++r)
        if (auto* box = qobject_cast<QSpinBox*>(m_lines->cellWidget(r, QuantityColumn)))
            result.lines[r].quantity = box->value();

    QString why;
    if (result.name.isEmpty())
        why = tr("Give the template a name, such as \"Small household\".");
    else if (std::any_of(m_templates.cbegin(), m_templates.cend(), [&](const auto& other) {
                 return other.id != result.id &&
                        other.name.compare(result.name, Qt::CaseInsensitive) == 0;
             }))
        why =
            tr("Another template is already called \"%1\": choose another name.").arg(result.name);
    else if (result.maxSize && *result.maxSize < result.minSize)
        why = tr("The largest household size (%1) is below the smallest (%2): raise it, or "
                 "choose \"no limit\".")
                  .arg(*result.maxSize)
                  .arg(result.minSize);
    else
        for (const runs::TemplateLine& line : result.lines)
            if (line.quantity < 1) {
                why = tr("%1 has a quantity of 0: give at least 1, or remove the item.")
                          .arg(line.itemName);
                break;
            }
    if (problem)
        *problem = why;
    return result;
}

void TemplatesDialog::validateAndSave() {
    if (m_loading || m_current.id.isEmpty())
        return;
    QString problem;
    const runs::BoxTemplate boxTemplate = edited(&problem);
    if (!problem.isEmpty()) {
        showMessage(problem + u" "_s + tr("Not saved until this is fixed."), true);
        return;
    }
    const bool same =
        boxTemplate.name == m_current.name && boxTemplate.minSize == m_current.minSize &&
        boxTemplate.maxSize == m_current.maxSize && boxTemplate.boxes == m_current.boxes &&
        boxTemplate.active == m_current.active &&
        std::equal(boxTemplate.lines.cbegin(), boxTemplate.lines.cend(), m_current.lines.cbegin(),
                   m_current.lines.cend(), [](const auto& a, const auto& b) {
                       return a.itemId == b.itemId && a.quantity == b.quantity;
                   });
    if (same) {
        showMessage({}, false);
        return;
    }
    const Result<void> saved = runs::Packages(m_store).updateTemplate(boxTemplate);
    if (!saved) {
        showMessage(tr("Not saved: %1").arg(saved.error().toString()), true);
        return;
    }
    m_changed = true;
    const int row = m_list->currentRow();
    m_current = boxTemplate;
    if (row >= 0 && row < m_templates.size()) {
        m_templates[row] = boxTemplate;
        QString text = tr("%1\n%2, boxes: %3")
                           .arg(boxTemplate.name, TemplateSizes::range(boxTemplate),
                                QString::number(boxTemplate.boxes));
        if (!boxTemplate.active)
            text += u" "_s + tr("(not in use)");
        m_list->item(row)->setText(text);
        m_list->item(row)->setForeground(boxTemplate.active ? palette().text().color()
                                                            : Palette::mutedText());
    }
    showMessage(tr("Saved."), false);
    updateCoverage();
}

bool TemplatesDialog::addTemplate() {
    // A name not used yet, and a size range starting after the largest one so far.
    QSet<QString> names;
    int from = 1;
    for (const runs::BoxTemplate& t : std::as_const(m_templates)) {
        names.insert(t.name.toLower());
        if (t.maxSize)
            from = qMax(from, *t.maxSize + 1);
    }
    runs::BoxTemplate boxTemplate;
    boxTemplate.name = tr("New template");
    for (int n = 2; names.contains(boxTemplate.name.toLower()); ++n)
        boxTemplate.name = tr("New template %1").arg(n);
    boxTemplate.minSize = qMin(from, LargestSize);
    const Result<QString> added = runs::Packages(m_store).addTemplate(boxTemplate);
    if (!added) {
        showMessage(tr("No template was added: %1").arg(added.error().toString()), true);
        return false;
    }
    m_changed = true;
    reloadList(added.value());
    m_name->setFocus();
    m_name->selectAll();
    showMessage(tr("Template added: name it, set the household sizes and add its items."), false);
    return true;
}

void TemplatesDialog::removeTemplate() {
    if (m_current.id.isEmpty())
        return;
    if (isVisible() &&
        QMessageBox::question(this, tr("Remove template"),
                              tr("Remove the template \"%1\"? Households of its sizes get no "
                                 "package until another template covers them.")
                                  .arg(m_current.name)) != QMessageBox::Yes)
        return;
    const Result<void> removed = runs::Packages(m_store).removeTemplate(m_current.id);
    if (!removed) {
        showMessage(tr("Not removed: %1").arg(removed.error().toString()), true);
        return;
    }
    m_changed = true;
    reloadList({});
}

void TemplatesDialog::updateItemChoices(const QString& text) {
    QStringList names;
    m_itemIds.clear();
    if (text.trimmed().size() >= 1) {
        for (const inventory::Item& item : inventory::Inventory(m_store).findItems(text, 15)) {
            if (!item.active)
                continue;
            names.append(item.name);
            m_itemIds.insert(item.name, item.id);
        }
    }
    m_itemChoices->setStringList(names);
}

bool TemplatesDialog::addLine() {
    if (m_current.id.isEmpty())
        return false;
    const QString typed = m_itemField->text().trimmed();
    if (typed.isEmpty()) {
        showMessage(tr("Type part of an item's name first."), true);
        return false;
    }
    // The exact name when it is one, else the first item the words match.
    const QList<inventory::Item> found = inventory::Inventory(m_store).findItems(typed, 15);
    const inventory::Item* chosen = nullptr;
    for (const inventory::Item& item : found)
        if (item.name.compare(typed, Qt::CaseInsensitive) == 0)
            chosen = &item;
    if (!chosen && !found.isEmpty())
        chosen = &found.first();
    if (!chosen) {
        showMessage(tr("No item in the catalog matches \"%1\": check the spelling, or add the "
                       "item on the Inventory page first.")
                        .arg(typed),
                    true);
        return false;
    }
    for (const runs::TemplateLine& line : std::as_const(m_current.lines))
        if (line.itemId == chosen->id) {
            showMessage(tr("%1 is already in this template: change its quantity in the list.")
                            .arg(chosen->name),
                        true);
            return false;
        }
    QString problem;
    runs::BoxTemplate boxTemplate = edited(&problem);
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    runs::TemplateLine line;
    line.itemId = chosen->id;
    line.itemName = chosen->name;
    line.quantity = m_quantity->value();
    boxTemplate.lines.append(line);
    const Result<void> saved = runs::Packages(m_store).updateTemplate(boxTemplate);
    if (!saved) {
        showMessage(tr("Not added: %1").arg(saved.error().toString()), true);
        return false;
    }
    m_changed = true;
    const QString id = boxTemplate.id;
    reloadList(id);
    m_itemField->clear();
    m_quantity->setValue(1);
    m_itemField->setFocus();
    showMessage(tr("%1 added.").arg(chosen->name), false);
    return true;
}

void TemplatesDialog::removeSelectedLine() {
    const int row = m_lines->currentRow();
    if (m_current.id.isEmpty() || row < 0 || row >= m_current.lines.size())
        return;
    QString problem;
    runs::BoxTemplate boxTemplate = edited(&problem);
    const QString name = boxTemplate.lines.at(row).itemName;
    boxTemplate.lines.removeAt(row);
    const Result<void> saved = runs::Packages(m_store).updateTemplate(boxTemplate);
    if (!saved) {
        showMessage(tr("Not removed: %1").arg(saved.error().toString()), true);
        return;
    }
    m_changed = true;
    reloadList(boxTemplate.id);
    showMessage(tr("%1 removed.").arg(name), false);
}

void TemplatesDialog::updateCoverage() {
    m_coverage->setText(m_templates.isEmpty()
                            ? tr("No templates yet: press \"New template\" to start.")
                            : TemplateSizes::uncovered(m_templates));
}

} // namespace larder::ui
