#include "engine/job/jobrunner.h"

#include <QCoreApplication>

#include "engine/job/jobcontext.h"
#include "engine/job/jobplan.h"
#include "engine/job/jobworker.h"
#include "engine/job/mastertable.h"
#include "engine/log/joblog.h"

namespace sluice::engine {

namespace {
constexpr int kTickMs = 100; // progress at most ten times a second
constexpr int kControlEveryTicks = 2;
constexpr int kMasterEveryTicks = 3;
} // namespace

JobRunner::JobRunner(JobPlan &plan, JobContext &context, MasterTable &master, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_context(context)
    , m_master(master)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &JobRunner::onTick);
}

JobRunner::~JobRunner()
{
    m_scheduler.stop();
    for (JobWorker *worker : std::as_const(m_workers)) {
        worker->cancel();
        worker->wait();
        delete worker;
    }
}

void JobRunner::start(QList<WorkItem> pendingItems, int parallel)
{
    const MasterTable::Counts counts = m_master.counts();
    m_objectsAtStart = counts.done();
    m_bytesAtStart = counts.bytesDone;
    m_scheduler.load(std::move(pendingItems), parallel);
    m_elapsed.start();
    m_timer.start();
    for (int number = 1; number <= m_scheduler.parallel(); ++number)
        startWorker(number);
    // Nothing to do at all: finish from the event loop, after the caller connected.
    QTimer::singleShot(0, this, &JobRunner::finishIfIdle);
}

void JobRunner::startWorker(int number)
{
    if (m_workers.contains(number) || !m_scheduler.hasPending())
        return;
    auto *worker = new JobWorker(number, m_plan, m_context, m_scheduler);
    m_workers.insert(number, worker);
    // QThread::finished is emitted from the worker's thread: queue it to ours.
    connect(
        worker, &QThread::finished, this, [this, worker] { onWorkerEnded(worker); },
        Qt::QueuedConnection);
    worker->start();
}

void JobRunner::onWorkerEnded(JobWorker *worker)
{
    const int number = worker->number();
    const QString fatal = worker->fatalError();
    m_workers.remove(number);
    worker->wait();
    delete worker;
    if (!fatal.isEmpty() && m_fatalError.isEmpty()) {
        m_fatalError = fatal;
        m_scheduler.stop();
        for (JobWorker *other : std::as_const(m_workers))
            other->cancel();
    }
    // PARALLEL was lowered and raised again while this worker finished its item.
    if (!m_scheduler.isStopped() && number <= m_scheduler.parallel())
        startWorker(number);
    finishIfIdle();
}

void JobRunner::finishIfIdle()
{
    if (m_outcome != Outcome::Running || !m_workers.isEmpty())
        return;
    if (!m_fatalError.isEmpty())
        m_outcome = Outcome::FatalError;
    else if (m_killing)
        m_outcome = Outcome::Killed;
    else if (m_stopping)
        m_outcome = Outcome::Stopped;
    else if (m_scheduler.isDone())
        m_outcome = Outcome::Completed;
    else {
        m_outcome = Outcome::FatalError;
        m_fatalError = QCoreApplication::translate("JobRunner",
                                                   "no worker is left to run the remaining items");
    }
    m_timer.stop();
    publishProgress(true);
    Q_EMIT finished();
}

void JobRunner::setParallel(int parallel)
{
    m_scheduler.setParallel(parallel);
    if (!m_master.setProperty(QString::fromUtf16(MasterKey::Parallel), QString::number(parallel)))
        m_context.log->warning(m_master.errorString());
    if (m_stopping)
        return;
    for (int number = 1; number <= m_scheduler.parallel(); ++number)
        startWorker(number);
}

void JobRunner::stop(bool immediate)
{
    if (m_outcome != Outcome::Running)
        return;
    m_stopping = true;
    m_scheduler.stop();
    if (immediate) {
        for (JobWorker *worker : std::as_const(m_workers))
            worker->cancel();
    }
    if (!m_master.setState(immediate ? JobState::Stopping : JobState::StopPending))
        m_context.log->warning(m_master.errorString());
    finishIfIdle();
}

void JobRunner::kill()
{
    m_killing = true;
    stop(true);
}

JobProgress JobRunner::progress() const
{
    return m_last;
}

void JobRunner::onTick()
{
    ++m_ticks;
    if (m_ticks % kControlEveryTicks == 0)
        pollControls();
    publishProgress(m_ticks % kMasterEveryTicks == 0);
}

void JobRunner::pollControls()
{
    const QList<MasterTable::Control> controls = m_master.pendingControls();
    for (const MasterTable::Control &control : controls) {
        QString response;
        handleControl(control.command, control.argument, &response);
        if (!m_master.markControlHandled(control.id, response))
            m_context.log->warning(m_master.errorString());
    }
}

void JobRunner::handleControl(const QString &command, const QString &argument, QString *response)
{
    if (command == u"PARALLEL") {
        bool ok = false;
        const int degree = argument.toInt(&ok);
        if (!ok || degree < 1) {
            *response =
                QCoreApplication::translate("JobRunner", "PARALLEL needs a positive number");
            return;
        }
        setParallel(degree);
    } else if (command == u"STOP_JOB") {
        stop(argument.compare(u"IMMEDIATE", Qt::CaseInsensitive) == 0);
    } else if (command == u"KILL_JOB") {
        kill();
    } else if (command == u"START_JOB") {
        *response = QCoreApplication::translate("JobRunner", "the job is already running");
    } else if (command == u"STATUS") {
        publishProgress(true);
    } else if (!m_plan.applyCommand(command, argument, m_context)) {
        *response = m_plan.errorString();
        m_context.log->warning(QCoreApplication::translate("JobRunner", "%1=%2 was refused: %3")
                                   .arg(command, argument, *response));
    }
}

void JobRunner::publishProgress(bool writeMaster)
{
    JobProgress progress;
    progress.parallel = m_scheduler.parallel();
    progress.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    for (const JobWorker *worker : std::as_const(m_workers))
        progress.workers.append(worker->progress());
    const MasterTable::Counts counts = m_master.counts();
    progress.objectsDone = counts.done();
    progress.objectsTotal = counts.total;
    progress.bytesEstimated = counts.bytesEstimated;
    progress.bytesDone = counts.bytesDone;
    for (const WorkerProgress &worker : std::as_const(progress.workers))
        progress.bytesDone += worker.bytes;
    // ETA from this run's pace: bytes when the plan estimated them, items otherwise.
    const double seconds = double(progress.elapsedMs) / 1000.0;
    if (seconds > 1.0) {
        const bool byBytes = progress.bytesEstimated > 0;
        const double done = byBytes ? double(progress.bytesDone - m_bytesAtStart)
                                    : double(progress.objectsDone - m_objectsAtStart);
        const double left = byBytes ? double(progress.bytesEstimated - progress.bytesDone)
                                    : double(progress.objectsTotal - progress.objectsDone);
        if (done > 0)
            progress.etaSeconds = qint64(std::max(0.0, left) * seconds / done);
    }
    m_last = progress;
    Q_EMIT progressChanged(progress);
    if (!writeMaster)
        return;
    // Progress only informs: written without waiting for the disk (setRelaxed).
    const bool ok =
        m_master.setRelaxed(true) && m_master.writeWorkers(progress.workers) &&
        m_master.setProperties({
            {QString::fromUtf16(MasterKey::BytesDone), QString::number(progress.bytesDone)},
            {QString::fromUtf16(MasterKey::BytesEstimated),
             QString::number(progress.bytesEstimated)},
            {QString::fromUtf16(MasterKey::ObjectsDone), QString::number(progress.objectsDone)},
            {QString::fromUtf16(MasterKey::ObjectsTotal), QString::number(progress.objectsTotal)},
            {QString::fromUtf16(MasterKey::ElapsedMs), QString::number(progress.elapsedMs)},
            {QString::fromUtf16(MasterKey::EtaSeconds), QString::number(progress.etaSeconds)},
            {QString::fromUtf16(MasterKey::ErrorCount),
             QString::number(m_context.log->errorCount())},
        });
    if (!m_master.setRelaxed(false) || !ok)
        qWarning("%s", qPrintable(m_master.errorString()));
}

} // namespace sluice::engine
