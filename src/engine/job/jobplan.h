#pragma once

#include "engine/job/workitem.h"

#include <QString>
#include <memory>

namespace sluice::engine {

class MasterTable;
class WorkerContext;
struct JobContext;

// Runs work items on one worker thread. It opens its own database connections
// (STYLE.md rule 16) when created or on first use, on that thread, and closes them
// in its destructor, which also runs on that thread.
class WorkItemExecutor
{
public:
    virtual ~WorkItemExecutor() = default;

    // Does one item. Must be idempotent per item together with discardPartial():
    // after a crash or STOP_JOB=IMMEDIATE, an item that was EXECUTING is run again
    // from scratch. Returns early (any result) when context.isCancelled().
    [[nodiscard]] virtual WorkItemResult execute(const WorkItem &item, WorkerContext &context) = 0;

    // Called before an item that was started before (item.attempts > 0) runs again:
    // remove what the interrupted run left behind (rows loaded, a partial dump
    // member). Returns an error text, or an empty string on success; on error the
    // item is recorded as FAILED.
    [[nodiscard]] virtual QString discardPartial(const WorkItem &item, WorkerContext &context)
    {
        Q_UNUSED(item);
        Q_UNUSED(context);
        return {};
    }
};

// What the export and import engines implement: the work of a job, as items in the
// master table, and how to execute them. JobPlanFactory creates the plan for the
// operation recorded in the master table, inside the host process.
//
// Call order in the host: start() -> define() (only while DEFINING) -> executors
// on the workers -> finish() when every item is done, or stopped() / killed().
// Methods other than createExecutor() run on the host's main thread.
class JobPlan
{
public:
    virtual ~JobPlan() = default;

    // Connects, checks the dump file set... and logs the job's header lines
    // (JobLog::banner, connected, starting). False: a fatal error (errorString()).
    [[nodiscard]] virtual bool start(JobContext &context) = 0;
    // DEFINING: adds the work items (MasterTable::addWorkItems), per phase. Runs
    // again from an empty item list if the host died while defining.
    [[nodiscard]] virtual bool define(MasterTable &master, JobContext &context) = 0;
    // Called on the worker thread that will use the executor. Thread-safe.
    [[nodiscard]] virtual std::unique_ptr<WorkItemExecutor> createExecutor(int workerNumber,
                                                                           JobContext &context) = 0;
    // Whether a worker's item states must be on disk before its work goes on
    // (MasterTable::setRelaxed). An import's must: a restart removes the rows of an
    // item it finds EXECUTING, so it must never find a loaded chunk PENDING.
    [[nodiscard]] virtual bool needsDurableItemStates() const { return true; }
    // COMPLETING: every item is done (export: write the master table into the dump
    // file set). False: the job stops with a fatal error and can be restarted.
    [[nodiscard]] virtual bool finish(MasterTable &master, JobContext &context) = 0;
    // The job stopped (STOP_JOB or a fatal error) and can be restarted.
    virtual void stopped(JobContext &context) { Q_UNUSED(context); }
    // KILL_JOB: undo what cannot be restarted any more (export: delete the dump files).
    virtual void killed(JobContext &context) { Q_UNUSED(context); }
    // ADD_FILE, FILESIZE, REUSE_DUMPFILES from a client. Returns false with
    // errorString() when the command does not apply or the value is wrong.
    [[nodiscard]] virtual bool applyCommand(const QString &command, const QString &argument,
                                            JobContext &context)
    {
        Q_UNUSED(argument);
        Q_UNUSED(context);
        m_errorString = QStringLiteral("%1 is not supported by this job").arg(command);
        return false;
    }

    [[nodiscard]] QString errorString() const { return m_errorString; }

protected:
    void setErrorString(const QString &text) { m_errorString = text; }

private:
    QString m_errorString;
};

} // namespace sluice::engine
