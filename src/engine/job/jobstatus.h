#pragma once

#include "engine/job/jobprogress.h"
#include "engine/job/jobstate.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// A snapshot of one job as read from its master table: what `sluice-cli jobs`
// lists (like DBA_DATAPUMP_JOBS), what STATUS prints and what the GUI shows.
struct JobStatus
{
    QString name;      // SYS_EXPORT_SCHEMA_01
    QString operation; // EXPORT, IMPORT
    QString mode;      // FULL, SCHEMA, TABLE
    QString masterPath;
    QString connection; // the connection reference as given; never a password
    JobState storedState = JobState::Defining; // as the host last wrote it
    JobState state = JobState::Defining;       // effective: a dead host's job is NotRunning
    bool hostAlive = false;
    qint64 hostPid = 0;
    QString stopReason; // why it is NOT RUNNING: "stopped by user", "host process ended", ...
    int errorCount = 0;
    int exitCode = -1; // once finished
    bool keepMaster = false;
    int attachedClients = 0;
    QDateTime created;
    QDateTime started;
    QDateTime finished;
    QStringList dumpFiles; // set by the plan (job property "dump_files", one per line)
    qint64 lastLogId = 0;
    JobProgress progress;

    [[nodiscard]] bool isRestartable() const { return state == JobState::NotRunning; }
};

} // namespace sluice::engine

Q_DECLARE_METATYPE(sluice::engine::JobStatus)
