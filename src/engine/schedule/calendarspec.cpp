#include "engine/schedule/calendarspec.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace sluice::engine {

namespace {

constexpr std::array kFrequencyNames{"YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY"};
constexpr std::array kWeekdayNames{"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
// How far nextRuns() looks ahead: a leap day with a weekday filter may need decades.
constexpr int kLookAheadYears = 20;

// Floor modulo: the period index of a date before the anchor is still counted right.
qint64 floorMod(qint64 value, qint64 divisor)
{
    const qint64 r = value % divisor;
    return r < 0 ? r + divisor : r;
}

QString joinedNumbers(const QList<int> &values)
{
    QStringList texts;
    for (const int value : values)
        texts.append(QString::number(value));
    return texts.join(u',');
}

QList<int> sortedUnique(QList<int> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

QString CalendarSpec::frequencyName(Frequency frequency)
{
    return QLatin1String(kFrequencyNames[static_cast<std::size_t>(frequency)]);
}

QString CalendarSpec::weekdayName(int weekday)
{
    if (weekday < 1 || weekday > 7)
        return QString();
    return QLatin1String(kWeekdayNames[static_cast<std::size_t>(weekday - 1)]);
}

QString CalendarSpec::toString() const
{
    QStringList parts{QStringLiteral("FREQ=") + frequencyName(frequency)};
    if (interval != 1)
        parts.append(QStringLiteral("INTERVAL=") + QString::number(interval));
    if (!months.isEmpty())
        parts.append(QStringLiteral("BYMONTH=") + joinedNumbers(months));
    if (!monthDays.isEmpty())
        parts.append(QStringLiteral("BYMONTHDAY=") + joinedNumbers(monthDays));
    if (!weekdays.isEmpty()) {
        QStringList days;
        for (const WeekdayRule &rule : weekdays)
            days.append((rule.ordinal != 0 ? QString::number(rule.ordinal) : QString()) +
                        weekdayName(rule.weekday));
        parts.append(QStringLiteral("BYDAY=") + days.join(u','));
    }
    if (!hours.isEmpty())
        parts.append(QStringLiteral("BYHOUR=") + joinedNumbers(hours));
    if (!minutes.isEmpty())
        parts.append(QStringLiteral("BYMINUTE=") + joinedNumbers(minutes));
    return parts.join(QStringLiteral("; "));
}

QDate CalendarSpec::effectiveAnchor() const
{
    return anchor.isValid() ? anchor : QDate::currentDate();
}

QList<int> CalendarSpec::effectiveHours() const
{
    if (!hours.isEmpty())
        return sortedUnique(hours);
    if (frequency == Frequency::Hourly || frequency == Frequency::Minutely) {
        QList<int> all;
        for (int h = 0; h < 24; ++h)
            all.append(h);
        return all;
    }
    return {0};
}

QList<int> CalendarSpec::effectiveMinutes() const
{
    if (!minutes.isEmpty())
        return sortedUnique(minutes);
    if (frequency == Frequency::Minutely) {
        QList<int> all;
        for (int m = 0; m < 60; ++m)
            all.append(m);
        return all;
    }
    return {0};
}

bool CalendarSpec::intervalMatchesDay(const QDate &date) const
{
    if (interval <= 1)
        return true;
    const QDate start = effectiveAnchor();
    switch (frequency) {
    case Frequency::Yearly:
        return floorMod(date.year() - start.year(), interval) == 0;
    case Frequency::Monthly:
        return floorMod((date.year() - start.year()) * 12 + date.month() - start.month(),
                        interval) == 0;
    case Frequency::Weekly: {
        // Weeks start on Monday, as BYDAY lists them.
        const QDate week = date.addDays(1 - date.dayOfWeek());
        const QDate startWeek = start.addDays(1 - start.dayOfWeek());
        return floorMod(startWeek.daysTo(week) / 7, interval) == 0;
    }
    case Frequency::Daily:
        return floorMod(start.daysTo(date), interval) == 0;
    case Frequency::Hourly:
    case Frequency::Minutely:
        return true; // counted in timeMatches()
    }
    return true;
}

bool CalendarSpec::weekdayMatches(const QDate &date) const
{
    if (weekdays.isEmpty())
        return true;
    const int day = date.day();
    for (const WeekdayRule &rule : weekdays) {
        if (rule.weekday != date.dayOfWeek())
            continue;
        if (rule.ordinal == 0)
            return true;
        const int nth =
            rule.ordinal > 0 ? (day - 1) / 7 + 1 : -((date.daysInMonth() - day) / 7 + 1);
        if (nth == rule.ordinal)
            return true;
    }
    return false;
}

bool CalendarSpec::monthDayMatches(const QDate &date) const
{
    if (monthDays.isEmpty())
        return true;
    for (const int monthDay : monthDays) {
        const int day = monthDay > 0 ? monthDay : date.daysInMonth() + monthDay + 1;
        if (day == date.day())
            return true;
    }
    return false;
}

bool CalendarSpec::dayMatches(const QDate &date) const
{
    if (!months.isEmpty() && !months.contains(date.month()))
        return false;
    return monthDayMatches(date) && weekdayMatches(date) && intervalMatchesDay(date);
}

bool CalendarSpec::timeMatches(const QDate &date, int hour, int minute) const
{
    if (interval <= 1)
        return true;
    const qint64 hoursSince = effectiveAnchor().daysTo(date) * 24 + hour;
    if (frequency == Frequency::Hourly)
        return floorMod(hoursSince, interval) == 0;
    if (frequency == Frequency::Minutely)
        return floorMod(hoursSince * 60 + minute, interval) == 0;
    return true;
}

bool CalendarSpec::matches(const QDateTime &time) const
{
    const QDate date = time.date();
    const int hour = time.time().hour();
    const int minute = time.time().minute();
    return dayMatches(date) && effectiveHours().contains(hour) &&
           effectiveMinutes().contains(minute) && timeMatches(date, hour, minute);
}

QList<QDateTime> CalendarSpec::nextRuns(const QDateTime &from, int n) const
{
    QList<QDateTime> runs;
    if (n <= 0 || !from.isValid())
        return runs;
    const QList<int> runHours = effectiveHours();
    const QList<int> runMinutes = effectiveMinutes();
    const QDate last = from.date().addYears(kLookAheadYears);
    for (QDate date = from.date(); date <= last; date = date.addDays(1)) {
        if (!dayMatches(date))
            continue;
        for (const int hour : runHours) {
            for (const int minute : runMinutes) {
                const QDateTime candidate(date, QTime(hour, minute));
                // A time skipped by a daylight-saving change does not exist that day.
                if (candidate.time() != QTime(hour, minute) || candidate <= from ||
                    !timeMatches(date, hour, minute))
                    continue;
                runs.append(candidate);
                if (runs.size() == n)
                    return runs;
            }
        }
    }
    return runs;
}

} // namespace sluice::engine
