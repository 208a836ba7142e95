#include "engine/job/jobworker.h"

#include <QCoreApplication>

#include "engine/job/jobcontext.h"
#include "engine/job/jobplan.h"
#include "engine/job/mastertable.h"
#include "engine/job/workscheduler.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"

namespace sluice::engine {

JobWorker::JobWorker(int number, JobPlan &plan, JobContext &context, WorkScheduler &scheduler,
                     QObject *parent)
    : QThread(parent)
    , m_number(number)
    , m_plan(plan)
    , m_jobContext(context)
    , m_scheduler(scheduler)
    , m_context(number, *context.log)
{}

JobWorker::~JobWorker()
{
    cancel();
    wait();
}

WorkerProgress JobWorker::progress() const
{
    WorkerProgress progress;
    progress.number = m_number;
    progress.completedObjects = m_completed.load();
    const QMutexLocker lock(&m_mutex);
    progress.state = m_busy ? QStringLiteral("EXECUTING") : QStringLiteral("WORK WAITING");
    if (m_busy) {
        progress.objectPath = m_current.objectPath;
        progress.schema = m_current.schema;
        progress.name = m_current.name;
        progress.rows = m_context.rows();
        progress.bytes = m_context.bytes();
        const qint64 ms = m_itemTimer.elapsed();
        progress.bytesPerSecond = ms > 0 ? double(progress.bytes) * 1000.0 / double(ms) : 0.0;
    }
    return progress;
}

QString JobWorker::fatalError() const
{
    const QMutexLocker lock(&m_mutex);
    return m_fatalError;
}

void JobWorker::setFatal(const QString &error)
{
    const QMutexLocker lock(&m_mutex);
    m_fatalError = error;
}

void JobWorker::setCurrent(const WorkItem *item)
{
    const QMutexLocker lock(&m_mutex);
    m_busy = item != nullptr;
    if (item) {
        m_current = *item;
        m_itemTimer.start();
    }
    m_context.reportProgress(0, 0);
}

void JobWorker::run()
{
    MasterTable master;
    if (!master.open(m_jobContext.masterPath) ||
        !master.setRelaxed(!m_plan.needsDurableItemStates())) {
        setFatal(master.errorString());
        return;
    }
    std::unique_ptr<WorkItemExecutor> executor = m_plan.createExecutor(m_number, m_jobContext);
    if (!executor) {
        setFatal(QCoreApplication::translate("JobWorker", "worker %1 could not start: %2")
                     .arg(m_number)
                     .arg(m_plan.errorString()));
        return;
    }
    while (!m_context.isCancelled()) {
        const std::optional<WorkItem> item = m_scheduler.take(m_number);
        if (!item)
            break;
        setCurrent(&*item);
        const bool goOn = runItem(master, *executor, *item);
        setCurrent(nullptr);
        m_scheduler.release(*item);
        if (!goOn)
            break;
    }
    // The executor closes its connections here, on its own thread.
    executor.reset();
}

// Returns false when the worker must end (cancelled, or the master table failed).
bool JobWorker::runItem(MasterTable &master, WorkItemExecutor &executor, const WorkItem &item)
{
    if (!master.markExecuting(item.id, m_number)) {
        setFatal(master.errorString());
        return false;
    }
    WorkItemResult result;
    QString discardError;
    if (item.attempts > 0)
        discardError = executor.discardPartial(item, m_context);
    if (discardError.isEmpty())
        result = executor.execute(item, m_context);
    else
        result = WorkItemResult::failure(
            QStringLiteral("the work of an interrupted run could not be removed: %1")
                .arg(discardError));
    // An interrupted item stays EXECUTING: the restart discards it and runs it again.
    if (m_context.isCancelled() && !result.ok)
        return false;
    // A fatal failure stops the job; the item stays EXECUTING for the restart.
    if (!result.ok && result.fatal) {
        setFatal(result.error);
        return false;
    }
    if (!result.ok) {
        m_context.log().error(QStringLiteral("%1 %2 failed and is being skipped due to error: %3")
                                  .arg(item.objectPath,
                                       JobLogFormat::objectName(item.schema, item.name),
                                       result.error),
                              m_number);
    }
    if (!master.markFinished(item.id, result)) {
        setFatal(master.errorString());
        return false;
    }
    ++m_completed;
    Q_EMIT itemFinished(item.id, result.ok);
    return !m_context.isCancelled();
}

} // namespace sluice::engine
