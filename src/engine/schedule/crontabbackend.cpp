#include "engine/schedule/crontabbackend.h"

#include "engine/schedule/calendarpattern.h"
#include "engine/schedule/processtool.h"

#include <QStringList>

namespace sluice::engine {

QString CrontabBackend::beginMarker(const QString &jobName)
{
    return QStringLiteral("# sluice:%1 begin").arg(jobName);
}

QString CrontabBackend::endMarker(const QString &jobName)
{
    return QStringLiteral("# sluice:%1 end").arg(jobName);
}

QString CrontabBackend::quote(const QString &argument)
{
    QString text = argument;
    text.replace(u'\'', QStringLiteral("'\\''")).replace(u'%', QStringLiteral("\\%"));
    return u'\'' + text + u'\'';
}

QString CrontabBackend::fields(const CalendarSpec &spec, bool *exact)
{
    const CalendarPattern pattern = CalendarPattern::from(spec);
    *exact = pattern.timeExact && pattern.dayIntervalExact;
    QString dayOfMonth = QStringLiteral("*");
    QString dayOfWeek = QStringLiteral("*");
    QList<int> positive;
    bool fromEnd = false;
    for (const int day : spec.monthDays) {
        if (day > 0)
            positive.append(day);
        fromEnd = fromEnd || day < 0;
    }
    QList<int> weekdays;
    bool ordinals = false;
    for (const CalendarSpec::WeekdayRule &rule : spec.weekdays) {
        const int cronDay = rule.weekday % 7; // cron: 0 = Sunday
        if (!weekdays.contains(cronDay))
            weekdays.append(cronDay);
        ordinals = ordinals || rule.ordinal != 0;
    }
    std::sort(weekdays.begin(), weekdays.end());
    if (!weekdays.isEmpty()) {
        // Restricting both day fields would OR them; keep the weekdays, guard the rest.
        dayOfWeek = CalendarPattern::list(weekdays, 1);
        if (ordinals || !spec.monthDays.isEmpty())
            *exact = false;
    } else if (!fromEnd && !positive.isEmpty()) {
        dayOfMonth = CalendarPattern::list(positive, 1);
    } else if (fromEnd) {
        *exact = false;
    }
    const QString month =
        spec.months.isEmpty() ? QStringLiteral("*") : CalendarPattern::list(spec.months, 1);
    const QString hours =
        pattern.allHours ? QStringLiteral("*") : CalendarPattern::list(pattern.hours, 1);
    const QString minutes =
        pattern.allMinutes ? QStringLiteral("*") : CalendarPattern::list(pattern.minutes, 1);
    return QStringList{minutes, hours, dayOfMonth, month, dayOfWeek}.join(u' ');
}

QString CrontabBackend::block(const ScheduleEntry &entry, bool *exact)
{
    QStringList command;
    if (!entry.sluiceHome.isEmpty())
        command.append(QStringLiteral("SLUICE_HOME=") + quote(entry.sluiceHome));
    command.append(quote(entry.program));
    for (const QString &argument : entry.arguments)
        command.append(quote(argument));
    return beginMarker(entry.jobName) +
           QStringLiteral(" (%1; managed by sluice-cli job schedule/unschedule)\n")
               .arg(entry.spec.toString()) +
           fields(entry.spec, exact) + u' ' + command.join(u' ') + u'\n' +
           endMarker(entry.jobName) + u'\n';
}

QString CrontabBackend::withoutBlock(const QString &crontab, const QString &jobName)
{
    const QString begin = beginMarker(jobName);
    const QString end = endMarker(jobName);
    QStringList kept;
    bool inside = false;
    const QStringList lines = crontab.split(u'\n');
    for (const QString &line : lines) {
        // The begin marker is followed by a note: match it as a prefix, word-bounded.
        if (!inside && (line == begin || line.startsWith(begin + u' '))) {
            inside = true;
            continue;
        }
        if (inside) {
            inside = line != end;
            continue;
        }
        kept.append(line);
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.isEmpty() ? QString() : kept.join(u'\n') + u'\n';
}

bool CrontabBackend::isAvailable()
{
    return !ProcessTool::find(m_program).isEmpty();
}

std::optional<QString> CrontabBackend::read()
{
    const ProcessTool::Result result = ProcessTool::run(m_program, {QStringLiteral("-l")});
    if (result.ok())
        return QString::fromLocal8Bit(result.out);
    // "no crontab for <user>" is an empty crontab, not an error.
    if (result.started && !result.timedOut &&
        QString::fromLocal8Bit(result.err).contains(QStringLiteral("no crontab")))
        return QString();
    fail(result.describe(QStringLiteral("crontab -l")));
    return std::nullopt;
}

bool CrontabBackend::write(const QString &crontab)
{
    // An empty input would make `crontab -` keep the old table on some systems.
    const QByteArray input = crontab.isEmpty() ? QByteArray("\n") : crontab.toLocal8Bit();
    const ProcessTool::Result result = ProcessTool::run(m_program, {QStringLiteral("-")}, input);
    if (result.ok())
        return true;
    return fail(result.describe(QStringLiteral("crontab -")));
}

std::optional<ScheduleRegistration> CrontabBackend::install(const ScheduleEntry &entry)
{
    const std::optional<QString> current = read();
    if (!current)
        return std::nullopt;
    ScheduleRegistration registration;
    registration.backend = name();
    const QString text = withoutBlock(*current, entry.jobName) + block(entry, &registration.exact);
    if (!write(text))
        return std::nullopt;
    registration.entries = {beginMarker(entry.jobName)};
    return registration;
}

bool CrontabBackend::remove(const QString &jobName)
{
    const std::optional<QString> current = read();
    if (!current)
        return false;
    const QString text = withoutBlock(*current, jobName);
    if (text == *current)
        return true;
    return write(text);
}

} // namespace sluice::engine
