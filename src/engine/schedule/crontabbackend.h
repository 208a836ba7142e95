#pragma once

#include "engine/schedule/schedulerbackend.h"

namespace sluice::engine {

// The user's crontab, read with `crontab -l` and written back with `crontab -`.
// Each job is one marked block, left alone by everything else in the file:
//   # sluice:<job> begin ...
//   30 4 * * * SLUICE_HOME='/x' '/usr/bin/sluice-cli' 'job' 'run' '<job>' '--scheduled'
//   # sluice:<job> end
class CrontabBackend final : public SchedulerBackend
{
public:
    // The five time fields for a spec; *exact is false when they fire on a superset
    // (cron ORs day-of-month with day-of-week, and has no "last day" or n-th weekday).
    [[nodiscard]] static QString fields(const CalendarSpec &spec, bool *exact);
    // The block for one entry, ending with a newline.
    [[nodiscard]] static QString block(const ScheduleEntry &entry, bool *exact);
    // The crontab text without the job's block.
    [[nodiscard]] static QString withoutBlock(const QString &crontab, const QString &jobName);
    [[nodiscard]] static QString beginMarker(const QString &jobName);
    [[nodiscard]] static QString endMarker(const QString &jobName);
    // One shell word: single-quoted, with % escaped for cron.
    [[nodiscard]] static QString quote(const QString &argument);

    void setProgram(const QString &program) { m_program = program; }

    [[nodiscard]] QString name() const override { return QStringLiteral("crontab"); }
    [[nodiscard]] bool isAvailable() override;
    [[nodiscard]] std::optional<ScheduleRegistration> install(const ScheduleEntry &entry) override;
    [[nodiscard]] bool remove(const QString &jobName) override;

private:
    std::optional<QString> read();
    bool write(const QString &crontab);
    QString m_program = QStringLiteral("crontab");
};

} // namespace sluice::engine
