#pragma once

#include "engine/job/jobstatus.h"
#include "engine/log/joblogline.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

namespace sluice::engine {

class MasterTable;

// JobClient's worker: lives on the client's poll thread, owns that thread's master
// table connection and reads state, progress and new log lines every 50 ms.
class JobClientPoller : public QObject
{
    Q_OBJECT

public:
    JobClientPoller(const QString &masterPath, bool replayLog);
    ~JobClientPoller() override;

public Q_SLOTS:
    void start();
    void stop();
    void sendCommand(const QString &command, const QString &argument);

Q_SIGNALS:
    void attachFailed(const QString &error);
    void logLines(const QList<sluice::engine::JobLogLine> &lines);
    void statusChanged(const sluice::engine::JobStatus &status);
    void commandFailed(const QString &command, const QString &error);
    void masterRemoved();

private:
    void poll();

    const QString m_masterPath;
    const bool m_replayLog;
    std::unique_ptr<MasterTable> m_master;
    QTimer *m_timer = nullptr;
    qint64 m_clientId = 0;
    qint64 m_lastLogId = 0;
};

} // namespace sluice::engine
