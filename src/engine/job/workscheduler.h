#pragma once

#include "engine/job/workitem.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QWaitCondition>
#include <optional>

namespace sluice::engine {

// Hands the pending work items to the workers, shared by the runner's threads.
// Phases are barriers: an item is handed out only when no item of a lower phase is
// pending or executing. Within a phase, items go in process_order, then id.
// Workers numbered above the parallel degree get nothing and retire.
class WorkScheduler
{
public:
    // items: the PENDING items, in any order.
    void load(QList<WorkItem> items, int parallel);

    // Blocks until an item can be handed to this worker (1-based), or returns
    // nullopt when the worker should end: the job is stopping, the worker is above
    // the parallel degree, or there is nothing left.
    [[nodiscard]] std::optional<WorkItem> take(int worker);
    // The worker is done with the item (completed, failed or interrupted).
    void release(const WorkItem &item);

    void setParallel(int parallel);
    [[nodiscard]] int parallel() const;
    // No more items are handed out; blocked take() calls return nullopt.
    void stop();
    [[nodiscard]] bool isStopped() const;
    // Nothing pending and nothing executing.
    [[nodiscard]] bool isDone() const;
    [[nodiscard]] bool hasPending() const;
    [[nodiscard]] int executingCount() const;

private:
    [[nodiscard]] int lowestOpenPhase() const;

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QList<WorkItem> m_pending;    // guarded by m_mutex; sorted
    QList<int> m_executingPhases; // guarded by m_mutex
    int m_parallel = 1;           // guarded by m_mutex
    bool m_stopped = false;       // guarded by m_mutex
};

} // namespace sluice::engine
