#include "engine/schedule/calendarparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace sluice::engine {

namespace {

using Frequency = CalendarSpec::Frequency;

const QStringList kKeywords{QStringLiteral("FREQ"),    QStringLiteral("INTERVAL"),
                            QStringLiteral("BYMONTH"), QStringLiteral("BYMONTHDAY"),
                            QStringLiteral("BYDAY"),   QStringLiteral("BYHOUR"),
                            QStringLiteral("BYMINUTE")};
// DBMS_SCHEDULER keywords that Sluice knows but does not implement.
const QStringList kUnsupported{
    QStringLiteral("BYSECOND"), QStringLiteral("BYWEEKNO"), QStringLiteral("BYYEARDAY"),
    QStringLiteral("BYSETPOS"), QStringLiteral("BYDATE"),   QStringLiteral("BYPERIOD"),
    QStringLiteral("INCLUDE"),  QStringLiteral("EXCLUDE"),  QStringLiteral("INTERSECT"),
    QStringLiteral("PERIODS"),  QStringLiteral("BYTIME")};
const QStringList kFrequencies{QStringLiteral("YEARLY"), QStringLiteral("MONTHLY"),
                               QStringLiteral("WEEKLY"), QStringLiteral("DAILY"),
                               QStringLiteral("HOURLY"), QStringLiteral("MINUTELY")};
const QStringList kDayNames{QStringLiteral("MONDAY"),    QStringLiteral("TUESDAY"),
                            QStringLiteral("WEDNESDAY"), QStringLiteral("THURSDAY"),
                            QStringLiteral("FRIDAY"),    QStringLiteral("SATURDAY"),
                            QStringLiteral("SUNDAY")};

struct Piece
{
    QString text;
    int position = 0; // 1-based
};

// Splits on `separator`, trimming each piece and keeping where it starts.
QList<Piece> split(const QString &text, QChar separator, int offset)
{
    QList<Piece> pieces;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(separator, start);
        if (end < 0)
            end = text.size();
        const QString raw = text.mid(start, end - start);
        qsizetype lead = 0;
        while (lead < raw.size() && raw.at(lead).isSpace())
            ++lead;
        pieces.append({raw.trimmed(), offset + int(start + lead)});
        start = end + 1;
    }
    return pieces;
}

int weekdayFromName(const QString &upper)
{
    for (int i = 0; i < kDayNames.size(); ++i) {
        if (upper == kDayNames.at(i) || upper == kDayNames.at(i).left(3))
            return i + 1;
    }
    return 0;
}

} // namespace

QString CalendarError::toString() const
{
    if (token.isEmpty())
        return QCoreApplication::translate("CalendarParser", "at %1: %2")
            .arg(position)
            .arg(message);
    return QCoreApplication::translate("CalendarParser", "at %1 (%2): %3")
        .arg(position)
        .arg(token, message);
}

QStringList CalendarParser::keywords()
{
    return kKeywords;
}

bool CalendarParser::fail(int position, const QString &token, const QString &message)
{
    m_error = {position, token, message};
    return false;
}

std::optional<CalendarSpec> CalendarParser::parse(const QString &text)
{
    m_error = {};
    m_seen.clear();
    if (text.trimmed().isEmpty()) {
        fail(1, QString(),
             QCoreApplication::translate(
                 "CalendarParser", "the schedule is empty: write e.g. \"FREQ=DAILY; BYHOUR=4; "
                                   "BYMINUTE=30\" or \"daily 04:30\""));
        return std::nullopt;
    }
    return text.contains(u'=') ? parseCalendar(text) : parseShortForm(text);
}

std::optional<CalendarSpec> CalendarParser::parseCalendar(const QString &text)
{
    CalendarSpec spec;
    const QList<Piece> clauses = split(text, u';', 1);
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        const Piece &clause = clauses.at(i);
        if (clause.text.isEmpty()) {
            if (i == clauses.size() - 1 && i > 0)
                continue; // a trailing ';' is harmless
            fail(
                clause.position, QString(),
                QCoreApplication::translate(
                    "CalendarParser", "an empty clause: clauses are NAME=value, separated by ';'"));
            return std::nullopt;
        }
        const qsizetype eq = clause.text.indexOf(u'=');
        if (eq < 0) {
            fail(clause.position, clause.text,
                 QCoreApplication::translate(
                     "CalendarParser",
                     "not NAME=value: write e.g. FREQ=DAILY (clauses are separated "
                     "by ';')"));
            return std::nullopt;
        }
        const QString name = clause.text.left(eq).trimmed().toUpper();
        const QString rawValue = clause.text.mid(eq + 1);
        qsizetype lead = 0;
        while (lead < rawValue.size() && rawValue.at(lead).isSpace())
            ++lead;
        const Token value{rawValue.trimmed(), clause.position + int(eq + 1 + lead)};
        if (!applyClause(name, value, spec)) {
            if (m_error.position == 0)
                m_error.position = clause.position;
            if (m_error.token.isEmpty())
                m_error.token = clause.text;
            return std::nullopt;
        }
    }
    if (!checkCombination(spec, text))
        return std::nullopt;
    return spec;
}

bool CalendarParser::applyClause(const QString &name, const Token &value, CalendarSpec &spec)
{
    if (kUnsupported.contains(name))
        return fail(
            0, QString(),
            QCoreApplication::translate("CalendarParser",
                                        "%1 is DBMS_SCHEDULER syntax that Sluice does not support; "
                                        "it accepts %2")
                .arg(name, kKeywords.join(QStringLiteral(", "))));
    if (!kKeywords.contains(name))
        return fail(0, QString(),
                    QCoreApplication::translate("CalendarParser",
                                                "unknown keyword \"%1\"; the keywords are %2")
                        .arg(name, kKeywords.join(QStringLiteral(", "))));
    if (m_seen.contains(name))
        return fail(0, QString(),
                    QCoreApplication::translate("CalendarParser", "%1 is given twice: give it once")
                        .arg(name));
    m_seen.append(name);
    if (value.text.isEmpty())
        return fail(value.position, QString(),
                    QCoreApplication::translate("CalendarParser", "%1 has no value").arg(name));
    if (name == u"FREQ") {
        const qsizetype index = kFrequencies.indexOf(value.text.toUpper());
        if (index < 0)
            return fail(value.position, value.text,
                        QCoreApplication::translate("CalendarParser", "FREQ must be one of %1%2")
                            .arg(kFrequencies.join(QStringLiteral(", ")),
                                 value.text.compare(u"SECONDLY", Qt::CaseInsensitive) == 0
                                     ? QCoreApplication::translate("CalendarParser",
                                                                   " (runs are to the minute)")
                                     : QString()));
        spec.frequency = static_cast<Frequency>(index);
        return true;
    }
    if (name == u"INTERVAL") {
        bool ok = false;
        const int interval = value.text.toInt(&ok);
        if (!ok || interval < 1 || interval > 99)
            return fail(value.position, value.text,
                        QCoreApplication::translate(
                            "CalendarParser", "INTERVAL must be a whole number from 1 to 99"));
        spec.interval = interval;
        return true;
    }
    if (name == u"BYDAY")
        return parseWeekdays(value, spec.weekdays);
    if (name == u"BYMONTH")
        return parseNumbers(name, value, 1, 12, false, spec.months);
    if (name == u"BYMONTHDAY")
        return parseNumbers(name, value, 1, 31, true, spec.monthDays);
    if (name == u"BYHOUR")
        return parseNumbers(name, value, 0, 23, false, spec.hours);
    return parseNumbers(name, value, 0, 59, false, spec.minutes);
}

bool CalendarParser::parseNumbers(const QString &name, const Token &value, int low, int high,
                                  bool negative, QList<int> &out)
{
    for (const Piece &item : split(value.text, u',', value.position)) {
        bool ok = false;
        const int number = item.text.toInt(&ok);
        const bool inRange = ok && ((number >= low && number <= high) ||
                                    (negative && number <= -low && number >= -high));
        if (!inRange) {
            const QString allowed =
                negative
                    ? QCoreApplication::translate("CalendarParser",
                                                  "%1 to %2, or -%2 to -%1 counting "
                                                  "from the end of the month")
                          .arg(low)
                          .arg(high)
                    : QCoreApplication::translate("CalendarParser", "%1 to %2").arg(low).arg(high);
            return fail(item.position, item.text,
                        QCoreApplication::translate(
                            "CalendarParser", "%1 takes whole numbers %2, separated by commas")
                            .arg(name, allowed));
        }
        if (!out.contains(number))
            out.append(number);
    }
    return true;
}

bool CalendarParser::parseWeekdays(const Token &value, QList<CalendarSpec::WeekdayRule> &out)
{
    static const QRegularExpression pattern(QStringLiteral("^([+-]?\\d+)?\\s*([A-Za-z]+)$"));
    for (const Piece &item : split(value.text, u',', value.position)) {
        const QRegularExpressionMatch match = pattern.match(item.text);
        const int weekday = match.hasMatch() ? weekdayFromName(match.captured(2).toUpper()) : 0;
        if (weekday == 0)
            return fail(item.position, item.text,
                        QCoreApplication::translate(
                            "CalendarParser", "BYDAY takes MON, TUE, WED, THU, FRI, SAT or SUN, "
                                              "separated by commas; with FREQ=MONTHLY a number may "
                                              "come first (1MON: the first Monday, -1FRI: the last "
                                              "Friday)"));
        int ordinal = 0;
        if (match.hasCaptured(1)) {
            ordinal = match.captured(1).toInt();
            if (ordinal == 0 || ordinal < -5 || ordinal > 5)
                return fail(
                    item.position, item.text,
                    QCoreApplication::translate("CalendarParser",
                                                "the number before a weekday must be 1 to 5 or -1 "
                                                "to -5 (the n-th or n-th last in the month)"));
        }
        const CalendarSpec::WeekdayRule rule{weekday, ordinal};
        if (!out.contains(rule))
            out.append(rule);
    }
    return true;
}

bool CalendarParser::checkCombination(const CalendarSpec &spec, const QString &text)
{
    if (!m_seen.contains(QStringLiteral("FREQ")))
        return fail(
            1, text.trimmed(),
            QCoreApplication::translate("CalendarParser",
                                        "FREQ is missing: every schedule starts with FREQ=YEARLY, "
                                        "MONTHLY, WEEKLY, DAILY, HOURLY or MINUTELY"));
    const QString freq = QStringLiteral("FREQ=") + CalendarSpec::frequencyName(spec.frequency);
    const int at = int(text.indexOf(QStringLiteral("BYDAY"), 0, Qt::CaseInsensitive)) + 1;
    for (const CalendarSpec::WeekdayRule &rule : spec.weekdays) {
        if (rule.ordinal != 0 && spec.frequency != Frequency::Monthly)
            return fail(at, QString::number(rule.ordinal) + CalendarSpec::weekdayName(rule.weekday),
                        QCoreApplication::translate("CalendarParser",
                                                    "a numbered weekday (n-th in the month) needs "
                                                    "FREQ=MONTHLY; with %1 list plain weekdays")
                            .arg(freq));
    }
    const bool days = !spec.monthDays.isEmpty() || !spec.weekdays.isEmpty();
    if (spec.frequency == Frequency::Weekly && spec.weekdays.isEmpty())
        return fail(1, freq,
                    QCoreApplication::translate(
                        "CalendarParser",
                        "FREQ=WEEKLY needs BYDAY, e.g. BYDAY=MON,FRI (Sluice has no "
                        "start date to take the weekday from)"));
    if (spec.frequency == Frequency::Monthly && !days)
        return fail(1, freq,
                    QCoreApplication::translate(
                        "CalendarParser",
                        "FREQ=MONTHLY needs BYMONTHDAY (e.g. BYMONTHDAY=1, or -1 for "
                        "the last day) or BYDAY (e.g. BYDAY=1MON)"));
    if (spec.frequency == Frequency::Yearly && (spec.months.isEmpty() || !days))
        return fail(1, freq,
                    QCoreApplication::translate(
                        "CalendarParser", "FREQ=YEARLY needs BYMONTH and BYMONTHDAY or BYDAY, e.g. "
                                          "BYMONTH=1; BYMONTHDAY=1"));
    return true;
}

bool CalendarParser::parseTime(const Token &token, CalendarSpec &spec)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(token.text);
    const int hour = match.hasMatch() ? match.captured(1).toInt() : -1;
    const int minute = match.hasMatch() ? match.captured(2).toInt() : -1;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return fail(
            token.position, token.text,
            QCoreApplication::translate("CalendarParser",
                                        "the time must be HH:MM on the 24-hour clock, e.g. 04:30"));
    spec.hours = {hour};
    spec.minutes = {minute};
    return true;
}

std::optional<CalendarSpec> CalendarParser::parseShortForm(const QString &text)
{
    QList<Token> words;
    static const QRegularExpression word(QStringLiteral("\\S+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({match.captured(), int(match.capturedStart()) + 1});
    }
    const QString kind = words.first().text.toLower();
    const int expected = kind == u"daily" ? 2 : (kind == u"weekly" || kind == u"monthly") ? 3 : 0;
    if (expected == 0) {
        fail(words.first().position, words.first().text,
             QCoreApplication::translate(
                 "CalendarParser",
                 "a schedule is \"daily HH:MM\", \"weekly DAYS HH:MM\", \"monthly "
                 "DAYS HH:MM\" or DBMS_SCHEDULER calendar syntax (FREQ=DAILY; "
                 "BYHOUR=4; BYMINUTE=30)"));
        return std::nullopt;
    }
    if (words.size() != expected) {
        const Token &at = words.size() > expected ? words.at(expected) : words.last();
        fail(at.position, at.text,
             kind == u"daily"
                 ? QCoreApplication::translate("CalendarParser",
                                               "write \"daily HH:MM\", e.g. daily 04:30")
                 : QCoreApplication::translate("CalendarParser", "write \"%1 DAYS HH:MM\", e.g. %2")
                       .arg(kind, kind == u"weekly" ? QCoreApplication::translate(
                                                          "CalendarParser", "weekly mon,fri 04:30")
                                                    : QCoreApplication::translate(
                                                          "CalendarParser", "monthly 1,15 04:30")));
        return std::nullopt;
    }
    CalendarSpec spec;
    spec.frequency = kind == u"daily"    ? Frequency::Daily
                     : kind == u"weekly" ? Frequency::Weekly
                                         : Frequency::Monthly;
    if (!parseTime(words.last(), spec))
        return std::nullopt;
    if (kind == u"weekly" && !parseWeekdays(words.at(1), spec.weekdays))
        return std::nullopt;
    if (kind == u"monthly") {
        Token days = words.at(1);
        days.text.replace(QStringLiteral("last"), QStringLiteral("-1"), Qt::CaseInsensitive);
        if (!parseNumbers(QStringLiteral("monthly"), days, 1, 31, true, spec.monthDays))
            return std::nullopt;
    }
    if (kind == u"weekly") {
        for (const CalendarSpec::WeekdayRule &rule : std::as_const(spec.weekdays)) {
            if (rule.ordinal != 0) {
                fail(words.at(1).position, words.at(1).text,
                     QCoreApplication::translate(
                         "CalendarParser", "weekly takes plain weekdays (mon,fri); for the n-th "
                                           "weekday of the month use FREQ=MONTHLY; BYDAY=1MON"));
                return std::nullopt;
            }
        }
    }
    return spec;
}

} // namespace sluice::engine
