// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/NewItemDialog.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/Vocabulary.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString unitLabel(const QString& code) {
    if (code == u"each")
        return NewItemDialog::tr("Each (a can, a pack, a loaf)");
    if (code == u"lb")
        return NewItemDialog::tr("Pounds (lb)");
    if (code == u"kg")
        return NewItemDialog::tr("Kilograms (kg)");
    if (code == u"case")
        return NewItemDialog::tr("Cases");
    return code;
}

QString tagLabel(const QString& code) {
    if (code == u"halal")
        return NewItemDialog::tr("Halal");
    if (code == u"kosher")
        return NewItemDialog::tr("Kosher");
    if (code == u"vegetarian")
        return NewItemDialog::tr("Vegetarian");
    if (code == u"vegan")
        return NewItemDialog::tr("Vegan");
    if (code == u"gluten-free")
        return NewItemDialog::tr("Gluten-free");
    if (code == u"nut-free")
        return NewItemDialog::tr("Nut-free");
    if (code == u"diabetic-friendly")
        return NewItemDialog::tr("Diabetic-friendly");
    if (code == u"low-sodium")
        return NewItemDialog::tr("Low sodium");
    return code;
}

} // namespace

NewItemDialog::NewItemDialog(Store& store, const QString& barcode, const QString& name,
                             QWidget* parent)
    : QDialog(parent)
    , m_store(store) {
    setObjectName(u"newItemDialog"_s);
    setWindowTitle(tr("New item"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto* lead = new QLabel(barcode.isEmpty()
                                ? tr("Add an item to the catalog. Only the name is needed; "
                                     "press Enter to add it.")
                                : tr("The barcode %1 is not in the catalog yet. Say what it is, "
                                     "then press Enter to add it.")
                                      .arg(barcode),
                            this);
    lead->setWordWrap(true);
    layout->addWidget(lead);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(u"newItemName"_s);
    m_name->setPlaceholderText(tr("What it is, with the size: \"Diapers size 4\""));
    m_name->setMinimumWidth(360);
    m_name->setToolTip(tr("What the item is, with its size; the only field that is needed."));
    form->addRow(tr("&Name:"), m_name);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"newItemCategory"_s);
    for (const QString& code : inventory::vocabulary::categories())
        m_category->addItem(Labels::category(code), code);
    m_category->setToolTip(tr("The group the item is filed under in the catalog."));
    form->addRow(tr("&Category:"), m_category);

    m_barcode = new QLineEdit(barcode, this);
    m_barcode->setObjectName(u"newItemBarcode"_s);
    m_barcode->setPlaceholderText(tr("Scan or type it; may stay empty"));
    m_barcode->setToolTip(tr("Scanning this barcode at intake then finds the item."));
    form->addRow(tr("&Barcode:"), m_barcode);

    auto* unitRow = new QHBoxLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"newItemUnit"_s);
    for (const QString& code : inventory::vocabulary::units())
        m_unit->addItem(unitLabel(code), code);
    m_unit->setToolTip(tr("How the item is counted in stock."));
    unitRow->addWidget(m_unit, 1);
    unitRow->addSpacing(12);
    auto* caseLabel = new QLabel(tr("C&ase of:"), this);
    unitRow->addWidget(caseLabel);
    m_caseSize = new QSpinBox(this);
    m_caseSize->setObjectName(u"newItemCaseSize"_s);
    m_caseSize->setRange(0, 10000);
    m_caseSize->setSpecialValueText(tr("not sold by the case"));
    m_caseSize->setToolTip(tr("How many units one case holds, so that \"3 cases\" can be typed "
                              "at intake."));
    caseLabel->setBuddy(m_caseSize);
    unitRow->addWidget(m_caseSize);
    auto* unitCaption = new QLabel(tr("&Unit:"), this);
    unitCaption->setBuddy(m_unit);
    form->addRow(unitCaption, unitRow);

    auto* perishRow = new QHBoxLayout;
    m_perishable = new QCheckBox(tr("&Perishable"), this);
    m_perishable->setObjectName(u"newItemPerishable"_s);
    m_perishable->setToolTip(tr("Tick for fresh food that spoils, to say how long it keeps."));
    perishRow->addWidget(m_perishable);
    perishRow->addSpacing(12);
    auto* lifeLabel = new QLabel(tr("keeps about"), this);
    perishRow->addWidget(lifeLabel);
    m_shelfLife = new QSpinBox(this);
    m_shelfLife->setObjectName(u"newItemShelfLife"_s);
    m_shelfLife->setAccessibleName(tr("Days it keeps"));
    m_shelfLife->setRange(0, 3650);
    m_shelfLife->setSuffix(tr(" days"));
    m_shelfLife->setSpecialValueText(tr("ask at intake"));
    m_shelfLife->setToolTip(
        tr("Proposed as the use-by date at intake; the date on the package wins."));
    m_shelfLife->setEnabled(false);
    perishRow->addWidget(m_shelfLife);
    perishRow->addStretch(1);
    form->addRow(tr("Fresh food:"), perishRow);
    connect(m_perishable, &QCheckBox::toggled, m_shelfLife, &QWidget::setEnabled);

    auto* tags = new QGridLayout;
    tags->setHorizontalSpacing(16);
    const QStringList& codes = inventory::vocabulary::dietaryTags();
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(tagLabel(codes.at(i)), this);
        box->setProperty("tag", codes.at(i));
        box->setObjectName(u"tag-"_s + codes.at(i));
        box->setAccessibleDescription(
            tr("Tick when this item suits a diet marked \"%1\".").arg(tagLabel(codes.at(i))));
        tags->addWidget(box, i / 4, i % 4);
        m_tags.append(box);
    }
    form->addRow(tr("Dietary:"), tags);

    m_par = new QSpinBox(this);
    m_par->setObjectName(u"newItemPar"_s);
    m_par->setRange(0, 1000000);
    m_par->setSpecialValueText(tr("none"));
    m_par->setToolTip(tr("The amount the pantry aims to keep; below it the item is listed under "
                         "\"Below par\"."));
    form->addRow(tr("Pa&r level:"), m_par);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(u"newItemError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::textStyle(Palette::warning()));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add item"));
    add->setDefault(true);
    add->setAutoDefault(true);
    add->setToolTip(tr("Add the item to the catalog (Enter does the same)."));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close this window without adding the item."));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewItemDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* field : {m_name, m_barcode})
        connect(field, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_name->setFocus(Qt::OtherFocusReason);
}

QString NewItemDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewItemDialog::accept() {
    inventory::Item item;
    item.name = m_name->text().simplified();
    item.category = m_category->currentData().toString();
    item.unit = m_unit->currentData().toString();
    item.caseSize = m_caseSize->value();
    item.perishable = m_perishable->isChecked();
    item.shelfLifeDays = item.perishable ? m_shelfLife->value() : 0;
    item.parLevel = m_par->value();
    for (QCheckBox* box : std::as_const(m_tags)) {
        if (box->isChecked())
            item.dietaryTags.append(box->property("tag").toString());
    }
    const QString code = m_barcode->text().trimmed();
    if (!code.isEmpty())
        item.barcodes = {code};
    auto added = inventory::Inventory(m_store).addItem(item);
    if (!added) {
        const Error& error = added.error();
        m_error->setText(error.hint.isEmpty() ? error.message : error.message + u' ' + error.hint);
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_itemId = added.value();
    QDialog::accept();
}

} // namespace larder::ui
