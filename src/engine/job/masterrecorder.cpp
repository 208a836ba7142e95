#include "engine/job/masterrecorder.h"

#include "engine/job/mastertable.h"

#include <QDeadlineTimer>

namespace sluice::engine {

MasterRecorder::MasterRecorder(const QString &masterPath, QObject *parent)
    : QThread(parent)
    , m_masterPath(masterPath)
{}

MasterRecorder::~MasterRecorder()
{
    stopAndFlush();
}

void MasterRecorder::append(const JobLogLine &line)
{
    const QMutexLocker lock(&m_mutex);
    m_pending.append(line);
}

void MasterRecorder::stopAndFlush()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    wait();
}

void MasterRecorder::run()
{
    MasterTable master;
    if (!master.open(m_masterPath) || !master.setRelaxed(true))
        return;
    const QString heartbeatKey = QString::fromUtf16(MasterKey::Heartbeat);
    qint64 lastBeat = 0;
    for (;;) {
        QList<JobLogLine> lines;
        bool stop = false;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_stop)
                m_wake.wait(&m_mutex, QDeadlineTimer(200));
            lines.swap(m_pending);
            stop = m_stop;
        }
        if (!master.appendLog(lines)) {
            // Keep the lines for the next round rather than lose them.
            const QMutexLocker lock(&m_mutex);
            m_pending = lines + m_pending;
        }
        const qint64 now = MasterTable::nowMs();
        if (now - lastBeat >= 1000 || stop) {
            if (master.setProperty(heartbeatKey, QString::number(now)))
                lastBeat = now;
        }
        if (stop)
            break;
    }
}

} // namespace sluice::engine
