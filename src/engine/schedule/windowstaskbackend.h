#pragma once

#include "engine/schedule/schedulerbackend.h"

namespace sluice::engine {

// Windows Task Scheduler through schtasks.exe: one task "Sluice\<job>" per start
// time of the day ("Sluice\<job>-2", ... for more), created with
//   schtasks /Create /F /TN "Sluice\<job>" /TR "<command>" /SC DAILY|WEEKLY|MONTHLY|... /ST HH:MM
// The command lines are generated and unit-tested everywhere; they run only on
// Windows (untested on a real Windows machine so far, see docs/scheduling.md).
class WindowsTaskBackend final : public SchedulerBackend
{
public:
    [[nodiscard]] static QString taskName(const QString &jobName, int index);
    // The schtasks argument lists that register the entry; *exact as the other backends.
    [[nodiscard]] static QList<QStringList> createCommands(const ScheduleEntry &entry, bool *exact);
    [[nodiscard]] static QStringList deleteCommand(const QString &task);
    // The /TR value: the quoted program and arguments, behind "cmd /c set SLUICE_HOME=..."
    // when SLUICE_HOME is to be passed through.
    [[nodiscard]] static QString taskRun(const ScheduleEntry &entry);

    [[nodiscard]] QString name() const override { return QStringLiteral("windows"); }
    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] std::optional<ScheduleRegistration> install(const ScheduleEntry &entry) override;
    [[nodiscard]] bool remove(const QString &jobName) override;

    // Set by the caller before remove(): how many tasks the registration made.
    void setRegisteredTasks(const QStringList &tasks) { m_registeredTasks = tasks; }

private:
    QStringList m_registeredTasks;
};

} // namespace sluice::engine
