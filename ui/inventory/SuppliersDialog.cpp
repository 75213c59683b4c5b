// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inventory/SuppliersDialog.h"

#include "core/people/Households.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

using inventory::Supplier;
using inventory::Suppliers;

namespace {

QString coordinatesText(const std::optional<people::Coordinates>& where) {
    if (!where)
        return {};
    return u"%1, %2"_s.arg(where->latitude, 0, 'f', 6).arg(where->longitude, 0, 'f', 6);
}

// The list's line for a supplier: its name, then its kind and pickup days.
QString listText(const Supplier& s) {
    QStringList second{Labels::supplierKind(s.kind)};
    if (!s.pickupDays.isEmpty())
        second << Labels::weekdays(s.pickupDays.join(u','));
    if (!s.where)
        second << SuppliersDialog::tr("not on the map");
    QString text = s.name + u'\n' + second.join(u", "_s);
    if (!s.active)
        text += u' ' + SuppliersDialog::tr("(retired)");
    return text;
}

} // namespace

SuppliersDialog::SuppliersDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store) {
    setWindowTitle(tr("Suppliers"));
    setObjectName(u"suppliersDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto* lead = new QLabel(tr("Where the pantry's food comes from. A collection day picks up "
                               "from the suppliers whose pickup day it is, planned by their "
                               "coordinates. Changes are saved as you make them."),
                            this);
    lead->setWordWrap(true);
    layout->addWidget(lead);

    auto* split = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"supplierList"_s);
    m_list->setMinimumWidth(240);
    m_list->setAccessibleName(tr("Suppliers"));
    m_list->setAccessibleDescription(tr("Every supplier, retired ones too; choosing one shows its "
                                        "details in the form beside the list."));
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New supplier"), this);
    m_new->setObjectName(u"newSupplier"_s);
    m_new->setToolTip(tr("Empty the form, to add a supplier; it is saved when it has a name."));
    m_retire = new QPushButton(tr("Retire"), this);
    m_retire->setObjectName(u"retireSupplier"_s);
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_retire);
    left->addLayout(listButtons);
    split->addLayout(left);

    m_form = new QWidget(this);
    auto* fields = new QFormLayout(m_form);
    fields->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"supplierName"_s);
    m_name->setPlaceholderText(tr("e.g. Mercado El Sol"));
    m_name->setToolTip(tr("The supplier's name, as offered at intake and on collection days."));
    fields->addRow(tr("N&ame"), m_name);
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(u"supplierKind"_s);
    for (const QString& kind : Suppliers::kinds())
        m_kind->addItem(Labels::supplierKind(kind), kind);
    m_kind->setToolTip(tr("What kind of supplier it is."));
    fields->addRow(tr("&Kind"), m_kind);
    auto* days = new QHBoxLayout;
    const QStringList& dayKeys = people::vocabulary::weekdays();
    for (int i = 0; i < dayKeys.size(); ++i) {
        auto* box = new QCheckBox(QLocale().dayName(i + 1, QLocale::ShortFormat), m_form);
        box->setObjectName(u"supplierDay_"_s + dayKeys.at(i));
        box->setAccessibleDescription(
            tr("Ticked when a collection day on %1 picks up from this supplier.")
                .arg(QLocale().dayName(i + 1, QLocale::LongFormat)));
        m_days << box;
        days->addWidget(box);
    }
    days->addStretch(1);
    fields->addRow(tr("Pickup days"), days);
    m_boxes = new QSpinBox(m_form);
    m_boxes->setObjectName(u"supplierBoxes"_s);
    m_boxes->setRange(0, Suppliers::MostBoxes);
    m_boxes->setSuffix(tr(" boxes"));
    m_boxes->setToolTip(tr("How many boxes a pickup here usually fills: the room it takes in a "
                           "vehicle on a collection day. Change it for one day on the Stops "
                           "tab."));
    fields->addRow(tr("&Usual load"), m_boxes);
    m_address = new QLineEdit(m_form);
    m_address->setObjectName(u"supplierAddress"_s);
    m_address->setPlaceholderText(tr("Printed for the driver, e.g. 2011 W Cermak Rd"));
    m_address->setToolTip(tr("The street address, printed for the driver."));
    fields->addRow(tr("A&ddress"), m_address);
    m_where = new QLineEdit(m_form);
    m_where->setObjectName(u"supplierWhere"_s);
    m_where->setPlaceholderText(tr("41.8520, -87.6780 or a map link"));
    m_where->setToolTip(tr("Where the driver collects, for planning the routes: latitude and "
                           "longitude, or a link copied from OpenStreetMap or Google Maps."));
    fields->addRow(tr("&Coordinates"), m_where);
    m_contact = new QLineEdit(m_form);
    m_contact->setObjectName(u"supplierContact"_s);
    m_contact->setPlaceholderText(tr("Who to ask for"));
    m_contact->setToolTip(tr("Who the driver asks for at this supplier."));
    fields->addRow(tr("C&ontact"), m_contact);
    m_phone = new QLineEdit(m_form);
    m_phone->setObjectName(u"supplierPhone"_s);
    m_phone->setToolTip(tr("A number to call at this supplier."));
    fields->addRow(tr("&Phone"), m_phone);
    m_notes = new QPlainTextEdit(m_form);
    m_notes->setObjectName(u"supplierNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the driver should know: the door, the hours, crates "
                                   "to bring back"));
    m_notes->setMaximumHeight(90);
    m_notes->setToolTip(
        tr("What the driver should know about this supplier; saved when you leave the field."));
    fields->addRow(tr("No&tes"), m_notes);
    split->addWidget(m_form, 1);
    layout->addLayout(split, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"supplierMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)
        ->setToolTip(tr("Close this window; every change is already saved."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton* button : {m_new, m_retire})
        button->setAutoDefault(false);

    connect(m_list, &QListWidget::currentRowChanged, this, &SuppliersDialog::showSupplier);
    connect(m_new, &QPushButton::clicked, this, &SuppliersDialog::startNew);
    connect(m_retire, &QPushButton::clicked, this, &SuppliersDialog::toggleRetired);
    // Text is checked as it is typed and saved when its field is left (or Enter).
    for (QLineEdit* field : {m_name, m_address, m_where, m_contact, m_phone}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            QString problem;
            edited(&problem);
            showMessage(problem, true);
        });
        connect(field, &QLineEdit::editingFinished, this, &SuppliersDialog::validateAndSave);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        QString problem;
        edited(&problem);
        showMessage(problem, true);
    });
    m_notes->installEventFilter(this);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SuppliersDialog::validateAndSave);
    connect(m_boxes, &QSpinBox::valueChanged, this, &SuppliersDialog::validateAndSave);
    for (QCheckBox* box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &SuppliersDialog::validateAndSave);

    resize(860, 520);
    reloadList({});
}

SuppliersDialog::~SuppliersDialog() {
    // The fields go after this: a focused one would say editingFinished on its way out, into a
    // dialog that is gone. What was typed is saved when the dialog closes (the focus leaves).
    m_notes->removeEventFilter(this);
    for (QObject* field : m_form->findChildren<QObject*>())
        disconnect(field, nullptr, this, nullptr);
}

bool SuppliersDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        validateAndSave(); // the notes are saved when left, like the other fields
    return QDialog::eventFilter(watched, event);
}

QString SuppliersDialog::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void SuppliersDialog::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(Palette::textStyle(problem ? Palette::warning() : Palette::ok()));
    m_message->setVisible(!text.isEmpty());
}

void SuppliersDialog::reloadList(const QString& selectId) {
    m_suppliers = Suppliers(m_store).list(true);
    m_loading = true;
    m_list->clear();
    int select = m_suppliers.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_suppliers.size(); ++i) {
        const Supplier& s = m_suppliers.at(i);
        auto* item = new QListWidgetItem(listText(s), m_list);
        if (!s.active)
            item->setForeground(Palette::mutedText());
        if (s.id == selectId)
            select = i;
    }
    m_loading = false;
    m_list->setCurrentRow(select);
    if (select < 0)
        showSupplier(-1);
}

void SuppliersDialog::selectSupplier(const QString& supplierId) {
    for (int i = 0; i < m_suppliers.size(); ++i)
        if (m_suppliers.at(i).id == supplierId)
            m_list->setCurrentRow(i);
}

void SuppliersDialog::startNew() {
    m_loading = true;
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_loading = false;
    showSupplier(-1);
    m_form->setEnabled(true);
    m_retire->setEnabled(false);
    showMessage(tr("Type the new supplier's name; it is saved when it has one."), false);
    m_name->setFocus();
}

void SuppliersDialog::showSupplier(int row) {
    if (m_loading)
        return;
    const bool valid = row >= 0 && row < m_suppliers.size();
    m_form->setEnabled(valid);
    m_retire->setEnabled(valid);
    m_current = valid ? m_suppliers.at(row) : Supplier{};
    m_retire->setText(m_current.active ? tr("Retire") : tr("Restore"));
    m_retire->setToolTip(m_current.active
                             ? tr("Keep this supplier for the history, but offer it no more at "
                                  "intake or on collection days.")
                             : tr("Make this supplier active again."));
    m_loading = true;
    m_name->setText(m_current.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_current.kind)));
    const QStringList& dayKeys = people::vocabulary::weekdays();
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(m_current.pickupDays.contains(dayKeys.at(i)));
    m_boxes->setValue(m_current.usualBoxes);
    m_address->setText(m_current.address);
    m_where->setText(coordinatesText(m_current.where));
    m_contact->setText(m_current.contactName);
    m_phone->setText(m_current.phone);
    m_notes->setPlainText(m_current.notes);
    m_loading = false;
    showMessage({}, false);
}

Supplier SuppliersDialog::edited(QString* problem) const {
    Supplier result = m_current;
    result.name = m_name->text().trimmed();
    result.kind = m_kind->currentData().toString();
    result.pickupDays.clear();
    const QStringList& dayKeys = people::vocabulary::weekdays();
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i)->isChecked())
            result.pickupDays << dayKeys.at(i);
    result.usualBoxes = m_boxes->value();
    result.address = m_address->text().trimmed();
    result.contactName = m_contact->text().trimmed();
    result.phone = m_phone->text().trimmed();
    result.notes = m_notes->toPlainText().trimmed();
    QString why;
    const auto where = people::FieldParser::coordinates(m_where->text());
    if (!where.ok())
        why = tr("%1: %2").arg(Suppliers::fieldLabel(u"where"_s), where.error);
    else
        result.where = where.value;
    if (why.isEmpty()) {
        const QList<people::FieldProblem> problems = Suppliers::validate(result);
        if (!problems.isEmpty())
            why = problems.first().message + u' ' + problems.first().hint;
    }
    if (why.isEmpty() && result.active) {
        for (const Supplier& other : m_suppliers)
            if (other.active && other.id != result.id &&
                other.name.compare(result.name, Qt::CaseInsensitive) == 0) {
                why = tr("Another supplier is already called \"%1\": choose another name.")
                          .arg(result.name);
                break;
            }
    }
    if (problem)
        *problem = why;
    return result;
}

void SuppliersDialog::validateAndSave() {
    if (m_loading || !m_form->isEnabled())
        return;
    const bool adding = m_current.id.isEmpty();
    if (adding && m_name->text().trimmed().isEmpty())
        return; // nothing to save yet
    QString problem;
    const Supplier supplier = edited(&problem);
    if (!problem.isEmpty()) {
        showMessage(problem + u' ' + tr("Not saved until this is fixed."), true);
        return;
    }
    Suppliers suppliers(m_store);
    QString savedId = supplier.id;
    if (adding) {
        const Result<QString> added = suppliers.add(supplier);
        if (!added) {
            showMessage(tr("Not saved: %1").arg(added.error().toString()), true);
            return;
        }
        savedId = added.value();
    } else {
        const Supplier& before = m_current;
        if (supplier.name == before.name && supplier.kind == before.kind &&
            supplier.pickupDays == before.pickupDays && supplier.address == before.address &&
            supplier.where == before.where && supplier.contactName == before.contactName &&
            supplier.phone == before.phone && supplier.notes == before.notes &&
            supplier.usualBoxes == before.usualBoxes) {
            showMessage({}, false);
            return;
        }
        if (const Result<void> saved = suppliers.update(supplier); !saved) {
            showMessage(tr("Not saved: %1").arg(saved.error().toString()), true);
            return;
        }
    }
    m_changed = true;
    QWidget* focused = focusWidget();
    reloadList(savedId);
    if (focused)
        focused->setFocus();
    showMessage(adding ? tr("Added \"%1\".").arg(supplier.name) : tr("Saved."), false);
}

void SuppliersDialog::toggleRetired() {
    if (m_current.id.isEmpty())
        return;
    const bool active = !m_current.active;
    if (const Result<void> done = Suppliers(m_store).setActive(m_current.id, active); !done) {
        showMessage(tr("Not changed: %1").arg(done.error().toString()), true);
        return;
    }
    m_changed = true;
    const QString name = m_current.name;
    reloadList(m_current.id);
    showMessage(active ? tr("\"%1\" is active again.").arg(name)
                       : tr("\"%1\" is retired: kept for the history, offered no more.").arg(name),
                false);
}

} // namespace larder::ui
