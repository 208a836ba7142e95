#pragma once

#include "engine/job/jobstatus.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// The user's jobs: one master table per job in AppPaths::jobStoreDir(), named
// after the job (<JOB_NAME>.sqlite). Lists them like DBA_DATAPUMP_JOBS, picks
// Data Pump's default names and refuses a name that an unfinished job holds.
class JobStore
{
public:
    // The store's folder; AppPaths::jobStoreDir() unless given (tests).
    explicit JobStore(const QString &directory = {});

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString masterPath(const QString &jobName) const;

    // Every job with a readable master table, by name. Finished ones (kept with
    // KEEP_MASTER=YES, or left behind) only with includeFinished.
    [[nodiscard]] QList<JobStatus> list(bool includeFinished = true) const;
    [[nodiscard]] std::optional<JobStatus> find(const QString &jobName,
                                                QString *error = nullptr) const;

    // JOB_NAME as the file name: unquoted names are upper-cased as Data Pump does;
    // nullopt with *error for names that cannot be a file name.
    [[nodiscard]] static std::optional<QString> normalizeName(const SqlName &name, QString *error);
    // SYS_EXPORT_SCHEMA_01 ... _99: the first whose master table does not exist.
    [[nodiscard]] std::optional<QString> defaultJobName(JobOperation operation, JobMode mode,
                                                        QString *error) const;
    // True when a new job may take the name: no master table, or one of a finished
    // job (which is then removed). Otherwise false, with how to attach or kill it.
    [[nodiscard]] bool claimName(const QString &jobName, JobOperation operation,
                                 QString *error) const;

    // Removes a job that is not running (its master table and side files).
    [[nodiscard]] bool remove(const QString &jobName, QString *error) const;
    // Deletes a master table file with its -wal, -shm and host output files.
    [[nodiscard]] static bool removeMasterFiles(const QString &masterPath, QString *error);
    // "JOB_MODE" as stored and listed: FULL, SCHEMA, TABLE.
    [[nodiscard]] static QString modeName(JobMode mode);

private:
    QString m_directory;
};

} // namespace sluice::engine
