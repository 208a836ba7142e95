#pragma once

#include "engine/params/jobspec.h"
#include "engine/schedule/runrecord.h"
#include "engine/schedule/savedjob.h"

#include <QList>
#include <QString>

namespace sluice::gui {

// A saved job as the scheduled jobs view lists it.
struct SavedJobRow
{
    engine::SavedJob job;
    bool running = false; // a run holds the job's lock now
    std::optional<engine::RunRecord> lastRun;
};

struct SavedJobList
{
    QList<SavedJobRow> jobs;
    QString error;
};

// What a change to a saved job reports.
struct ScheduleCommandResult
{
    bool ok = false;
    QString message;
};

// The scheduled jobs view's engine calls, blocking (files, systemctl, crontab):
// BackgroundTask runs them on a worker. Values in, values out.
class ScheduleCommands
{
public:
    [[nodiscard]] static SavedJobList list();
    [[nodiscard]] static ScheduleCommandResult setEnabled(const QString &name, bool enabled);
    // Copies the job (without its schedule) under a new name.
    [[nodiscard]] static ScheduleCommandResult duplicate(const QString &name,
                                                         const QString &newName);
    // Removes the OS entry first, then the job.
    [[nodiscard]] static ScheduleCommandResult remove(const QString &name);
    // Registers the schedule with the OS scheduler (ScheduleManager).
    [[nodiscard]] static ScheduleCommandResult schedule(const QString &name, const QString &text);
    [[nodiscard]] static ScheduleCommandResult unschedule(const QString &name);
    // Replaces the job's parameters with those of an edited job from a wizard
    // (parfile, connection, NETWORK_LINK); its name, switch and schedule stay.
    [[nodiscard]] static ScheduleCommandResult updateJob(const QString &name,
                                                         const engine::JobSpec &spec);
    // A name no saved job has yet: base_copy, base_copy2, ...
    [[nodiscard]] static QString freeName(const QString &base);
};

} // namespace sluice::gui
