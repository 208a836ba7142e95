#pragma once

#include "engine/job/workitem.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QWaitCondition>
#include <optional>

namespace sluice::engine {

// Hands the pending work items to the workers, shared by the runner's threads.
// Phases are barriers: an item is handed out only when no item of a lower phase is
// pending or executing. Within a phase, items go in process_order, then id.
// One exception, recorded in the item's payload (so a restarted job, which loads
// its pending items from the master table, applies it again): an item marked with
// waitForTableDataOnly() does not wait for the table data items (JobPhase::TableData)
// of other tables, only for those of its own table; every other lower phase is still
// a barrier for it. Such an item, once ready ahead of its phase, goes before the
// items of the open phase (a table's indexes are built while other tables load, as
// pg_restore does).
// A second exception, also in the payload: an item marked with waitForTablesOnly()
// (a foreign key) waits, in the phases from TableData up to its own, only for the
// items of the tables it names (their data, indexes and keys); phases below TableData
// are still barriers. Such an item holds the tables it names while it runs,
// exclusively unless shareTables() says otherwise, and never starts beside another
// whose hold excludes its own: the locks its statements take would make one wait for
// the other, or, with keys in both directions, deadlock.
// Workers numbered above the parallel degree get nothing and retire.
class WorkScheduler
{
public:
    // Marks the item to wait only for the TableData items of table schema.name
    // (theirs are the item's schema and name), instead of the whole data phase.
    static void waitForTableDataOnly(WorkItem &item, const QString &schema, const QString &name);
    // Marks the item to wait, from the TableData phase up, only for the items of the
    // tables named (schema, name pairs), and not to run beside another item so marked
    // that names one of them.
    static void waitForTablesOnly(WorkItem &item, const QList<QPair<QString, QString>> &tables);
    // Of the tables named by waitForTablesOnly(), these are held shared: two items
    // may run side by side when each holds a common table shared.
    static void shareTables(WorkItem &item, const QList<QPair<QString, QString>> &tables);

    // items: the PENDING items, in any order.
    void load(QList<WorkItem> items, int parallel);

    // Blocks until an item can be handed to this worker (1-based), or returns
    // nullopt when the worker should end: the job is stopping, the worker is above
    // the parallel degree, or there is nothing left.
    [[nodiscard]] std::optional<WorkItem> take(int worker);
    // Non-blocking take(): the item that can start now, if any.
    [[nodiscard]] std::optional<WorkItem> tryTake(int worker);
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
    // An item's place in the open counts: its phase, and its table for data items.
    void open(const WorkItem &item);
    void close(const WorkItem &item);
    [[nodiscard]] int lowestOpenPhase() const;
    [[nodiscard]] int lowestOpenPhaseFor(const QString &table) const;
    [[nodiscard]] bool tablesReady(const WorkItem &item) const;
    // Takes (delta 1) or gives back (-1) the holds of a waitForTablesOnly() item.
    void hold(const WorkItem &item, int delta);
    [[nodiscard]] qsizetype nextIndex() const;
    [[nodiscard]] WorkItem takeAt(qsizetype index);

    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QList<WorkItem> m_pending;   // guarded by m_mutex; sorted
    QMap<int, int> m_openPhases; // guarded; pending + executing items per phase
    // Guarded; pending + executing items per table and phase (from TableData up), and
    // per phase those that belong to no known table.
    QHash<QString, QMap<int, int>> m_openByTable;
    QMap<int, int> m_openUnplaced;
    // Guarded; tables held by executing waitForTablesOnly() items, and by how many.
    QHash<QString, int> m_exclusiveTables;
    QHash<QString, int> m_sharedTables;
    int m_executing = 0;    // guarded by m_mutex
    int m_parallel = 1;     // guarded by m_mutex
    bool m_stopped = false; // guarded by m_mutex
};

} // namespace sluice::engine
