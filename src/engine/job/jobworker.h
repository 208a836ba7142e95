#pragma once

#include "engine/job/jobprogress.h"
#include "engine/job/workercontext.h"
#include "engine/job/workitem.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <atomic>

namespace sluice::engine {

class JobPlan;
class MasterTable;
class WorkItemExecutor;
class WorkScheduler;
struct JobContext;

// One worker of a job: a thread with its own master table connection and its own
// executor (and so its own database connections). It takes items from the
// scheduler until there are none for it, marks each EXECUTING before running it
// and COMPLETED or FAILED after, each in its own short transaction.
class JobWorker : public QThread
{
    Q_OBJECT

public:
    JobWorker(int number, JobPlan &plan, JobContext &context, WorkScheduler &scheduler,
              QObject *parent = nullptr);
    ~JobWorker() override;

    [[nodiscard]] int number() const { return m_number; }
    // STOP_JOB=IMMEDIATE / KILL_JOB: the current item is abandoned (it stays
    // EXECUTING, and is discarded and re-run on restart).
    void cancel() { m_context.cancel(); }
    // Thread-safe snapshot for progress and STATUS.
    [[nodiscard]] WorkerProgress progress() const;
    [[nodiscard]] QString fatalError() const;

Q_SIGNALS:
    void itemFinished(qint64 itemId, bool ok);

protected:
    void run() override;

private:
    bool runItem(MasterTable &master, WorkItemExecutor &executor, const WorkItem &item);
    void setCurrent(const WorkItem *item);
    void setFatal(const QString &error);

    const int m_number;
    JobPlan &m_plan;
    JobContext &m_jobContext;
    WorkScheduler &m_scheduler;
    WorkerContext m_context;
    std::atomic<qint64> m_completed{0};
    mutable QMutex m_mutex;
    bool m_busy = false;       // guarded by m_mutex
    WorkItem m_current;        // guarded by m_mutex
    QElapsedTimer m_itemTimer; // guarded by m_mutex
    QString m_fatalError;      // guarded by m_mutex
};

} // namespace sluice::engine
