#pragma once

#include "engine/data/snapshotcoordinator.h"
#include "engine/exportjob/exportfiles.h"
#include "engine/exportjob/exportstate.h"
#include "engine/job/jobplan.h"
#include "engine/job/mastertable.h"

#include <QString>
#include <memory>

class QTimer;

namespace sluice::engine {

// The export job (JobPlan for JobOperation::Export), run in the job's host process:
//  start():  resolves the connection (the password from the credential handoff, the
//            environment or the keychain), refuses what the engine cannot do
//            (FLASHBACK_SCN, a FLASHBACK_TIME in the past, INCLUDE/EXCLUDE paths the
//            engine has not), opens the log, takes the consistent snapshot
//            and opens the dump file set; a restart continues the set (DumpRecovery);
//  define(): reads the catalog and adds the metadata and chunk items (ExportDefiner);
//  workers:  ExportExecutor, one per worker thread, on the shared snapshot;
//  finish(): writes the master table into the set, names the files (the set is valid
//            only now) and logs the dump file set.
// docs/export.md describes the job end to end.
class ExportPlan : public JobPlan
{
public:
    // The master table property holding the dump header (set id, key derivation; never
    // a password or a key), so a restart continues the same set.
    static constexpr const char16_t *kDumpHeaderKey = u"export_dump_header";

    ExportPlan();
    ~ExportPlan() override;

    // Registers the plan with JobPlanFactory (programs that host export jobs).
    static void registerPlan();

    [[nodiscard]] bool start(JobContext &context) override;
    [[nodiscard]] bool define(MasterTable &master, JobContext &context) override;
    [[nodiscard]] std::unique_ptr<WorkItemExecutor> createExecutor(int workerNumber,
                                                                   JobContext &context) override;
    // No: a restart keeps only the intact members of COMPLETED items and exports every
    // other item again, so a state that a power cut took back only redoes work. (The
    // members are not on disk before the set's last fsync either.)
    [[nodiscard]] bool needsDurableItemStates() const override { return false; }
    [[nodiscard]] bool finish(MasterTable &master, JobContext &context) override;
    void stopped(JobContext &context) override;
    void killed(JobContext &context) override;
    [[nodiscard]] bool applyCommand(const QString &command, const QString &argument,
                                    JobContext &context) override;

    // Why the job's parameters cannot run on this engine (FLASHBACK_*, filters), or empty.
    [[nodiscard]] static QString unsupportedReason(const JobSpec &spec, Dialect dialect);

private:
    bool resolveSource(JobContext &context);
    bool connectCatalog(JobContext &context);
    bool takeSnapshot(JobContext &context);
    bool openDump(JobContext &context);
    bool recoverMembers(class DumpRecovery &recovery, JobContext &context);
    void expectTables(MasterTable &master);
    void scheduleLockRelease(int workers);
    bool copyMasterTable(const QString &masterPath, const QString &target);
    void closeSource();
    QString fail(const QString &message);

    ExportState m_state;
    ExportFiles m_files;
    QString m_profileName;
    QString m_owner;
    QString m_serverVersion;
    QString m_catalogConnection;
    SnapshotCoordinator m_coordinator;
    std::unique_ptr<QTimer> m_releaseTimer;
    MasterTable m_master; // the main thread's own connection, for start()
    DumpWriterOptions m_dumpOptions;
};

} // namespace sluice::engine
