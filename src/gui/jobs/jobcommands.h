#pragma once

#include "gui/jobs/launchticket.h"

#include "engine/connection/connectionresolver.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/jobstatus.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <optional>

namespace sluice::gui {

// What a job command run on a worker thread reports back to the GUI.
struct JobCommandResult
{
    bool ok = false;
    QString jobName;
    QString masterPath;
    QString error;
    // launchExport: a client row registered before the host started, so a job that
    // ends at once keeps its master table until the progress view has read it.
    qint64 placeholderClient = 0;
    // The wizard was cancelled before the job was created: nothing was created.
    bool cancelled = false;
};

// What the jobs view polls: every job in the store, or why the store is unreadable.
struct JobListResult
{
    QList<engine::JobStatus> jobs;
    QString error;
};

// Where a job writes its files, for the progress view's completion buttons.
struct JobFiles
{
    QString logPath; // empty with NOLOGFILE=YES or when it cannot be resolved
    QString sqlPath; // an import's SQLFILE
    QString folder;  // the folder of the dump (or SQL) files
};

// The GUI's job operations, each a blocking engine call made for a worker thread
// (BackgroundTask): they read profiles and master tables and wait for a job's host
// to take its credentials. Values in, values out; no widget is touched here.
class JobCommands
{
public:
    // The program that hosts jobs: JobLauncher's default (sluice-cli beside the
    // running program) unless set; tests point it at the build's sluice-cli.
    static void setHostProgram(const QString &program);
    [[nodiscard]] static QString hostProgram();

    // Resolves a connection reference (profile name or URL) for the password lookup.
    [[nodiscard]] static std::optional<engine::ResolvedConnection>
    resolveConnection(const QString &reference, QString *error);

    // The checks sluice-cli makes before it creates an export job (connection,
    // engine support, directory objects, existing dump files), then creates the
    // job and launches its host with the credentials. The job is created only if
    // ticket.commit() succeeds, i.e. the wizard was not cancelled meanwhile.
    [[nodiscard]] static JobCommandResult launchExport(const engine::JobSpec &spec,
                                                       const engine::JobCredentials &credentials,
                                                       const LaunchTicket &ticket = {});
    // What every launch ends with once its own checks passed: creates the job (only
    // if ticket.commit() succeeds), keeps a placeholder client on its master table
    // until a view attaches, and launches the job's host with the credentials.
    [[nodiscard]] static JobCommandResult createAndLaunch(const engine::JobSpec &spec,
                                                          const engine::JobCredentials &credentials,
                                                          const LaunchTicket &ticket);
    // What a launch reports when its ticket was cancelled before the job existed.
    [[nodiscard]] static JobCommandResult cancelledLaunch();
    // After a launch: drops the placeholder client when the wizard was abandoned
    // meanwhile (no progress view will read the job), and says so in the result.
    static void settleLaunch(const LaunchTicket &ticket, JobCommandResult &result);
    // START_JOB[=SKIP_CURRENT] of a NOT RUNNING job: a new host.
    [[nodiscard]] static JobCommandResult
    restart(const QString &jobName, const engine::JobCredentials &credentials, bool skipCurrent);
    // A control row (STOP_JOB, PARALLEL, KILL_JOB) for a running job's host.
    [[nodiscard]] static JobCommandResult
    sendControl(const QString &masterPath, const QString &command, const QString &argument = {});
    // Removes the client row launchExport registered.
    static void dropPlaceholderClient(const QString &masterPath, qint64 client);
    // KILL_JOB: a control row when the job runs, a short-lived host when it does not.
    [[nodiscard]] static JobCommandResult kill(const engine::JobStatus &status);
    // Removes the master table of a job that is not running.
    [[nodiscard]] static JobCommandResult remove(const QString &jobName);
    [[nodiscard]] static JobListResult list();
    // Resolves the log, SQL file and folder of a job from its stored parfile.
    [[nodiscard]] static JobFiles jobFiles(const QString &masterPath);
    // The parfile the job was created from (never holds a password).
    [[nodiscard]] static QString storedParfile(const QString &masterPath);
};

} // namespace sluice::gui
