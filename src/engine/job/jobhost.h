#pragma once

#include "engine/job/jobcontext.h"
#include "engine/job/jobcredentials.h"

#include <QStringList>
#include <memory>

namespace sluice::engine {

class JobLog;
class JobPlan;
class MasterRecorder;
class MasterTable;

// The process that runs one job, detached from the client that launched it, as
// Data Pump's master process runs on the server: `sluice-cli job-host <master>
// [--credentials <channel>]`. It takes the job's lock, receives the passwords,
// builds the plan from the master table (JobPlanFactory), defines the work or
// recovers it after a stop or a crash, runs the JobRunner and records the end.
// Programs that host jobs call run() from main() with the arguments after the
// command word; it needs a QCoreApplication and returns the process exit code.
class JobHost
{
public:
    JobHost();
    ~JobHost();

    [[nodiscard]] static int run(const QStringList &arguments);

private:
    int exec(const QString &masterPath, const QString &credentialServer);
    bool prepare(const QString &credentialServer, JobOperation &operation);
    bool recover();
    void replayEarlierFailures();
    int runWorkers();
    int finishJob(int runnerOutcome);
    int killWithoutRunning();
    int fail(const QString &message, bool defined);
    void shutDown(bool removeMaster);

    std::unique_ptr<MasterTable> m_master;
    std::unique_ptr<JobLog> m_log;
    std::unique_ptr<MasterRecorder> m_recorder;
    std::unique_ptr<JobPlan> m_plan;
    JobCredentials m_credentials;
    JobContext m_context;
    bool m_keepMaster = false;
};

} // namespace sluice::engine
