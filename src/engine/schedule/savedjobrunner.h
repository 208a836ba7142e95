#pragma once

#include "engine/schedule/runrecord.h"
#include "engine/schedule/savedjob.h"

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <functional>

namespace sluice::engine {

// Runs a saved job once, as `sluice-cli job run <name> [--scheduled]` does:
//   1. a scheduled run whose OS entry fires on a superset of the calendar (see
//      ScheduleRegistration::exact) exits quietly when now is not a run time;
//   2. a job switched off records "skipped (disabled)";
//   3. a lock file (QLockFile: pid, stale when that process is gone) makes a second
//      run of the same job record "skipped (previous run still running)";
//   4. the passwords are found first (RunCredentials; no prompt without a terminal);
//   5. `sluice-cli export|import PARFILE=<private copy>` runs with stdin closed, its
//      output copied into the run log; 6. the run is appended to the RunHistory.
// Blocking: the CLI calls run(); the GUI calls runAsync() and watches the future.
class SavedJobRunner
{
public:
    struct Options
    {
        bool scheduled = false;
        // Prompts allowed (a manual run at a terminal). Scheduled runs never prompt.
        bool interactive = false;
        QString program; // sluice-cli; empty: defaultProgram()
        int keychainTimeoutMs = 10000;
        // Receives the child's output as it comes (the CLI echoes it); may be empty.
        std::function<void(const QByteArray &)> echo;
        QDateTime now; // the run's start for the schedule guard; invalid: the clock
    };

    // Outcome of run(): recorded is false when nothing went to the history (guard).
    struct Result
    {
        RunRecord record;
        bool recorded = false;
        QString note; // e.g. why the guard skipped; history problems
    };

    explicit SavedJobRunner(Options options);

    [[nodiscard]] Result run(const QString &jobName);
    [[nodiscard]] QFuture<Result> runAsync(const QString &jobName) const;

    // sluice-cli beside the running program (the GUI's and the CLI's folder).
    [[nodiscard]] static QString defaultProgram();
    // Folder of the per-job lock files and of the run logs.
    [[nodiscard]] static QString lockDirectory();
    [[nodiscard]] static QString runLogDirectory();
    // Whether a run of the job holds its lock right now (for the GUI's "running").
    [[nodiscard]] static bool isRunning(const QString &jobName);
    // True when `now` is within the guard's window of one of the spec's run times.
    [[nodiscard]] static bool isDue(const SavedSchedule &schedule, const QDateTime &now,
                                    QString *why);

private:
    Result finish(RunRecord record, const QString &note = {});
    void runChild(const SavedJob &job, const QString &parfile, RunRecord &record);
    QString privateParfile(const SavedJob &job, const QString &folder,
                           const QString &encryptionPassword, QString *error) const;
    void logNote(const QString &text);

    Options m_options;
    QString m_runLogPath;
};

} // namespace sluice::engine
