#include "engine/job/jobhost.h"

#include "engine/job/credentialhandoff.h"
#include "engine/job/hostprocess.h"
#include "engine/job/jobplan.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/jobrunner.h"
#include "engine/job/jobstore.h"
#include "engine/job/masterrecorder.h"
#include "engine/job/mastertable.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/jobspecparser.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLockFile>
#include <QThread>
#include <cstdio>

namespace sluice::engine {

namespace {

constexpr int kCredentialTimeoutMs = 15000;

void printError(const QString &message)
{
    std::fprintf(stderr, "sluice job host: %s\n", qPrintable(message));
}

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

} // namespace

JobHost::JobHost() = default;
JobHost::~JobHost() = default;

int JobHost::run(const QStringList &arguments)
{
    HostProcess::detachFromTerminal();
    QString masterPath;
    QString credentialServer;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--credentials" && i + 1 < arguments.size())
            credentialServer = arguments.at(++i);
        else if (masterPath.isEmpty())
            masterPath = arguments.at(i);
    }
    if (masterPath.isEmpty()) {
        printError(QStringLiteral("usage: job-host <master table> [--credentials <channel>]"));
        return toInt(ExitCode::Failure);
    }
    // One host per job: the lock is released by the OS when a host dies, and a
    // lock left by a dead process is taken over.
    QLockFile lock(masterPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        printError(
            QCoreApplication::translate("JobHost", "the job is already running (host process %1)")
                .arg(pid));
        return toInt(ExitCode::Failure);
    }
    JobHost host;
    const int code = host.exec(masterPath, credentialServer);
    lock.unlock();
    return code;
}

int JobHost::exec(const QString &masterPath, const QString &credentialServer)
{
    m_master = std::make_unique<MasterTable>();
    if (!m_master->open(masterPath)) {
        printError(m_master->errorString());
        return toInt(ExitCode::Failure);
    }
    m_context.masterPath = masterPath;
    m_context.jobName = m_master->property(key(MasterKey::Name));
    m_keepMaster = m_master->property(key(MasterKey::KeepMaster)) == u"YES";
    m_log = std::make_unique<JobLog>();
    m_context.log = m_log.get();
    m_context.credentials = &m_credentials;
    m_recorder = std::make_unique<MasterRecorder>(masterPath);
    QObject::connect(
        m_log.get(), &JobLog::lineLogged, m_recorder.get(),
        [recorder = m_recorder.get()](const JobLogLine &line) { recorder->append(line); },
        Qt::DirectConnection);
    const JobState stored = m_master->storedState();
    const bool defined = stored != JobState::Defining;
    const QMap<QString, QString> hostKeys{
        {key(MasterKey::HostPid), QString::number(HostProcess::currentPid())},
        {key(MasterKey::Heartbeat), QString::number(MasterTable::nowMs())},
    };
    if (!m_master->setProperties(hostKeys)) {
        printError(m_master->errorString());
        return toInt(ExitCode::Failure);
    }
    m_recorder->start();

    JobOperation operation = JobOperation::Export;
    const bool prepared = prepare(credentialServer, operation);
    for (const MasterTable::Control &control : m_master->pendingControls()) {
        if (control.command == u"KILL_JOB")
            return killWithoutRunning();
    }
    if (!prepared)
        return fail({}, defined);
    m_context.restarted = defined;
    if (defined) {
        m_log->info(
            QStringLiteral("Job \"%1\" has been reopened at %2")
                .arg(m_context.jobName, JobLogFormat::dateTime(QDateTime::currentDateTime())));
    } else if (!m_master->setProperty(key(MasterKey::Started),
                                      MasterTable::timeText(QDateTime::currentDateTime()))) {
        return fail(m_master->errorString(), defined);
    }
    if (!m_plan->start(m_context))
        return fail(m_plan->errorString(), defined);
    if (!defined) {
        if (!m_master->clearWorkItems() || !m_plan->define(*m_master, m_context))
            return fail(m_plan->errorString().isEmpty() ? m_master->errorString()
                                                        : m_plan->errorString(),
                        false);
    } else if (!recover()) {
        return fail(m_master->errorString(), true);
    }
    return runWorkers();
}

// Reads the job back from the master table and builds its plan. False: a fatal
// error, with the reason in the plan's or the log's error string.
bool JobHost::prepare(const QString &credentialServer, JobOperation &operation)
{
    if (!credentialServer.isEmpty()) {
        QString error;
        if (auto received =
                CredentialHandoff::receive(credentialServer, kCredentialTimeoutMs, &error))
            m_credentials = *received;
        else
            m_log->warning(QCoreApplication::translate(
                               "JobHost", "No passwords from the launching client (%1); using "
                                          "the environment and the keychain")
                               .arg(error));
    }
    const auto op =
        JobPlanFactory::operationFromName(m_master->property(key(MasterKey::Operation)));
    if (!op) {
        m_log->error(
            QCoreApplication::translate("JobHost", "The master table names no known operation"));
        return false;
    }
    operation = *op;
    JobSpecParser parser(operation);
    const std::optional<JobSpec> spec = parser.parseParfileText(
        m_master->property(key(MasterKey::Parfile)), QStringLiteral("master table"));
    if (!spec) {
        m_log->error(
            QCoreApplication::translate("JobHost", "The job's parameters cannot be read back: %1")
                .arg(parser.errorString()));
        return false;
    }
    m_context.spec = *spec;
    if (!m_credentials.encryptionPassword().isEmpty()) {
        m_context.spec.encryptionPassword = m_credentials.encryptionPassword();
        m_context.spec.encryptionPasswordPrompt = false;
    }
    m_plan = JobPlanFactory::create(operation);
    if (!m_plan) {
        m_log->error(
            QCoreApplication::translate("JobHost", "%1 jobs are not available in this program")
                .arg(JobPlanFactory::operationName(operation)));
        return false;
    }
    return true;
}

// A restart: START_JOB[=SKIP_CURRENT] commands are consumed, and the items that
// were executing when the job stopped go back to PENDING (their partial work is
// discarded before they run again) or, with SKIP_CURRENT, to SKIPPED.
bool JobHost::recover()
{
    bool skipCurrent = false;
    for (const MasterTable::Control &control : m_master->pendingControls()) {
        QString response;
        if (control.command == u"START_JOB")
            skipCurrent =
                skipCurrent || control.argument.compare(u"SKIP_CURRENT", Qt::CaseInsensitive) == 0;
        else if (control.command == u"STOP_JOB")
            response = QStringLiteral("ignored: the job was not running");
        else
            continue; // PARALLEL and the rest: the runner takes them
        if (!m_master->markControlHandled(control.id, response))
            return false;
    }
    replayEarlierFailures();
    for (const WorkItem &item : m_master->workItems(WorkItemState::Executing)) {
        const QString label = QStringLiteral("%1 %2").arg(
            item.objectPath, JobLogFormat::objectName(item.schema, item.name));
        if (skipCurrent) {
            m_log->warning(
                QStringLiteral(
                    "Skipping %1 (chunk %2) at the user's request (START_JOB=SKIP_CURRENT)")
                    .arg(label)
                    .arg(item.chunk));
            if (!m_master->setItemState(item.id, WorkItemState::Skipped,
                                        QStringLiteral("skipped by START_JOB=SKIP_CURRENT")))
                return false;
        } else if (!m_master->setItemState(item.id, WorkItemState::Pending)) {
            return false;
        }
    }
    return true;
}

// Errors of earlier runs count in the job's end line and exit code: each item that
// failed before the restart is logged again as an error.
void JobHost::replayEarlierFailures()
{
    for (const WorkItem &item : m_master->workItems(WorkItemState::Failed)) {
        m_log->error(
            QCoreApplication::translate("JobHost", "%1 %2 failed in an earlier run of the job: %3")
                .arg(item.objectPath, JobLogFormat::objectName(item.schema, item.name),
                     item.error));
    }
}

int JobHost::runWorkers()
{
    if (!m_master->setState(JobState::Executing))
        return fail(m_master->errorString(), true);
    const int parallel =
        std::max(1, m_master->property(key(MasterKey::Parallel), QStringLiteral("1")).toInt());
    JobRunner runner(*m_plan, m_context, *m_master);
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    runner.start(m_master->workItems(WorkItemState::Pending), parallel);
    loop.exec();
    if (runner.outcome() == JobRunner::Outcome::FatalError)
        m_log->error(runner.fatalError());
    return finishJob(int(runner.outcome()));
}

int JobHost::finishJob(int runnerOutcome)
{
    const auto outcome = JobRunner::Outcome(runnerOutcome);
    JobState state = JobState::NotRunning;
    QString reason;
    ExitCode code = ExitCode::Failure;
    if (outcome == JobRunner::Outcome::Completed) {
        if (!m_master->setState(JobState::Completing))
            m_log->warning(m_master->errorString());
        if (m_plan->finish(*m_master, m_context)) {
            code = m_log->finish(JobLog::Outcome::Completed);
            state = code == ExitCode::Success ? JobState::Completed : JobState::CompletedWithErrors;
        } else {
            m_log->error(m_plan->errorString());
            m_plan->stopped(m_context);
            code = m_log->finish(JobLog::Outcome::StoppedByFatalError);
            reason = QStringLiteral("stopped due to fatal error");
        }
    } else if (outcome == JobRunner::Outcome::Killed) {
        m_plan->killed(m_context);
        m_log->info(QStringLiteral("Job \"%1\" killed by user request").arg(m_context.jobName));
        code = ExitCode::Failure;
        state = JobState::Killed;
    } else {
        m_plan->stopped(m_context);
        const bool byUser = outcome == JobRunner::Outcome::Stopped;
        code = m_log->finish(byUser ? JobLog::Outcome::StoppedByUser
                                    : JobLog::Outcome::StoppedByFatalError);
        reason = byUser ? QStringLiteral("stopped by user request")
                        : QStringLiteral("stopped due to fatal error");
    }
    // Every log line reaches the master table before the final state does: a client
    // that sees the final state then reads the last lines and ends.
    m_recorder->stopAndFlush();
    const bool ok = m_master->setProperties({
        {key(MasterKey::State), jobStateName(state)},
        {key(MasterKey::StopReason), reason},
        {key(MasterKey::ExitCode), QString::number(toInt(code))},
        {key(MasterKey::ErrorCount), QString::number(m_log->errorCount())},
        {key(MasterKey::Finished), MasterTable::timeText(QDateTime::currentDateTime())},
    });
    if (!ok)
        printError(m_master->errorString());
    const bool remove = state == JobState::Killed || (isFinishedJobState(state) && !m_keepMaster);
    shutDown(remove);
    return toInt(code);
}

// KILL_JOB of a job that was not running: the plan cleans up, the master goes.
int JobHost::killWithoutRunning()
{
    if (m_plan)
        m_plan->killed(m_context);
    m_log->info(QStringLiteral("Job \"%1\" killed by user request").arg(m_context.jobName));
    m_recorder->stopAndFlush(); // the lines before the final state (finishJob)
    if (!m_master->setProperties(
            {{key(MasterKey::State), jobStateName(JobState::Killed)},
             {key(MasterKey::ExitCode), QString::number(toInt(ExitCode::Failure))}}))
        printError(m_master->errorString());
    shutDown(true);
    return toInt(ExitCode::Failure);
}

// A fatal error before the workers ran. A job that was never defined cannot be
// restarted (FAILED); a defined one stops and can be restarted (NOT RUNNING).
int JobHost::fail(const QString &message, bool defined)
{
    if (!message.isEmpty() && m_log->errorCount() == 0)
        m_log->error(message);
    if (m_plan && defined)
        m_plan->stopped(m_context);
    const ExitCode code = m_log->finish(JobLog::Outcome::StoppedByFatalError);
    const JobState state = defined ? JobState::NotRunning : JobState::Failed;
    m_recorder->stopAndFlush(); // the lines before the final state (finishJob)
    if (!m_master->setProperties(
            {{key(MasterKey::State), jobStateName(state)},
             {key(MasterKey::StopReason), QStringLiteral("stopped due to fatal error")},
             {key(MasterKey::ExitCode), QString::number(toInt(code))},
             {key(MasterKey::ErrorCount), QString::number(m_log->errorCount())}}))
        printError(m_master->errorString());
    shutDown(!defined && !m_keepMaster);
    return toInt(code);
}

// Flushes the log into the master table, lets attached clients read the last lines
// (a few seconds at most), then removes the master table when asked to.
void JobHost::shutDown(bool removeMaster)
{
    m_recorder->stopAndFlush();
    if (!removeMaster)
        return;
    const qint64 lastLogId = m_master->lastLogId();
    const QDeadlineTimer deadline(3000);
    while (!m_master->clientsCaughtUp(lastLogId) && !deadline.hasExpired())
        QThread::msleep(50);
    const QString path = m_master->path();
    m_master->close();
    QString error;
    if (!JobStore::removeMasterFiles(path, &error))
        printError(error);
}

} // namespace sluice::engine
