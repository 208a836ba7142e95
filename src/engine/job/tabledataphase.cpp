#include "engine/job/tabledataphase.h"

#include "engine/data/snapshotcoordinator.h"
#include "engine/job/mastertable.h"
#include "engine/log/joblog.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPair>
#include <QTimer>

namespace sluice::engine {

QList<TableDataPhase::Tally> TableDataPhase::tallies(MasterTable &master)
{
    QMap<QPair<QString, QString>, Tally> tables;
    for (const WorkItem &item : master.workItems()) {
        if (item.phase != JobPhase::TableData)
            continue;
        Tally &tally = tables[{item.schema, item.name}];
        tally.schema = item.schema;
        tally.name = item.name;
        ++tally.chunks;
        if (item.state == WorkItemState::Completed) {
            ++tally.done;
            tally.rows += item.rows;
            tally.bytes += item.bytes;
        }
    }
    return tables.values();
}

std::unique_ptr<QTimer> TableDataPhase::scheduleLockRelease(Dialect source,
                                                            SnapshotCoordinator &coordinator,
                                                            const std::atomic<int> &joinedWorkers,
                                                            std::atomic<bool> &lockReleased,
                                                            JobLog *log, int workers)
{
    if (source != Dialect::MariaDB)
        return nullptr;
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QTimer *raw = timer.get();
    QObject::connect(raw, &QTimer::timeout, raw,
                     [raw, &coordinator, &joinedWorkers, &lockReleased, log, workers, elapsed] {
                         if (joinedWorkers.load() < qMax(1, workers) &&
                             elapsed->elapsed() < kLockWaitMs)
                             return;
                         raw->stop();
                         if (!coordinator.releaseLock() && log)
                             log->warning(coordinator.errorString());
                         lockReleased = true;
                     });
    timer->start();
    return timer;
}

} // namespace sluice::engine
