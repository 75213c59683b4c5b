#include "HouseholdCommands.h"

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

} // namespace larder::ui
