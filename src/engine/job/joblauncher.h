#pragma once

#include "engine/job/jobcredentials.h"
#include "engine/params/jobspec.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

// Starts jobs for a client: creates the master table of a new job (DEFINING) and
// launches a detached host process for it (`sluice-cli job-host <master>
// --credentials <channel>`, found next to the running program), handing the
// passwords over through CredentialHandoff. Also restarts (START_JOB) and kills a
// job that has no host. The host keeps running when the client exits.
//
// launch(), restart() and kill() block for as long as the host takes to pick up its
// credentials (well under a second): the GUI calls them from a worker thread.
class JobLauncher
{
public:
    explicit JobLauncher(const QString &storeDirectory = {});

    // The program (and leading arguments) that hosts jobs. Recorded in the master
    // table, so a restart uses the program that has the job's plan.
    void setHostProgram(const QString &program, const QStringList &leadingArguments);
    [[nodiscard]] static QString defaultHostProgram();

    // A new job from a validated spec: picks or checks its name, writes the
    // master table. Returns the job name.
    [[nodiscard]] std::optional<QString> createJob(const JobSpec &spec, QString *error);
    // Starts the host of a job whose master table exists.
    [[nodiscard]] bool launch(const QString &jobName, const JobCredentials &credentials,
                              QString *error);
    // START_JOB[=SKIP_CURRENT] of a NOT RUNNING job.
    [[nodiscard]] bool restart(const QString &jobName, const JobCredentials &credentials,
                               bool skipCurrent, QString *error);
    // KILL_JOB of a NOT RUNNING job: a short-lived host lets the plan clean up.
    [[nodiscard]] bool killStopped(const QString &jobName, QString *error);

private:
    bool startHost(const QString &masterPath, const JobCredentials &credentials, QString *error);

    QString m_storeDirectory;
    QString m_program;
    QStringList m_leadingArguments;
};

} // namespace sluice::engine
