#include "engine/schedule/calendarpattern.h"

#include <QStringList>

namespace sluice::engine {

CalendarPattern CalendarPattern::from(const CalendarSpec &spec)
{
    using Frequency = CalendarSpec::Frequency;
    CalendarPattern pattern;
    pattern.hours = spec.effectiveHours();
    pattern.minutes = spec.effectiveMinutes();
    const int n = spec.interval;
    if (n > 1) {
        if (spec.frequency == Frequency::Hourly) {
            // Hours since the anchor's midnight: a divisor of 24 makes it hour % n.
            if (24 % n == 0)
                pattern.hours.removeIf([n](int hour) { return hour % n != 0; });
            else
                pattern.timeExact = false;
        } else if (spec.frequency == Frequency::Minutely) {
            if (60 % n == 0)
                pattern.minutes.removeIf([n](int minute) { return minute % n != 0; });
            else
                pattern.timeExact = false;
        } else {
            pattern.dayIntervalExact = false;
        }
    }
    pattern.allHours = pattern.hours.size() == 24;
    pattern.allMinutes = pattern.minutes.size() == 60;
    return pattern;
}

QString CalendarPattern::list(const QList<int> &values, int width)
{
    QStringList texts;
    for (const int value : values)
        texts.append(QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0')));
    return texts.join(u',');
}

} // namespace sluice::engine
