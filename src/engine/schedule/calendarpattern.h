#pragma once

#include "engine/schedule/calendarspec.h"

#include <QList>
#include <QString>

namespace sluice::engine {

// The parts of a CalendarSpec that OS schedulers can express as field lists: the
// run hours and minutes (with HOURLY/MINUTELY steps folded in where they divide the
// day or the hour), and whether a backend that uses them alone fires exactly on the
// spec's times or on a superset that the runner's guard has to thin out.
struct CalendarPattern
{
    QList<int> hours;   // sorted
    QList<int> minutes; // sorted
    bool allHours = false;
    bool allMinutes = false;
    // False when INTERVAL > 1 cannot be expressed by the hour/minute lists, or
    // counts days, weeks, months or years (which need the anchor date).
    bool timeExact = true;
    bool dayIntervalExact = true;

    [[nodiscard]] static CalendarPattern from(const CalendarSpec &spec);
    // "04,16" style lists; width 2 pads with zeros (systemd), width 1 does not (cron).
    [[nodiscard]] static QString list(const QList<int> &values, int width);
};

} // namespace sluice::engine
