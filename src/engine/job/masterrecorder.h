#pragma once

#include "engine/log/joblogline.h"

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace sluice::engine {

// The host's own writer thread: stores the job's log lines in the master table
// (every 200 ms) and beats the heartbeat (every second), on its own connection, so
// both go on while the main thread is busy (a long define() or finish()).
class MasterRecorder : public QThread
{
    Q_OBJECT

public:
    explicit MasterRecorder(const QString &masterPath, QObject *parent = nullptr);
    ~MasterRecorder() override;

    // Thread-safe: connect JobLog::lineLogged to it with Qt::DirectConnection.
    void append(const JobLogLine &line);
    // Stops the thread after a last flush of the log and a last heartbeat.
    void stopAndFlush();

protected:
    void run() override;

private:
    const QString m_masterPath;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<JobLogLine> m_pending; // guarded by m_mutex
    bool m_stop = false;         // guarded by m_mutex
};

} // namespace sluice::engine
