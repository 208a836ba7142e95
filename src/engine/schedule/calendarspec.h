#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sluice::engine {

// A repeat interval in DBMS_SCHEDULER's calendar syntax, parsed by CalendarParser:
//   FREQ=DAILY; INTERVAL=1; BYHOUR=4; BYMINUTE=30
// Evaluated in local time, to the minute (seconds are always 0). INTERVAL counts
// periods from the anchor date (the day the schedule was set), as DBMS_SCHEDULER
// counts them from start_date. docs/scheduling.md lists what is accepted.
struct CalendarSpec
{
    enum class Frequency { Yearly, Monthly, Weekly, Daily, Hourly, Minutely };

    // An entry of BYDAY: weekday 1 (MON) .. 7 (SUN); ordinal 0 (every such day of
    // the period) or 1..5 / -1..-5 (the n-th / n-th last in the month, MONTHLY only).
    struct WeekdayRule
    {
        int weekday = 1;
        int ordinal = 0;
        bool operator==(const WeekdayRule &other) const = default;
    };

    Frequency frequency = Frequency::Daily;
    int interval = 1;
    QList<int> months;           // BYMONTH 1..12; empty: every month
    QList<int> monthDays;        // BYMONTHDAY 1..31 or -1..-31 (from the end); empty: any
    QList<WeekdayRule> weekdays; // BYDAY; empty: any
    QList<int> hours;            // BYHOUR 0..23; empty: 0, or every hour (HOURLY, MINUTELY)
    QList<int> minutes;          // BYMINUTE 0..59; empty: 0, or every minute (MINUTELY)
    QDate anchor;                // INTERVAL is counted from here; invalid: today

    // The canonical text: "FREQ=WEEKLY; BYDAY=MON,FRI; BYHOUR=4; BYMINUTE=30".
    [[nodiscard]] QString toString() const;
    // The next n run times strictly after `from` (local time), earliest first. Fewer
    // when the spec never matches again within 20 years (e.g. BYMONTHDAY=31; BYMONTH=2).
    [[nodiscard]] QList<QDateTime> nextRuns(const QDateTime &from, int n) const;
    // True when `time` (to the minute) is a run time of the spec.
    [[nodiscard]] bool matches(const QDateTime &time) const;

    // Day and time filters, as used by nextRuns() and the scheduler backends.
    [[nodiscard]] bool dayMatches(const QDate &date) const;
    [[nodiscard]] bool timeMatches(const QDate &date, int hour, int minute) const;
    // BYHOUR / BYMINUTE with their defaults applied, sorted.
    [[nodiscard]] QList<int> effectiveHours() const;
    [[nodiscard]] QList<int> effectiveMinutes() const;
    [[nodiscard]] QDate effectiveAnchor() const;

    [[nodiscard]] static QString frequencyName(Frequency frequency);
    [[nodiscard]] static QString weekdayName(int weekday); // 1 -> "MON"

    bool operator==(const CalendarSpec &other) const = default;

private:
    [[nodiscard]] bool intervalMatchesDay(const QDate &date) const;
    [[nodiscard]] bool weekdayMatches(const QDate &date) const;
    [[nodiscard]] bool monthDayMatches(const QDate &date) const;
};

} // namespace sluice::engine
