#pragma once

#include "engine/job/jobstatus.h"
#include "engine/log/joblogline.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace sluice::engine {

class JobClientPoller;

// Attaches to a job through its master table, from any process: the CLI's
// ATTACH and the GUI's job monitor. A poll thread (never the caller's thread)
// reads the job every 200 ms; everything arrives here as queued signals. Commands
// (PARALLEL, STOP_JOB, ...) are rows in the master table's control table that the
// job's host picks up. Detaching, or destroying the client, leaves the job running.
class JobClient : public QObject
{
    Q_OBJECT

public:
    explicit JobClient(QObject *parent = nullptr);
    ~JobClient() override;

    // replayLog: also deliver the lines logged before attaching (the launching
    // client and the GUI); Data Pump's ATTACH shows only new lines.
    void attach(const QString &masterPath, bool replayLog);
    void detach();
    [[nodiscard]] bool isAttached() const { return m_thread != nullptr; }

    // PARALLEL=n, STOP_JOB[=IMMEDIATE], KILL_JOB, ADD_FILE=..., FILESIZE=..., REUSE_DUMPFILES=...
    void sendCommand(const QString &command, const QString &argument = {});

    // The latest status the poll thread delivered (invalid name before the first).
    [[nodiscard]] const JobStatus &lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    void attachFailed(const QString &error);
    void logLine(const sluice::engine::JobLogLine &line);
    void statusChanged(const sluice::engine::JobStatus &status);
    void progressChanged(const sluice::engine::JobProgress &progress);
    void stateChanged(sluice::engine::JobState state);
    // The job stopped running (completed, stopped, failed, killed, or its host
    // died), with the exit code it recorded (1 when it recorded none).
    void finished(int exitCode);
    void commandFailed(const QString &command, const QString &error);
    // The master table is gone: the job ended and was removed, or was killed.
    void masterRemoved();

private:
    void onStatus(const JobStatus &status);
    void onLines(const QList<JobLogLine> &lines);

    QThread *m_thread = nullptr;
    QPointer<JobClientPoller> m_poller;
    JobStatus m_lastStatus;
    bool m_haveStatus = false;
};

} // namespace sluice::engine
