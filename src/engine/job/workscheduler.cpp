#include "engine/job/workscheduler.h"

#include "engine/catalog/tablekey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <climits>
#include <tuple>

namespace sluice::engine {

namespace {

// The payload key of waitForTableDataOnly(): {"schema": ..., "name": ...}.
constexpr QStringView kAfterTableData = u"afterTableData";

// The table whose data the item waits for, or an empty string: it waits for the
// whole data phase.
QString awaitedTable(const WorkItem &item)
{
    const QJsonObject table = item.payload.value(kAfterTableData).toObject();
    if (table.isEmpty())
        return {};
    return tableKey(table.value(u"schema").toString(), table.value(u"name").toString());
}

// The payload key of waitForTablesOnly(): [{"schema": ..., "name": ...}, ...].
constexpr QStringView kAfterTables = u"afterTables";
// The payload key of shareTables(): the awaited tables the item needs only a shared
// hold on.
constexpr QStringView kSharedTables = u"sharedTables";

QStringList tableKeys(const QJsonArray &tables)
{
    QStringList keys;
    for (const QJsonValue &value : tables) {
        const QJsonObject table = value.toObject();
        keys << tableKey(table.value(u"schema").toString(), table.value(u"name").toString());
    }
    return keys;
}

QJsonArray tableList(const QList<QPair<QString, QString>> &tables)
{
    QJsonArray list;
    for (const auto &[schema, name] : tables)
        list << QJsonObject{{QStringLiteral("schema"), schema}, {QStringLiteral("name"), name}};
    return list;
}

// The tables named by waitForTablesOnly(), or none.
QStringList awaitedTables(const WorkItem &item)
{
    return tableKeys(item.payload.value(kAfterTables).toArray());
}

// The awaited tables held shared; the others are held exclusively.
QStringList sharedTables(const WorkItem &item)
{
    return tableKeys(item.payload.value(kSharedTables).toArray());
}

// The table an item belongs to, for the items other items may wait for: a data
// chunk's table, the table a waitForTableDataOnly() item waits for (an index, a key
// built as an index), a key's table (the Constraint phase names the table). Empty
// when unknown.
QString tableOf(const WorkItem &item)
{
    if (const QString awaited = awaitedTable(item); !awaited.isEmpty())
        return awaited;
    if (item.phase == JobPhase::TableData || item.phase == JobPhase::Constraint)
        return tableKey(item.schema, item.name);
    return {};
}

} // namespace

void WorkScheduler::waitForTableDataOnly(WorkItem &item, const QString &schema, const QString &name)
{
    item.payload.insert(kAfterTableData, QJsonObject{{QStringLiteral("schema"), schema},
                                                     {QStringLiteral("name"), name}});
}

void WorkScheduler::waitForTablesOnly(WorkItem &item, const QList<QPair<QString, QString>> &tables)
{
    item.payload.insert(kAfterTables, tableList(tables));
}

void WorkScheduler::shareTables(WorkItem &item, const QList<QPair<QString, QString>> &tables)
{
    item.payload.insert(kSharedTables, tableList(tables));
}

void WorkScheduler::load(QList<WorkItem> items, int parallel)
{
    std::sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return std::tie(a.phase, a.processOrder, a.id) < std::tie(b.phase, b.processOrder, b.id);
    });
    const QMutexLocker lock(&m_mutex);
    m_pending = std::move(items);
    m_openPhases.clear();
    m_openByTable.clear();
    m_openUnplaced.clear();
    m_exclusiveTables.clear();
    m_sharedTables.clear();
    for (const WorkItem &item : std::as_const(m_pending))
        open(item);
    m_executing = 0;
    m_parallel = std::max(1, parallel);
    m_stopped = false;
}

void WorkScheduler::open(const WorkItem &item)
{
    ++m_openPhases[item.phase];
    if (item.phase < JobPhase::TableData)
        return;
    if (const QString table = tableOf(item); !table.isEmpty())
        ++m_openByTable[table][item.phase];
    else
        ++m_openUnplaced[item.phase];
}

namespace {

void decrement(QMap<int, int> &counts, int phase)
{
    const auto it = counts.find(phase);
    if (it != counts.end() && --it.value() <= 0)
        counts.erase(it);
}

} // namespace

void WorkScheduler::close(const WorkItem &item)
{
    decrement(m_openPhases, item.phase);
    if (item.phase < JobPhase::TableData)
        return;
    const QString table = tableOf(item);
    if (table.isEmpty()) {
        decrement(m_openUnplaced, item.phase);
        return;
    }
    const auto counts = m_openByTable.find(table);
    if (counts == m_openByTable.end())
        return;
    decrement(counts.value(), item.phase);
    if (counts.value().isEmpty())
        m_openByTable.erase(counts);
}

int WorkScheduler::lowestOpenPhase() const
{
    return m_openPhases.isEmpty() ? INT_MAX : m_openPhases.firstKey();
}

// The lowest phase still open for an item that waits only for the data of table:
// the data phase counts only while that table has data items left.
int WorkScheduler::lowestOpenPhaseFor(const QString &table) const
{
    const auto counts = m_openByTable.constFind(table);
    for (auto it = m_openPhases.cbegin(); it != m_openPhases.cend(); ++it) {
        if (it.key() != JobPhase::TableData ||
            (counts != m_openByTable.cend() && counts.value().contains(JobPhase::TableData)))
            return it.key();
    }
    return INT_MAX;
}

// Whether a waitForTablesOnly() item may start: no phase below TableData is open, no
// item of its tables (or of no known table) is open in the phases from TableData up
// to its own, and no item so marked that runs now holds one of its tables in a way
// that excludes its own hold.
bool WorkScheduler::tablesReady(const WorkItem &item) const
{
    if (lowestOpenPhase() < JobPhase::TableData)
        return false;
    const auto below = [&item](const QMap<int, int> &counts) {
        return !counts.isEmpty() && counts.firstKey() < item.phase;
    };
    if (below(m_openUnplaced))
        return false;
    const QStringList tables = awaitedTables(item);
    const QStringList shared = sharedTables(item);
    for (const QString &table : tables) {
        // A shared hold goes beside other shared ones; an exclusive one beside none.
        if (m_exclusiveTables.contains(table) ||
            (!shared.contains(table) && m_sharedTables.contains(table)))
            return false;
        const auto counts = m_openByTable.constFind(table);
        if (counts != m_openByTable.cend() && below(counts.value()))
            return false;
    }
    return true;
}

void WorkScheduler::hold(const WorkItem &item, int delta)
{
    const QStringList shared = sharedTables(item);
    for (const QString &table : awaitedTables(item)) {
        QHash<QString, int> &holds = shared.contains(table) ? m_sharedTables : m_exclusiveTables;
        const auto it = holds.find(table);
        if (it == holds.end())
            holds.insert(table, delta);
        else if ((it.value() += delta) <= 0)
            holds.erase(it);
    }
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
        if (item.payload.contains(kAfterTables) && tablesReady(item))
            return i;
    }
    // The first pending item has the lowest pending phase; it may start only when no
    // item of a lower phase is still executing. Items of that phase that lock tables
    // wait for one that runs and shares a table; another item of the phase may go.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const WorkItem &item = m_pending.at(i);
        if (item.phase > lowest)
            return -1;
        if (!item.payload.contains(kAfterTables) || tablesReady(item))
            return i;
    }
    return -1;
}

WorkItem WorkScheduler::takeAt(qsizetype index)
{
    ++m_executing;
    WorkItem item = m_pending.takeAt(index);
    hold(item, 1);
    return item;
}

std::optional<WorkItem> WorkScheduler::tryTake(int worker)
{
    const QMutexLocker lock(&m_mutex);
    if (m_stopped || worker > m_parallel)
        return std::nullopt;
    const qsizetype index = nextIndex();
    if (index < 0)
        return std::nullopt;
    return takeAt(index);
}

std::optional<WorkItem> WorkScheduler::take(int worker)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (m_stopped || worker > m_parallel || m_pending.isEmpty())
            return std::nullopt;
        const qsizetype index = nextIndex();
        if (index >= 0)
            return takeAt(index);
        m_changed.wait(&m_mutex);
    }
}

void WorkScheduler::release(const WorkItem &item)
{
    const QMutexLocker lock(&m_mutex);
    close(item);
    hold(item, -1);
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
