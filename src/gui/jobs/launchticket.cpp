#include "gui/jobs/launchticket.h"

namespace sluice::gui {

LaunchTicket::LaunchTicket()
    : m_state(std::make_shared<std::atomic<State>>(State::Pending))
{}

bool LaunchTicket::commit() const
{
    State expected = State::Pending;
    return m_state->compare_exchange_strong(expected, State::Committed) ||
           expected == State::Committed;
}

LaunchTicket::State LaunchTicket::cancel() const
{
    State expected = State::Pending;
    if (m_state->compare_exchange_strong(expected, State::Cancelled))
        return State::Cancelled;
    if (expected == State::Committed &&
        m_state->compare_exchange_strong(expected, State::Abandoned))
        return State::Abandoned;
    return m_state->load();
}

LaunchTicket::State LaunchTicket::state() const
{
    return m_state->load();
}

bool LaunchTicket::isWithdrawn() const
{
    const State current = m_state->load();
    return current == State::Cancelled || current == State::Abandoned;
}

} // namespace sluice::gui
