#pragma once

#include "engine/data/snapshotcoordinator.h"
#include "engine/importjob/dumpsource.h"
#include "engine/importjob/importstate.h"
#include "engine/job/jobplan.h"
#include "engine/job/mastertable.h"
#include "engine/job/workitem.h"

#include <QString>
#include <memory>
#include <optional>

class QTimer;
class QSqlDatabase;

namespace sluice::engine {

class JobLog;

// The import job (JobPlan for JobOperation::Import), run in the job's host process.
// It imports over NETWORK_LINK (a schema copy straight from a source connection) or
// from a dump file set (DumpSource: checked and unlocked before anything is loaded):
//  start():  resolves the target (the job's connection) and the source (NETWORK_LINK)
//            with their passwords, opens the log, takes one consistent snapshot of the
//            source (SnapshotCoordinator) for every worker;
//  define(): reads the source and target catalogs and adds the items (ImportDefiner);
//  workers:  ImportExecutor, one per worker thread;
//  finish(): ends the snapshot.
// docs/import.md describes the job end to end.
class ImportPlan : public JobPlan
{
public:
    // The connection reference the REMAP_DATA key is handed over under (never stored).
    static constexpr const char16_t *kRemapKeyReference = u"@REMAP_DATA_KEY";
    // The environment variable the key is read from when it was not handed over.
    static constexpr const char *kRemapKeyVariable = "SLUICE_REMAP_KEY";

    ImportPlan();
    ~ImportPlan() override;

    // Registers the plan with JobPlanFactory (programs that host import jobs).
    static void registerPlan();

    [[nodiscard]] bool start(JobContext &context) override;
    [[nodiscard]] bool define(MasterTable &master, JobContext &context) override;
    [[nodiscard]] std::unique_ptr<WorkItemExecutor> createExecutor(int workerNumber,
                                                                   JobContext &context) override;
    [[nodiscard]] bool finish(MasterTable &master, JobContext &context) override;
    void stopped(JobContext &context) override;
    void killed(JobContext &context) override;

    // Why the job's parameters cannot run in this build, or empty.
    [[nodiscard]] static QString unsupportedReason(const JobSpec &spec);
    // INCLUDE / EXCLUDE the source's engine (any engine, when not known yet) cannot
    // satisfy, or empty.
    [[nodiscard]] static QString filterRefusal(const JobSpec &spec,
                                               std::optional<Dialect> source = std::nullopt);

    // Why the target's engine cannot take the job as given, or empty: a SQLite target
    // has only the schema "main", so REMAP_SCHEMA must map to it.
    [[nodiscard]] static QString targetRefusal(const JobSpec &spec, Dialect target);
    // The error for REMAP_DATA functions that need SLUICE_REMAP_KEY (HASH, FAKE_EMAIL)
    // when no key was given, or empty.
    [[nodiscard]] static QString missingRemapKey(const JobSpec &spec);

    // Reads the source catalog (and the target's, when targetDb is given) and defines
    // the import's work items: the job's define() and SQLFILE share it.
    [[nodiscard]] static std::optional<QList<WorkItem>>
    defineItems(const JobSpec &spec, QSqlDatabase &sourceDb, Dialect source, QSqlDatabase *targetDb,
                Dialect target, JobLog &log, QString *error);

    // The same from a dump file set's catalog and data members.
    [[nodiscard]] static std::optional<QList<WorkItem>>
    defineFromDump(const JobSpec &spec, DumpSource &dump, QSqlDatabase *targetDb, Dialect target,
                   JobLog &log, QString *error);

private:
    bool resolveEndpoints(JobContext &context);
    bool takeSnapshot();
    void expectTables(MasterTable &master);
    void scheduleLockRelease(int workers);
    void closeConnections();
    bool fail(const QString &message);

    ImportState m_state;
    QString m_ownerName;
    QString m_sourceConnection;
    QString m_targetConnection;
    SnapshotCoordinator m_coordinator;
    std::unique_ptr<QTimer> m_releaseTimer;
    MasterTable m_master;
    DumpSource m_dump;
};

} // namespace sluice::engine
