// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/PeoplePanel.h"

#include "core/people/HouseholdIndex.h"
#include "core/people/Households.h"
#include "core/storage/Store.h"
#include "ui/common/Labels.h"
#include "ui/common/Palette.h"
#include "ui/households/HouseholdUndoCommands.h"
#include "ui/households/PeopleTableModel.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace larder::ui {

namespace {

// What a role's check box means, for whoever cannot see the form around it.
QString roleDescription(const QString& code) {
    if (code == u"driver"_s)
        return PeoplePanel::tr("Delivers boxes: drivers can be added to a distribution day.");
    if (code == u"packer"_s)
        return PeoplePanel::tr("Packs the boxes for distribution days.");
    if (code == u"intake"_s)
        return PeoplePanel::tr("Receives and records the stock that comes in.");
    if (code == u"coordinator"_s)
        return PeoplePanel::tr("Coordinates the pantry's volunteers and distribution days.");
    return PeoplePanel::tr("One of the jobs this person does at the pantry.");
}

} // namespace

PeoplePanel::PeoplePanel(Store& store, people::HouseholdIndex& index, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_people(store)
    , m_index(index) {
    setObjectName(u"peoplePanel"_s);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setAccessibleName(tr("Search volunteers"));
    m_search->setPlaceholderText(tr("Search volunteers by name, role or language…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto* add = new QPushButton(tr("New volunteer"), this);
    add->setToolTip(tr("Empty the form beside the list, to add a volunteer or driver."));
    top->addWidget(add);
    layout->addLayout(top);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new PeopleTableModel(store, this);
    m_model->setObjectName(u"peopleModel"_s);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(u"peopleProxy"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"peopleView"_s);
    m_view->setAccessibleName(tr("Volunteers and drivers"));
    m_view->setAccessibleDescription(
        tr("Everyone who helps the pantry; choosing one shows their details in the form beside "
           "the list."));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PeopleTableModel::Name, QHeaderView::Stretch);
    splitter->addWidget(m_view);

    auto* formBox = new QWidget(splitter);
    auto* formOuter = new QVBoxLayout(formBox);
    formOuter->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(formBox);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    formOuter->addWidget(m_heading);
    auto* form = new QFormLayout;
    formOuter->addLayout(form);
    m_name = new QLineEdit(formBox);
    m_name->setObjectName(u"personName"_s);
    m_name->setPlaceholderText(tr("What the team calls them"));
    form->addRow(tr("Name *"), m_name);
    m_phone = new QLineEdit(formBox);
    m_phone->setPlaceholderText(tr("Optional"));
    form->addRow(tr("Phone"), m_phone);
    auto* roles = new QWidget(formBox);
    auto* rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : people::vocabulary::roles()) {
        auto* box = new QCheckBox(Labels::roles(code), roles);
        box->setProperty("code", code);
        box->setAccessibleDescription(roleDescription(code));
        rolesLayout->addWidget(box);
        m_roles.append(box);
    }
    form->addRow(tr("Roles"), roles);
    m_capacity = new QSpinBox(formBox);
    m_capacity->setRange(0, 500);
    m_capacity->setSpecialValueText(tr("No vehicle"));
    m_capacity->setSuffix(tr(" boxes"));
    m_capacity->setToolTip(tr("How many boxes their vehicle carries; 0 means no vehicle."));
    form->addRow(tr("Vehicle holds"), m_capacity);
    m_languages = new QLineEdit(formBox);
    m_languages->setPlaceholderText(tr("Spanish, English"));
    form->addRow(tr("Languages"), m_languages);
    m_start = new QLineEdit(formBox);
    m_start->setPlaceholderText(tr("Where a driver usually starts"));
    form->addRow(tr("Start point"), m_start);
    auto* days = new QWidget(formBox);
    auto* daysLayout = new QGridLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList& dayCodes = people::vocabulary::weekdays();
    for (int i = 0; i < dayCodes.size(); ++i) {
        auto* box = new QCheckBox(QLocale().dayName(i + 1, QLocale::ShortFormat), days);
        box->setProperty("code", dayCodes.at(i));
        box->setAccessibleDescription(tr("Ticked when this person usually helps on %1.")
                                          .arg(QLocale().dayName(i + 1, QLocale::LongFormat)));
        daysLayout->addWidget(box, 0, i);
        m_days.append(box);
    }
    form->addRow(tr("Usual days"), days);
    auto* householdRow = new QWidget(formBox);
    auto* householdLayout = new QHBoxLayout(householdRow);
    householdLayout->setContentsMargins(0, 0, 0, 0);
    m_household = new QLineEdit(householdRow);
    m_household->setObjectName(u"personHousehold"_s);
    m_household->setAccessibleName(tr("Household"));
    m_household->setPlaceholderText(tr("Type to find their household, if they receive too"));
    m_householdMatches = new QStandardItemModel(this);
    auto* completer = new QCompleter(m_householdMatches, this);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_household->setCompleter(completer);
    householdLayout->addWidget(m_household, 1);
    m_unlink = new QPushButton(tr("Unlink"), householdRow);
    m_unlink->setToolTip(tr("Take away the link to their household; the household stays on "
                            "file."));
    householdLayout->addWidget(m_unlink);
    form->addRow(tr("Household"), householdRow);
    m_active = new QCheckBox(tr("Active volunteer"), formBox);
    m_active->setToolTip(tr("Untick when they stop helping: they stay on file but leave the "
                            "on-shift and driver lists."));
    form->addRow(QString(), m_active);
    m_message = new QLabel(formBox);
    m_message->setObjectName(u"personMessage"_s);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, Palette::error());
    m_message->setPalette(palette);
    formOuter->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_state = new QLabel(formBox);
    m_state->setWordWrap(true);
    buttons->addWidget(m_state, 1);
    m_add = new QPushButton(tr("Add volunteer"), formBox);
    m_add->setToolTip(tr("Add this person to the file (Enter in a field does the same)."));
    buttons->addWidget(m_add);
    m_remove = new QPushButton(tr("Remove"), formBox);
    m_remove->setObjectName(u"personRemove"_s);
    m_remove->setToolTip(tr("Removes this person from the file. Ctrl+Z brings them back."));
    buttons->addWidget(m_remove);
    formOuter->addLayout(buttons);
    formOuter->addStretch();
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, [this] {
        showPerson({});
        m_name->setFocus();
    });
    connect(m_add, &QPushButton::clicked, this, &PeoplePanel::save);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePanel::removePerson);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showPerson(current.data(PeopleTableModel::IdRole).toString());
            });
    for (QLineEdit* edit : {m_name, m_phone, m_languages, m_start}) {
        connect(edit, &QLineEdit::textEdited, this, &PeoplePanel::check);
        connect(edit, &QLineEdit::editingFinished, this, &PeoplePanel::fieldDone);
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (m_id.isEmpty())
                save();
        });
    }
    for (QCheckBox* box : m_roles + m_days + QList<QCheckBox*>{m_active})
        connect(box, &QCheckBox::toggled, this, &PeoplePanel::fieldDone);
    connect(m_capacity, &QSpinBox::editingFinished, this, &PeoplePanel::fieldDone);
    connect(m_household, &QLineEdit::textEdited, this, &PeoplePanel::updateHouseholdMatches);
    connect(
        completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { linkHousehold(index.data(Qt::UserRole).toString()); });
    connect(m_unlink, &QPushButton::clicked, this, [this] { linkHousehold({}); });
    showPerson({});
}

PeoplePanel::~PeoplePanel() {
    detach();
}

void PeoplePanel::showPerson(const QString& id) {
    people::Person person;
    if (!id.isEmpty())
        if (const auto found = m_people.person(id))
            person = *found;
    m_id = person.id;
    m_stored = person;
    m_loading = true;
    m_heading->setText(m_id.isEmpty() ? tr("New volunteer") : person.displayName);
    m_name->setText(person.displayName);
    m_phone->setText(person.phone);
    for (QCheckBox* box : std::as_const(m_roles))
        box->setChecked(person.roles.contains(box->property("code").toString()));
    m_capacity->setValue(person.vehicleCapacity);
    m_languages->setText(Labels::languages(person.languages.join(u',')));
    m_start->setText(person.startPoint);
    for (QCheckBox* box : std::as_const(m_days))
        box->setChecked(person.usualDays.contains(box->property("code").toString()));
    QString household;
    if (!person.householdId.isEmpty())
        if (const auto* summary = m_index.summary(person.householdId))
            household = summary->chosenName;
    m_household->setText(household);
    m_household->setEnabled(!m_id.isEmpty());
    m_unlink->setEnabled(!person.householdId.isEmpty());
    m_active->setChecked(person.active);
    m_touched = false;
    m_add->setVisible(m_id.isEmpty());
    m_remove->setVisible(!m_id.isEmpty());
    m_state->setText(m_id.isEmpty() ? tr("Type a name, then press Enter to add them.")
                                    : tr("Every change is saved when you leave a field."));
    m_loading = false;
    check();
}

people::Person PeoplePanel::person() const {
    people::Person p = m_stored;
    p.displayName = m_name->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.roles.clear();
    for (QCheckBox* box : m_roles)
        if (box->isChecked())
            p.roles.append(box->property("code").toString());
    p.vehicleCapacity = m_capacity->value();
    p.languages = people::FieldParser::languages(m_languages->text()).value.value_or(QStringList());
    p.startPoint = m_start->text().trimmed();
    p.usualDays.clear();
    for (QCheckBox* box : m_days)
        if (box->isChecked())
            p.usualDays.append(box->property("code").toString());
    p.active = m_active->isChecked();
    return p;
}

void PeoplePanel::check() {
    if (m_loading)
        return;
    if (sender() && sender() != this)
        m_touched = true;
    QStringList messages;
    if (const auto parsed = people::FieldParser::languages(m_languages->text()); !parsed.ok())
        messages.append(people::People::fieldLabel(u"languages"_s) + u": "_s + parsed.error);
    for (const people::FieldProblem& problem : people::People::validate(person()))
        messages.append(problem.message + // names its field already
                        (problem.hint.isEmpty() ? QString() : u' ' + problem.hint));
    // A blank new form says nothing until something is typed.
    const bool quiet = m_id.isEmpty() && !m_touched;
    m_message->setText(quiet ? QString() : messages.join(u'\n'));
    m_message->setVisible(!quiet && !messages.isEmpty());
    m_add->setEnabled(messages.isEmpty());
}

void PeoplePanel::fieldDone() {
    if (m_detached || m_loading || m_id.isEmpty())
        return;
    save();
}

bool PeoplePanel::save() {
    m_touched = true;
    check();
    if (!m_add->isEnabled())
        return false;
    const people::Person p = person();
    if (m_id.isEmpty()) {
        QString addedId;
        if (!run(new PersonPresenceUndoCommand(m_people, p, PersonPresenceUndoCommand::Kind::Add),
                 &addedId))
            return false;
        showPerson(addedId);
        m_state->setText(m_undo ? tr("Added. Ctrl+Z takes it back.") : tr("Added."));
    } else {
        if (people::People::toValues(p) == people::People::toValues(m_stored))
            return true;
        const people::Person before = m_people.person(m_id).value_or(m_stored);
        if (!run(new PersonEditUndoCommand(m_people, before, p)))
            return false;
        if (const auto fresh = m_people.person(m_id))
            m_stored = *fresh;
        m_heading->setText(m_stored.displayName);
        const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        m_state->setText(m_undo ? tr("Saved at %1. Ctrl+Z undoes.").arg(time)
                                : tr("Saved at %1.").arg(time));
    }
    const int row = m_model->rowOf(m_id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    return true;
}

bool PeoplePanel::linkHousehold(const QString& householdId) {
    if (m_id.isEmpty())
        return false;
    const auto before = m_people.person(m_id);
    if (!before) {
        m_message->setText(tr("This person is no longer on file; they may have been removed on "
                              "another laptop."));
        m_message->show();
        return false;
    }
    people::Person after = *before;
    after.householdId = householdId;
    if (!run(new PersonEditUndoCommand(m_people, *before, after)))
        return false;
    showPerson(m_id);
    m_state->setText(householdId.isEmpty() ? tr("No longer linked to a household.")
                                           : tr("Linked: they also receive deliveries."));
    return true;
}

bool PeoplePanel::removePerson() {
    if (m_id.isEmpty())
        return false;
    const auto current = m_people.person(m_id);
    if (!current)
        return false;
    if (!run(new PersonPresenceUndoCommand(m_people, *current,
                                           PersonPresenceUndoCommand::Kind::Remove)))
        return false;
    const QString name = current->displayName;
    showPerson({});
    m_state->setText(m_undo ? tr("%1 removed. Ctrl+Z brings them back.").arg(name)
                            : tr("%1 removed.").arg(name));
    return true;
}

bool PeoplePanel::run(PeopleUndoCommand* command, QString* writtenId) {
    QString error;
    QString id;
    command->setCallbacks([&error](const Error& refused) { error = refused.toString(); },
                          [&id](const QString& written) { id = written; });
    if (m_undo) {
        m_undo->push(command); // runs redo(); an obsolete command is deleted at once
        // Later steps (Ctrl+Z, Ctrl+Shift+Z) show the person they wrote, or say why they could not.
        if (error.isEmpty() && m_undo->index() > 0)
            if (auto* pushed = dynamic_cast<PeopleUndoCommand*>(
                    const_cast<QUndoCommand*>(m_undo->command(m_undo->index() - 1))))
                pushed->setCallbacks(
                    [this](const Error& refused) {
                        m_message->setText(refused.toString());
                        m_message->show();
                    },
                    [this](const QString& written) {
                        showPerson(!written.isEmpty()      ? written
                                   : m_people.person(m_id) ? m_id
                                                           : QString());
                    });
    } else {
        command->redo();
        delete command;
    }
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    if (writtenId)
        *writtenId = id;
    return true;
}

void PeoplePanel::updateHouseholdMatches(const QString& text) {
    m_householdMatches->clear();
    if (text.trimmed().size() < 2)
        return;
    people::SearchQuery query;
    query.text = text;
    query.limit = 10;
    for (const QString& id : m_index.search(query).ids) {
        const auto* summary = m_index.summary(id);
        if (!summary)
            continue;
        auto* item =
            new QStandardItem(summary->postalCode.isEmpty()
                                  ? summary->chosenName
                                  : tr("%1 (%2)").arg(summary->chosenName, summary->postalCode));
        item->setData(id, Qt::UserRole);
        m_householdMatches->appendRow(item);
    }
}

} // namespace larder::ui
