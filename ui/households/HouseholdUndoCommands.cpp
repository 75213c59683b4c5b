#include "ui/households/HouseholdUndoCommands.h"

namespace larder::ui {

HouseholdEditCommand::HouseholdEditCommand(people::Households& households, people::Household before,
                                           people::Household after, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_households(households)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(tr("change to %1").arg(m_after.chosenName));
}

void HouseholdEditCommand::write(const people::Household& household) {
    const auto ok = m_households.update(household);
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report(household.id, ok ? QString() : ok.error().toString());
}

void HouseholdEditCommand::redo() {
    write(m_after);
}

void HouseholdEditCommand::undo() {
    write(m_before);
}

HouseholdAddCommand::HouseholdAddCommand(people::Households& households,
                                         people::Household household, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_households(households)
    , m_household(std::move(household)) {
    setText(tr("adding %1").arg(m_household.chosenName));
}

void HouseholdAddCommand::redo() {
    m_household.id.clear();
    const auto added = m_households.add(m_household);
    if (!added) {
        setObsolete(true);
        if (m_report)
            m_report({}, added.error().toString());
        return;
    }
    m_household.id = added.value();
    if (m_report)
        m_report(m_household.id, {});
}

void HouseholdAddCommand::undo() {
    if (m_household.id.isEmpty())
        return;
    const auto ok = m_households.remove(m_household.id);
    if (m_report)
        m_report({}, ok ? QString() : ok.error().toString());
}

HouseholdMergeCommand::HouseholdMergeCommand(people::Households& households, QString keepId,
                                             QString otherId, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_households(households)
    , m_keepId(std::move(keepId))
    , m_otherId(std::move(otherId)) {
    const auto kept = m_households.household(m_keepId);
    setText(tr("merge into %1").arg(kept ? kept->chosenName : QString()));
}

void HouseholdMergeCommand::redo() {
    const auto merged = m_households.merge(m_keepId, m_otherId);
    if (!merged) {
        setObsolete(true);
        if (m_report)
            m_report(m_keepId, merged.error().toString());
        return;
    }
    m_merge = merged.value();
    if (m_report)
        m_report(m_keepId, {});
}

void HouseholdMergeCommand::undo() {
    const auto back = m_households.unmerge(m_merge);
    if (!back) {
        setObsolete(true);
        if (m_report)
            m_report(m_keepId, back.error().toString());
        return;
    }
    m_otherId = back.value();
    if (m_report)
        m_report(m_keepId, {});
}

PersonEditCommand::PersonEditCommand(people::People& people, people::Person before,
                                     people::Person after, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_people(people)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    setText(tr("change to %1").arg(m_after.displayName));
}

void PersonEditCommand::write(const people::Person& person) {
    const auto ok = m_people.update(person);
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report(person.id, ok ? QString() : ok.error().toString());
}

void PersonEditCommand::redo() {
    write(m_after);
}

void PersonEditCommand::undo() {
    write(m_before);
}

PersonPresenceCommand::PersonPresenceCommand(people::People& people, people::Person person,
                                             Kind kind, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_people(people)
    , m_person(std::move(person))
    , m_kind(kind) {
    setText(kind == Kind::Add ? tr("adding %1").arg(m_person.displayName)
                              : tr("removing %1").arg(m_person.displayName));
}

void PersonPresenceCommand::add() {
    people::Person person = m_person;
    person.id.clear();
    const auto added = m_people.add(person);
    if (!added) {
        setObsolete(true);
        if (m_report)
            m_report({}, added.error().toString());
        return;
    }
    m_person.id = added.value();
    if (m_report)
        m_report(m_person.id, {});
}

void PersonPresenceCommand::remove() {
    if (m_person.id.isEmpty())
        return;
    const auto ok = m_people.remove(m_person.id);
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report({}, ok ? QString() : ok.error().toString());
}

void PersonPresenceCommand::redo() {
    if (m_kind == Kind::Add)
        add();
    else
        remove();
}

void PersonPresenceCommand::undo() {
    if (m_kind == Kind::Add)
        remove();
    else
        add();
}

} // namespace larder::ui
