// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/AidEntryDialog.h"

#include "core/inventory/Inventory.h"
#include "core/inventory/Parsing.h"
#include "core/inventory/Vocabulary.h"
#include "core/people/Households.h"
#include "core/people/People.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Page.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QCompleter* completerFor(const QStringList& words, QObject* parent) {
    auto* completer = new QCompleter(words, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

} // namespace

AidEntryDialog::AidEntryDialog(Store& store, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind) {
    const bool asking = kind == Kind::Request;
    setWindowTitle(asking ? tr("New request") : tr("New offer"));
    setObjectName(asking ? u"requestDialog"_s : u"offerDialog"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(
        asking ? tr("What does someone need?") : tr("What can someone give?"), 1.3, this));
    auto* lead = new QLabel(
        asking ? tr("A catalog item rides with the household's next delivery once it is in "
                    "stock; anything else waits for an offer that matches.")
               : tr("Larder proposes the offer for open requests of the same kind; a "
                    "coordinator confirms the match."),
        this);
    lead->setWordWrap(true);
    layout->addWidget(lead);

    QStringList whoNames;
    for (const people::Household& h : people::Households(store).all()) {
        if (h.status == u"closed")
            continue;
        m_households.insert(h.chosenName.trimmed().toCaseFolded(), h.id);
        whoNames << h.chosenName.trimmed();
    }
    for (const people::Person& p : people::People(store).all()) {
        m_people.insert(p.displayName.trimmed().toCaseFolded(), p.id);
        if (!whoNames.contains(p.displayName.trimmed()))
            whoNames << p.displayName.trimmed();
    }
    whoNames.sort(Qt::CaseInsensitive);
    QStringList itemNames;
    for (const inventory::Item& item : inventory::Inventory(store).items()) {
        m_items.insert(item.name.trimmed().toCaseFolded(), item.id);
        m_itemCategories.insert(item.id, item.category);
        itemNames << item.name.trimmed();
    }

    auto* form = new QFormLayout;
    m_who = new QLineEdit(this);
    m_who->setObjectName(u"aidWho"_s);
    m_who->setCompleter(completerFor(whoNames, m_who));
    m_who->setPlaceholderText(asking ? tr("Type a household's or volunteer's name")
                                     : tr("A household, a volunteer, or a neighbour's name"));
    form->addRow(asking ? tr("&Who asks") : tr("&Who offers"), m_who);
    m_what = new QLineEdit(this);
    m_what->setObjectName(u"aidWhat"_s);
    m_what->setMaxLength(requests::Requests::MaxText);
    m_what->setCompleter(completerFor(itemNames, m_what));
    m_what->setPlaceholderText(tr("An item from the catalog, or words: \"winter coat, age 8\""));
    form->addRow(tr("W&hat"), m_what);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"aidCategory"_s);
    for (const QString& code : inventory::vocabulary::categories())
        m_category->addItem(Labels::category(code), code);
    m_category->setCurrentIndex(m_category->findData(u"other"_s));
    form->addRow(tr("&Kind of thing"), m_category);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(u"aidQuantity"_s);
    m_quantity->setRange(1, int(requests::Requests::MostQuantity));
    form->addRow(tr("How &many"), m_quantity);
    if (asking) {
        m_urgency = new QComboBox(this);
        m_urgency->setObjectName(u"aidUrgency"_s);
        for (const QString& code : requests::urgency::all())
            m_urgency->addItem(requests::urgency::label(code), code);
        m_urgency->setCurrentIndex(m_urgency->findData(requests::urgency::Normal));
        form->addRow(tr("How &soon"), m_urgency);
    } else {
        m_pickup = new QCheckBox(tr("It needs &picking up (else they bring it)"), this);
        m_pickup->setObjectName(u"aidPickup"_s);
        form->addRow(QString(), m_pickup);
        m_address = new QLineEdit(this);
        m_address->setObjectName(u"aidAddress"_s);
        m_address->setPlaceholderText(tr("Where to pick it up, if not the household's address"));
        form->addRow(tr("&Address"), m_address);
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(u"aidPhone"_s);
        form->addRow(tr("P&hone"), m_phone);
        m_boxes = new QSpinBox(this);
        m_boxes->setObjectName(u"aidBoxes"_s);
        m_boxes->setRange(0, 99);
        m_boxes->setValue(1);
        form->addRow(tr("Room in a car (&boxes)"), m_boxes);
        m_until = new QLineEdit(this);
        m_until->setObjectName(u"aidUntil"_s);
        m_until->setPlaceholderText(tr("Empty, or 2w, sat, 12/5, 2027-01-15"));
        form->addRow(tr("Available &until"), m_until);
    }
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(u"aidNotes"_s);
    m_notes->setMaxLength(requests::Requests::MaxNotes);
    form->addRow(tr("&Notes"), m_notes);
    layout->addLayout(form);
    // Every field is named after its label and described for a screen reader.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto* label =
            qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                      ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                      : nullptr);
        QWidget* field = form->itemAt(row, QFormLayout::FieldRole)
                             ? form->itemAt(row, QFormLayout::FieldRole)->widget()
                             : nullptr;
        if (label && field) {
            field->setAccessibleName(label->text().remove(u'&'));
            if (auto* edit = qobject_cast<QLineEdit*>(field))
                field->setAccessibleDescription(edit->placeholderText());
            else
                field->setAccessibleDescription(label->text().remove(u'&'));
        }
    }
    if (m_pickup)
        m_pickup->setAccessibleDescription(m_pickup->text().remove(u'&'));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"aidProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::textStyle(Palette::warning()));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AidEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_what, &QLineEdit::textChanged, this, &AidEntryDialog::whatChanged);
    setMinimumWidth(520);
}

void AidEntryDialog::setHousehold(const QString& householdId, const QString& name) {
    m_fixedHousehold = householdId;
    m_who->setText(name);
    m_who->setReadOnly(true);
    m_what->setFocus();
}

void AidEntryDialog::whatChanged(const QString& text) {
    // A catalog item brings its category; words leave the choice to the person typing.
    const QString itemId = m_items.value(text.trimmed().toCaseFolded());
    if (!itemId.isEmpty())
        m_category->setCurrentIndex(m_category->findData(m_itemCategories.value(itemId)));
    m_category->setEnabled(itemId.isEmpty());
}

QString AidEntryDialog::readFields() {
    const QString who = m_who->text().trimmed();
    QString householdId = m_fixedHousehold;
    QString personId;
    if (householdId.isEmpty()) {
        householdId = m_households.value(who.toCaseFolded());
        if (householdId.isEmpty())
            personId = m_people.value(who.toCaseFolded());
    }
    const QString what = m_what->text().trimmed();
    const QString itemId = m_items.value(what.toCaseFolded());
    const QString description = itemId.isEmpty() ? what : QString();
    const QString category = m_category->currentData().toString();
    QList<people::FieldProblem> problems;
    if (m_kind == Kind::Request) {
        if (householdId.isEmpty() && personId.isEmpty())
            return who.isEmpty() ? tr("Say who asks: type the household's or volunteer's name.")
                                 : tr("Nobody on file is called \"%1\". Choose a name from the "
                                      "list as you type, or add the household first.")
                                       .arg(who.left(60));
        m_request = {};
        m_request.householdId = householdId;
        m_request.personId = personId;
        m_request.itemId = itemId;
        m_request.description = description;
        m_request.category = category;
        m_request.quantity = m_quantity->value();
        m_request.urgency = m_urgency->currentData().toString();
        m_request.notes = m_notes->text();
        problems = requests::Requests::validate(m_request);
    } else {
        m_offer = {};
        m_offer.householdId = householdId;
        m_offer.personId = personId;
        if (householdId.isEmpty() && personId.isEmpty())
            m_offer.offeredBy = who;
        m_offer.itemId = itemId;
        m_offer.description = description;
        m_offer.category = category;
        m_offer.quantity = m_quantity->value();
        m_offer.pickup = m_pickup->isChecked();
        m_offer.address = m_address->text();
        m_offer.phone = m_phone->text();
        m_offer.boxes = m_boxes->value();
        m_offer.notes = m_notes->text();
        if (!m_until->text().trimmed().isEmpty()) {
            const auto until =
                inventory::InputParser::parseExpiry(m_until->text(), m_store.today());
            if (!until.ok() || !until.date)
                return tr("Available until: %1").arg(until.error);
            m_offer.availableUntil = *until.date;
        }
        problems = requests::Requests::validateOffer(m_offer);
    }
    return problems.isEmpty() ? QString() : problems.first().message + u' ' + problems.first().hint;
}

void AidEntryDialog::accept() {
    const QString problem = readFields();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace larder::ui
