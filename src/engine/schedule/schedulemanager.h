#pragma once

#include "engine/schedule/savedjob.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// Registers and removes saved jobs' schedules with the OS scheduler and keeps the
// saved job in step. The OS entry runs exactly
//   <program> job run <name> --scheduled        (SLUICE_HOME passed through when set)
// Blocking (it runs systemctl / crontab): call it from the CLI or a worker thread.
class ScheduleManager
{
public:
    struct Options
    {
        QString backend;    // "systemd", "crontab", "windows"; empty: what the machine has
        QString program;    // sluice-cli; empty: SavedJobRunner::defaultProgram()
        QString sluiceHome; // empty: the SLUICE_HOME of this process, if any
        QDate anchor;       // INTERVAL counts from here; invalid: today
    };

    explicit ScheduleManager(Options options = {});

    // Parses the schedule text, registers it (replacing an earlier registration of
    // the job, also on another backend) and saves it with the job.
    [[nodiscard]] std::optional<SavedSchedule> schedule(const QString &jobName,
                                                        const QString &text);
    // Removes the OS entry and the schedule from the job; no schedule is not an error.
    [[nodiscard]] bool unschedule(const QString &jobName);
    // Removes the OS entry of a job, without touching the saved job (delete uses it).
    [[nodiscard]] bool removeEntry(const SavedJob &job);

    // The command the OS entry runs, as program + arguments.
    [[nodiscard]] QStringList command(const QString &jobName) const;

    [[nodiscard]] QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    Options m_options;
    QString m_errorString;
};

} // namespace sluice::engine
