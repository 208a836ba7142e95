#include "engine/job/jobclientpoller.h"

#include "engine/job/hostprocess.h"
#include "engine/job/mastertable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sluice::engine {

namespace {
// Often enough that a client ends within a few tens of milliseconds of its job (a
// short job's wall time is what users and scripts see); a poll is two small reads.
constexpr int kPollMs = 50;
// While the job completes (a few tens of milliseconds: the dump's last member and
// its sync), the client looks more often, so that it ends with the job.
constexpr int kCompletingPollMs = 5;
} // namespace

JobClientPoller::JobClientPoller(const QString &masterPath, bool replayLog)
    : m_masterPath(masterPath)
    , m_replayLog(replayLog)
{}

JobClientPoller::~JobClientPoller() = default;

void JobClientPoller::start()
{
    m_master = std::make_unique<MasterTable>();
    // A client writes its heartbeat and its commands: nothing a restart relies on.
    if (!m_master->open(m_masterPath) || !m_master->setRelaxed(true)) {
        Q_EMIT attachFailed(m_master->errorString());
        m_master.reset();
        return;
    }
    m_clientId = m_master->registerClient(HostProcess::currentPid());
    if (!m_replayLog)
        m_lastLogId = m_master->lastLogId();
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &JobClientPoller::poll);
    m_timer->start();
    poll();
}

void JobClientPoller::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_master) {
        if (m_clientId > 0 && QFileInfo::exists(m_masterPath))
            (void)m_master->unregisterClient(m_clientId);
        m_master.reset();
    }
}

void JobClientPoller::sendCommand(const QString &command, const QString &argument)
{
    if (!m_master || !QFileInfo::exists(m_masterPath)) {
        Q_EMIT commandFailed(
            command, QCoreApplication::translate("JobClientPoller", "the job no longer exists"));
        return;
    }
    if (m_master->addControl(command, argument, m_clientId) == 0)
        Q_EMIT commandFailed(command, m_master->errorString());
}

void JobClientPoller::poll()
{
    if (!m_master)
        return;
    // An unlinked SQLite file stays readable through an open connection: look at
    // the folder, not the connection, to see that the job is gone.
    if (!QFileInfo::exists(m_masterPath)) {
        m_timer->stop();
        m_master.reset();
        Q_EMIT masterRemoved();
        return;
    }
    // The state first, then the lines: the host flushes every line before it writes
    // its final state, so the lines read after a final state include the last one.
    // They are emitted before the state, which may end the client.
    const JobStatus status = m_master->status();
    QList<JobLogLine> lines;
    for (;;) {
        const QList<MasterTable::LoggedLine> batch = m_master->logSince(m_lastLogId);
        for (const MasterTable::LoggedLine &logged : batch) {
            lines.append(logged.line);
            m_lastLogId = logged.id;
        }
        if (batch.size() < 2000)
            break;
    }
    if (!lines.isEmpty())
        Q_EMIT logLines(lines);
    Q_EMIT statusChanged(status);
    m_timer->setInterval(status.state == JobState::Completing ? kCompletingPollMs : kPollMs);
    // The host removes the master table once every client read its last line; a
    // client counts as caught up only once it also saw the final state, or it would
    // find the table gone without knowing how the job ended.
    if (m_clientId > 0)
        (void)m_master->touchClient(m_clientId, isActiveJobState(status.state) ? 0 : m_lastLogId);
}

} // namespace sluice::engine
