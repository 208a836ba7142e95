#include "engine/schedule/systemdtimerbackend.h"

#include "engine/schedule/calendarpattern.h"
#include "engine/schedule/processtool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace sluice::engine {

namespace {

QString capitalizedDay(int weekday)
{
    const QString name = CalendarSpec::weekdayName(weekday);
    return name.left(1) + name.mid(1).toLower();
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("SystemdTimerBackend", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

// The weekday and day-of-month parts of OnCalendar=; *exact turns false for what
// the syntax cannot say (mixed or counted-from-the-end weekdays, mixed day signs).
std::pair<QString, QString> dayParts(const CalendarSpec &spec, bool *exact)
{
    QStringList days;
    QList<int> ordinals;
    for (const CalendarSpec::WeekdayRule &rule : spec.weekdays) {
        if (!days.contains(capitalizedDay(rule.weekday)))
            days.append(capitalizedDay(rule.weekday));
        if (!ordinals.contains(rule.ordinal))
            ordinals.append(rule.ordinal);
    }
    QString dayOfMonth = QStringLiteral("-*");
    QList<int> positive;
    QList<int> fromEnd;
    for (const int day : spec.monthDays)
        (day > 0 ? positive : fromEnd).append(day > 0 ? day : -day);
    if (!positive.isEmpty() && fromEnd.isEmpty())
        dayOfMonth = u'-' + CalendarPattern::list(positive, 2);
    else if (positive.isEmpty() && !fromEnd.isEmpty())
        dayOfMonth = u'~' + CalendarPattern::list(fromEnd, 2);
    else if (!positive.isEmpty())
        *exact = false;
    if (!ordinals.isEmpty() && ordinals != QList<int>{0}) {
        const int k = ordinals.size() == 1 ? ordinals.first() : 0;
        if (k > 0 && spec.monthDays.isEmpty())
            dayOfMonth = QStringLiteral("-%1..%2")
                             .arg(7 * k - 6, 2, 10, QLatin1Char('0'))
                             .arg(7 * k, 2, 10, QLatin1Char('0'));
        else
            *exact = false;
    }
    return {days.join(u','), dayOfMonth};
}

} // namespace

SystemdTimerBackend::SystemdTimerBackend() = default;

QString SystemdTimerBackend::unitDirectory()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/systemd/user");
}

QString SystemdTimerBackend::unitBaseName(const QString &jobName)
{
    return QStringLiteral("sluice-") + jobName;
}

QStringList SystemdTimerBackend::onCalendar(const CalendarSpec &spec, bool *exact)
{
    const CalendarPattern pattern = CalendarPattern::from(spec);
    *exact = pattern.timeExact && pattern.dayIntervalExact;
    const auto [weekdays, dayOfMonth] = dayParts(spec, exact);
    const QString month =
        spec.months.isEmpty() ? QStringLiteral("*") : CalendarPattern::list(spec.months, 2);
    const QString hours =
        pattern.allHours ? QStringLiteral("*") : CalendarPattern::list(pattern.hours, 2);
    const QString minutes =
        pattern.allMinutes ? QStringLiteral("*") : CalendarPattern::list(pattern.minutes, 2);
    QString expression = weekdays.isEmpty() ? QString() : weekdays + u' ';
    expression += QStringLiteral("*-") + month + dayOfMonth + u' ' + hours + u':' + minutes +
                  QStringLiteral(":00");
    return {expression};
}

QString SystemdTimerBackend::quote(const QString &argument)
{
    QString text = argument;
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'%', QStringLiteral("%%"))
        .replace(u'$', QStringLiteral("$$"));
    return u'"' + text + u'"';
}

QString SystemdTimerBackend::timerUnit(const ScheduleEntry &entry, const QStringList &calendar)
{
    QString text = QStringLiteral("# Written by Sluice for the saved job \"%1\"; "
                                  "\"sluice-cli job unschedule %1\" removes it.\n"
                                  "[Unit]\nDescription=Sluice saved job %1 (%2)\n\n[Timer]\n")
                       .arg(entry.jobName, entry.spec.toString());
    for (const QString &expression : calendar)
        text += QStringLiteral("OnCalendar=") + expression + u'\n';
    // Fire on the minute; the default accuracy of one minute would blur the guard.
    text += QStringLiteral("AccuracySec=1s\nUnit=%1.service\n\n[Install]\nWantedBy=timers.target\n")
                .arg(unitBaseName(entry.jobName));
    return text;
}

QString SystemdTimerBackend::serviceUnit(const ScheduleEntry &entry)
{
    QString text = QStringLiteral("# Written by Sluice for the saved job \"%1\".\n[Unit]\n"
                                  "Description=Sluice saved job %1\n\n[Service]\nType=oneshot\n")
                       .arg(entry.jobName);
    if (!entry.sluiceHome.isEmpty())
        text += QStringLiteral("Environment=") +
                quote(QStringLiteral("SLUICE_HOME=") + entry.sluiceHome) + u'\n';
    QStringList command{quote(entry.program)};
    for (const QString &argument : entry.arguments)
        command.append(quote(argument));
    text += QStringLiteral("ExecStart=") + command.join(u' ') + u'\n';
    return text;
}

bool SystemdTimerBackend::systemctl(const QStringList &arguments, bool mustSucceed)
{
    const ProcessTool::Result result =
        ProcessTool::run(m_program, QStringList{QStringLiteral("--user")} + arguments);
    if (result.ok() || !mustSucceed)
        return true;
    return fail(result.describe(QStringLiteral("systemctl --user ") + arguments.join(u' ')));
}

bool SystemdTimerBackend::isAvailable()
{
    return ProcessTool::run(
               m_program, {QStringLiteral("--user"), QStringLiteral("show-environment")}, {}, 10000)
        .ok();
}

std::optional<ScheduleRegistration> SystemdTimerBackend::install(const ScheduleEntry &entry)
{
    const QString directory = unitDirectory();
    if (!QDir().mkpath(directory)) {
        fail(QCoreApplication::translate("SystemdTimerBackend", "cannot create %1").arg(directory));
        return std::nullopt;
    }
    ScheduleRegistration registration;
    registration.backend = name();
    const QStringList calendar = onCalendar(entry.spec, &registration.exact);
    const QString base = directory + u'/' + unitBaseName(entry.jobName);
    QString error;
    if (!writeFile(base + QStringLiteral(".service"), serviceUnit(entry), &error) ||
        !writeFile(base + QStringLiteral(".timer"), timerUnit(entry, calendar), &error)) {
        fail(error);
        return std::nullopt;
    }
    const QString timer = unitBaseName(entry.jobName) + QStringLiteral(".timer");
    if (!systemctl({QStringLiteral("daemon-reload")}, true) ||
        !systemctl({QStringLiteral("enable"), QStringLiteral("--now"), timer}, true)) {
        const QString why = m_errorString;
        QFile::remove(base + QStringLiteral(".service"));
        QFile::remove(base + QStringLiteral(".timer"));
        fail(why);
        return std::nullopt;
    }
    registration.entries = {base + QStringLiteral(".timer"), base + QStringLiteral(".service")};
    return registration;
}

bool SystemdTimerBackend::remove(const QString &jobName)
{
    const QString base = unitDirectory() + u'/' + unitBaseName(jobName);
    // Not enabled (already removed by hand) is fine: the files are what matters.
    (void)systemctl({QStringLiteral("disable"), QStringLiteral("--now"),
                     unitBaseName(jobName) + QStringLiteral(".timer")},
                    false);
    for (const QString &suffix : {QStringLiteral(".timer"), QStringLiteral(".service")}) {
        if (QFile::exists(base + suffix) && !QFile::remove(base + suffix))
            return fail(QCoreApplication::translate("SystemdTimerBackend", "cannot remove %1")
                            .arg(base + suffix));
    }
    return systemctl({QStringLiteral("daemon-reload")}, true);
}

} // namespace sluice::engine
