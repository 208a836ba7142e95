#pragma once

#include <atomic>
#include <memory>

namespace sluice::gui {

// Who decides a wizard's launch: the worker that is about to create the job, or the
// user who cancels the wizard first. Both sides hold copies of one ticket; the first
// to act wins, atomically, so a cancelled wizard never creates a job, and a wizard
// cancelled after the job was created knows that it must tell the user the job goes
// on in the background.
//
//   Pending --commit() (worker, right before the job is created)--> Committed
//   Pending --cancel() (GUI)--> Cancelled: the worker creates nothing
//   Committed --cancel() (GUI)--> Abandoned: the job exists or is being created;
//                                 nobody opens a progress view for it
class LaunchTicket
{
public:
    enum class State { Pending, Committed, Cancelled, Abandoned };

    LaunchTicket();

    // Worker: claims the launch. False when the user cancelled first: create nothing.
    [[nodiscard]] bool commit() const;
    // GUI: the state after the cancel, Cancelled (no job will exist) or Abandoned
    // (the job exists or is being created). A ticket that was already cancelled or
    // abandoned stays as it is.
    [[nodiscard]] State cancel() const;
    [[nodiscard]] State state() const;
    // True when the wizard is gone (cancelled or abandoned) and the result is not wanted.
    [[nodiscard]] bool isWithdrawn() const;

private:
    std::shared_ptr<std::atomic<State>> m_state;
};

} // namespace sluice::gui
