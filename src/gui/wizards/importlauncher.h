#pragma once

#include "gui/jobs/jobcommands.h"

#include "engine/job/jobcredentials.h"
#include "engine/params/jobspec.h"

#include <QString>
#include <QStringList>

namespace sluice::gui {

// What SQLFILE produced: the script's path and the log lines of the run.
struct SqlFileResult
{
    bool ok = false;
    QString path;
    QStringList log;
    QString error;
    bool cancelled = false; // the wizard was cancelled first: nothing was written
};

// The import wizards' engine calls, blocking, for a worker thread (BackgroundTask).
// They do what `sluice-cli import` does: the engine refuses what this build cannot
// import (ImportPlan::unsupportedReason), a job is created and its host launched
// with the passwords, or SqlFileWriter writes the script in this process.
class ImportLauncher
{
public:
    // Why the engine cannot run this import, or empty.
    [[nodiscard]] static QString unsupportedReason(const engine::JobSpec &spec);
    // The command that runs the same job in a terminal (passwords are asked there).
    [[nodiscard]] static QString commandLine(const engine::JobSpec &spec);
    // Creates the job only if ticket.commit() succeeds (the wizard was not cancelled).
    [[nodiscard]] static JobCommandResult launch(const engine::JobSpec &spec,
                                                 const engine::JobCredentials &credentials,
                                                 const LaunchTicket &ticket = {});
    [[nodiscard]] static SqlFileResult writeSqlFile(const engine::JobSpec &spec,
                                                    const engine::JobCredentials &credentials,
                                                    const LaunchTicket &ticket = {});
    // Saves the job as a named job (SavedJobStore); empty on success, else why not.
    [[nodiscard]] static QString saveNamedJob(const QString &name, const engine::JobSpec &spec,
                                              bool replace);
};

} // namespace sluice::gui
