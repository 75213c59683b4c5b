// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/households/HouseholdUndoCommands.h"

namespace larder::ui {

HouseholdEditUndoCommand::HouseholdEditUndoCommand(people::Households& households,
                                                   people::Household before,
                                                   people::Household after, QUndoCommand* parent)
    : PeopleUndoCommand({}, parent)
    , m_households(households)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(tr("change to %1").arg(m_after.chosenName));
}

void HouseholdEditUndoCommand::write(const people::Household& household) {
    wrote(m_households.update(household), household.id);
}

void HouseholdEditUndoCommand::redo() {
    write(m_after);
}

void HouseholdEditUndoCommand::undo() {
    write(m_before);
}

HouseholdAddUndoCommand::HouseholdAddUndoCommand(people::Households& households,
                                                 people::Household household, QUndoCommand* parent)
    : PeopleUndoCommand({}, parent)
    , m_households(households)
    , m_household(std::move(household)) {
    setText(tr("adding %1").arg(m_household.chosenName));
}

void HouseholdAddUndoCommand::redo() {
    m_household.id.clear();
    const auto added = m_households.add(m_household);
    if (!accept(added))
        return;
    m_household.id = added.value();
    wrote(m_household.id);
}

void HouseholdAddUndoCommand::undo() {
    if (m_household.id.isEmpty())
        return;
    wrote(m_households.remove(m_household.id), {});
}

HouseholdMergeUndoCommand::HouseholdMergeUndoCommand(people::Households& households, QString keepId,
                                                     QString otherId, QUndoCommand* parent)
    : PeopleUndoCommand({}, parent)
    , m_households(households)
    , m_keepId(std::move(keepId))
    , m_otherId(std::move(otherId)) {
    const auto kept = m_households.household(m_keepId);
    setText(tr("merge into %1").arg(kept ? kept->chosenName : QString()));
}

void HouseholdMergeUndoCommand::redo() {
    const auto merged = m_households.merge(m_keepId, m_otherId);
    if (!accept(merged))
        return;
    m_merge = merged.value();
    wrote(m_keepId);
}

void HouseholdMergeUndoCommand::undo() {
    const auto back = m_households.unmerge(m_merge);
    if (!accept(back))
        return;
    m_otherId = back.value();
    wrote(m_keepId);
}

PersonEditUndoCommand::PersonEditUndoCommand(people::People& people, people::Person before,
                                             people::Person after, QUndoCommand* parent)
    : PeopleUndoCommand({}, parent)
    , m_people(people)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(tr("change to %1").arg(m_after.displayName));
}

void PersonEditUndoCommand::write(const people::Person& person) {
    wrote(m_people.update(person), person.id);
}

void PersonEditUndoCommand::redo() {
    write(m_after);
}

void PersonEditUndoCommand::undo() {
    write(m_before);
}

PersonPresenceUndoCommand::PersonPresenceUndoCommand(people::People& people, people::Person person,
                                                     Kind kind, QUndoCommand* parent)
    : PeopleUndoCommand({}, parent)
    , m_people(people)
    , m_person(std::move(person))
    , m_kind(kind) {
    setText(kind == Kind::Add ? tr("adding %1").arg(m_person.displayName)
                              : tr("removing %1").arg(m_person.displayName));
}

void PersonPresenceUndoCommand::add() {
    people::Person person = m_person;
    person.id.clear();
    const auto added = m_people.add(person);
    if (!accept(added))
        return;
    m_person.id = added.value();
    wrote(m_person.id);
}

void PersonPresenceUndoCommand::remove() {
    if (m_person.id.isEmpty())
        return;
    wrote(m_people.remove(m_person.id), {});
}

void PersonPresenceUndoCommand::redo() {
    if (m_kind == Kind::Add)
        add();
    else
        remove();
}

void PersonPresenceUndoCommand::undo() {
    if (m_kind == Kind::Add)
        remove();
    else
        add();
}

} // namespace larder::ui
