#include "engine/job/workscheduler.h"

#include <QJsonObject>
#include <algorithm>
#include <climits>
#include <tuple>

namespace sluice::engine {

namespace {

// The payload key of waitForTableDataOnly(): {"schema": ..., "name": ...}.
constexpr QStringView kAfterTableData = u"afterTableData";

QString tableKey(const QString &schema, const QString &name)
{
    return schema + QChar(0) + name;
}

// The table whose data the item waits for, or an empty string: it waits for the
// whole data phase.
QString awaitedTable(const WorkItem &item)
{
    const QJsonObject table = item.payload.value(kAfterTableData).toObject();
    if (table.isEmpty())
        return {};
    return tableKey(table.value(u"schema").toString(), table.value(u"name").toString());
}

} // namespace

void WorkScheduler::waitForTableDataOnly(WorkItem &item, const QString &schema, const QString &name)
{
    item.payload.insert(kAfterTableData, QJsonObject{{QStringLiteral("schema"), schema},
                                                     {QStringLiteral("name"), name}});
}

void WorkScheduler::load(QList<WorkItem> items, int parallel)
{
    std::sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return std::tie(a.phase, a.processOrder, a.id) < std::tie(b.phase, b.processOrder, b.id);
    });
    const QMutexLocker lock(&m_mutex);
    m_pending = std::move(items);
    m_openPhases.clear();
    m_openTableData.clear();
    for (const WorkItem &item : std::as_const(m_pending))
        open(item);
    m_executing = 0;
    m_parallel = std::max(1, parallel);
    m_stopped = false;
}

void WorkScheduler::open(const WorkItem &item)
{
    ++m_openPhases[item.phase];
    if (item.phase == JobPhase::TableData)
        ++m_openTableData[tableKey(item.schema, item.name)];
}

void WorkScheduler::close(const WorkItem &item)
{
    const auto phase = m_openPhases.find(item.phase);
    if (phase != m_openPhases.end() && --phase.value() <= 0)
        m_openPhases.erase(phase);
    if (item.phase != JobPhase::TableData)
        return;
    const auto table = m_openTableData.find(tableKey(item.schema, item.name));
    if (table != m_openTableData.end() && --table.value() <= 0)
        m_openTableData.erase(table);
}

int WorkScheduler::lowestOpenPhase() const
{
    return m_openPhases.isEmpty() ? INT_MAX : m_openPhases.firstKey();
}

// The lowest phase still open for an item that waits only for the data of table:
// the data phase counts only while that table has data items left.
int WorkScheduler::lowestOpenPhaseFor(const QString &table) const
{
    for (auto it = m_openPhases.cbegin(); it != m_openPhases.cend(); ++it) {
        if (it.key() != JobPhase::TableData || m_openTableData.contains(table))
            return it.key();
    }
    return INT_MAX;
}

// The pending item to hand out now, or -1. An item ready ahead of its phase goes
// first: it is a table's index whose build would otherwise wait for every other
// table's data, and starting the long builds early shortens the job's tail.
qsizetype WorkScheduler::nextIndex() const
{
    if (m_pending.isEmpty())
        return -1;
    const int lowest = lowestOpenPhase();
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const WorkItem &item = m_pending.at(i);
        if (item.phase <= lowest)
            continue;
        const QString table = awaitedTable(item);
        if (!table.isEmpty() && item.phase <= lowestOpenPhaseFor(table))
            return i;
    }
    // The first pending item has the lowest pending phase; it may start only when no
    // item of a lower phase is still executing.
    return m_pending.first().phase <= lowest ? 0 : -1;
}

std::optional<WorkItem> WorkScheduler::tryTake(int worker)
{
    const QMutexLocker lock(&m_mutex);
    if (m_stopped || worker > m_parallel)
        return std::nullopt;
    const qsizetype index = nextIndex();
    if (index < 0)
        return std::nullopt;
    ++m_executing;
    return m_pending.takeAt(index);
}

std::optional<WorkItem> WorkScheduler::take(int worker)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stopped || worker > m_parallel || m_pending.isEmpty())
            return std::nullopt;
        const qsizetype index = nextIndex();
        if (index >= 0) {
            ++m_executing;
            return m_pending.takeAt(index);
        }
        m_changed.wait(&m_mutex);
    }
}

void WorkScheduler::release(const WorkItem &item)
{
    const QMutexLocker lock(&m_mutex);
    close(item);
    m_executing = std::max(0, m_executing - 1);
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
    return m_pending.isEmpty() && m_executing == 0;
}

bool WorkScheduler::hasPending() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_pending.isEmpty();
}

int WorkScheduler::executingCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_executing;
}

} // namespace sluice::engine
