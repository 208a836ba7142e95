#include "engine/schedule/windowstaskbackend.h"

#include "engine/schedule/calendarpattern.h"
#include "engine/schedule/processtool.h"

namespace sluice::engine {

namespace {

using Frequency = CalendarSpec::Frequency;

const QStringList kMonths{QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                          QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                          QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                          QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
const QStringList kWeeks{QStringLiteral("FIRST"), QStringLiteral("SECOND"), QStringLiteral("THIRD"),
                         QStringLiteral("FOURTH")};

QString windowsQuote(const QString &argument)
{
    return u'"' + QString(argument).replace(u'"', QStringLiteral("\\\"")) + u'"';
}

QStringList weekdayNames(const CalendarSpec &spec)
{
    QStringList names;
    for (const CalendarSpec::WeekdayRule &rule : spec.weekdays) {
        if (!names.contains(CalendarSpec::weekdayName(rule.weekday)))
            names.append(CalendarSpec::weekdayName(rule.weekday));
    }
    return names;
}

// /SC and its modifiers for the day part of the spec.
QStringList scheduleArguments(const CalendarSpec &spec, bool *exact)
{
    const QString n = QString::number(spec.interval);
    const QStringList days = weekdayNames(spec);
    QStringList months;
    for (const int month : spec.months)
        months.append(kMonths.at(month - 1));
    const QStringList monthArgs =
        months.isEmpty() ? QStringList() : QStringList{QStringLiteral("/M"), months.join(u',')};
    switch (spec.frequency) {
    case Frequency::Minutely:
        *exact = *exact && spec.hours.isEmpty() && spec.minutes.isEmpty();
        return {QStringLiteral("/SC"), QStringLiteral("MINUTE"), QStringLiteral("/MO"), n};
    case Frequency::Hourly:
        *exact = *exact && spec.hours.isEmpty();
        return {QStringLiteral("/SC"), QStringLiteral("HOURLY"), QStringLiteral("/MO"), n};
    case Frequency::Daily:
        *exact = *exact && spec.months.isEmpty() && spec.monthDays.isEmpty() && days.isEmpty();
        return {QStringLiteral("/SC"), QStringLiteral("DAILY"), QStringLiteral("/MO"), n};
    case Frequency::Weekly:
        *exact = *exact && spec.months.isEmpty() && spec.monthDays.isEmpty();
        return {QStringLiteral("/SC"), QStringLiteral("WEEKLY"), QStringLiteral("/MO"), n,
                QStringLiteral("/D"),  days.join(u',')};
    case Frequency::Monthly:
    case Frequency::Yearly:
        break;
    }
    // Monthly (and yearly, as monthly in the listed months): by days of the month, the
    // last day, or one n-th weekday; anything else fires monthly on a superset.
    const bool yearly = spec.frequency == Frequency::Yearly;
    *exact = *exact && !(yearly && spec.interval > 1);
    const QStringList every =
        yearly || spec.interval == 1 ? QStringList() : QStringList{QStringLiteral("/MO"), n};
    if (spec.weekdays.size() == 1 && spec.monthDays.isEmpty() &&
        spec.weekdays.first().ordinal != 0 && spec.interval == 1) {
        const int ordinal = spec.weekdays.first().ordinal;
        *exact = *exact && (ordinal == -1 || ordinal <= 4);
        const QString week =
            ordinal == -1 || ordinal > 4 ? QStringLiteral("LAST") : kWeeks.at(qMax(ordinal, 1) - 1);
        return QStringList{QStringLiteral("/SC"), QStringLiteral("MONTHLY"),
                           QStringLiteral("/MO"), week,
                           QStringLiteral("/D"),  days.first()} +
               monthArgs;
    }
    if (spec.monthDays == QList<int>{-1} && spec.weekdays.isEmpty())
        return QStringList{
            QStringLiteral("/SC"), QStringLiteral("MONTHLY"),
            QStringLiteral("/MO"), QStringLiteral("LASTDAY"),
            QStringLiteral("/M"),  months.isEmpty() ? QStringLiteral("*") : months.join(u',')};
    QStringList positive;
    for (const int day : spec.monthDays) {
        if (day > 0)
            positive.append(QString::number(day));
    }
    if (positive.size() != spec.monthDays.size() || !spec.weekdays.isEmpty() ||
        positive.isEmpty()) {
        *exact = false;
        positive = QStringList{QStringLiteral("*")};
    }
    return QStringList{QStringLiteral("/SC"), QStringLiteral("MONTHLY")} + every +
           QStringList{QStringLiteral("/D"), positive.join(u',')} + monthArgs;
}

} // namespace

QString WindowsTaskBackend::taskName(const QString &jobName, int index)
{
    const QString base = QStringLiteral("Sluice\\") + jobName;
    return index <= 1 ? base : base + u'-' + QString::number(index);
}

QString WindowsTaskBackend::taskRun(const ScheduleEntry &entry)
{
    QStringList command{windowsQuote(entry.program)};
    for (const QString &argument : entry.arguments)
        command.append(argument.contains(u' ') ? windowsQuote(argument) : argument);
    if (entry.sluiceHome.isEmpty())
        return command.join(u' ');
    return QStringLiteral("cmd /c set \"SLUICE_HOME=%1\" && ").arg(entry.sluiceHome) +
           command.join(u' ');
}

QList<QStringList> WindowsTaskBackend::createCommands(const ScheduleEntry &entry, bool *exact)
{
    const CalendarPattern pattern = CalendarPattern::from(entry.spec);
    *exact = pattern.timeExact && pattern.dayIntervalExact;
    const QStringList schedule = scheduleArguments(entry.spec, exact);
    // /SD anchors /MO counting, as INTERVAL is anchored; MM/DD/YYYY is schtasks' en-US form.
    const QStringList start{QStringLiteral("/SD"),
                            entry.spec.effectiveAnchor().toString(QStringLiteral("MM/dd/yyyy"))};
    // MINUTE and HOURLY tasks repeat on their own from one start time.
    const bool repeating =
        entry.spec.frequency == Frequency::Minutely || entry.spec.frequency == Frequency::Hourly;
    QList<QPair<int, int>> times;
    if (repeating) {
        times.append({pattern.hours.value(0), pattern.minutes.value(0)});
    } else {
        for (const int hour : pattern.hours) {
            for (const int minute : pattern.minutes)
                times.append({hour, minute});
        }
    }
    QList<QStringList> commands;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const QString time = QStringLiteral("%1:%2")
                                 .arg(times.at(i).first, 2, 10, QLatin1Char('0'))
                                 .arg(times.at(i).second, 2, 10, QLatin1Char('0'));
        commands.append(QStringList{QStringLiteral("/Create"), QStringLiteral("/F"),
                                    QStringLiteral("/TN"), taskName(entry.jobName, int(i) + 1),
                                    QStringLiteral("/TR"), taskRun(entry)} +
                        schedule + QStringList{QStringLiteral("/ST"), time} + start);
    }
    return commands;
}

QStringList WindowsTaskBackend::deleteCommand(const QString &task)
{
    return {QStringLiteral("/Delete"), QStringLiteral("/F"), QStringLiteral("/TN"), task};
}

bool WindowsTaskBackend::isAvailable()
{
#ifdef Q_OS_WIN
    return !ProcessTool::find(QStringLiteral("schtasks")).isEmpty();
#else
    return false;
#endif
}

std::optional<ScheduleRegistration> WindowsTaskBackend::install(const ScheduleEntry &entry)
{
    if (!isAvailable()) {
        fail(QStringLiteral("Windows Task Scheduler (schtasks.exe) is only available on Windows"));
        return std::nullopt;
    }
    ScheduleRegistration registration;
    registration.backend = name();
    const QList<QStringList> commands = createCommands(entry, &registration.exact);
    for (const QStringList &command : commands) {
        const ProcessTool::Result result = ProcessTool::run(QStringLiteral("schtasks"), command);
        if (!result.ok()) {
            fail(result.describe(QStringLiteral("schtasks /Create")));
            return std::nullopt;
        }
        registration.entries.append(command.at(3));
    }
    return registration;
}

bool WindowsTaskBackend::remove(const QString &jobName)
{
    if (!isAvailable())
        return fail(QStringLiteral("Windows Task Scheduler (schtasks.exe) is only available on "
                                   "Windows"));
    const QStringList tasks =
        m_registeredTasks.isEmpty() ? QStringList{taskName(jobName, 1)} : m_registeredTasks;
    for (const QString &task : tasks)
        (void)ProcessTool::run(QStringLiteral("schtasks"), deleteCommand(task));
    return true;
}

} // namespace sluice::engine
