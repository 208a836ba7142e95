#pragma once

#include "engine/schedule/schedulerbackend.h"

namespace sluice::engine {

// systemd user timers: ~/.config/systemd/user/sluice-<job>.timer (OnCalendar=) and
// sluice-<job>.service (Type=oneshot, ExecStart= the sluice-cli command), then
// `systemctl --user daemon-reload` and `enable --now` the timer.
class SystemdTimerBackend final : public SchedulerBackend
{
public:
    SystemdTimerBackend();

    // Where the unit files go: $XDG_CONFIG_HOME/systemd/user, else ~/.config/systemd/user.
    [[nodiscard]] static QString unitDirectory();
    [[nodiscard]] static QString unitBaseName(const QString &jobName);
    // The OnCalendar= expressions for a spec; *exact is false when they fire on a superset.
    [[nodiscard]] static QStringList onCalendar(const CalendarSpec &spec, bool *exact);
    [[nodiscard]] static QString timerUnit(const ScheduleEntry &entry, const QStringList &calendar);
    [[nodiscard]] static QString serviceUnit(const ScheduleEntry &entry);
    // One ExecStart= argument in systemd's quoting ("...", \" \\, %% and $$).
    [[nodiscard]] static QString quote(const QString &argument);

    void setProgram(const QString &program) { m_program = program; }

    [[nodiscard]] QString name() const override { return QStringLiteral("systemd"); }
    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] std::optional<ScheduleRegistration> install(const ScheduleEntry &entry) override;
    [[nodiscard]] bool remove(const QString &jobName) override;

private:
    bool systemctl(const QStringList &arguments, bool mustSucceed);
    QString m_program = QStringLiteral("systemctl");
};

} // namespace sluice::engine
