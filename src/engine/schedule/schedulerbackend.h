#pragma once

#include "engine/schedule/calendarspec.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace sluice::engine {

// What a backend registers for one saved job: when, and the one command to run,
// `<absolute sluice-cli> job run <name> --scheduled`, with SLUICE_HOME when set.
struct ScheduleEntry
{
    QString jobName;
    CalendarSpec spec;
    QString program;       // absolute path of sluice-cli
    QStringList arguments; // job run <name> --scheduled
    QString sluiceHome;    // passed through when not empty
};

// Where a registration went, kept with the saved job so unscheduling can remove it.
struct ScheduleRegistration
{
    QString backend;     // "systemd", "crontab", "windows"
    QStringList entries; // unit files, crontab marker, task names
    bool exact = true;   // false: the OS fires on a superset, the runner's guard skips extras
};

// One OS scheduler. Implementations run their tools (systemctl, crontab, schtasks)
// through QProcess, found in PATH unless setProgram() points elsewhere (tests use
// fake programs written into a temporary PATH).
class SchedulerBackend
{
public:
    SchedulerBackend() = default;
    virtual ~SchedulerBackend() = default;
    SchedulerBackend(const SchedulerBackend &) = delete;
    SchedulerBackend &operator=(const SchedulerBackend &) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    // Whether this machine offers the scheduler (the tool exists and answers).
    [[nodiscard]] virtual bool isAvailable() = 0;
    // Registers (or replaces) the job's entry.
    [[nodiscard]] virtual std::optional<ScheduleRegistration>
    install(const ScheduleEntry &entry) = 0;
    // Removes the job's entry; removing what is not there is not an error.
    [[nodiscard]] virtual bool remove(const QString &jobName) = 0;

    [[nodiscard]] QString errorString() const { return m_errorString; }

    // "systemd", then "crontab", whichever answers first; nullptr with *error when none.
    // preferred: "systemd", "crontab", "windows" or empty (pick).
    [[nodiscard]] static std::unique_ptr<SchedulerBackend> create(const QString &preferred,
                                                                  QString *error);
    [[nodiscard]] static QStringList backendNames();

protected:
    bool fail(const QString &message)
    {
        m_errorString = message;
        return false;
    }

    QString m_errorString;
};

} // namespace sluice::engine
