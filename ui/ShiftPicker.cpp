// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShiftPicker.h"

#include "core/storage/Store.h"
#include "ui/PeopleModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

// What the picker is for, as a tooltip and as what a screen reader says about it.
QString pickYourNameTip() {
    return ShiftPicker::tr("Pick your name, or type it and press Enter if you are new. Every "
                           "change you make is recorded under this name.");
}

} // namespace

ShiftPicker::ShiftPicker(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* label = new QLabel(tr("On &shift:"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);

    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"shiftPicker"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert); // new names are saved as people, not items
    m_combo->setMinimumWidth(330);
    m_combo->setMaxVisibleItems(20);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->lineEdit()->setPlaceholderText(tr("Who is on shift? Type your name"));
    m_combo->setAccessibleName(tr("Who is on shift"));
    m_combo->setToolTip(pickYourNameTip());
    label->setBuddy(m_combo);
    layout->addWidget(m_combo);

    m_endShift = new QToolButton(this);
    m_endShift->setObjectName(u"endShift"_s);
    m_endShift->setText(tr("End shift"));
    m_endShift->setToolTip(tr("Leave the laptop with nobody on shift, for the next volunteer."));
    m_endShift->setEnabled(false);
    layout->addWidget(m_endShift);

    connect(m_endShift, &QToolButton::clicked, this, &ShiftPicker::endShift);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        if (m_model)
            choosePerson(m_model->idAt(row));
    });
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &ShiftPicker::onReturnPressed);
    setEnabled(false);
}

void ShiftPicker::setStore(Store* store, const QString& keepPersonId) {
    if (m_store)
        m_store->setActor({});
    m_store = store;
    delete m_model; // QComboBox falls back to an empty model of its own
    m_model = nullptr;
    m_personId.clear();
    m_name.clear();
    m_error.clear();
    if (m_store) {
        m_store->setActor({});
        m_model = new PeopleModel(*m_store, this);
        m_model->setObjectName(u"shiftPeople"_s);
        // After the model reloads (a person added here or elsewhere), show who is on shift again:
        // QComboBox would otherwise pick the first row by itself.
        connect(m_model, &QAbstractItemModel::modelReset, this, &ShiftPicker::showCurrent);
        m_combo->setModel(m_model);
        // The combo's own completer follows its model; let it match anywhere in a name.
        if (QCompleter* completer = m_combo->completer()) {
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
        }
    }
    const bool locked = m_store && !m_store->detailsReadable();
    m_combo->setEnabled(!locked);
    m_combo->lineEdit()->setPlaceholderText(locked ? tr("Names are locked")
                                                   : tr("Who is on shift? Type your name"));
    m_combo->setToolTip(locked ? tr("Names are locked on this laptop. Whoever was on shift stays "
                                    "on shift; a new name can be typed once a coordinator "
                                    "unlocks (Ctrl+Shift+U). Stock, counts and packing work "
                                    "meanwhile.")
                               : pickYourNameTip());
    if (m_store && !keepPersonId.isEmpty()) {
        m_personId = keepPersonId;
        m_store->setActor(keepPersonId);
        if (const int row = m_model->rowOf(keepPersonId); row >= 0)
            m_name = m_model->nameAt(row);
    }
    setEnabled(m_store != nullptr);
    showCurrent();
    Q_EMIT actorChanged({}, {});
}

bool ShiftPicker::choosePerson(const QString& personId) {
    if (!m_model)
        return false;
    const int row = m_model->rowOf(personId);
    if (row < 0)
        return false;
    setActor(personId, m_model->nameAt(row));
    return true;
}

bool ShiftPicker::chooseOrAddName(const QString& typed) {
    m_error.clear();
    if (!m_store || !m_model)
        return false;
    const QString name = typed.simplified();
    if (name.isEmpty()) {
        m_error = tr("Type your name first.");
        return false;
    }
    if (const int row = m_model->rowNamed(name); row >= 0)
        return choosePerson(m_model->idAt(row));
    // A USB scanner types wherever the keyboard is: a barcode is not a new volunteer.
    static const QRegularExpression barcode(u"^[0-9]{6,}$"_s);
    if (barcode.match(name).hasMatch()) {
        m_error = tr("\"%1\" looks like a scanned barcode, not a name. To receive stock, go to "
                     "Inventory (Ctrl+2) and scan again.")
                      .arg(name);
        m_combo->setEditText(m_name);
        Q_EMIT failed(m_error);
        return false;
    }

    // The new person is on shift from their first change: adding themself is recorded as theirs.
    const QString previous = m_store->actor();
    const QString id = m_store->newId();
    m_store->setActor(id);
    const auto ok = m_store->write([&](Writer& writer) {
        writer.insert(u"people"_s, {{u"display_name"_s, name}, {u"roles"_s, u"intake"_s}}, id);
    });
    if (!ok) {
        m_store->setActor(previous);
        m_error =
            ok.error().message + (ok.error().hint.isEmpty() ? QString() : u' ' + ok.error().hint);
        Q_EMIT failed(m_error);
        return false;
    }
    // The model has reloaded from Store::changed by now.
    if (!choosePerson(id)) {
        setActor(id, name);
    }
    return true;
}

void ShiftPicker::endShift() {
    setActor({}, {});
    m_combo->setFocus(Qt::OtherFocusReason);
}

void ShiftPicker::setActor(const QString& personId, const QString& name) {
    const bool changed = personId != m_personId;
    m_personId = personId;
    m_name = name;
    if (m_store)
        m_store->setActor(personId);
    showCurrent();
    if (changed)
        Q_EMIT actorChanged(personId, name);
}

void ShiftPicker::showCurrent() {
    const int row = m_model ? m_model->rowOf(m_personId) : -1;
    const bool locked = m_store && !m_store->detailsReadable();
    if (locked) {
        // No names to show: who is on shift stays so, without their name on the screen.
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(m_personId.isEmpty() ? QString() : tr("On shift (name locked)"));
        m_endShift->setEnabled(!m_personId.isEmpty());
        return;
    }
    if (row < 0 && !m_personId.isEmpty() && m_model) {
        // The person on shift was removed or deactivated elsewhere: nobody is on shift now.
        m_personId.clear();
        m_name.clear();
        if (m_store)
            m_store->setActor({});
        Q_EMIT actorChanged({}, {});
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(row);
    m_combo->setEditText(row >= 0 ? m_model->nameAt(row) : QString());
    m_endShift->setEnabled(row >= 0);
}

void ShiftPicker::onReturnPressed() {
    const QString text = m_combo->currentText();
    if (!m_personId.isEmpty() && text.simplified() == m_name.simplified())
        return; // Enter on the name already picked
    if (text.simplified().isEmpty())
        return;
    chooseOrAddName(text);
}

} // namespace larder::ui
