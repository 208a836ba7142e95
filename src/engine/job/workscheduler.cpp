#include "engine/job/workscheduler.h"

#include <algorithm>
#include <climits>
#include <tuple>

namespace sluice::engine {

void WorkScheduler::load(QList<WorkItem> items, int parallel)
{
    std::sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return std::tie(a.phase, a.processOrder, a.id) < std::tie(b.phase, b.processOrder, b.id);
    });
    const QMutexLocker lock(&m_mutex);
    m_pending = std::move(items);
    m_executingPhases.clear();
    m_parallel = std::max(1, parallel);
    m_stopped = false;
}

int WorkScheduler::lowestOpenPhase() const
{
    int lowest = m_pending.isEmpty() ? INT_MAX : m_pending.first().phase;
    for (int phase : m_executingPhases)
        lowest = std::min(lowest, phase);
    return lowest;
}

std::optional<WorkItem> WorkScheduler::take(int worker)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stopped || worker > m_parallel || m_pending.isEmpty())
            return std::nullopt;
        // The first pending item has the lowest phase; it may start only when no
        // item of a lower phase is still executing.
        if (m_pending.first().phase <= lowestOpenPhase()) {
            WorkItem item = m_pending.takeFirst();
            m_executingPhases.append(item.phase);
            return item;
        }
        m_changed.wait(&m_mutex);
    }
}

void WorkScheduler::release(const WorkItem &item)
{
    const QMutexLocker lock(&m_mutex);
    m_executingPhases.removeOne(item.phase);
    m_changed.wakeAll();
}

void WorkScheduler::setParallel(int parallel)
{
    const QMutexLocker lock(&m_mutex);
    m_parallel = std::max(1, parallel);
    m_changed.wakeAll();
}

int WorkScheduler::parallel() const
{
    const QMutexLocker lock(&m_mutex);
    return m_parallel;
}

void WorkScheduler::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopped = true;
    m_changed.wakeAll();
}

bool WorkScheduler::isStopped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stopped;
}

bool WorkScheduler::isDone() const
{
    const QMutexLocker lock(&m_mutex);
    return m_pending.isEmpty() && m_executingPhases.isEmpty();
}

bool WorkScheduler::hasPending() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_pending.isEmpty();
}

int WorkScheduler::executingCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_executingPhases.size());
}

} // namespace sluice::engine
