#include "engine/job/jobclient.h"

#include "engine/job/jobclientpoller.h"

#include <QCoreApplication>
#include <QThread>

namespace sluice::engine {

JobClient::JobClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<JobStatus>();
    qRegisterMetaType<JobLogLine>();
    qRegisterMetaType<QList<JobLogLine>>();
}

JobClient::~JobClient()
{
    detach();
}

void JobClient::attach(const QString &masterPath, bool replayLog)
{
    detach();
    m_haveStatus = false;
    m_lastStatus = JobStatus();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sluice.jobclient"));
    auto *poller = new JobClientPoller(masterPath, replayLog);
    poller->moveToThread(m_thread);
    m_poller = poller;
    connect(m_thread, &QThread::started, poller, &JobClientPoller::start);
    // finished is emitted on the poll thread itself: the poller closes its
    // connection and goes on the thread that opened it.
    connect(
        m_thread, &QThread::finished, poller,
        [poller] {
            // Commands sent just before detaching still reach the master table.
            QCoreApplication::sendPostedEvents(poller, QEvent::MetaCall);
            poller->stop();
            delete poller;
        },
        Qt::DirectConnection);
    connect(poller, &JobClientPoller::attachFailed, this, &JobClient::attachFailed,
            Qt::QueuedConnection);
    connect(poller, &JobClientPoller::logLines, this, &JobClient::onLines, Qt::QueuedConnection);
    connect(poller, &JobClientPoller::statusChanged, this, &JobClient::onStatus,
            Qt::QueuedConnection);
    connect(poller, &JobClientPoller::commandFailed, this, &JobClient::commandFailed,
            Qt::QueuedConnection);
    connect(poller, &JobClientPoller::masterRemoved, this, &JobClient::masterRemoved,
            Qt::QueuedConnection);
    m_thread->start();
}

void JobClient::detach()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void JobClient::sendCommand(const QString &command, const QString &argument)
{
    if (!m_poller)
        return;
    QMetaObject::invokeMethod(
        m_poller,
        [poller = m_poller, command, argument] { poller->sendCommand(command, argument); },
        Qt::QueuedConnection);
}

void JobClient::onLines(const QList<JobLogLine> &lines)
{
    for (const JobLogLine &line : lines)
        Q_EMIT logLine(line);
}

void JobClient::onStatus(const JobStatus &status)
{
    const bool first = !m_haveStatus;
    const JobState previous = m_lastStatus.state;
    m_lastStatus = status;
    m_haveStatus = true;
    Q_EMIT statusChanged(status);
    Q_EMIT progressChanged(status.progress);
    if (!first && previous == status.state)
        return;
    Q_EMIT stateChanged(status.state);
    const bool wasActive = first ? false : isActiveJobState(previous);
    // A restarted job can run from NOT RUNNING to COMPLETED between two polls, so
    // reaching a finished state counts as the end too, not only leaving an active one.
    const bool reachedEnd = !first && isFinishedJobState(status.state);
    if ((wasActive && !isActiveJobState(status.state)) || reachedEnd)
        Q_EMIT finished(status.exitCode >= 0 ? status.exitCode : 1);
}

} // namespace sluice::engine
