#pragma once

#include "engine/job/jobprogress.h"
#include "engine/job/workscheduler.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace sluice::engine {

class JobPlan;
class JobWorker;
class MasterTable;
struct JobContext;

// The master of a running job, on the host's main thread: it runs PARALLEL
// workers over the scheduler, changes their number while the job runs, stops or
// kills them, polls the master table's control table for client commands and
// publishes progress (about ten times a second) as a signal and in the master table.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Completed, Stopped, Killed, FatalError };

    JobRunner(JobPlan &plan, JobContext &context, MasterTable &master, QObject *parent = nullptr);
    ~JobRunner() override;

    // Starts the workers on the pending items. finished() follows, always.
    void start(QList<WorkItem> pendingItems, int parallel);
    void setParallel(int parallel);
    // STOP_JOB: current items finish first. IMMEDIATE: they are abandoned.
    void stop(bool immediate);
    void kill();

    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] QString fatalError() const { return m_fatalError; }
    [[nodiscard]] int runningWorkers() const { return int(m_workers.size()); }
    [[nodiscard]] JobProgress progress() const;

Q_SIGNALS:
    void progressChanged(const sluice::engine::JobProgress &progress);
    // A command a client sent that the runner does not handle itself (ADD_FILE,
    // FILESIZE, REUSE_DUMPFILES); the host passes it on to the plan.
    void commandReceived(const QString &command, const QString &argument);
    void finished();

private:
    void startWorker(int number);
    void onWorkerEnded(JobWorker *worker);
    void onTick();
    void pollControls();
    void handleControl(const QString &command, const QString &argument, QString *response);
    void publishProgress(bool writeMaster);
    void finishIfIdle();

    JobPlan &m_plan;
    JobContext &m_context;
    MasterTable &m_master;
    WorkScheduler m_scheduler;
    QMap<int, JobWorker *> m_workers; // running worker threads by number
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    qint64 m_objectsAtStart = 0;
    qint64 m_bytesAtStart = 0;
    int m_ticks = 0;
    bool m_stopping = false;
    bool m_killing = false;
    Outcome m_outcome = Outcome::Running;
    QString m_fatalError;
    JobProgress m_last;
};

} // namespace sluice::engine
