// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdForm.h"

#include "core/inventory/Vocabulary.h"
#include "core/people/HouseholdIndex.h"
#include "core/people/People.h"
#include "core/requests/Requests.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/common/ScanGuard.h"
#include "ui/households/HouseholdUndoCommands.h"
#include "ui/today/AidEntryDialog.h"
#include "ui/today/AidUndoCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

QString tagLabel(const QString& code) {
    if (code == u"halal")
        return HouseholdForm::tr("Halal");
    if (code == u"kosher")
        return HouseholdForm::tr("Kosher");
    if (code == u"vegetarian")
        return HouseholdForm::tr("Vegetarian");
    if (code == u"vegan")
        return HouseholdForm::tr("Vegan");
    if (code == u"gluten-free")
        return HouseholdForm::tr("Gluten-free");
    if (code == u"nut-free")
        return HouseholdForm::tr("Nut-free");
    if (code == u"diabetic-friendly")
        return HouseholdForm::tr("Diabetic-friendly");
    if (code == u"low-sodium")
        return HouseholdForm::tr("Low sodium");
    return code;
}

QString timeText(const QTime& time) {
    return time.toString(u"HH:mm"_s);
}

} // namespace

HouseholdForm::HouseholdForm(Store& store, people::Households& households,
                             people::HouseholdIndex& index, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_households(households)
    , m_index(index)
    , m_undo(undoStack) {
    setObjectName(u"householdForm"_s);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"householdFormHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    outer->addWidget(m_heading);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget(scroll);
    m_form = new QFormLayout(inner);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    m_scanGuard = new ScanGuard(this);
    connect(m_scanGuard, &ScanGuard::scanRefused, this, [this](QLineEdit*, const QString& code) {
        m_state->setText(tr("That was a barcode scan (%1), not typing: nothing was changed here. "
                            "Scan donations at Inventory → Intake.")
                             .arg(code));
        m_state->setStyleSheet(Palette::textStyle(Palette::warning()));
    });
    m_name = addLine(tr("Name they chose *"), u"chosen_name"_s,
                     tr("A name or alias; a legal name is never needed"));
    m_street = addLine(tr("Street"), u"street"_s, tr("Street and number"));
    m_unit = addLine(tr("Unit"), u"unit"_s, tr("Apartment, floor"));
    m_city = addLine(tr("City"), u"city"_s, {});
    m_postal = addLine(tr("Postal code"), u"postal_code"_s, {});
    m_meeting = addLine(tr("Meeting point"), u"meeting_point"_s,
                        tr("Instead of an address, for someone without one"));
    m_coordinates = addLine(tr("Map location"), u"coordinates"_s,
                            tr("\"lat, lon\" or a pasted map link (optional)"));
    m_name->setAccessibleDescription(
        tr("The name or alias the household chose; it is needed, a legal name never is."));
    m_street->setAccessibleDescription(tr("The street and number deliveries go to."));
    m_unit->setAccessibleDescription(tr("The apartment or floor, if there is one."));
    m_city->setAccessibleDescription(tr("The city of the address."));
    m_postal->setAccessibleDescription(tr("The postal code of the address."));
    m_meeting->setAccessibleDescription(
        tr("Where to meet a household that has no address, instead of one."));
    m_coordinates->setToolTip(tr("Where the household is on the map: latitude and longitude, "
                                 "or a link copied from OpenStreetMap or Google Maps."));

    auto* sizeRow = new QWidget(inner);
    auto* sizeLayout = new QHBoxLayout(sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    auto spin = [&](const QString& label, const QString& description, QSpinBox*& box) {
        box = new QSpinBox(sizeRow);
        box->setRange(0, 30);
        box->setAccessibleName(label);
        box->setAccessibleDescription(description);
        auto* text = new QLabel(label, sizeRow);
        text->setBuddy(box);
        sizeLayout->addWidget(text);
        sizeLayout->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &HouseholdForm::check);
        connect(box, &QSpinBox::editingFinished, this, &HouseholdForm::fieldDone);
    };
    spin(tr("Adults"), tr("How many adults live in the household."), m_adults);
    spin(tr("Children"), tr("How many children live in the household."), m_children);
    spin(tr("Seniors"), tr("How many seniors live in the household."), m_seniors);
    sizeLayout->addStretch();
    m_form->addRow(tr("People"), sizeRow);
    m_form->addRow(QString(), addMessage(u"size"_s));

    auto* tagBox = new QWidget(inner);
    auto* tagGrid = new QGridLayout(tagBox);
    tagGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList& tags = inventory::vocabulary::dietaryTags();
    for (int i = 0; i < tags.size(); ++i) {
        auto* box = new QCheckBox(tagLabel(tags.at(i)), tagBox);
        box->setProperty("tag", tags.at(i));
        box->setAccessibleDescription(
            tr("Tick when the household needs food marked \"%1\".").arg(tagLabel(tags.at(i))));
        tagGrid->addWidget(box, i / 3, i % 3);
        m_tags.append(box);
        connect(box, &QCheckBox::toggled, this, &HouseholdForm::fieldDone);
    }
    m_form->addRow(tr("Dietary needs"), tagBox);
    m_form->addRow(QString(), addMessage(u"dietary_tags"_s));
    m_allergies =
        addLine(tr("Allergies"), u"allergies"_s, tr("Separated by ; (peanuts; shellfish)"));
    m_languages = addLine(tr("Languages"), u"languages"_s, tr("Spanish, English"));
    m_notes = addLine(tr("Delivery notes"), u"delivery_notes"_s, tr("Side door, call on arrival"));
    m_access = addLine(tr("Access needs"), u"access_needs"_s, tr("No stairs, carry upstairs"));
    m_phone = addLine(tr("Phone"), u"phone"_s, tr("Optional"));
    m_allergies->setAccessibleDescription(tr("What they must not eat, separated by semicolons."));
    m_languages->setAccessibleDescription(tr("The languages they speak, separated by commas."));
    m_notes->setAccessibleDescription(tr("What the driver should know when delivering."));
    m_access->setAccessibleDescription(
        tr("What they need to receive a delivery, such as no stairs."));
    m_phone->setAccessibleDescription(tr("A number to reach the household; it may stay empty."));

    auto* consentRow = new QWidget(inner);
    auto* consentLayout = new QHBoxLayout(consentRow);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    m_mayCall = new QCheckBox(tr("May call"), consentRow);
    m_mayText = new QCheckBox(tr("May text"), consentRow);
    m_mayLeave = new QCheckBox(tr("May leave at the door"), consentRow);
    m_mayCall->setToolTip(tr("Tick when they agreed to be phoned."));
    m_mayText->setToolTip(tr("Tick when they agreed to get text messages."));
    m_mayLeave->setToolTip(tr("Tick when they agreed that the package may be left at the door."));
    for (QCheckBox* box : {m_mayCall, m_mayText, m_mayLeave}) {
        consentLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &HouseholdForm::fieldDone);
    }
    consentLayout->addStretch();
    m_form->addRow(tr("They agreed"), consentRow);
    QLabel* consentMessage = addMessage(u"may_call"_s);
    m_messages.insert(u"may_text"_s, consentMessage);
    m_form->addRow(QString(), consentMessage);

    m_schedule = new QComboBox(inner);
    for (const QString& code : people::vocabulary::schedules())
        m_schedule->addItem(Labels::schedule(code), code);
    m_schedule->setToolTip(tr("How often the household gets a package."));
    m_form->addRow(tr("Deliveries"), m_schedule);
    m_form->addRow(QString(), addMessage(u"schedule"_s));
    m_weekday = new QComboBox(inner);
    m_weekday->addItem(tr("Any day"), 0);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_weekday->setToolTip(tr("The day of the week that suits them best for a delivery."));
    m_form->addRow(tr("Preferred day"), m_weekday);
    m_form->addRow(QString(), addMessage(u"preferred_weekday"_s));
    m_window = addLine(tr("Time window"), u"window"_s, tr("9-12, afternoon (optional)"));
    m_window->setAccessibleDescription(
        tr("The time of day a delivery suits them; it may stay empty."));
    m_status = new QComboBox(inner);
    for (const QString& code : people::vocabulary::statuses())
        m_status->addItem(Labels::householdStatus(code), code);
    m_status->setToolTip(
        tr("Whether the household is active, paused, closed or on the waiting list."));
    m_form->addRow(tr("Status"), m_status);
    m_form->addRow(QString(), addMessage(u"status"_s));
    for (QComboBox* combo : {m_schedule, m_weekday, m_status})
        connect(combo, &QComboBox::activated, this, &HouseholdForm::fieldDone);

    m_members = new QLabel(inner);
    m_members->setWordWrap(true);
    m_form->addRow(tr("Volunteers here"), m_members);

    // What the household asked for: open requests, and a new one by keyboard.
    auto* requestsBox = new QWidget(inner);
    auto* requestsLayout = new QVBoxLayout(requestsBox);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    m_requests = new QLabel(requestsBox);
    m_requests->setObjectName(u"householdRequests"_s);
    m_requests->setWordWrap(true);
    m_requests->setTextInteractionFlags(Qt::TextSelectableByMouse);
    requestsLayout->addWidget(m_requests);
    m_addRequest = new QPushButton(tr("Add a re&quest…"), requestsBox);
    m_addRequest->setObjectName(u"addRequest"_s);
    m_addRequest->setToolTip(tr("Something this household needs: it rides with their next "
                                "delivery when it is in stock, or waits for an offer."));
    m_addRequest->setAccessibleDescription(m_addRequest->toolTip());
    requestsLayout->addWidget(m_addRequest, 0, Qt::AlignLeft);
    m_form->addRow(tr("Asked for"), requestsBox);
    connect(m_addRequest, &QPushButton::clicked, this, [this] { addRequest(); });
    // What the household asked for changes elsewhere too (the Today page, a day's outcomes).
    connect(&store, &Store::changed, this, [this](const QSet<QString>& tables) {
        if (!m_id.isEmpty() && (tables.contains(u"requests"_s) || tables.contains(u"runs"_s)))
            fillRequests();
    });

    m_duplicateBox = new QFrame(this);
    m_duplicateBox->setObjectName(u"householdDuplicate"_s);
    static_cast<QFrame*>(m_duplicateBox)->setFrameShape(QFrame::StyledPanel);
    auto* duplicateLayout = new QVBoxLayout(m_duplicateBox);
    m_duplicate = new QLabel(m_duplicateBox);
    m_duplicate->setObjectName(u"householdDuplicateText"_s);
    m_duplicate->setWordWrap(true);
    duplicateLayout->addWidget(m_duplicate);
    auto* duplicateButtons = new QHBoxLayout;
    m_openDuplicate = new QPushButton(tr("Open that household"), m_duplicateBox);
    m_openDuplicate->setToolTip(tr("Show the household this one looks like, in this form."));
    m_merge = new QPushButton(tr("Merge it into this one…"), m_duplicateBox);
    m_merge->setToolTip(tr("Merge the other household into this one, after asking; Ctrl+Z takes "
                           "it back."));
    duplicateButtons->addWidget(m_openDuplicate);
    duplicateButtons->addWidget(m_merge);
    duplicateButtons->addStretch();
    duplicateLayout->addLayout(duplicateButtons);
    outer->addWidget(m_duplicateBox);
    m_duplicateBox->hide();
    connect(m_openDuplicate, &QPushButton::clicked, this,
            [this] { Q_EMIT openRequested(m_duplicateId); });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Merge households"),
            tr("Merge the other household into this one? Empty fields here are filled from it, "
               "its volunteers and history move here, and it is removed. Ctrl+Z takes the "
               "merge back."));
        if (answer == QMessageBox::Yes)
            mergeDuplicate();
    });

    auto* privacy = new QLabel(
        tr("By design there is no field for legal ID, immigration status, income, date of birth "
           "or photos."),
        this);
    privacy->setObjectName(u"householdPrivacyNote"_s);
    privacy->setWordWrap(true);
    QPalette muted = privacy->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    privacy->setPalette(muted);
    outer->addWidget(privacy);

    auto* buttons = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(u"householdFormState"_s);
    m_state->setWordWrap(true);
    buttons->addWidget(m_state, 1);
    m_add = new QPushButton(tr("Add household"), this);
    m_add->setObjectName(u"addHousehold"_s);
    m_add->setToolTip(tr("Add the household to the file (Enter in a field does the same)."));
    buttons->addWidget(m_add);
    auto* close = new QPushButton(tr("Close"), this);
    close->setToolTip(tr("Close the form (Esc). Changes are already saved."));
    buttons->addWidget(close);
    outer->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &HouseholdForm::save);
    connect(close, &QPushButton::clicked, this, &HouseholdForm::closeRequested);

    startNew();
}

QLabel* HouseholdForm::addMessage(const QString& field) {
    auto* label = new QLabel(this);
    label->setObjectName(u"message_"_s + field);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Palette::error());
    label->setPalette(palette);
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QLineEdit* HouseholdForm::addLine(const QString& label, const QString& field,
                                  const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(u"field_"_s + field);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    m_form->addRow(label, edit);
    m_form->addRow(QString(), addMessage(field));
    // A scanner's code and Enter landing in a name or a street is refused whole (ScanGuard); a
    // phone number or coordinates may be digits typed fast, and are left alone.
    if (field != u"phone" && field != u"coordinates")
        m_scanGuard->watch(edit);
    connect(edit, &QLineEdit::textEdited, this, &HouseholdForm::check);
    connect(edit, &QLineEdit::editingFinished, this, &HouseholdForm::fieldDone);
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (isNew())
            save();
    });
    return edit;
}

void HouseholdForm::startNew() {
    showHousehold({});
}

void HouseholdForm::showHousehold(const QString& id) {
    people::Household household;
    if (!id.isEmpty()) {
        const auto found = m_households.household(id);
        if (!found) {
            startNew();
            return;
        }
        household = *found;
    }
    m_id = household.id;
    m_stored = household;
    fill(household);
}

void HouseholdForm::fillRequests() {
    const bool onFile = !m_id.isEmpty();
    m_addRequest->setEnabled(onFile);
    if (!onFile) {
        m_requests->setText(tr("Save the household first; then add what it asks for."));
        return;
    }
    QStringList lines;
    for (const requests::Request& r : requests::Requests(m_store).forHousehold(m_id)) {
        QString line = r.whatWithQuantity() + u" — "_s + requests::status::label(r.status);
        if (r.status == requests::status::Packed && r.carriedOn.isValid())
            line = tr("%1 — packed for %2")
                       .arg(r.whatWithQuantity(), QLocale().toString(r.carriedOn, u"ddd d MMM"_s));
        lines << line.toHtmlEscaped();
    }
    m_requests->setText(lines.isEmpty() ? tr("Nothing asked for at the moment.")
                                        : lines.join(u"<br>"_s));
    m_requests->setAccessibleName(tr("Asked for"));
    m_requests->setAccessibleDescription(m_requests->text());
}

bool HouseholdForm::addRequest() {
    if (m_id.isEmpty())
        return false;
    AidEntryDialog dialog(m_store, AidEntryDialog::Kind::Request, this);
    dialog.setHousehold(m_id, m_stored.chosenName);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto* command = new AddRequestCommand(m_store, dialog.request());
    // The command outlives this call (undo, redo): what it reports goes to the form.
    auto refusal = std::make_shared<std::optional<Error>>();
    command->setReport([this, refusal](const Error& error) {
        *refusal = error;
        fillRequests();
        m_requests->setText(m_requests->text() + u"<br>"_s + error.toString().toHtmlEscaped());
    });
    m_undo.push(command); // an obsolete (refused) command is deleted here
    if (!refusal->has_value())
        fillRequests();
    return !refusal->has_value();
}

void HouseholdForm::reload() {
    showHousehold(m_id);
}

void HouseholdForm::fill(const people::Household& h) {
    m_loading = true;
    m_heading->setText(h.id.isEmpty() ? tr("New household") : h.chosenName);
    m_name->setText(h.chosenName);
    m_street->setText(h.street);
    m_unit->setText(h.unit);
    m_city->setText(h.city);
    m_postal->setText(h.postalCode);
    m_meeting->setText(h.meetingPoint);
    m_coordinates->setText(h.coordinates ? u"%1, %2"_s.arg(h.coordinates->latitude, 0, 'f', 6)
                                               .arg(h.coordinates->longitude, 0, 'f', 6)
                                         : QString());
    m_adults->setValue(h.adults);
    m_children->setValue(h.children);
    m_seniors->setValue(h.seniors);
    for (QCheckBox* box : std::as_const(m_tags))
        box->setChecked(h.dietaryTags.contains(box->property("tag").toString()));
    m_allergies->setText(h.allergies.join(u"; "_s));
    m_languages->setText(Labels::languages(h.languages.join(u',')));
    m_notes->setText(h.deliveryNotes);
    m_access->setText(h.accessNeeds);
    m_phone->setText(h.phone);
    m_mayCall->setChecked(h.mayCall);
    m_mayText->setChecked(h.mayText);
    m_mayLeave->setChecked(h.mayLeaveAtDoor);
    m_schedule->setCurrentIndex(qMax(0, m_schedule->findData(h.schedule)));
    m_weekday->setCurrentIndex(qMax(0, m_weekday->findData(h.preferredWeekday)));
    m_window->setText(h.windowStart.isValid() && h.windowEnd.isValid()
                          ? timeText(h.windowStart) + u'-' + timeText(h.windowEnd)
                          : QString());
    m_status->setCurrentIndex(qMax(0, m_status->findData(h.status)));
    QStringList members;
    if (!h.id.isEmpty())
        for (const people::Person& person : m_households.members(h.id))
            members.append(person.displayName);
    m_members->setText(members.isEmpty() ? tr("Nobody from this household volunteers yet.")
                                         : members.join(u", "_s));
    fillRequests();
    m_add->setVisible(h.id.isEmpty());
    m_touched = false;
    m_loading = false;
    check();
}

people::Household HouseholdForm::household() const {
    // Parse errors go to m_parseErrors through check(); here the value is what parses.
    people::Household h = m_stored;
    h.chosenName = m_name->text().trimmed();
    h.street = m_street->text().trimmed();
    h.unit = m_unit->text().trimmed();
    h.city = m_city->text().trimmed();
    h.postalCode = m_postal->text().trimmed();
    h.meetingPoint = m_meeting->text().trimmed();
    h.coordinates = people::FieldParser::coordinates(m_coordinates->text()).value;
    h.adults = m_adults->value();
    h.children = m_children->value();
    h.seniors = m_seniors->value();
    h.dietaryTags.clear();
    for (QCheckBox* box : m_tags)
        if (box->isChecked())
            h.dietaryTags.append(box->property("tag").toString());
    h.allergies = people::FieldParser::list(m_allergies->text());
    h.languages = people::FieldParser::languages(m_languages->text()).value.value_or(QStringList());
    h.deliveryNotes = m_notes->text().trimmed();
    h.accessNeeds = m_access->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.mayCall = m_mayCall->isChecked();
    h.mayText = m_mayText->isChecked();
    h.mayLeaveAtDoor = m_mayLeave->isChecked();
    h.schedule = m_schedule->currentData().toString();
    h.preferredWeekday = m_weekday->currentData().toInt();
    const auto window = people::FieldParser::timeWindow(m_window->text());
    h.windowStart = window.value ? window.value->first : QTime();
    h.windowEnd = window.value ? window.value->second : QTime();
    const QString status = m_status->currentData().toString();
    if (status != m_stored.status)
        h.statusSince = {}; // Households::update moves it to today
    h.status = status;
    return h;
}

bool HouseholdForm::isValid() const {
    if (!m_add->isEnabled())
        return false;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (!it.value()->text().isEmpty())
            return false;
    return true;
}

void HouseholdForm::check() {
    if (m_loading)
        return;
    if (sender() && sender() != this)
        m_touched = true;
    QHash<QString, QString> messages;
    if (const auto parsed = people::FieldParser::coordinates(m_coordinates->text()); !parsed.ok())
        messages.insert(u"coordinates"_s, parsed.error);
    if (const auto parsed = people::FieldParser::languages(m_languages->text()); !parsed.ok())
        messages.insert(u"languages"_s, parsed.error);
    if (const auto parsed = people::FieldParser::timeWindow(m_window->text()); !parsed.ok())
        messages.insert(u"window"_s, parsed.error);
    const people::Household h = household();
    for (const people::FieldProblem& problem : people::Households::validate(h)) {
        if (messages.contains(problem.field))
            continue;
        QString text = problem.message; // names its field already
        if (!problem.hint.isEmpty())
            text += u' ' + problem.hint;
        messages.insert(problem.field, text);
    }
    // A blank new form says nothing until something is typed: red before the first key
    // reads as a mistake already made.
    const bool quiet = isNew() && !m_touched;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        QString text = quiet ? QString() : messages.value(it.key());
        if (it.key() == u"may_text" && text.isEmpty())
            continue; // shares its label with may_call
        if (it.key() == u"may_call" && text.isEmpty())
            text = messages.value(u"may_text"_s);
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    // A problem with a field that has no label of its own still blocks saving: show it at the
    // name.
    for (auto it = messages.cbegin(); it != messages.cend() && !quiet; ++it) {
        if (!m_messages.contains(it.key())) {
            QLabel* label = m_messages.value(u"chosen_name"_s);
            label->setText(label->text().isEmpty() ? it.value()
                                                   : label->text() + u'\n' + it.value());
            label->show();
        }
    }
    const bool valid = messages.isEmpty();
    m_add->setEnabled(valid);
    if (isNew())
        m_state->setText(valid   ? tr("Ready: press Enter or “Add household” to save it.")
                         : quiet ? tr("Type the name they chose and an address or a meeting "
                                      "point, then press Enter.")
                                 : tr("Fill in the fields marked in red to add the household."));
    else
        m_state->setText(valid ? tr("Every change is saved when you leave a field. Ctrl+Z undoes.")
                               : tr("Not saved until the fields marked in red are fixed."));
    updateDuplicates(h);
}

void HouseholdForm::updateDuplicates(const people::Household& household) {
    const QList<people::DuplicateMatch> matches = m_households.duplicates(household, &m_index);
    m_duplicateId = matches.isEmpty() ? QString() : matches.constFirst().id;
    m_duplicateBox->setVisible(!matches.isEmpty());
    if (matches.isEmpty()) {
        m_duplicate->clear();
        return;
    }
    QString text = tr("This looks like a household already on file:") + u' ' +
                   matches.constFirst().description();
    if (matches.size() > 1)
        text += u' ' + tr("(and %n more)", "", int(matches.size() - 1));
    m_duplicate->setText(text);
    m_merge->setVisible(!isNew());
}

void HouseholdForm::fieldDone() {
    if (m_detached || m_loading || isNew())
        return;
    check();
    save();
}

bool HouseholdForm::save() {
    m_touched = true;
    check();
    if (!isValid())
        return false;
    const people::Household after = household();
    QString error;
    QString writtenId;
    const UndoCommand::Report report = [&error](const Error& refused) {
        error = refused.toString();
    };
    const PeopleUndoCommand::Written written = [&writtenId](const QString& id) { writtenId = id; };
    if (isNew()) {
        auto* command = new HouseholdAddUndoCommand(m_households, after);
        command->setCallbacks(report, written);
        m_undo.push(command);
        if (!error.isEmpty()) {
            m_state->setText(error);
            return false;
        }
        laterSteps();
        showHousehold(writtenId);
        m_state->setText(tr("Added. Ctrl+Z takes it back."));
        Q_EMIT saved(writtenId);
        return true;
    }
    const auto stored = m_households.household(m_id);
    if (stored && people::Households::toValues(*stored) == people::Households::toValues(after))
        return true; // nothing changed
    auto* command = new HouseholdEditUndoCommand(m_households, stored.value_or(m_stored), after);
    command->setCallbacks(report, written);
    m_undo.push(command);
    if (!error.isEmpty()) {
        m_state->setText(error);
        return false;
    }
    laterSteps();
    if (const auto fresh = m_households.household(m_id))
        m_stored = *fresh;
    m_heading->setText(m_stored.chosenName);
    m_state->setText(tr("Saved at %1. Ctrl+Z undoes.")
                         .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT saved(m_id);
    return true;
}

void HouseholdForm::laterSteps() {
    // Later undo and redo steps of the command just pushed report a refused write on the form.
    auto* last = const_cast<QUndoCommand*>(m_undo.command(m_undo.index() - 1));
    if (auto* command = dynamic_cast<PeopleUndoCommand*>(last))
        command->setCallbacks([this](const Error& error) { m_state->setText(error.toString()); },
                              {});
}

bool HouseholdForm::mergeDuplicate() {
    if (isNew() || m_duplicateId.isEmpty())
        return false;
    QString error;
    auto* command = new HouseholdMergeUndoCommand(m_households, m_id, m_duplicateId);
    command->setReport([&error](const Error& refused) { error = refused.toString(); });
    m_undo.push(command); // merges; Ctrl+Z takes the merge back (Households::unmerge)
    if (!error.isEmpty()) {
        m_state->setText(error);
        return false;
    }
    const qsizetype filled = command->lastMerge().filled.size();
    command->setCallbacks([this](const Error& refused) { m_state->setText(refused.toString()); },
                          [this](const QString& id) {
                              if (id == m_id)
                                  reload();
                          });
    reload();
    m_state->setText(tr("Merged: %n field(s) filled from the other household. Ctrl+Z takes the "
                        "merge back.",
                        "", int(filled)));
    Q_EMIT saved(m_id);
    return true;
}

} // namespace larder::ui
